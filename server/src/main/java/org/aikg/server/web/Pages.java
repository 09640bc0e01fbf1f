package org.aikg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aikg.ontology.AIKG;
import org.aikg.server.web.Charts.BarChart;
import org.aikg.server.web.KnowledgeGraph.DocumentView;
import org.aikg.server.web.KnowledgeGraph.EntityView;
import org.aikg.server.web.KnowledgeGraph.Hit;
import org.aikg.server.web.KnowledgeGraph.Mention;
import org.aikg.server.web.KnowledgeGraph.NodeInfo;
import org.aikg.server.web.KnowledgeGraph.Statement;
import org.aikg.server.web.KnowledgeGraph.Trends;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the server-side pages (home and query, search results, entity, document, messages) with the jte
 * templates in {@code src/main/jte}, compiled to Java at build time. jte writes every value into the page
 * escaped for where it goes (element content or attribute value); the templates hold no unescaped output. The
 * helpers here shape values for the templates; none of them writes markup.
 *
 * <p>Thread-safety: stateless; the template engine is safe for concurrent rendering.
 */
final class Pages {

    /** IRIs under this base are the project's own: result links to them open {@code /entity?iri=} locally. */
    static final String LOCAL_BASE = "https://w3id.org/aikg/";

    /** The windows the home page's "What's new" offers, by name, in days. */
    static final Map<String, Integer> WINDOWS = windows();

    /** What the home page lists of each kind of news. */
    static final int NEWS_LIMIT = 10;

    // Statements shown before the rest folds away: a fact stated by many documents stays one readable row.
    private static final int OPEN_STATEMENTS = 3;

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), Pages.class.getPackageName());

    private Pages() {
    }

    private static Map<String, Integer> windows() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("week", 7);
        w.put("month", 30);
        return java.util.Collections.unmodifiableMap(w);
    }

    /**
     * The home page's values: what is new and the editor's settings.
     *
     * @param window the name of the window shown, a key of {@link #WINDOWS}
     * @param chart  entities first seen per month, or null when no document has a date
     */
    record Home(String window, Trends trends, BarChart chart, String endpointPath, String yasguiCss,
            String yasguiJs, String idBase, String docBase, String localBase) {
    }

    /**
     * The home page: what is new in the store's latest week or month, then the SPARQL editor (YASGUI) with the
     * shipped queries beside it. app.js wires the editor up: {@code ?query=NAME} loads and runs a shipped query,
     * the editor's text is kept in localStorage, and IRIs in the results link to the local pages.
     */
    static String home(String endpointPath, String window, Trends trends) {
        java.time.YearMonth highlight = trends.since() == null ? null : Charts.month(trends.since());
        BarChart chart = Charts.perMonth(trends.firstSeenPerMonth(), "new-entities", "entities", "entity",
                "Entities first seen per", "Entities first seen per {period}, by the date of the first document that "
                        + "names them; this " + window + "'s in the darker bars.", highlight);
        return render("home.jte", new Home(window, trends, chart, endpointPath,
                WebJars.url("zazuko__yasgui", "build/yasgui.min.css"), WebJars.url("zazuko__yasgui", "build/yasgui.min.js"),
                AIKG.ID_BASE, AIKG.DOC_BASE, LOCAL_BASE));
    }

    /** The search results page (also what the search box submits to). */
    static String search(String q, EntityType type, List<Hit> hits) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.put("hits", hits);
        return render("search.jte", params);
    }

    /**
     * An entity page.
     *
     * @param corrections whether the server takes corrections: then each fact gets a "Reject" button and the
     *                    page a field for the write token (app.js keeps what the user types in sessionStorage
     *                    and sends it to {@code POST /corrections}; the page itself never holds the token)
     */
    static String entity(EntityView e, boolean corrections) {
        // every document that mentions it, not only the page's
        BarChart trend = Charts.perMonth(e.mentionsPerMonth(), "mentions-trend", "documents", "document",
                "Documents mentioning it per", "Documents mentioning it per {period}, by the date of the document.", null);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("e", e);
        params.put("corrections", corrections);
        params.put("trend", trend);
        return render("entity.jte", params);
    }

    /** The local URL of the entity's next page of relations and documents. */
    static String nextPage(EntityView e) {
        String page = Links.page(e.node().iri());
        return page + (page.contains("?") ? "&" : "?") + "page=" + (e.page() + 1);
    }

    /** A document page. */
    static String document(DocumentView d) {
        return render("document.jte", d);
    }

    /** A page that only says something: "Not found", "Bad request". */
    static String message(String title, String text) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", title);
        params.put("text", text);
        return render("message.jte", params);
    }

    private static String render(String template, Object param) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, param, out);
        return out.toString();
    }

    private static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }

    // ------------------------------------------------------------------ for the templates

    /** A confidence as shown: two decimals, or nothing. */
    static String confidence(Double c) {
        return c == null ? "" : String.format(Locale.ROOT, "%.2f", c);
    }

    /** The names a sentence may use for these nodes: their labels and aliases. */
    static List<String> names(NodeInfo... nodes) {
        List<String> names = new ArrayList<>();
        for (NodeInfo n : nodes) {
            if (n.label() != null) {
                names.add(n.label());
            }
            names.addAll(n.aliases());
        }
        return names;
    }

    /** The statements shown open; the rest fold away ({@link #folded}). */
    static List<Statement> open(List<Statement> statements) {
        return statements.subList(0, Math.min(OPEN_STATEMENTS, statements.size()));
    }

    /** The statements behind "N more". */
    static List<Statement> folded(List<Statement> statements) {
        return statements.size() <= OPEN_STATEMENTS ? List.of() : statements.subList(OPEN_STATEMENTS, statements.size());
    }

    /** The project types the entity has besides the one its badge shows. */
    static List<String> otherTypes(EntityView e) {
        return e.types().stream().filter(t -> t.startsWith(AIKG.NS)).map(KnowledgeGraph::localName)
                .filter(t -> !t.equals(e.node().type().label())).toList();
    }

    /** Wikidata ids that look like ids and that no owl:sameAs link on the page shows already. */
    static List<String> wikidataIdsNotLinked(EntityView e) {
        return e.wikidataIds().stream().filter(q -> q.matches("Q[0-9]+"))
                .filter(q -> e.sameAs().stream().noneMatch(same -> same.endsWith("/" + q))).toList();
    }

    /** Every name of an entity a document page names, with the local page it links to. */
    static Map<String, String> links(DocumentView d) {
        Map<String, String> links = new LinkedHashMap<>();
        for (NodeInfo n : d.nodes().values()) {
            for (String name : names(n)) {
                links.merge(name, Links.page(n.iri()), (a, c) -> a);
            }
        }
        return links;
    }

    /** The fallback when a cited document has no node of its own: its IRI's last segment. */
    static String documentName(String iri) {
        return iri.startsWith(AIKG.DOC_BASE) ? iri.substring(AIKG.DOC_BASE.length()) : iri;
    }
}
