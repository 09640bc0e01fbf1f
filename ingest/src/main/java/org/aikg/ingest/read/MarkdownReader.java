package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Markdown (CommonMark-ish, as newsletters and blogs write it) into clean text.
 *
 * <p>Removed: YAML front matter (parsed into {@link Metadata}), heading markers, emphasis markers
 * ({@code _} only where it is markup, so {@code snake_case} stays), code backticks (the code text
 * stays), link syntax (the text stays, the target becomes a {@link Link}), HTML tags (inner text
 * stays; common entities are decoded), table pipes and separator rows, list and blockquote markers,
 * link reference definitions and thematic breaks. Fenced code blocks are left out of the clean text
 * entirely and leave an empty {@link Block.Kind#CODE} marker; indented code is not recognised because
 * in newsletters indentation nearly always means a nested list. An image keeps its alt text as a
 * paragraph of its own. Lines of one paragraph are joined with a space.
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class MarkdownReader implements DocumentReader {
    private static final java.util.regex.Pattern BIBTEX_START = java.util.regex.Pattern.compile("@[A-Za-z]+\\s*\\{[^,{}\\s]*,");

    @Override
    public Document read(Path path, String content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        return new Run(path, content).run();
    }

    /** The state of reading one document. */
    private static final class Run {
        private final Path path;
        private final String original;
        private final TextBuilder out;
        private final Source src = new Source();
        private final IntList listIndents = new IntList(8);
        private Lines lines;
        private InlineParser inline;

        private Block.Kind accKind;
        private int accLevel;
        private int lastBreak = -1;
        private int refLevel;
        private String firstHeading;
        private String firstH1;

        Run(Path path, String original) {
            this.path = path;
            this.original = original;
            this.out = new TextBuilder(original);
        }

        Document run() {
            Optional<FrontMatter.Parsed> fm = FrontMatter.parse(original);
            int body = fm.map(FrontMatter.Parsed::bodyStart).orElse(FrontMatter.afterBom(original));
            lines = Lines.of(original, body);
            boolean[] definition = new boolean[lines.count];
            inline = new InlineParser(true, definitions(definition));
            byline(fm.isPresent() ? body : 0);
            blocks(definition);
            Optional<String> fallback = Optional.ofNullable(firstH1 != null ? firstH1 : firstHeading);
            Metadata metadata = FrontMatter.metadata(fm.map(FrontMatter.Parsed::values).orElse(Map.of()), fallback);
            return out.build(path, Format.MARKDOWN, metadata);
        }

        /** Collects {@code [label]: url} definitions so {@code [text][label]} links resolve. */
        private Map<String, String> definitions(boolean[] definition) {
            Map<String, String> refs = new HashMap<>();
            for (int li = 0; li < lines.count; li++) {
                int p = lines.firstNonBlank(original, li);
                int te = lines.trimmedEnd(original, li);
                if (p >= te || original.charAt(p) != '[' || lines.indent(original, li) > 3
                        || (p + 1 < te && original.charAt(p + 1) == '^')) {
                    continue;
                }
                int close = p + 1;
                while (close < te && close - p < 1000 && original.charAt(close) != ']') {
                    close++;
                }
                if (close >= te || close == p + 1 || close + 1 >= te || original.charAt(close + 1) != ':') {
                    continue;
                }
                int u = close + 2;
                while (u < te && Character.isWhitespace(original.charAt(u))) {
                    u++;
                }
                int ue = u;
                while (ue < te && !Character.isWhitespace(original.charAt(ue))) {
                    ue++;
                }
                if (ue == u) {
                    continue;
                }
                String url = original.substring(u, ue);
                if (url.startsWith("<") && url.endsWith(">") && url.length() > 2) {
                    url = url.substring(1, url.length() - 1);
                }
                refs.putIfAbsent(InlineParser.normalizeLabel(original.substring(p + 1, close)), url);
                definition[li] = true;
            }
            return refs;
        }

        private int fenceFrom;

        /** The front matter's authors as a first block of the clean text, each name marked a person. */
        private void byline(int frontMatterEnd) {
            List<Byline.Name> names = Byline.names(original, frontMatterEnd);
            if (names.isEmpty()) {
                return;
            }
            out.begin(Block.Kind.PARAGRAPH, 0);
            for (int n = 0; n < names.size(); n++) {
                Byline.Name name = names.get(n);
                if (n > 0) {
                    out.append(',', name.start());
                    out.append(' ', name.start());
                }
                int linkStart = out.nextCharIndex();
                for (int k = name.start(); k < name.end(); k++) {
                    out.append(original.charAt(k), k);
                }
                out.link(linkStart, out.nextCharIndex(), Link.AUTHOR_MARK);
            }
            out.end();
        }

        /** Emits the BibTeX entries of original[from, to) as reference entries; the number emitted. */
        private int bibtex(int from, int to) {
            List<Bibtex.Entry> entries = Bibtex.entries(original, from, to);
            for (Bibtex.Entry e : entries) {
                out.begin(Block.Kind.REFERENCE, 0);
                for (Bibtex.Piece piece : e.pieces()) {
                    int linkStart = out.nextCharIndex();
                    for (int k = 0; k < piece.text().length(); k++) {
                        out.append(piece.text().charAt(k), piece.offsets()[k]);
                    }
                    if (piece.url() != null) {
                        out.link(linkStart, out.nextCharIndex(), piece.url());
                    }
                }
                out.end();
            }
            return entries.size();
        }

        /** The line that ends a BibTeX entry starting at line li (its braces balance), or -1. */
        private int bibtexEnd(int li) {
            int depth = 0;
            boolean opened = false;
            for (int k = li; k < lines.count && k < li + 200; k++) {
                for (int c = lines.start[k]; c < lines.end[k]; c++) {
                    char ch = original.charAt(c);
                    if (ch == '{') {
                        depth++;
                        opened = true;
                    } else if (ch == '}') {
                        depth--;
                    }
                }
                if (opened && depth <= 0) {
                    return k;
                }
            }
            return -1;
        }

        /** "[^key]: text": a markdown footnote definition, which holds a note or a citation. */
        private boolean isFootnoteDefinition(int p, int te) {
            if (p + 3 >= te || original.charAt(p) != '[' || original.charAt(p + 1) != '^') {
                return false;
            }
            int close = indexOf(']', p + 2, Math.min(te, p + 80));
            return close > p + 2 && close + 1 < te && original.charAt(close + 1) == ':';
        }

        private void blocks(boolean[] definition) {
            char fence = 0;
            int fenceLen = 0;
            boolean inTable = false;
            for (int li = 0; li < lines.count; li++) {
                int p = lines.firstNonBlank(original, li);
                int te = lines.trimmedEnd(original, li);
                int indent = lines.indent(original, li);
                if (fence != 0) {
                    if (indent <= 3 && p < te && original.charAt(p) == fence && run(p, te, fence) >= fenceLen
                            && p + run(p, te, fence) == te) {
                        fence = 0;
                        // a citation block ("cite us as") is a list of reference entries, not code
                        bibtex(lines.start[fenceFrom], lines.start[li]);
                    }
                    continue;
                }
                if (p >= te) {
                    flush();
                    inTable = false;
                    continue;
                }
                if (definition[li]) {
                    flush();
                    continue;
                }
                char c = original.charAt(p);
                if (indent <= 3) {
                    if (c == '`' || c == '~') {
                        int len = run(p, te, c);
                        if (len >= 3 && (c == '~' || indexOf('`', p + len, te) < 0)) {
                            flush();
                            fence = c;
                            fenceLen = len;
                            fenceFrom = Math.min(li + 1, lines.count - 1);
                            out.marker(Block.Kind.CODE);
                            continue;
                        }
                    }
                    if (c == '#') {
                        int h = run(p, te, '#');
                        if (h <= 6 && (p + h == te || isBlank(original.charAt(p + h)))) {
                            flush();
                            heading(li, p + h, te, h);
                            continue;
                        }
                    }
                    if (accKind == Block.Kind.PARAGRAPH && (c == '=' || c == '-') && run(p, te, c) == te - p) {
                        accKind = Block.Kind.HEADING;
                        accLevel = c == '=' ? 1 : 2;
                        flush();
                        continue;
                    }
                    if (isThematicBreak(p, te)) {
                        flush();
                        continue;
                    }
                }
                boolean pipe = indexOf('|', p, te) >= 0;
                if (pipe && (c == '|' || inTable || (li + 1 < lines.count && isTableSeparator(li + 1)))) {
                    inTable = true;
                    if (!isTableSeparator(li)) {
                        flush();
                        tableRow(p, te);
                    }
                    continue;
                }
                inTable = false;
                if (indent <= 3 && c == '>') {
                    int k = p;
                    while (k < te && (original.charAt(k) == '>' || isBlank(original.charAt(k)))) {
                        k++;
                    }
                    if (k >= te) {
                        flush();
                    } else {
                        if (accKind != Block.Kind.QUOTE) {
                            flush();
                            open(Block.Kind.QUOTE, 0);
                        }
                        addLine(li, k, te);
                    }
                    continue;
                }
                if (indent <= 3 && c == '@' && BIBTEX_START.matcher(original).region(p, te).lookingAt()) {
                    // a BibTeX entry pasted as text ("cite as: @article{...}") reads like one in a code block
                    int last = bibtexEnd(li);
                    if (last >= 0) {
                        flush();
                        if (bibtex(p, lines.end[last]) > 0) {
                            li = last;
                            continue;
                        }
                    }
                }
                if (indent <= 3 && (Sections.isNumberedReference(original, p, te) || isFootnoteDefinition(p, te))) {
                    flush();
                    open(Block.Kind.REFERENCE, 0);
                    addLine(li, p, te);
                    continue;
                }
                int item = listContent(p, te);
                if (item >= 0) {
                    boolean ordered = Character.isDigit(c);
                    boolean interrupts = !ordered || accKind != Block.Kind.PARAGRAPH
                            || (c == '1' && !Character.isDigit(original.charAt(p + 1)));
                    if (interrupts) {
                        flush();
                        int level = listLevel(indent);
                        open(refLevel > 0 ? Block.Kind.REFERENCE : Block.Kind.LIST_ITEM, refLevel > 0 ? 0 : level);
                        addLine(li, item, te);
                        continue;
                    }
                }
                if (isEmphasisLine(p, te)) {
                    // A line that is all bold is a title in newsletters; it must not run into the
                    // paragraph under it.
                    flush();
                    open(refLevel > 0 ? Block.Kind.REFERENCE : Block.Kind.PARAGRAPH, 0);
                    addLine(li, p, te);
                    flush();
                    continue;
                }
                if (accKind == null) {
                    if (indent == 0) {
                        listIndents.clear();
                    }
                    open(refLevel > 0 ? Block.Kind.REFERENCE : Block.Kind.PARAGRAPH, 0);
                }
                addLine(li, p, te);
            }
            flush();
        }

        private void heading(int li, int from, int te, int level) {
            int s = from;
            while (s < te && isBlank(original.charAt(s))) {
                s++;
            }
            int e = te;
            while (e > s && original.charAt(e - 1) == '#') {
                e--;
            }
            if (e == s || isBlank(original.charAt(e - 1))) {
                while (e > s && isBlank(original.charAt(e - 1))) {
                    e--;
                }
            } else {
                e = te;
            }
            listIndents.clear();
            open(Block.Kind.HEADING, level);
            addLine(li, s, e);
            flush();
        }

        private void tableRow(int p, int te) {
            open(Block.Kind.TABLE_ROW, 0);
            int a = p;
            int b = te;
            if (original.charAt(a) == '|') {
                a++;
            }
            if (b > a && original.charAt(b - 1) == '|' && original.charAt(b - 2) != '\\') {
                b--;
            }
            int cellStart = a;
            int pipeBefore = -1;
            boolean any = false;
            boolean inCode = false;
            for (int k = a; k <= b; k++) {
                char ch = k < b ? original.charAt(k) : '|';
                if (ch == '`') {
                    inCode = !inCode;
                }
                if (k == b || (ch == '|' && !inCode && original.charAt(k - 1) != '\\')) {
                    if (!original.substring(cellStart, k).isBlank()) {
                        if (any) {
                            // The cell separator maps to the pipe it replaces.
                            src.add(' ', pipeBefore);
                            src.add(';', pipeBefore);
                            src.add(' ', pipeBefore);
                        }
                        src.addRange(original, cellStart, k);
                        any = true;
                    }
                    pipeBefore = k;
                    cellStart = k + 1;
                }
            }
            flush();
        }

        private boolean isEmphasisLine(int p, int te) {
            char c = original.charAt(p);
            if (c != '*' && c != '_') {
                return false;
            }
            int open = run(p, te, c);
            if (open < 2 || open > 3 || te - p <= 2 * open) {
                return false;
            }
            int close = 0;
            while (close < open && original.charAt(te - 1 - close) == c) {
                close++;
            }
            return close == open && original.charAt(te - 1 - close) != c
                    && !isBlank(original.charAt(p + open)) && !isBlank(original.charAt(te - 1 - close));
        }

        private boolean isTableSeparator(int li) {
            int p = lines.firstNonBlank(original, li);
            int te = lines.trimmedEnd(original, li);
            boolean pipe = false;
            boolean dash = false;
            for (int k = p; k < te; k++) {
                char ch = original.charAt(k);
                if (ch == '|') {
                    pipe = true;
                } else if (ch == '-') {
                    dash = true;
                } else if (ch != ':' && !isBlank(ch)) {
                    return false;
                }
            }
            return pipe && dash;
        }

        private boolean isThematicBreak(int p, int te) {
            char c = original.charAt(p);
            if (c != '-' && c != '*' && c != '_') {
                return false;
            }
            int count = 0;
            for (int k = p; k < te; k++) {
                char ch = original.charAt(k);
                if (ch == c) {
                    count++;
                } else if (!isBlank(ch)) {
                    return false;
                }
            }
            return count >= 3;
        }

        /** Where a list item's content starts, or -1 when the line is not a list item. */
        private int listContent(int p, int te) {
            char c = original.charAt(p);
            int k;
            if (c == '-' || c == '*' || c == '+') {
                k = p + 1;
            } else if (Character.isDigit(c)) {
                k = p;
                while (k < te && k - p < 9 && Character.isDigit(original.charAt(k))) {
                    k++;
                }
                if (k >= te || (original.charAt(k) != '.' && original.charAt(k) != ')')) {
                    return -1;
                }
                k++;
            } else {
                return -1;
            }
            if (k < te && !isBlank(original.charAt(k))) {
                return -1;
            }
            while (k < te && isBlank(original.charAt(k))) {
                k++;
            }
            return k;
        }

        private int listLevel(int indent) {
            while (!listIndents.isEmpty() && listIndents.last() > indent) {
                listIndents.removeLast();
            }
            if (listIndents.isEmpty() || listIndents.last() < indent) {
                listIndents.add(indent);
            }
            return listIndents.size();
        }

        private void open(Block.Kind kind, int level) {
            accKind = kind;
            accLevel = level;
            src.clear();
            lastBreak = -1;
        }

        private void addLine(int li, int from, int to) {
            if (!src.isEmpty()) {
                // The joining space maps to the line break it replaces.
                src.add('\n', lastBreak);
            }
            src.addRange(original, from, to);
            lastBreak = lines.end[li];
        }

        private void flush() {
            if (accKind == null) {
                return;
            }
            boolean first = out.blockCount() == 0;
            out.begin(accKind, accLevel);
            inline.emit(src, out);
            Block block = out.end();
            if (block != null && block.kind() == Block.Kind.HEADING) {
                String heading = out.text(block.start(), block.end());
                if (first) {
                    firstHeading = heading;
                }
                if (firstH1 == null && block.level() == 1) {
                    firstH1 = heading;
                }
                if (Sections.isReferenceHeading(heading)) {
                    refLevel = block.level();
                } else if (refLevel > 0 && block.level() <= refLevel) {
                    refLevel = 0;
                }
            }
            accKind = null;
            src.clear();
        }

        private int indexOf(char c, int from, int to) {
            for (int k = from; k < to; k++) {
                if (original.charAt(k) == c) {
                    return k;
                }
            }
            return -1;
        }

        private int run(int from, int to, char c) {
            int k = from;
            while (k < to && original.charAt(k) == c) {
                k++;
            }
            return k - from;
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t';
        }
    }
}
