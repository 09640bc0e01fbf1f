package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads Markdown (CommonMark with GitHub tables, strikethrough, footnotes and bare-URL autolinks, as
 * parsed by commonmark-java) into clean text, mapping every clean character to the original character
 * it came from through the parser's source spans.
 *
 * <p>Removed: YAML front matter (parsed into {@link Metadata}), heading markers, emphasis markers, code
 * backticks (the code text stays), link syntax (the text stays, the target becomes a {@link Link}),
 * HTML tags (HTML blocks are read by {@link HtmlText}: their text stays in blocks of their own), table
 * pipes and separator rows, list and blockquote markers, link reference definitions and thematic breaks.
 * Fenced code is left out of the clean text and leaves an empty {@link Block.Kind#CODE} marker, except
 * that BibTeX entries in it ("cite as") become reference entries. Indented code is not recognised:
 * in newsletters indentation nearly always means a nested list or a wrapped line. An image keeps its alt
 * text as a paragraph of its own. Lines of one paragraph are joined with a space, but a line that is all
 * bold (a newsletter's item title) and a line that starts a numbered reference ({@code [3] ...}) start
 * blocks of their own. Footnote definitions, entries under a references heading and numbered entries
 * are {@link Block.Kind#REFERENCE} blocks; a footnote mark stays in the text as {@code [^key]}.
 *
 * <p>Stateless and thread-safe (commonmark-java's parser is); each call works on its own state.
 */
public final class MarkdownReader implements DocumentReader {
    private static final Pattern BIBTEX_START = Pattern.compile("@[A-Za-z]+\\s*\\{[^,{}\\s]*,");
    private static final Pattern SUP_OPEN = Pattern.compile("(?i)<sup(?:\\s[^>]*)?>");
    private static final Pattern ANCHOR = Pattern.compile("(?is)^<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    /** Deeper nesting than this is read as text: bounded work on hostile input. */
    private static final int MAX_NESTING = 64;

    /**
     * The block types read (indented code is not: indentation in newsletters is layout), in the order commonmark
     * tries them, its own default order: a heading's underline of dashes is tried before a thematic break, a
     * thematic break before a list item. The order decides what a line is, so it must be fixed: a {@code Set.of}
     * iterates in an order that changes from one JVM to the next, and read "Title" over a line of dashes as a
     * heading in one run and as a paragraph in the next (so two Spark executors could read one file two ways).
     */
    static final Set<Class<? extends org.commonmark.node.Block>> BLOCK_TYPES = new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class,
            FencedCodeBlock.class, HtmlBlock.class, ThematicBreak.class, ListBlock.class));

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnotesExtension.create(),
                    AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build()))
            .enabledBlockTypes(BLOCK_TYPES)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING)
            .build();

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
        /** What the parser read: the original with front matter and template tags blanked, index for index. */
        private String input;
        private final TextBuilder out;
        private final Outline outline = new Outline();
        private final Deque<int[]> anchors = new ArrayDeque<>();
        private final List<String> anchorUrls = new ArrayList<>();
        /** How many {@code <sup>} elements are open: their digits are raised ({@link Superscripts}). */
        private int raised;
        private int listDepth;
        private int quoteDepth;
        private Block.Kind lineKind;
        private int lineLevel;

        Run(Path path, String original) {
            this.path = path;
            this.original = original;
            this.out = new TextBuilder(original);
        }

        Document run() {
            Optional<FrontMatter.Parsed> fm = FrontMatter.parse(original);
            int body = fm.map(FrontMatter.Parsed::bodyStart).orElse(FrontMatter.afterBom(original));
            byline(fm.isPresent() ? body : 0);
            if (fm.isPresent()) {
                paperFields(body);
                frontMatterAuthors(fm.get());
            }
            input = blankTemplateTags(blankBefore(original, body));
            children(PARSER.parse(input));
            endBlock();
            Metadata metadata = FrontMatter.metadata(fm.map(FrontMatter.Parsed::values).orElse(Map.of()), outline.title());
            return out.build(path, Format.MARKDOWN, metadata);
        }

        /**
         * The content with everything before {@code body} (BOM, front matter) turned into spaces, line
         * breaks kept: the parser then sees blank lines there, and its input indices are original indices.
         */
        private static String blankBefore(String content, int body) {
            if (body == 0) {
                return content;
            }
            char[] cs = content.toCharArray();
            for (int i = 0; i < body; i++) {
                if (cs[i] != '\n' && cs[i] != '\r') {
                    cs[i] = ' ';
                }
            }
            return new String(cs);
        }

        /**
         * Site-generator tags ({@code {{< button ... >}}}, {@code {% include x.html %}}, {@code {{ site.url }}})
         * turned into spaces, line breaks kept: they are instructions to Hugo or Jekyll, not text, and the
         * parser's input indices stay original indices.
         */
        private static String blankTemplateTags(String content) {
            char[] cs = null;
            int n = content.length();
            int i = content.indexOf('{');
            while (i >= 0 && i + 1 < n) {
                char next = content.charAt(i + 1);
                if (next == '{' || next == '%') {
                    String close = next == '%' ? "%}" : "}}";
                    int end = content.indexOf(close, i + 2);
                    if (end >= 0 && end - i <= 2000) {
                        if (cs == null) {
                            cs = content.toCharArray();
                        }
                        for (int k = i; k < end + 2; k++) {
                            if (cs[k] != '\n' && cs[k] != '\r') {
                                cs[k] = ' ';
                            }
                        }
                        i = content.indexOf('{', end + 2);
                        continue;
                    }
                }
                i = content.indexOf('{', i + 1);
            }
            return cs == null ? content : new String(cs);
        }

        /** The front matter's authors as a first block of the clean text, each name marked a person. */
        private void byline(int frontMatterEnd) {
            List<MarkedSpan> spans = new java.util.ArrayList<>();
            for (Byline.Name name : Byline.names(original, frontMatterEnd)) {
                spans.add(new MarkedSpan(name.start(), name.end(), org.aikg.ingest.read.Link.AUTHOR_MARK));
            }
            markedBlock(Block.Kind.PARAGRAPH, spans);
        }

        /** The paper the front matter names in its fields, as a reference entry whose parts are marked. */
        private void paperFields(int frontMatterEnd) {
            List<MarkedSpan> spans = new java.util.ArrayList<>();
            for (PaperFields.Part part : PaperFields.parts(original, frontMatterEnd)) {
                String url = switch (part.kind()) {
                    case TITLE -> org.aikg.ingest.read.Link.TITLE_MARK;
                    case AUTHOR -> org.aikg.ingest.read.Link.AUTHOR_MARK;
                    case ORGANIZATION -> org.aikg.ingest.read.Link.AFFILIATION_MARK;
                    case LINK -> original.substring(part.start(), part.end());
                };
                spans.add(new MarkedSpan(part.start(), part.end(), url));
            }
            markedBlock(Block.Kind.REFERENCE, spans);
        }

        /** A span of the original and the mark (or link target) it gets in the clean text. */
        /**
         * Structured authors of the front matter ({@link FrontMatterAuthors}): an article's reference entry
         * "Authors, title" when it is one, then one list item "Person (Organization)" per affiliation.
         */
        private void frontMatterAuthors(FrontMatter.Parsed fm) {
            FrontMatterAuthors.parse(original, fm).ifPresent(p -> {
                if (p.title() != null) {
                    List<MarkedSpan> spans = new java.util.ArrayList<>();
                    p.authors().forEach(a -> spans.add(new MarkedSpan(a.start(), a.end(), a.mark())));
                    spans.add(new MarkedSpan(p.title().start(), p.title().end(), p.title().mark()));
                    markedBlock(Block.Kind.REFERENCE, spans);
                }
                for (FrontMatterAuthors.Affiliation a : p.affiliations()) {
                    out.begin(Block.Kind.LIST_ITEM, 1);
                    marked(a.person().start(), a.person().end(), a.person().mark());
                    out.append(' ', a.person().end());
                    out.append('(', a.person().end());
                    marked(a.organization().start(), a.organization().end(), a.organization().mark());
                    out.append(')', a.organization().end());
                    endBlock();
                }
            });
        }

        private void marked(int start, int end, String url) {
            int linkStart = out.nextCharIndex();
            for (int k = start; k < end; k++) {
                out.append(original.charAt(k), k);
            }
            if (url != null) {
                out.link(linkStart, out.nextCharIndex(), url);
            }
        }

        private record MarkedSpan(int start, int end, String url) {}

        /** One block of the front matter's spans, joined by ", " and each marked; nothing when there are none. */
        private void markedBlock(Block.Kind kind, List<MarkedSpan> spans) {
            if (spans.isEmpty()) {
                return;
            }
            out.begin(kind, 0);
            for (int n = 0; n < spans.size(); n++) {
                MarkedSpan span = spans.get(n);
                if (n > 0) {
                    out.append(',', span.start());
                    out.append(' ', span.start());
                }
                int linkStart = out.nextCharIndex();
                for (int k = span.start(); k < span.end(); k++) {
                    out.append(original.charAt(k), k);
                }
                out.link(linkStart, out.nextCharIndex(), span.url());
            }
            endBlock();
        }

        // ---- blocks ----

        /**
         * A title over- and underlined as reStructuredText writes it ("=====", "Title", "=====") reads in Markdown as a
         * heading whose first line is the overline: the line of marks is no words of the title.
         */
        private static void dropOverline(Heading h) {
            Node first = h.getFirstChild();
            if (first instanceof Text t && OVERLINE.matcher(t.getLiteral()).matches() && first.getNext() instanceof SoftLineBreak b) {
                b.unlink();
                first.unlink();
            }
        }

        private static final java.util.regex.Pattern OVERLINE = java.util.regex.Pattern.compile("\\s*([=\\-~^*#+_`])\\1{2,}\\s*");

        private void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n);
            }
        }

        private void block(Node n) {
            if (n instanceof Heading h) {
                endBlock();
                out.begin(Block.Kind.HEADING, h.getLevel());
                dropOverline(h);
                inlines(h);
                endBlock();
            } else if (n instanceof Paragraph p) {
                paragraph(p);
            } else if (n instanceof BlockQuote) {
                endBlock();
                quoteDepth++;
                children(n);
                quoteDepth--;
            } else if (n instanceof ListBlock) {
                endBlock();
                listDepth++;
                children(n);
                listDepth--;
            } else if (n instanceof ListItem) {
                endBlock();
                children(n);
                endBlock();
            } else if (n instanceof FencedCodeBlock f) {
                endBlock();
                out.marker(Block.Kind.CODE);
                fencedBibtex(f);
            } else if (n instanceof HtmlBlock h) {
                endBlock();
                html(h);
            } else if (n instanceof TableBlock) {
                endBlock();
                table(n);
            } else if (n instanceof FootnoteDefinition d) {
                footnote(d);
            } else if (n instanceof ThematicBreak || n instanceof LinkReferenceDefinition) {
                endBlock();
            } else {
                children(n);
            }
        }

        /** The kind and level a paragraph gets where it stands. */
        private void paragraphKind() {
            Block.Kind kind = listDepth > 0 ? Block.Kind.LIST_ITEM : quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
            lineKind = outline.kind(kind);
            lineLevel = outline.level(lineKind, kind == Block.Kind.LIST_ITEM ? listDepth : 0);
        }

        private void paragraph(Paragraph p) {
            endBlock();
            int[] span = span(p);
            int entry = span == null ? -1 : span[0];
            while (span != null && entry < span[1] && (original.charAt(entry) == ' ' || original.charAt(entry) == '\t')) {
                entry++; // an entry indented as code: this reader parses no indented code, so it is a paragraph
            }
            if (span != null && original.startsWith("@", entry)
                    && BIBTEX_START.matcher(original).region(entry, span[1]).lookingAt()
                    && bibtex(entry, span[1]) > 0) {
                return;
            }
            paragraphKind();
            Block.Kind kind = lineKind;
            int level = lineLevel;
            List<List<Node>> lines = new ArrayList<>();
            lines.add(new ArrayList<>());
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    lines.add(new ArrayList<>());
                } else {
                    lines.get(lines.size() - 1).add(c);
                }
            }
            List<String> texts = kind == Block.Kind.PARAGRAPH && lines.size() >= 2 && lines.size() <= 4
                    ? lines.stream().map(l -> plainText(l).strip()).toList() : null;
            if (texts != null && ReferenceShape.isFieldPerLineEntry(texts)) {
                // "**Title**" / "*Ana Lind, Tomas Berg*" / "Venue (2021)": one entry, its fields a line each
                endBlock();
                open(Block.Kind.REFERENCE, 0);
                for (int i = 0; i < lines.size(); i++) {
                    List<Node> line = lines.get(i);
                    if (i > 0) {
                        int[] first = span(line.get(0));
                        int at = first == null ? lastOffset() : Math.max(0, first[0] - 1);
                        String before = texts.get(i - 1);
                        if (".,;:!?".indexOf(before.charAt(before.length() - 1)) < 0) {
                            out.append('.', at); // the line break ends the field as a period would
                        }
                        out.append(' ', at);
                    }
                    line.forEach(this::inline);
                }
                endBlock();
                return;
            }
            boolean itemized = kind == Block.Kind.PARAGRAPH && lineList(lines);
            boolean split = false;
            for (List<Node> line : lines) {
                if (itemized) {
                    line(line, Block.Kind.LIST_ITEM, outline.level(Block.Kind.LIST_ITEM, 1), true);
                } else {
                    split = line(line, kind, level, split);
                }
            }
            endBlock();
        }

        /**
         * Whether a paragraph's lines are a list written one entry a line (names, places, credits): three or more
         * lines, each of at most five words and 60 characters and none ending as a sentence or a clause does.
         * Joined, "Ana Lind" and "Tomas Berg" on the next line would read as one name.
         */
        private static boolean lineList(List<List<Node>> lines) {
            if (lines.size() < 3) {
                return false;
            }
            for (List<Node> line : lines) {
                String t = plainText(line).strip();
                if (t.isEmpty() || t.length() > 60 || t.split("\\s+").length > 5 || ".,;:!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** The text of inline nodes, as written (links' and emphasis' text included). */
        private static String plainText(List<Node> nodes) {
            StringBuilder b = new StringBuilder();
            for (Node n : nodes) {
                plainText(n, b);
            }
            return b.toString();
        }

        private static void plainText(Node n, StringBuilder b) {
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            } else if (n instanceof Code c) {
                b.append(c.getLiteral());
            } else {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    plainText(c, b);
                }
            }
        }

        /**
         * Emits one line of a paragraph. An all-bold line is a block of its own; a numbered reference
         * starts a reference entry. Returns whether the next line must start a new block.
         */
        private boolean line(List<Node> nodes, Block.Kind kind, int level, boolean startNew) {
            if (nodes.isEmpty()) {
                return startNew;
            }
            if (isBoldLine(nodes)) {
                endBlock();
                open(kind, level);
                nodes.forEach(this::inline);
                endBlock();
                return true;
            }
            if (Sections.isNumberedReference(lineText(nodes), 0, lineText(nodes).length())) {
                endBlock();
                open(Block.Kind.REFERENCE, 0);
            } else if (startNew) {
                endBlock();
                open(lineKind == Block.Kind.REFERENCE && kind != Block.Kind.REFERENCE ? lineKind : kind, level);
            } else if (!out.inBlock()) {
                open(kind, level);
            } else {
                // lines of one paragraph are joined with a space that maps to the line break
                int[] first = span(nodes.get(0));
                out.append(' ', first == null ? lastOffset() : Math.max(0, first[0] - 1));
            }
            nodes.forEach(this::inline);
            return false;
        }

        private void open(Block.Kind kind, int level) {
            lineKind = kind;
            out.begin(kind, level);
        }

        private int lastOffset() {
            int n = out.length();
            return n == 0 ? 0 : out.originalOffsetOf(n - 1) + 1;
        }

        private static boolean isBoldLine(List<Node> nodes) {
            Node only = null;
            for (Node n : nodes) {
                if (n instanceof Text t && t.getLiteral().isBlank()) {
                    continue;
                }
                if (only != null) {
                    return false;
                }
                only = n;
            }
            if (only instanceof org.commonmark.node.Emphasis e && e.getFirstChild() == e.getLastChild()) {
                only = e.getFirstChild();
            }
            return only instanceof StrongEmphasis;
        }

        private static String lineText(List<Node> nodes) {
            StringBuilder sb = new StringBuilder();
            for (Node n : nodes) {
                if (n instanceof Text t) {
                    sb.append(t.getLiteral());
                } else if (n instanceof HtmlInline && sb.length() == 0) {
                    continue; // an anchor before an entry's number ("<a id=\"3\"></a>[3] ...") is not its text
                } else {
                    sb.append('\u0000');
                }
                if (sb.length() > 12) {
                    break;
                }
            }
            return sb.toString();
        }

        private void footnote(FootnoteDefinition d) {
            endBlock();
            int[] span = span(d);
            out.begin(Block.Kind.REFERENCE, 0);
            if (span != null) {
                String mark = "[^" + d.getLabel() + "]:";
                Aligned.append(out, mark, input, span[0], Math.min(span[1], span[0] + mark.length() + 2));
            }
            boolean first = true;
            for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) {
                    if (!first) {
                        out.append(' ', lastOffset());
                    }
                    for (Node k = p.getFirstChild(); k != null; k = k.getNext()) {
                        inline(k);
                    }
                    first = false;
                } else {
                    block(c);
                    out.begin(Block.Kind.REFERENCE, 0);
                }
            }
            endBlock();
        }

        private void table(Node table) {
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        row(row);
                    }
                }
            }
        }

        private void row(Node row) {
            out.begin(Block.Kind.TABLE_ROW, 0);
            boolean any = false;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (!(cell instanceof TableCell) || isBlank(cell)) {
                    continue;
                }
                if (any) {
                    // the cell separator maps to the pipe it replaces
                    int[] span = span(cell);
                    int at = span == null ? lastOffset() : pipeBefore(span[0]);
                    out.append(' ', at);
                    out.append(';', at);
                    out.append(' ', at);
                }
                inlines(cell);
                any = true;
            }
            endBlock();
        }

        private int pipeBefore(int cellStart) {
            int k = Math.min(cellStart, original.length()) - 1;
            while (k > 0 && original.charAt(k) != '|' && cellStart - k < 8) {
                k--;
            }
            return Math.max(0, k);
        }

        private static boolean isBlank(Node n) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (!(c instanceof Text t) || !t.getLiteral().isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private void html(HtmlBlock h) {
            List<SourceSpan> spans = h.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            StringBuilder source = new StringBuilder();
            IntList map = new IntList(h.getLiteral().length() + 2);
            for (SourceSpan s : spans) {
                int from = s.getInputIndex();
                int to = Math.min(original.length(), from + s.getLength());
                source.append(original, from, to).append('\n');
                for (int k = from; k < to; k++) {
                    map.add(k);
                }
                map.add(to);
            }
            map.add(map.last());
            Element body = Jsoup.parse(source.toString(), "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true))
                    .body();
            new HtmlText(source.toString(), map.toArray(), out, outline, false).read(body.childNodes());
        }

        private void fencedBibtex(FencedCodeBlock f) {
            List<SourceSpan> spans = f.getSourceSpans();
            if (f.getClosingFenceLength() == null || spans.size() < 3) {
                return;
            }
            bibtex(spans.get(1).getInputIndex(), spans.get(spans.size() - 1).getInputIndex());
        }

        /** Emits the BibTeX entries of original[from, to) as reference entries; the number emitted. */
        private int bibtex(int from, int to) {
            return Bibtex.emit(original, from, to, out, outline);
        }

        private void endBlock() {
            raised = 0; // an unclosed <sup> raises no digit past its block
            if (out.inBlock()) {
                outline.ended(out.end(), out);
            }
        }

        // ---- inlines ----

        private void inlines(Node parent) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                inline(c);
            }
        }

        private void inline(Node n) {
            if (n instanceof Text t) {
                text(t.getLiteral(), n);
            } else if (n instanceof Code c) {
                text(c.getLiteral(), n);
            } else if (n instanceof FootnoteReference f) {
                text("[^" + f.getLabel() + "]", n);
            } else if (n instanceof Image) {
                image(n, null);
            } else if (n instanceof Link l) {
                if (l.getFirstChild() instanceof Image && l.getFirstChild() == l.getLastChild()) {
                    image(l.getFirstChild(), l.getDestination());
                    return;
                }
                int start = out.nextCharIndex();
                inlines(n);
                if (!l.getDestination().startsWith("#")) {
                    // a link to a place in the same page says nothing about what the text names
                    out.link(start, out.length(), l.getDestination());
                }
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                if (out.inBlock()) {
                    out.append(' ', lastOffset());
                }
            } else if (n instanceof HtmlInline h) {
                htmlInline(h);
            } else {
                inlines(n);
            }
        }

        private void text(String literal, Node n) {
            if (literal.isEmpty()) {
                return;
            }
            if (raised > 0) {
                literal = Superscripts.of(literal); // "Lind<sup>2</sup>": "Lind²", an index, not "Lind2"
            }
            if (!out.inBlock()) {
                open(lineKind == null ? Block.Kind.PARAGRAPH : lineKind, lineLevel);
            }
            int[] span = span(n);
            if (span == null) {
                int at = lastOffset();
                Aligned.append(out, literal, input, at, at);
            } else {
                Aligned.append(out, literal, input, span[0], span[1]);
            }
        }

        /** An image's alt text becomes a paragraph of its own; linked when the image is. */
        private void image(Node image, String url) {
            if (image instanceof Image i && BADGE.matcher(i.getDestination()).find()) {
                return; // a status badge's alt text ("Build Status", "npm version") is chrome, not prose
            }
            TextBuilder.Suspended s = out.suspend();
            out.begin(Block.Kind.PARAGRAPH, 0);
            int start = out.nextCharIndex();
            inlines(image);
            if (url != null) {
                out.link(start, out.length(), url);
            }
            endBlock();
            out.resume(s);
        }

        /** Where status badges are drawn: shields, CI and coverage services, a repository's workflow badge. */
        private static final Pattern BADGE = Pattern.compile("(?i)shields\\.io|badge|/status\\.svg|\\.svg\\?branch=|travis-ci\\."
                + "|codecov\\.io|circleci\\.com|appveyor\\.com|coveralls\\.io|/actions/workflows/|/workflows/.*\\.svg|pepy\\.tech"
                + "|cranlogs\\.r-pkg\\.org|r-pkg\\.org/badges|zenodo\\.org/badge|readthedocs\\.org/projects/.*/badge");

        /**
         * {@code <a href>} and {@code </a>} around text make a link; {@code <sup>} raises digits; {@code <br>} a
         * space; other tags go.
         */
        private void htmlInline(HtmlInline h) {
            String tag = h.getLiteral();
            Matcher a = ANCHOR.matcher(tag);
            if (a.lookingAt()) {
                String url = a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3);
                anchors.push(new int[] {out.nextCharIndex(), anchorUrls.size()});
                anchorUrls.add(org.jsoup.parser.Parser.unescapeEntities(url, true));
            } else if (tag.regionMatches(true, 0, "</a", 0, 3) && !anchors.isEmpty()) {
                int[] open = anchors.pop();
                out.link(open[0], out.length(), anchorUrls.get(open[1]));
            } else if (SUP_OPEN.matcher(tag).lookingAt()) {
                raised++;
            } else if (tag.regionMatches(true, 0, "</sup", 0, 5)) {
                raised = Math.max(0, raised - 1);
            } else if (tag.regionMatches(true, 0, "<br", 0, 3) && out.inBlock()) {
                int[] span = span(h);
                out.append(' ', span == null ? lastOffset() : span[0]);
            }
        }

        /** The original span [start, end) a node was parsed from, or null when unknown. */
        private int[] span(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return null;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int start = first.getInputIndex();
            int end = last.getInputIndex() + last.getLength();
            if (start < 0 || end < start || end > original.length()) {
                return null;
            }
            return new int[] {start, end};
        }
    }
}
