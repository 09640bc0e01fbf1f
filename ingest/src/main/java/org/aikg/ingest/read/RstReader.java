package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reStructuredText (as Sphinx and Pelican blogs write it) into clean text. No maintained Java
 * library parses reStructuredText, so this reads the subset posts use, line by line and in linear time:
 *
 * <ul>
 *   <li>section titles (underlined, optionally overlined; levels in order of first use) are headings;
 *   <li>a docinfo field list at the top ({@code :date:}, {@code :author:}, {@code :title:}) is metadata;
 *   <li>bullet and enumerated items ({@code *}, {@code -}, {@code +}, {@code #.}, {@code 1.}) are list
 *       items, their indented continuation lines joined;
 *   <li>citations and footnotes ({@code .. [1] text}, {@code .. [#] text}) are reference entries, as
 *       are the paragraphs under a references heading;
 *   <li>admonitions ({@code .. note::}, {@code .. topic::}, ...) and figures keep their text; code,
 *       literal blocks ({@code ::}), {@code raw}, {@code image}, {@code contents}, comments and
 *       hyperlink targets are left out (code leaves an empty CODE marker);
 *   <li>other indented paragraphs are quotes;
 *   <li>inline markup is removed: {@code `text <url>`_} keeps the text and becomes a link (as does a
 *       named reference whose target is defined), {@code **strong**}, {@code *emphasis*},
 *       {@code ``literal``} and roles ({@code :ref:`text`}) keep their text, a citation reference
 *       {@code [1]_} stays as {@code [1]}; bare URLs are links.
 * </ul>
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class RstReader implements DocumentReader {
    private static final String ADORNMENT_CHARS = "=-~^\"'`#*+_:.";
    private static final Pattern FIELD = Pattern.compile(":([A-Za-z][\\w -]{0,30}):(?:\\s+(.*))?");
    private static final Pattern DIRECTIVE = Pattern.compile("\\.\\.\\s+([A-Za-z][\\w-]*(?::[\\w-]+)?)::(.*)");
    private static final Pattern CITATION = Pattern.compile("\\.\\.\\s+\\[([^\\]\\s]{1,40})\\]\\s+\\S.*");
    private static final Pattern TARGET = Pattern.compile("\\.\\.\\s+_([^:]{1,200}):\\s*(\\S*)\\s*");
    /** Inline markup, tried left to right; each alternative is bounded so a paragraph is read in linear time. */
    private static final Pattern INLINE = Pattern.compile(
            "(?<link>`(?<ltext>[^`<]{1,300}?)\\s*<(?<lurl>[^`>]{1,500})>`__?)"
            + "|(?<ref>`(?<rtext>[^`]{1,300})`__?)"
            + "|(?<interp>`(?<itext>[^`]{1,300})`)"
            + "|(?<role>:[A-Za-z][\\w:+.-]{0,30}:`(?<roletext>[^`]{1,300})`)"
            + "|(?<lit>``(?<littext>[^`]{1,300})``)"
            + "|(?<strong>\\*\\*(?<stext>[^*\\s](?:[^*]{0,300}?[^*\\s])?)\\*\\*)"
            + "|(?<em>\\*(?<etext>[^*\\s](?:[^*]{0,300}?[^*\\s])?)\\*)"
            + "|(?<cite>\\[(?<ctext>[0-9#*]{1,5}|[A-Za-z][\\w.-]{0,40})\\]_)"
            + "|(?<word>(?<wtext>[A-Za-z0-9][\\w.-]{0,80})__?(?![\\w]))");
    private static final Set<String> TEXT_DIRECTIVES = Set.of("note", "tip", "warning", "important", "hint",
            "attention", "caution", "danger", "error", "admonition", "topic", "sidebar", "epigraph", "highlights",
            "pull-quote", "rubric", "seealso", "figure", "container", "compound", "versionadded", "versionchanged",
            "deprecated");

    @Override
    public Document read(Path path, String content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        return new Run(path, content).run();
    }

    /** Whether {@code content} shows reStructuredText's own constructs (not just setext-like titles). */
    static boolean looksLikeRst(String content) {
        Lines lines = Lines.of(content, FrontMatter.afterBom(content));
        int signs = 0;
        for (int li = 0; li < lines.count && li < 400; li++) {
            int p = lines.firstNonBlank(content, li);
            int te = lines.trimmedEnd(content, li);
            if (p >= te) {
                continue;
            }
            String line = content.substring(p, te);
            if (DIRECTIVE.matcher(line).matches() || TARGET.matcher(line).matches() || CITATION.matcher(line).matches()) {
                signs += 2;
            } else if (line.contains(">`_")) {
                signs += 2;
            } else if (li < 12 && p == lines.start[li] && FIELD.matcher(line).matches()) {
                signs++;
            } else if (li + 2 < lines.count && isAdornment(content, lines, li) && !lines.isBlank(content, li + 1)
                    && isAdornment(content, lines, li + 2) && content.charAt(lines.start[li]) == content.charAt(lines.start[li + 2])
                    // an overline is at least as long as its title (RST's rule); "```" around a longer line is fenced code
                    && lines.trimmedEnd(content, li) - lines.start[li] >= lines.trimmedEnd(content, li + 1) - lines.firstNonBlank(content, li + 1)
                    && lines.trimmedEnd(content, li) - lines.start[li] == lines.trimmedEnd(content, li + 2) - lines.start[li + 2]) {
                // an overlined title; Markdown has it too (a line between two thematic breaks), so alone it is not enough
                signs++;
            }
            if (signs >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdornment(String s, Lines lines, int li) {
        int p = lines.start[li];
        int te = lines.trimmedEnd(s, li);
        if (te - p < 3 || ADORNMENT_CHARS.indexOf(s.charAt(p)) < 0) {
            return false;
        }
        char c = s.charAt(p);
        for (int k = p; k < te; k++) {
            if (s.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }

    private static final class Run {
        private final Path path;
        private final String original;
        private final TextBuilder out;
        private final Outline outline = new Outline();
        private final Source src = new Source();
        private final List<String> adornments = new ArrayList<>();
        private final Map<String, String> targets = new LinkedHashMap<>();
        private final Map<String, String> fields = new LinkedHashMap<>();
        private Lines lines;
        /** The indentation of the directive body being read: text indented more than this is a quote. */
        private int bodyIndent;
        private boolean bodyStarted;

        Run(Path path, String original) {
            this.path = path;
            this.original = original;
            this.out = new TextBuilder(original);
        }

        Document run() {
            lines = Lines.of(original, FrontMatter.afterBom(original));
            collectTargets();
            int li = 0;
            while (li < lines.count) {
                li = block(li);
            }
            Map<String, Object> values = new LinkedHashMap<>(fields);
            Optional<String> title = outline.title();
            return out.build(path, Format.RST, FrontMatter.metadata(values, title));
        }

        private void collectTargets() {
            for (int li = 0; li < lines.count; li++) {
                Matcher m = TARGET.matcher(line(li));
                if (m.matches() && !m.group(2).isEmpty()) {
                    targets.putIfAbsent(normal(m.group(1)), m.group(2));
                }
            }
        }

        private static String normal(String name) {
            return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        private String line(int li) {
            int p = lines.firstNonBlank(original, li);
            int te = lines.trimmedEnd(original, li);
            return p < te ? original.substring(p, te) : "";
        }

        private boolean blank(int li) {
            return lines.isBlank(original, li);
        }

        /** Reads the block starting at line {@code li}; returns the line after it. */
        private int block(int li) {
            if (blank(li)) {
                return li + 1;
            }
            int indent = lines.indent(original, li);
            String text = line(li);
            // a title: [overline] text underline
            if (isAdornment(original, lines, li) && li + 2 < lines.count && !blank(li + 1)
                    && isAdornment(original, lines, li + 2)) {
                heading(li + 1, "o" + original.charAt(lines.start[li]));
                return li + 3;
            }
            if (li + 1 < lines.count && !isAdornment(original, lines, li) && isAdornment(original, lines, li + 1)
                    && lines.trimmedEnd(original, li + 1) - lines.start[li + 1] >= Math.min(3, text.length())) {
                heading(li, "u" + original.charAt(lines.start[li + 1]));
                return li + 2;
            }
            if (isAdornment(original, lines, li) || text.equals("|")) {
                return li + 1; // a transition, or an empty line of a line block (spacing)
            }
            if (indent == 0 && FIELD.matcher(text).matches()) {
                return fieldList(li);
            }
            if (text.startsWith("..")) {
                return explicit(li, text, indent);
            }
            int item = listContent(li);
            if (item >= 0) {
                return paragraph(li, item, Block.Kind.LIST_ITEM, 1, indent);
            }
            Block.Kind kind = indent > bodyIndent ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
            return paragraph(li, lines.firstNonBlank(original, li), kind, 0, -1);
        }

        private void heading(int li, String style) {
            int level = adornments.indexOf(style);
            if (level < 0) {
                adornments.add(style);
                level = adornments.size() - 1;
            }
            out.begin(Block.Kind.HEADING, Math.min(6, level + 1));
            src.clear();
            src.addRange(original, lines.firstNonBlank(original, li), lines.trimmedEnd(original, li));
            inline();
            outline.ended(out.end(), out);
        }

        private int fieldList(int li) {
            while (li < lines.count && !blank(li)) {
                Matcher m = FIELD.matcher(line(li));
                if (m.matches() && m.group(2) != null && !bodyStarted) {
                    fields.putIfAbsent(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
                }
                li++;
            }
            return li;
        }

        /** {@code ..} constructs: directives, citations, targets and comments. */
        private int explicit(int li, String text, int indent) {
            int end = indentedEnd(li + 1, indent);
            Matcher citation = CITATION.matcher(text);
            if (citation.matches()) {
                int from = lines.firstNonBlank(original, li) + text.indexOf('[');
                out.begin(Block.Kind.REFERENCE, 0);
                src.clear();
                addLines(li, end, from);
                inline();
                outline.ended(out.end(), out);
                return end;
            }
            Matcher directive = DIRECTIVE.matcher(text);
            if (directive.matches()) {
                String name = directive.group(1).toLowerCase(Locale.ROOT);
                if (TEXT_DIRECTIVES.contains(name)) {
                    // the argument (a title) and the indented body are text; options (:width:) are not
                    int k = li + 1;
                    if (!directive.group(2).isBlank() && !name.equals("figure")) {
                        k = paragraph(li, lines.firstNonBlank(original, li) + text.indexOf("::") + 2, Block.Kind.PARAGRAPH, 0, -1);
                    }
                    int saved = bodyIndent;
                    while (k < end) {
                        if (blank(k) || FIELD.matcher(line(k)).matches()) {
                            k++;
                        } else {
                            bodyIndent = lines.indent(original, k);
                            k = block(k, end);
                        }
                    }
                    bodyIndent = saved;
                } else if (name.contains("code") || name.equals("literalinclude") || name.equals("math")) {
                    // a "cite this work" block in BibTeX is the document's reference entries, as in markdown
                    if (!name.contains("code") || end <= li + 1
                            || Bibtex.emit(original, lines.start[li + 1], lines.end[end - 1], out, outline) == 0) {
                        out.marker(Block.Kind.CODE);
                    }
                }
            }
            return end;
        }

        /** Reads blocks in lines [li, end) (a directive's body), returning the line after the block. */
        private int block(int li, int end) {
            int next = block(li);
            return Math.min(Math.max(next, li + 1), Math.max(end, li + 1));
        }

        /** The first line at or after {@code li} that is not blank and is indented no more than {@code indent}. */
        private int indentedEnd(int li, int indent) {
            int k = li;
            int lastText = li;
            while (k < lines.count) {
                if (!blank(k)) {
                    if (lines.indent(original, k) <= indent) {
                        break;
                    }
                    lastText = k + 1;
                }
                k++;
            }
            return Math.max(lastText, li);
        }

        /**
         * A paragraph (or list item) from line {@code li}, content starting at {@code from}; it runs to a
         * blank line, a new item, or a line indented less than its first. A paragraph ending in {@code ::}
         * introduces a literal block, which is left out.
         */
        private int paragraph(int li, int from, Block.Kind kind, int level, int itemIndent) {
            int k = li + 1;
            int contentIndent = itemIndent >= 0 ? from - lines.start[li] : lines.indent(original, li);
            while (k < lines.count && !blank(k)) {
                int ind = lines.indent(original, k);
                if (itemIndent >= 0 ? ind <= itemIndent : ind < contentIndent) {
                    break;
                }
                if (listContent(k) >= 0 && ind <= contentIndent) {
                    break;
                }
                k++;
            }
            Block.Kind actual = outline.kind(kind);
            out.begin(actual, outline.level(actual, level));
            bodyStarted = true;
            src.clear();
            addLines(li, k, from);
            boolean literal = src.length >= 2 && src.chars[src.length - 1] == ':' && src.chars[src.length - 2] == ':';
            if (literal) {
                // "Example::" reads "Example:"; "::" alone reads nothing
                src.length -= src.length >= 3 && src.chars[src.length - 3] == ' ' ? 3 : 1;
            }
            inline();
            outline.ended(out.end(), out);
            if (literal) {
                int end = indentedEnd(k, lines.indent(original, li));
                if (end > k) {
                    out.marker(Block.Kind.CODE);
                    return end;
                }
            }
            // an item's indented continuation paragraphs belong to it
            if (itemIndent >= 0 && k < lines.count && blank(k)) {
                int n = k;
                while (n < lines.count && blank(n)) {
                    n++;
                }
                if (n < lines.count && lines.indent(original, n) > itemIndent && listContent(n) < 0) {
                    return paragraph(n, lines.firstNonBlank(original, n), kind, level, itemIndent);
                }
            }
            return k;
        }

        private void addLines(int from, int to, int firstCharAt) {
            for (int k = from; k < to; k++) {
                int s = k == from ? firstCharAt : lines.firstNonBlank(original, k);
                int e = lines.trimmedEnd(original, k);
                if (s >= e) {
                    continue;
                }
                if (src.length > 0) {
                    src.add(' ', lines.end[k - 1] < s ? lines.end[k - 1] : s);
                }
                src.addRange(original, s, e);
            }
        }

        /** Where a list item's content starts on line {@code li}, or -1. */
        private int listContent(int li) {
            int p = lines.firstNonBlank(original, li);
            int te = lines.trimmedEnd(original, li);
            if (p + 2 > te) {
                return -1;
            }
            char c = original.charAt(p);
            int k;
            if ((c == '*' || c == '-' || c == '+' || c == '\u2022') && original.charAt(p + 1) == ' ') {
                k = p + 1;
            } else if (c == '#' && original.charAt(p + 1) == '.') {
                k = p + 2;
            } else if (Character.isDigit(c) || (Character.isLetter(c) && p + 1 < te && original.charAt(p + 1) == '.')) {
                k = p;
                while (k < te && k - p < 3 && Character.isDigit(original.charAt(k))) {
                    k++;
                }
                if (Character.isLetter(c)) {
                    k = p + 1;
                }
                if (k >= te || (original.charAt(k) != '.' && original.charAt(k) != ')')) {
                    return -1;
                }
                k++;
            } else {
                return -1;
            }
            if (k >= te || original.charAt(k) != ' ') {
                return -1;
            }
            while (k < te && original.charAt(k) == ' ') {
                k++;
            }
            return k < te ? k : -1;
        }

        /** Emits {@code src} into the open block with inline markup removed and links recorded. */
        private void inline() {
            String s = new String(src.chars, 0, src.length);
            Matcher m = INLINE.matcher(s);
            int at = 0;
            int blockStart = out.nextCharIndex();
            while (m.find()) {
                if (m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1)) && m.group("word") == null
                        && m.group("cite") == null) {
                    // markup starts after a space or punctuation; "a*b" is text
                    continue;
                }
                copy(at, m.start());
                if (m.group("link") != null) {
                    int start = out.nextCharIndex();
                    copy(m.start("ltext"), m.end("ltext"));
                    out.link(start, out.length(), m.group("lurl").strip());
                } else if (m.group("ref") != null) {
                    int start = out.nextCharIndex();
                    copy(m.start("rtext"), m.end("rtext"));
                    String url = targets.get(normal(m.group("rtext")));
                    if (url != null) {
                        out.link(start, out.length(), url);
                    }
                } else if (m.group("interp") != null) {
                    copy(m.start("itext"), m.end("itext"));
                } else if (m.group("role") != null) {
                    String t = m.group("roletext");
                    int lt = t.indexOf('<');
                    copy(m.start("roletext"), lt > 0 ? m.start("roletext") + lt : m.end("roletext"));
                } else if (m.group("lit") != null) {
                    copy(m.start("littext"), m.end("littext"));
                } else if (m.group("strong") != null) {
                    copy(m.start("stext"), m.end("stext"));
                } else if (m.group("em") != null) {
                    copy(m.start("etext"), m.end("etext"));
                } else if (m.group("cite") != null) {
                    copy(m.start(), m.end() - 1);
                } else {
                    int start = out.nextCharIndex();
                    copy(m.start("wtext"), m.end("wtext"));
                    String url = targets.get(normal(m.group("wtext")));
                    if (url != null) {
                        out.link(start, out.length(), url);
                    }
                }
                at = m.end();
            }
            copy(at, s.length());
            if (out.inBlock()) {
                BareUrls.link(out, Math.min(blockStart, out.length()), out.length());
            }
        }

        private void copy(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = src.chars[k];
                if (c == '\\' && k + 1 < to) {
                    continue;
                }
                out.append(c, src.map[k]);
            }
        }
    }
}
