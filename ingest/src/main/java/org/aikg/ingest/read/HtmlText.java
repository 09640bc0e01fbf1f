package org.aikg.ingest.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a parsed HTML tree (jsoup, with source positions tracked) into blocks of clean text: headings,
 * paragraphs, list items, quotes, table rows (cells joined with {@code " ; "}), links, and an empty
 * {@link Block.Kind#CODE} marker where preformatted text was left out. Used for whole pages and for the
 * HTML blocks inside Markdown, so both read HTML the same way.
 *
 * <p>Positions: the tree was parsed from {@code source}; {@code map[k]} is the original index of
 * {@code source.charAt(k)} (null when {@code source} is the original). Every character of the clean
 * text maps to the character it was decoded from.
 *
 * <p>In page mode, boilerplate is not read: navigation, sidebars, footers, forms, and elements whose
 * class or id names them ({@code nav}, {@code menu}, {@code sidebar}, {@code share}, {@code comments},
 * {@code related}, {@code subscribe}, ...).
 *
 * <p>Not thread-safe; one per read.
 */
final class HtmlText {
    /** Never text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "svg", "math",
            "head", "title", "iframe", "object", "canvas", "select", "textarea", "button", "input", "audio",
            "video", "map", "d-cite", "d-bibliography", "d-front-matter");
    /** Page furniture rather than the post. */
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "form", "dialog", "menu");
    /** Class or id words (whole, or as the last part of a compound like site-footer) naming furniture. */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|sidebar|footer|comments?|share|sharing|social|related|"
            + "subscribe|subscription|breadcrumbs?|cookies?|banner|advert|ads|skip-link|pagination)(?:$|\\s)");
    /** Where pandoc, Quarto, Jekyll and most blog themes put the bibliography. */
    private static final Pattern REFERENCES_NAME = Pattern.compile(
            "(?:^|\\s)(?:refs|references|bibliography|csl-bib-body|csl-entry|footnotes|citation-list)(?:$|\\s)");
    private static final Set<String> CONTAINERS = Set.of("p", "div", "section", "article", "main", "body", "html",
            "figure", "figcaption", "dl", "dt", "dd", "ul", "ol", "table", "thead", "tbody", "tfoot", "caption",
            "header", "address", "center", "details", "summary", "hr", "fieldset", "legend", "hgroup");

    private final String source;
    private final int[] map;
    private final TextBuilder out;
    private final Outline outline;
    private final boolean page;
    private int listDepth;
    /** The length of the page's text, measured once: furniture is never half the page. */
    private int pageTextLength = -1;
    private Block.Kind context = Block.Kind.PARAGRAPH;
    private boolean inRow;
    /** A definition list's term was read and its description may follow in the same block. */
    private boolean termOpen;

    HtmlText(String source, int[] map, TextBuilder out, Outline outline, boolean page) {
        this.source = source;
        this.map = map;
        this.out = out;
        this.outline = outline;
        this.page = page;
    }

    /** Reads {@code nodes} and their descendants, in order. */
    void read(List<? extends Node> nodes) {
        for (Node n : nodes) {
            node(n);
        }
        endBlock();
    }

    private void node(Node node) {
        if (node instanceof TextNode t) {
            text(t);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (HIDDEN.contains(tag) || e.hasClass("header-section-number") || (page && isFurniture(e, tag))) {
            // pandoc and Quarto number headings in a span of their own: "2.1" is not part of the title
            return;
        }
        if (tag.equals("br")) {
            if (out.inBlock()) {
                out.append(' ', position(e));
            }
            return;
        }
        if (inRow) {
            inline(e, tag);
            return;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            block(e, Block.Kind.HEADING, tag.charAt(1) - '0');
        } else if (tag.equals("pre")) {
            endBlock();
            out.marker(Block.Kind.CODE);
        } else if (tag.equals("dt") && context != Block.Kind.REFERENCE) {
            // a term and its description are one entry: "Ana Lind: Harbor University", "Corvid: a small model"
            endBlock();
            out.begin(outline.kind(Block.Kind.LIST_ITEM), Math.max(1, listDepth));
            children(e);
            termOpen = out.blockHasText();
        } else if (tag.equals("dd") && termOpen && out.blockHasText()) {
            termOpen = false;
            out.append(':', position(e));
            out.append(' ', position(e));
            children(e);
            endBlock();
        } else if (tag.equals("li")) {
            block(e, Block.Kind.LIST_ITEM, Math.max(1, listDepth));
        } else if (tag.equals("tr")) {
            row(e);
        } else if (tag.equals("blockquote")) {
            Block.Kind saved = context;
            context = Block.Kind.QUOTE;
            block(e, Block.Kind.QUOTE, 0);
            context = saved;
        } else if (tag.equals("ul") || tag.equals("ol")) {
            endBlock();
            listDepth++;
            children(e);
            listDepth--;
            endBlock();
        } else if (REFERENCES_NAME.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find()
                || tag.equals("d-footnote-list") || tag.equals("d-citation-list")) {
            Block.Kind saved = context;
            context = Block.Kind.REFERENCE;
            block(e, Block.Kind.REFERENCE, 0);
            context = saved;
        } else if (CONTAINERS.contains(tag) || tag.indexOf('-') > 0) {
            // a custom element (d-article, x-post) holds blocks, as a div would
            block(e, context, context == Block.Kind.LIST_ITEM ? Math.max(1, listDepth) : 0);
        } else {
            inline(e, tag);
        }
    }

    private void block(Element e, Block.Kind kind, int level) {
        endBlock();
        Block.Kind savedContext = context;
        if (context == Block.Kind.REFERENCE && kind != Block.Kind.HEADING) {
            kind = Block.Kind.REFERENCE;
        } else if (kind == Block.Kind.LIST_ITEM) {
            context = Block.Kind.LIST_ITEM;
        }
        Block.Kind k = outline.kind(kind);
        out.begin(k, outline.level(k, level));
        children(e);
        endBlock();
        context = savedContext;
    }

    private void row(Element tr) {
        endBlock();
        out.begin(Block.Kind.TABLE_ROW, 0);
        boolean any = false;
        inRow = true;
        for (Node c : tr.childNodes()) {
            if (c instanceof Element cell && (cell.normalName().equals("td") || cell.normalName().equals("th"))) {
                if (cell.text().isBlank()) {
                    continue;
                }
                if (any) {
                    int at = position(cell);
                    out.append(' ', at);
                    out.append(';', at);
                    out.append(' ', at);
                }
                children(cell);
                any = true;
            }
        }
        inRow = false;
        endBlock();
    }

    private void inline(Element e, String tag) {
        if (tag.equals("a") && e.hasAttr("href")) {
            int start = out.nextCharIndex();
            children(e);
            out.link(start, out.length(), e.attr("href").strip());
            return;
        }
        if (tag.equals("sup")) {
            raised++;
            children(e);
            raised--;
            return;
        }
        children(e);
    }

    /** How many {@code <sup>} elements are open: their digits are raised ({@link Superscripts}). */
    private int raised;

    private void children(Element e) {
        for (Node c : e.childNodes()) {
            node(c);
        }
    }

    private void text(TextNode t) {
        String s = t.getWholeText();
        if (s.isBlank()) {
            if (out.inBlock()) {
                out.append(' ', position(t));
            }
            return;
        }
        if (!out.inBlock()) {
            Block.Kind k = outline.kind(context);
            out.begin(k, outline.level(k, context == Block.Kind.LIST_ITEM ? Math.max(1, listDepth) : 0));
        }
        int from = t.sourceRange().isTracked() ? t.sourceRange().startPos() : -1;
        int to = t.sourceRange().isTracked() ? t.sourceRange().endPos() : -1;
        if (from < 0 || to < from || to > source.length()) {
            from = Math.max(0, position(t));
            to = from;
        }
        Aligned.append(out, raised > 0 ? Superscripts.of(s) : s, source, from, to, map);
    }

    private void endBlock() {
        termOpen = false;
        if (out.inBlock()) {
            outline.ended(out.end(), out);
        }
    }

    /** The original index of where {@code n} starts, or of the nearest tracked ancestor. */
    private int position(Node n) {
        for (Node k = n; k != null; k = k.parent()) {
            if (k.sourceRange().isTracked() && k.sourceRange().startPos() >= 0) {
                int p = Math.min(k.sourceRange().startPos(), source.length());
                return map == null ? p : map[p];
            }
        }
        return 0;
    }

    private boolean isFurniture(Element e, String tag) {
        if (FURNITURE.contains(tag) || "navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role"))
                || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank() || !FURNITURE_NAME.matcher(names).find()) {
            return false;
        }
        // a wrapper named after its layout ("page-with-sidebar") may hold the post itself: never drop
        // an element that holds half the page's text
        if (pageTextLength < 0) {
            Element body = e.ownerDocument() == null ? null : e.ownerDocument().body();
            pageTextLength = body == null ? Integer.MAX_VALUE : body.text().length();
        }
        return e.text().length() * 2 < pageTextLength;
    }
}
