package org.aikg.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page (a saved blog post, a newsletter's web edition) into clean text with jsoup.
 *
 * <p>The post is found and the page around it dropped: the reader takes the largest {@code <article>},
 * {@code <main>} or {@code role=main} element when most of the page's text is outside it, and always
 * skips navigation, sidebars, footers, forms, scripts and elements whose class or id names them (see
 * {@link HtmlText}). Headings, paragraphs, list items, quotes, table rows and links are kept, with
 * offsets into the original file; preformatted code leaves an empty CODE marker.
 *
 * <p>Metadata comes from the page's own statements: the title from {@code og:title}, {@code <title>}
 * or the first {@code <h1>}; the date from {@code article:published_time}, {@code dcterms.date},
 * {@code citation_publication_date}, {@code date} metas, JSON-LD {@code datePublished} or the first
 * {@code <time datetime>}; the authors from {@code author}/{@code citation_author} metas, JSON-LD
 * {@code author} or a Distill-style front-matter script. Authors found where the file spells them out
 * become a byline block whose names are marked as people ({@link Link#AUTHOR_MARK}) and whose stated
 * affiliations are marked as organizations ({@link Link#AFFILIATION_MARK}).
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL = Pattern.compile("(?i)^(https?:|www\\.)");

    /** A page's structured data (JSON-LD, a front-matter script), parsed once, and where the script starts. */
    private record Script(JsonNode json, int from) {}

    /** An author as the page states them, with where the file spells the name (and affiliation). */
    private record Author(String name, int start, String affiliation, int affiliationStart) {}

    @Override
    public Document read(Path path, String content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        org.jsoup.nodes.Document page = Jsoup.parse(content, "", Parser.htmlParser().setTrackPosition(true));
        TextBuilder out = new TextBuilder(content);
        Outline outline = new Outline();
        List<Script> scripts = scripts(page);
        List<Author> authors = authors(page, content, scripts);
        byline(out, authors, content);
        Element body = page.body();
        Element root = mainContent(body);
        List<org.jsoup.nodes.Node> nodes = new ArrayList<>();
        if (root != body) {
            Element h1 = body.selectFirst("h1");
            if (h1 != null && !root.equals(h1) && !h1.parents().contains(root)
                    && h1.sourceRange().startPos() < root.sourceRange().startPos()) {
                nodes.add(h1);
            }
        }
        nodes.add(root);
        new HtmlText(content, null, out, outline, true).read(nodes);
        Metadata metadata = new Metadata(title(page).or(outline::title), date(page, scripts), authors.isEmpty()
                ? Optional.empty() : Optional.of(String.join(", ", authors.stream().map(Author::name).toList())),
                canonical(page));
        return out.build(path, Format.HTML, metadata);
    }

    /** The element holding the post, or {@code body} when nothing smaller holds most of the page's text. */
    static Element mainContent(Element body) {
        Element best = null;
        int bestLength = 0;
        for (Element e : body.select("article, main, [role=main], d-article")) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        int all = body.text().length();
        return best != null && bestLength * 10 < all * 7 && bestLength * 10 >= all * 2 ? best : body;
    }

    private static Optional<String> title(org.jsoup.nodes.Document page) {
        for (String css : List.of("meta[property=og:title]", "meta[name=citation_title]", "meta[name=twitter:title]")) {
            Element m = page.selectFirst(css);
            if (m != null && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        String title = page.title();
        if (!title.isBlank()) {
            return Optional.of(title.strip());
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
    }

    private static Optional<String> canonical(org.jsoup.nodes.Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        if (link != null && link.attr("href").matches("(?i)https?://.+")) {
            return Optional.of(link.attr("href").strip());
        }
        Element og = page.selectFirst("meta[property=og:url][content]");
        return og != null && og.attr("content").matches("(?i)https?://.+") ? Optional.of(og.attr("content").strip())
                : Optional.empty();
    }

    private static Optional<String> date(org.jsoup.nodes.Document page, List<Script> scripts) {
        for (String css : List.of("meta[property=article:published_time]", "meta[name=dcterms.date]",
                "meta[name=DC.date.issued]", "meta[name=citation_publication_date]", "meta[name=date]",
                "meta[itemprop=datePublished]")) {
            Element m = page.selectFirst(css);
            if (m != null) {
                Optional<String> d = FrontMatter.isoDate(m.attr("content"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (Script script : scripts) {
            JsonNode json = script.json();
            for (String key : List.of("datePublished", "publishedDate")) {
                if (json.hasNonNull(key)) {
                    Optional<String> d = FrontMatter.isoDate(json.get(key).asText());
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : FrontMatter.isoDate(time.attr("datetime"));
    }

    /** The authors the page states, each at most once, with where the file spells them. */
    private static List<Author> authors(org.jsoup.nodes.Document page, String content, List<Script> scripts) {
        Map<String, Author> found = new LinkedHashMap<>();
        for (Element m : page.select("meta[name=author], meta[name=citation_author], meta[property=article:author]")) {
            for (String name : m.attr("content").split("\\s*(?:,|;|\\band\\b)\\s*")) {
                add(found, name, null, content, Math.max(0, m.sourceRange().startPos()));
            }
        }
        for (Script script : scripts) {
            JsonNode json = script.json();
            int from = script.from();
            for (String key : List.of("author", "authors")) {
                JsonNode value = json.get(key);
                if (value == null) {
                    continue;
                }
                for (JsonNode a : value.isArray() ? value : List.of(value)) {
                    if (a.isTextual()) {
                        add(found, a.asText(), null, content, from);
                    } else if (a.isObject()) {
                        JsonNode name = a.hasNonNull("name") ? a.get("name") : a.get("author");
                        JsonNode affiliation = a.get("affiliation");
                        if (affiliation != null && affiliation.isObject()) {
                            affiliation = affiliation.get("name");
                        }
                        if (name != null && name.isTextual()) {
                            add(found, name.asText(), affiliation != null && affiliation.isTextual()
                                    ? affiliation.asText() : null, content, from);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void add(Map<String, Author> found, String raw, String affiliation, String content, int from) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > 80 || URL.matcher(name).find() || found.containsKey(name)) {
            return;
        }
        int at = content.indexOf(name, from);
        if (at < 0) {
            return;
        }
        int affAt = -1;
        String aff = affiliation == null ? null : affiliation.strip();
        if (aff != null && !aff.isEmpty() && !URL.matcher(aff).find()) {
            affAt = content.indexOf(aff, at + name.length());
        }
        found.put(name, new Author(name, at, affAt >= 0 ? aff : null, affAt));
    }

    private static List<Script> scripts(org.jsoup.nodes.Document page) {
        List<Script> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json], d-front-matter script")) {
            JsonNode json = parse(script.data());
            if (json != null) {
                out.add(new Script(json, Math.max(0, script.sourceRange().startPos())));
            }
        }
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The byline: "Name (Affiliation), Name" with each name marked a person and each affiliation an
     * organization; the characters map to where the file spells them, in file order.
     */
    private static void byline(TextBuilder out, List<Author> authors, String content) {
        List<Author> ordered = new ArrayList<>(authors);
        ordered.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int last = -1;
        boolean any = false;
        for (Author a : ordered) {
            if (a.start() <= last || (a.affiliation() != null && a.affiliationStart() <= a.start())) {
                continue;
            }
            if (!any) {
                out.begin(Block.Kind.PARAGRAPH, 0);
            } else {
                out.append(',', a.start());
                out.append(' ', a.start());
            }
            any = true;
            int start = out.nextCharIndex();
            for (int k = 0; k < a.name().length(); k++) {
                out.append(a.name().charAt(k), a.start() + k);
            }
            out.link(start, out.length(), Link.AUTHOR_MARK);
            last = a.start() + a.name().length();
            if (a.affiliation() != null) {
                out.append(' ', a.affiliationStart());
                out.append('(', a.affiliationStart());
                int affStart = out.length();
                for (int k = 0; k < a.affiliation().length(); k++) {
                    out.append(a.affiliation().charAt(k), a.affiliationStart() + k);
                }
                out.link(affStart, out.length(), Link.AFFILIATION_MARK);
                last = a.affiliationStart() + a.affiliation().length();
                out.append(')', last - 1);
            }
        }
        if (any) {
            out.end();
        }
    }
}
