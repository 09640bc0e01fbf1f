package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;

/**
 * Reads plain text into clean text. Nothing is removed except list and quote markers; bare URLs
 * become {@link Link}s.
 *
 * <p>Paragraphs are separated by blank lines and a line break inside one becomes a space, so a
 * hard-wrapped sentence stays whole. Some exports instead put each paragraph on one long line with
 * no blank line between them; when a fifth or more of the lines are longer than
 * {@value #LONG_LINE} chars the text is taken to be of that kind and every line is its own block,
 * so a short title line is not glued onto the paragraph after it. A group of short lines, each after
 * the first opening with no lower-case letter (a credit block, an address, a signature), is a block per
 * line, and a line whose text stands in columns (three spaces or a tab between words) is a table row
 * whose cells are joined by {@code " ; "}. A short line without final
 * punctuation followed by a blank line is a heading; lines starting with {@code - }, {@code * },
 * {@code • } or {@code 1.} are list items; lines indented under a line ending with a colon ("Please cite:") start
 * a block; lines starting with {@code [1] } are references, as is
 * everything under a line that is just "References", "Bibliography", "Papers" or "Further reading"; a BibTeX entry
 * ("@article{key, author = {...}, ...}") is one reference, read as {@link Bibtex} reads them.
 * YAML front matter, if present, is honoured as in Markdown.
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class PlainTextReader implements DocumentReader {

    static final int LONG_LINE = 160;
    static final int SHORT_LINE = 60;
    private static final Set<String> PLAIN_REFERENCE_HEADINGS = Set.of(
            "references", "bibliography", "papers", "further reading", "reading list", "works cited", "citations");
    private static final int MAX_HEADING = 100;
    private static final int MAX_TITLE = 120;
    /** "@article{key,", "@InProceedings {key,": the first line of a BibTeX entry. */
    private static final java.util.regex.Pattern BIBTEX_START = java.util.regex.Pattern.compile("@[A-Za-z]+\\s*\\{");
    private static final int MAX_BIBTEX_LINES = 60;
    /** "\\begin{document}" at a line's start: where a LaTeX preamble ends. */
    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile("(?m)^\\\\begin\\{document}");
    /** "\\name{heron}" at a line's start: an R documentation file, where "$" is code, not a formula. */
    private static final java.util.regex.Pattern RD_NAME = java.util.regex.Pattern.compile("(?m)^\\\\name\\{");
    /** A year in a line: at most one in a hard-wrapped citation. */
    private static final java.util.regex.Pattern A_YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    @Override
    public Document read(Path path, String content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        return new Run(path, content).run();
    }

    private static final class Run {
        private final Path path;
        private final String original;
        private final TextBuilder out;
        private final Source src = new Source();
        private Lines lines;

        private Block.Kind accKind;
        private int accLevel;
        private int accLines;
        private int accFrom;
        private int accTo;
        private int lastBreak;
        private boolean inReferences;
        /** R documentation's forced line break at a line's end: "... 2005.\\cr", "... 2005.\\cr \\cr". */
        private static final java.util.regex.Pattern LINE_BREAK_END = java.util.regex.Pattern.compile("\\\\cr(?:\\s*\\\\cr)*\\s*$");
        /** The text is written in TeX-like markup (LaTeX, R documentation): {@link TexMarkup}. */
        private boolean tex;
        /** "$...$" is a formula: LaTeX, not R's documentation. */
        private boolean math;
        /** How far the last non-blank line was indented. */
        private int lastIndent;
        /** The block being read is an indented entry under a line ending with a colon, indented this far. */
        private boolean accIntroduced;
        private int accIndent;
        /** The block being read is one line of a group of short lines: never a heading of its own. */
        private boolean accOwnLine;

        Run(Path path, String original) {
            this.path = path;
            this.original = original;
            this.out = new TextBuilder(original);
        }

        Document run() {
            Optional<FrontMatter.Parsed> fm = FrontMatter.parse(original);
            int body = fm.map(FrontMatter.Parsed::bodyStart).orElse(FrontMatter.afterBom(original));
            lines = Lines.of(original, body);
            tex = TexMarkup.isSource(original);
            math = tex && !RD_NAME.matcher(original).find();
            Matcher begin = DOCUMENT.matcher(original);
            int document = tex && begin.find() ? begin.start() : -1;
            boolean lineMode = !tex && lineMode();
            boolean[] ownLine = shortLineGroups();
            Optional<String> title = Optional.empty();
            for (int li = 0; li < lines.count; li++) {
                int p = lines.firstNonBlank(original, li);
                int te = lines.trimmedEnd(original, li);
                if (document >= 0 && lines.end[li] <= document && !original.startsWith("\\title", p)
                        && !original.startsWith("\\author", p)) {
                    continue; // a LaTeX preamble: settings, not text (but for the title and the authors)
                }
                if (p >= te) {
                    flush(true);
                    continue;
                }
                if (tex) {
                    int next = texLine(li, p, te);
                    if (next >= 0) {
                        li = next;
                        continue;
                    }
                }
                if (title.isEmpty() && out.blockCount() == 0 && accKind == null && !tex) {
                    title = titleOf(p, te);
                }
                char c = original.charAt(p);
                if (c == '@' && BIBTEX_START.matcher(original).region(p, te).lookingAt()) {
                    int last = bibtexEnd(li);
                    if (last >= 0) {
                        flush(false);
                        if (Bibtex.emit(original, p, lines.end[last], out, new Outline()) > 0) {
                            li = last; // "@article{lind2012, author = {...}, ...}": a BibTeX entry is one reference
                            continue;
                        }
                    }
                }
                int item = listContent(p, te);
                int[] cells = ownLine[li] && !inReferences ? columns(p, te) : null;
                boolean quote = c == '>';
                boolean reference = Sections.isNumberedReference(original, p, te);
                int indent = p - lines.start[li];
                // "Please cite:" then an indented entry: the entry is a block of its own, not the end of a sentence
                boolean introduced = accKind == Block.Kind.PARAGRAPH && original.charAt(accTo - 1) == ':'
                        && indent > lastIndent && !Character.isLowerCase(c);
                // back at the margin after such an entry: the entry has ended ("Thanks to ..." is not part of it)
                boolean outdented = accIntroduced && indent < accIndent;
                lastIndent = indent;
                if (lineMode || ownLine[li] || accKind == null || item >= 0 || quote || reference || introduced || outdented
                        || accKind == Block.Kind.QUOTE) {
                    flush(false);
                    accIntroduced = introduced;
                    accIndent = indent;
                    accOwnLine = ownLine[li];
                    if (item >= 0) {
                        open(inReferences ? Block.Kind.REFERENCE : Block.Kind.LIST_ITEM, inReferences ? 0 : 1);
                        addLine(li, item, te);
                    } else if (quote) {
                        int k = p;
                        while (k < te && (original.charAt(k) == '>' || original.charAt(k) == ' ')) {
                            k++;
                        }
                        open(Block.Kind.QUOTE, 0);
                        addLine(li, k, te);
                    } else if (cells != null) {
                        open(Block.Kind.TABLE_ROW, 0);
                        addCells(li, cells);
                    } else {
                        open(reference || inReferences ? Block.Kind.REFERENCE : Block.Kind.PARAGRAPH, 0);
                        addLine(li, p, te);
                    }
                } else {
                    addLine(li, p, te);
                }
                if (tex && LINE_BREAK_END.matcher(original).region(p, te).find()) {
                    // Rd's "\cr": a line break the author wrote ends the block, in references (one entry per line),
                    // in author lists and in descriptions that set one formula or item per line alike
                    flush(false);
                }
            }
            flush(false);
            Map<String, Object> values = fm.map(FrontMatter.Parsed::values).orElse(Map.of());
            return out.build(path, Format.TEXT, FrontMatter.metadata(values, values.isEmpty() ? title : Optional.empty()));
        }

        /**
         * A line of TeX-like markup that is structure, not text: a comment, a heading ("\\section{References}", Rd's
         * "\\references{"), an environment's start or end, a bibliography entry or an item (which open a block), or
         * a block of code or formulas (skipped whole). Returns the last line it took, or -1 when the line is text.
         */
        private int texLine(int li, int p, int te) {
            String line = original.substring(p, te);
            if (line.startsWith("%")) {
                return li; // a comment: not even a paragraph break
            }
            Matcher heading = TexMarkup.HEADING.matcher(line);
            if (heading.matches()) {
                flush(false);
                int g = heading.group(1) != null ? 1 : 2;
                open(Block.Kind.HEADING, g == 1 && line.startsWith("\\sub") ? 2 : 1);
                addLine(li, p + heading.start(g), p + heading.end(g));
                flush(false);
                return li;
            }
            Matcher code = TexMarkup.CODE_START.matcher(line);
            if (code.lookingAt()) {
                flush(false);
                out.marker(Block.Kind.CODE);
                return code.group(1) != null ? environmentEnd(li, code.group(1)) : braceEnd(li, p);
            }
            if (line.startsWith("\\begin{thebibliography}") || line.startsWith("\\end{thebibliography}")) {
                flush(false);
                inReferences = line.startsWith("\\begin");
                return li;
            }
            if ((line.startsWith("\\begin{") || line.startsWith("\\end{")) && line.length() < 200 && line.indexOf(' ') < 0
                    || line.equals("{") || line.equals("}")) {
                flush(false); // "\\begin{itemize}", "}": structure around blocks
                if (line.startsWith("}")) {
                    inReferences = false; // the end of an R documentation section
                }
                return li;
            }
            if (line.startsWith("\\bibitem") || line.startsWith("\\item")) {
                flush(false);
                open(inReferences || line.startsWith("\\bibitem") ? Block.Kind.REFERENCE : Block.Kind.LIST_ITEM,
                        inReferences ? 0 : 1);
                addLine(li, p, te);
                return li;
            }
            return -1;
        }

        /** The line holding "\\end{name}" from line {@code li} on (the last line when none does). */
        private int environmentEnd(int li, String name) {
            String end = "\\end{" + name + "}";
            for (int k = li; k < lines.count; k++) {
                if (original.substring(lines.start[k], lines.end[k]).contains(end)) {
                    return k;
                }
            }
            return lines.count - 1;
        }

        /** The line where the braces opened at line {@code li} (from {@code p}) balance again. */
        private int braceEnd(int li, int p) {
            int depth = 0;
            boolean opened = false;
            for (int k = li; k < lines.count; k++) {
                for (int i = k == li ? p : lines.start[k]; i < lines.end[k]; i++) {
                    char ch = original.charAt(i);
                    if (ch == '\\') {
                        i++;
                        continue;
                    }
                    if (ch == '%') {
                        break;
                    }
                    depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                    opened |= ch == '{';
                    if (opened && depth == 0) {
                        return k;
                    }
                }
            }
            return lines.count - 1;
        }

        /** The line that closes the BibTeX entry opening at line {@code from} (its braces balance), or -1. */
        private int bibtexEnd(int from) {
            int depth = 0;
            for (int li = from; li < lines.count && li < from + MAX_BIBTEX_LINES; li++) {
                for (int k = lines.start[li]; k < lines.end[li]; k++) {
                    char ch = original.charAt(k);
                    depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                    if (depth == 0 && ch == '}') {
                        return li;
                    }
                }
            }
            return -1;
        }

        private boolean lineMode() {
            int nonBlank = 0;
            int longLines = 0;
            for (int li = 0; li < lines.count; li++) {
                int len = lines.trimmedEnd(original, li) - lines.firstNonBlank(original, li);
                if (len > 0) {
                    nonBlank++;
                    if (len > LONG_LINE) {
                        longLines++;
                    }
                }
            }
            return longLines > 0 && longLines * 5 >= nonBlank;
        }

        /**
         * Lines that start a block of their own although no blank line parts them: in a group of two or more
         * short lines (a credit block, an address, a signature, an aligned table) that holds no list item and
         * whose lines after the first open with no lower-case letter, a line starts a block when the line
         * before it ends a unit of text: a closing mark (". , ; : ! ?"), a word with a capital or a digit, or
         * columns. Hard-wrapped prose ends its lines inside a sentence, mostly on a lower-case word, and stays
         * whole. A line of a group has at most {@value #SHORT_LINE} chars, or more when its text stands in
         * columns.
         */
        private boolean[] shortLineGroups() {
            boolean[] own = new boolean[lines.count];
            int li = 0;
            boolean texReferences = false;
            while (li < lines.count) {
                if (lines.firstNonBlank(original, li) >= lines.trimmedEnd(original, li)) {
                    li++;
                    continue;
                }
                if (texHeading(li)) {
                    texReferences = original.substring(lines.firstNonBlank(original, li), lines.trimmedEnd(original, li))
                            .startsWith("\\references");
                    li++; // a heading of TeX's ("\\references{") stands alone: the lines under it are a group of their own
                    continue;
                }
                int from = li;
                boolean fits = true;
                while (li < lines.count && lines.firstNonBlank(original, li) < lines.trimmedEnd(original, li) && !texHeading(li)) {
                    int p = lines.firstNonBlank(original, li);
                    int te = lines.trimmedEnd(original, li);
                    fits &= (te - p <= SHORT_LINE || columns(p, te) != null) && listContent(p, te) < 0
                            && (li == from || !Character.isLowerCase(original.charAt(p)));
                    li++;
                }
                if (texReferences) {
                    // R's references: blank lines and "\\cr" part the entries; an entry's lines end on commas
                    fits = false;
                }
                if (fits && li - from >= 2 && li - from <= 8 && oneCitation(from, li)) {
                    fits = false; // "Lind, A. and Berg, T. (2004) Heron:\n  Counting birds ...": one citation, hard-wrapped
                }
                if (fits && li - from >= 2) {
                    for (int k = from + 1; k < li; k++) {
                        own[k] = endsUnit(lines.firstNonBlank(original, k - 1), lines.trimmedEnd(original, k - 1));
                    }
                    own[from] = true;
                }
            }
            return own;
        }

        /** Whether line {@code li} is a heading in TeX's markup ("\\section{Results}", Rd's "\\references{"). */
        private boolean texHeading(int li) {
            return tex && TexMarkup.HEADING.matcher(original.substring(lines.firstNonBlank(original, li), lines.trimmedEnd(original, li))).find();
        }

        /**
         * Whether lines {@code [from, to)} are one citation hard-wrapped: together they read as one, no line alone does,
         * and only one names a year (a list of one-line entries, a model card's fields, are several).
         */
        private boolean oneCitation(int from, int to) {
            int years = 0;
            for (int k = from; k < to; k++) {
                String line = original.substring(lines.firstNonBlank(original, k), lines.trimmedEnd(original, k));
                if (ReferenceShape.isEntry(line)) {
                    return false;
                }
                if (A_YEAR.matcher(line).find()) {
                    years++;
                }
            }
            return years == 1 && ReferenceShape.isEntry(plain(lines.start[from], lines.end[to - 1]).strip().replaceAll("\\s+", " "));
        }

        /**
         * {@code original[from, to)} as it reads: in a TeX source without its markup ("\\emph{Journal}, \\bold{45}" is
         * "Journal, 45"), so that a hard-wrapped entry of R's documentation reads as the citation it is.
         */
        private String plain(int from, int to) {
            if (!tex) {
                return original.substring(from, to);
            }
            Source s = new Source();
            s.addRange(original, from, to);
            Source stripped = TexMarkup.strip(s, math);
            return new String(stripped.chars, 0, stripped.length);
        }

        /** Whether a line ends a unit of text: a closing mark, a capitalized word or a number, or columns. */
        private boolean endsUnit(int p, int te) {
            char last = original.charAt(te - 1);
            if (".,;:!?)".indexOf(last) >= 0 || columns(p, te) != null) {
                return true;
            }
            int w = te;
            while (w > p && !Character.isWhitespace(original.charAt(w - 1))) {
                w--;
            }
            char first = original.charAt(w);
            return Character.isUpperCase(first) || Character.isDigit(first);
        }

        /**
         * The cells of a line whose text stands in columns (runs of three spaces or more, or a tab, between
         * words: "Ana Lind        Harbor University"), as [from, to) pairs; null for any other line.
         */
        private int[] columns(int p, int te) {
            List<Integer> cuts = new ArrayList<>();
            cuts.add(p);
            int k = p;
            while (k < te) {
                char ch = original.charAt(k);
                if (ch == ' ' || ch == '\t') {
                    int r = k;
                    while (r < te && (original.charAt(r) == ' ' || original.charAt(r) == '\t')) {
                        r++;
                    }
                    if (r - k >= 3 || original.substring(k, r).indexOf('\t') >= 0) {
                        cuts.add(k);
                        cuts.add(r);
                    }
                    k = r;
                } else {
                    k++;
                }
            }
            if (cuts.size() == 1) {
                return null;
            }
            cuts.add(te);
            return cuts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** A line of columns as one table row, its cells joined by " ; " as every reader joins them. */
        private void addCells(int li, int[] cells) {
            accFrom = cells[0];
            accTo = cells[cells.length - 1];
            accLines = 1;
            for (int c = 0; c < cells.length; c += 2) {
                if (c > 0) {
                    src.add(' ', cells[c - 1]);
                    src.add(';', cells[c - 1]);
                    src.add(' ', cells[c - 1]);
                }
                src.addRange(original, cells[c], cells[c + 1]);
            }
            lastBreak = lines.end[li];
        }

        private Optional<String> titleOf(int p, int te) {
            if (te - p >= MAX_TITLE || original.charAt(te - 1) == '.') {
                return Optional.empty();
            }
            return Optional.of(original.substring(p, te));
        }

        private int listContent(int p, int te) {
            char c = original.charAt(p);
            int k;
            if (c == '-' || c == '*' || c == '\u2022' || c == '\u25E6' || c == '\u25AA' || c == '\u2023') {
                k = p + 1;
                if (k >= te || !(original.charAt(k) == ' ' || original.charAt(k) == '\t')) {
                    return -1;
                }
            } else if (Character.isDigit(c)) {
                k = p;
                while (k < te && k - p < 3 && Character.isDigit(original.charAt(k))) {
                    k++;
                }
                if (k >= te || (original.charAt(k) != '.' && original.charAt(k) != ')')) {
                    return -1;
                }
                k++;
                // "1.5 billion" or "2022.": a list marker is followed by a space.
                if (k < te && !(original.charAt(k) == ' ' || original.charAt(k) == '\t')) {
                    return -1;
                }
                if (k >= te) {
                    return -1;
                }
            } else {
                return -1;
            }
            while (k < te && (original.charAt(k) == ' ' || original.charAt(k) == '\t')) {
                k++;
            }
            return k < te ? k : -1;
        }

        private void open(Block.Kind kind, int level) {
            accKind = kind;
            accLevel = level;
            accLines = 0;
            src.clear();
        }

        private void addLine(int li, int from, int to) {
            if (!src.isEmpty()) {
                src.add('\n', lastBreak);
            }
            if (accLines == 0) {
                accFrom = from;
            }
            accTo = to;
            accLines++;
            src.addRange(original, from, to);
            lastBreak = lines.end[li];
        }

        private void flush(boolean followedByBlank) {
            if (accKind == null) {
                return;
            }
            if (accKind == Block.Kind.PARAGRAPH || accKind == Block.Kind.REFERENCE) {
                if (accLines == 1 && isReferenceHeading(accFrom, accTo)) {
                    accKind = Block.Kind.HEADING;
                    accLevel = 1;
                } else if (accKind == Block.Kind.PARAGRAPH && accLines == 1 && followedByBlank && !accOwnLine
                        && looksLikeHeading(accFrom, accTo)) {
                    accKind = Block.Kind.HEADING;
                    accLevel = 1;
                }
            }
            out.begin(accKind, accLevel);
            Source emitted = tex ? TexMarkup.strip(src, math) : src;
            for (int k = 0; k < emitted.length; k++) {
                out.append(emitted.chars[k], emitted.map[k]);
            }
            Block block = out.end();
            if (block != null) {
                BareUrls.link(out, block.start(), block.end());
            }
            if (block != null && block.kind() == Block.Kind.HEADING) {
                inReferences = isReferenceHeading(accFrom, accTo);
            }
            accKind = null;
            src.clear();
        }

        private boolean isReferenceHeading(int from, int to) {
            if (to - from > 40) {
                return false;
            }
            String line = original.substring(from, to).strip().toLowerCase(Locale.ROOT);
            if (line.endsWith(":")) {
                line = line.substring(0, line.length() - 1).strip();
            }
            // Only the bare name: in plain text a short line ending in "papers" is too common.
            return PLAIN_REFERENCE_HEADINGS.contains(line);
        }

        private boolean looksLikeHeading(int from, int to) {
            if (to - from >= MAX_HEADING || ".!?,;:".indexOf(original.charAt(to - 1)) >= 0) {
                return false;
            }
            boolean letter = false;
            for (int k = from; k < to; k++) {
                char ch = original.charAt(k);
                if (ch == ':' && k + 2 < to && original.charAt(k + 1) == '/' && original.charAt(k + 2) == '/') {
                    return false;
                }
                letter |= Character.isLetter(ch);
            }
            return letter;
        }
    }
}
