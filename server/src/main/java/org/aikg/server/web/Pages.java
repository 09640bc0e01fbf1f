package org.aikg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aikg.ontology.AIKG;
import org.aikg.server.web.KnowledgeGraph.DocumentView;
import org.aikg.server.web.KnowledgeGraph.EntityView;
import org.aikg.server.web.KnowledgeGraph.Hit;
import org.aikg.server.web.KnowledgeGraph.Mention;
import org.aikg.server.web.KnowledgeGraph.NodeInfo;
import org.aikg.server.web.KnowledgeGraph.Relation;
import org.aikg.server.web.KnowledgeGraph.Statement;

/**
 * Renders the server-side pages: query, search results, entity and document. Every value from the graph is
 * escaped with {@link Html#text}.
 *
 * <p>Thread-safety: stateless.
 */
final class Pages {

    /** IRIs under this base are the project's own: result links to them open {@code /entity?iri=} locally. */
    static final String LOCAL_BASE = "https://w3id.org/aikg/";

    private Pages() {
    }

    /**
     * The SPARQL editor (YASGUI) with the shipped queries beside it; app.js wires them up: {@code ?query=NAME}
     * loads and runs a shipped query, the editor's text is kept in localStorage, and IRIs in the results link
     * to the local pages.
     */
    static String query(String endpointPath) {
        String head = "<link rel=\"stylesheet\" href=\"" + Html.text(WebJars.url("zazuko__yasgui", "build/yasgui.min.css"))
                + "\"><script src=\"" + Html.text(WebJars.url("zazuko__yasgui", "build/yasgui.min.js")) + "\"></script>";
        String body = "<div class=\"query-page\"><aside class=\"queries\"><h2>Example queries</h2>"
                + "<p class=\"hint\">Click one to load it into the editor and run it.</p>"
                + "<ul id=\"query-list\"></ul></aside>"
                + "<section class=\"editor\"><p id=\"query-status\" class=\"hint\" role=\"status\"></p>"
                + "<div id=\"yasgui\" data-endpoint=\"" + Html.text(endpointPath)
                // app.js opens these IRIs in results on the local pages, as Links.page does on the server.
                + "\" data-id-base=\"" + Html.text(AIKG.ID_BASE) + "\" data-doc-base=\"" + Html.text(AIKG.DOC_BASE)
                + "\" data-local-base=\"" + Html.text(LOCAL_BASE) + "\"></div></section></div>";
        return Html.page("Query", head, body);
    }

    /** The search results page (also what the search box submits to). */
    static String search(String q, EntityType type, List<Hit> hits) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        if (q.isBlank()) {
            b.append("<p>Type a name into the search box: a model, paper, organization or person.</p>");
        } else {
            b.append("<p class=\"summary\">").append(hits.size()).append(hits.size() == 1 ? " match" : " matches")
                    .append(" for <q>").append(Html.text(q)).append("</q>")
                    .append(type == null ? "" : " among " + Html.text(type.label()) + "s").append(".</p>");
            b.append("<ul class=\"hits\">");
            for (Hit h : hits) {
                b.append("<li>").append(Html.badge(h.type())).append(' ')
                        .append(Html.link(Links.page(h.iri()), h.label(), "hit"));
                if (!h.matched().equals(h.label())) {
                    b.append(" <span class=\"matched\">(as ").append(Html.text(h.matched())).append(")</span>");
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        return Html.page(q.isBlank() ? "Search" : "Search: " + q, "", b.toString(), q, type);
    }

    /**
     * An entity page.
     *
     * @param corrections whether the server takes corrections: then each fact gets a "Reject" button and the
     *                    page a field for the write token (app.js keeps what the user types in sessionStorage
     *                    and sends it to {@code POST /corrections}; the page itself never holds the token)
     */
    static String entity(EntityView e, boolean corrections) {
        NodeInfo n = e.node();
        StringBuilder b = new StringBuilder(8192);
        b.append("<article class=\"entity\" data-iri=\"").append(Html.text(n.iri())).append("\">")
                .append("<h1><span id=\"entity-name\">").append(Html.text(n.name())).append("</span> ")
                .append(Html.badge(n.type())).append("</h1><dl class=\"facts\">")
                .append("<dt>IRI</dt><dd><code>").append(Html.text(n.iri())).append("</code></dd>");
        List<String> otherTypes = e.types().stream().filter(t -> t.startsWith(AIKG.NS))
                .map(KnowledgeGraph::localName).filter(t -> !t.equals(n.type().label())).toList();
        if (!otherTypes.isEmpty()) {
            b.append("<dt>Also a</dt><dd>").append(Html.text(String.join(", ", otherTypes))).append("</dd>");
        }
        if (!n.aliases().isEmpty()) {
            b.append("<dt>Also called</dt><dd class=\"aliases\">");
            for (String a : n.aliases()) {
                b.append("<span class=\"alias\">").append(Html.text(a)).append("</span> ");
            }
            b.append("</dd>");
        }
        for (String same : e.sameAs()) {
            String href = Html.safeHref(same);
            b.append("<dt>Wikidata</dt><dd>").append(href == null ? Html.text(same)
                    : "<a class=\"wikidata\" rel=\"noopener noreferrer\" href=\"" + href + "\">" + Html.text(same) + "</a>")
                    .append("</dd>");
        }
        for (String q : e.wikidataIds()) {
            // An id the owl:sameAs links above already show is not repeated.
            if (q.matches("Q[0-9]+") && e.sameAs().stream().noneMatch(same -> same.endsWith("/" + q))) {
                b.append("<dt>Wikidata</dt><dd><a class=\"wikidata\" rel=\"noopener noreferrer\" ")
                        .append("href=\"https://www.wikidata.org/wiki/").append(q).append("\">").append(q).append("</a></dd>");
            }
        }
        for (String arxiv : e.arxivIds()) {
            b.append("<dt>arXiv</dt><dd><a rel=\"noopener noreferrer\" href=\"https://arxiv.org/abs/")
                    .append(Html.text(Html.param(arxiv))).append("\">").append(Html.text(arxiv)).append("</a></dd>");
        }
        b.append("</dl>");

        b.append("<section><h2>Relations</h2>");
        if (corrections && !e.relations().isEmpty()) {
            correctionsPanel(b);
        }
        if (e.relations().isEmpty()) {
            b.append("<p class=\"none\">No relation to other entities is recorded.</p>");
        } else {
            b.append("<table class=\"relations\"><thead><tr><th>Relation</th><th>Entity</th><th>Support</th>")
                    .append("<th>Confidence</th><th>Evidence</th>").append(corrections ? "<th>Correct</th>" : "")
                    .append("</tr></thead><tbody>");
            for (Relation r : e.relations()) {
                factRow(b, e, r, corrections);
            }
            b.append("</tbody></table>");
        }
        b.append("</section>");

        b.append("<section><h2>Graph</h2><div class=\"graph-controls\">Depth ")
                .append("<button type=\"button\" class=\"depth\" data-depth=\"1\">1</button>")
                .append("<button type=\"button\" class=\"depth\" data-depth=\"2\">2</button>")
                .append(" <span id=\"graph-status\"></span></div>")
                .append("<div id=\"graph\" class=\"graph\" data-iri=\"").append(Html.text(n.iri()))
                .append("\"></div><p class=\"legend\">");
        for (EntityType t : EntityType.SEARCHABLE) {
            b.append(Html.badge(t)).append(' ');
        }
        b.append("Click a node to open it.</p></section>");

        b.append("<section><h2>Mentioned in</h2>");
        trend(b, e.mentionedIn());
        if (e.mentionedIn().isEmpty()) {
            b.append("<p class=\"none\">No document mentions it.</p>");
        } else {
            List<String> names = names(n);
            b.append("<ul class=\"documents\">");
            for (Mention m : e.mentionedIn()) {
                NodeInfo d = m.document();
                b.append("<li>").append(Html.link(Links.page(d.iri()), d.name(), null));
                if (d.date() != null) {
                    b.append(" <span class=\"date\">").append(Html.text(d.date())).append("</span>");
                }
                if (m.count() != null && m.count() > 1) {
                    b.append(" <span class=\"count\">").append(m.count()).append(" mentions</span>");
                }
                if (m.sentence() != null) {
                    b.append("<br><q class=\"sentence\">").append(Html.highlighted(m.sentence(), names)).append("</q>");
                    if (m.line() != null) {
                        b.append(" <span class=\"source\">line ").append(m.line()).append("</span>");
                    }
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</section>");
        alternates(b, n.iri());
        b.append("</article>");
        String head = "<script src=\"" + Html.text(WebJars.url("cytoscape", "dist/cytoscape.min.js")) + "\"></script>";
        return Html.page(n.name(), head, b.toString());
    }

    // A bar per month is readable up to about five years; a longer span gets a bar per year.
    private static final int MAX_MONTH_BARS = 60;

    /**
     * Mentions over time: how many documents that mention the entity are dated in each month (or year), as an
     * SVG bar chart drawn on the server (no script; the CSP stays strict). Empty months are drawn as gaps, so
     * the axis is time. Nothing when no mentioning document has a date.
     */
    private static void trend(StringBuilder b, List<Mention> mentions) {
        java.util.TreeMap<java.time.YearMonth, Integer> byMonth = new java.util.TreeMap<>();
        for (Mention m : mentions) {
            String date = m.document().date();
            if (date != null && date.matches("\\d{4}-\\d{2}.*")) {
                try {
                    byMonth.merge(java.time.YearMonth.parse(date.substring(0, 7)), 1, Integer::sum);
                } catch (java.time.DateTimeException e) {
                    // a month outside 01..12 is no date to plot
                }
            }
        }
        if (byMonth.isEmpty()) {
            return;
        }
        java.time.YearMonth first = byMonth.firstKey();
        java.time.YearMonth last = byMonth.lastKey();
        boolean byYear = first.until(last, java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTH_BARS;
        Map<String, Integer> bars = new LinkedHashMap<>();
        if (byYear) {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                bars.put(Integer.toString(y), 0);
            }
            byMonth.forEach((month, n) -> bars.merge(Integer.toString(month.getYear()), n, Integer::sum));
        } else {
            for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                bars.put(m.toString(), byMonth.getOrDefault(m, 0));
            }
        }
        int max = bars.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int barWidth = 22;
        int gap = 4;
        int plotHeight = 80;
        int width = Math.max(bars.size() * (barWidth + gap) + 40, 160);
        int height = plotHeight + 34;
        b.append("<figure class=\"trend\"><svg class=\"trend\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"Documents mentioning it per ").append(byYear ? "year" : "month").append("\">")
                .append("<line class=\"axis\" x1=\"30\" y1=\"").append(plotHeight + 4).append("\" x2=\"").append(width - 6)
                .append("\" y2=\"").append(plotHeight + 4).append("\"/>")
                .append("<text class=\"max\" x=\"24\" y=\"12\" text-anchor=\"end\">").append(max).append("</text>");
        int x = 34;
        int i = 0;
        int labelled = -3;
        for (Map.Entry<String, Integer> bar : bars.entrySet()) {
            int n = bar.getValue();
            if (n > 0) {
                int h = Math.max(2, Math.round((float) n * plotHeight / max));
                b.append("<rect class=\"bar\" data-period=\"").append(Html.text(bar.getKey())).append("\" data-count=\"")
                        .append(n).append("\" x=\"").append(x).append("\" y=\"").append(plotHeight + 4 - h)
                        .append("\" width=\"").append(barWidth).append("\" height=\"").append(h).append("\"><title>")
                        .append(Html.text(bar.getKey())).append(": ").append(n).append(n == 1 ? " document" : " documents")
                        .append("</title></rect>");
            }
            // Label the first and last bar and every sixth month (every year on a yearly axis), never two labels
            // closer than three bars, where they would overlap.
            boolean wanted = i == 0 || i == bars.size() - 1 || byYear || bar.getKey().endsWith("-01")
                    || bar.getKey().endsWith("-07");
            if (wanted && i - labelled >= 3) {
                labelled = i;
                b.append("<text class=\"period\" x=\"").append(x + barWidth / 2).append("\" y=\"").append(plotHeight + 20)
                        .append("\" text-anchor=\"middle\">").append(Html.text(byYear ? bar.getKey() : bar.getKey().substring(2)))
                        .append("</text>");
            }
            x += barWidth + gap;
            i++;
        }
        b.append("</svg><figcaption>Documents mentioning it per ").append(byYear ? "year" : "month")
                .append(", by the date of the document.</figcaption></figure>");
    }

    // No <form>: without the script a submitted form would put the token into a URL (history, logs).
    private static void correctionsPanel(StringBuilder b) {
        b.append("<div id=\"corrections\" class=\"corrections\"><label for=\"write-token\">Write token</label> ")
                .append("<input id=\"write-token\" type=\"password\" autocomplete=\"off\" spellcheck=\"false\" ")
                .append("placeholder=\"the server's write token\"> <label for=\"corrector\">Your name</label> ")
                .append("<input id=\"corrector\" type=\"text\" autocomplete=\"name\" placeholder=\"optional\"> ")
                .append("<button type=\"button\" id=\"forget-token\">Forget token</button> ")
                .append("<span id=\"correction-status\" role=\"status\"></span>")
                .append("<p class=\"hint\">This server takes corrections. The token is kept in this browser tab only ")
                .append("(sessionStorage) and sent with each correction.</p></div>");
    }

    // Statements shown before the rest folds away: a fact stated by many documents stays one readable row.
    private static final int OPEN_STATEMENTS = 3;

    /** One row per fact: the relation, the other end, how many documents state it, and each statement. */
    private static void factRow(StringBuilder b, EntityView e, Relation r, boolean corrections) {
        String iri = e.node().iri();
        String relation = r.outgoing() ? KnowledgeGraph.localName(r.predicate())
                : "← " + KnowledgeGraph.localName(r.predicate());
        String subject = r.outgoing() ? iri : r.other().iri();
        String object = r.outgoing() ? r.other().iri() : iri;
        long support = r.support();
        b.append("<tr class=\"fact ").append(r.outgoing() ? "out" : "in").append("\" data-predicate=\"")
                .append(Html.text(r.predicate())).append("\" data-other=\"").append(Html.text(r.other().iri()))
                .append("\"><td class=\"relation\">").append(Html.text(relation)).append("</td><td>")
                .append(Html.badge(r.other().type())).append(' ')
                .append(Html.link(Links.page(r.other().iri()), r.other().name(), null))
                .append("</td><td class=\"support\"><span class=\"support-count\">")
                .append(support == 0 ? "no document" : support == 1 ? "1 document" : support + " documents")
                .append("</span></td><td class=\"confidence\">")
                .append(r.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", r.confidence()))
                .append("</td><td class=\"evidence\">");
        if (!r.statements().isEmpty()) {
            List<String> names = new ArrayList<>(names(e.node()));
            names.addAll(names(r.other()));
            b.append("<ul class=\"statements\">");
            for (int i = 0; i < r.statements().size(); i++) {
                if (i == OPEN_STATEMENTS) {
                    b.append("</ul><details><summary>").append(r.statements().size() - OPEN_STATEMENTS)
                            .append(" more</summary><ul class=\"statements\">");
                }
                b.append("<li class=\"statement\">");
                evidence(b, r.statements().get(i), e.documents(), names);
                b.append("</li>");
            }
            b.append("</ul>").append(r.statements().size() > OPEN_STATEMENTS ? "</details>" : "");
        }
        b.append("</td>");
        if (corrections) {
            b.append("<td class=\"correct\">");
            rejectButton(b, subject, r.predicate(), object);
            b.append("</td>");
        }
        b.append("</tr>");
    }

    private static void evidence(StringBuilder b, Statement s, Map<String, NodeInfo> documents, List<String> names) {
        if (s.evidence() != null) {
            b.append("<q class=\"sentence\">").append(Html.highlighted(s.evidence(), names)).append("</q> ");
        }
        b.append("<span class=\"source\">");
        List<String> parts = new ArrayList<>();
        if (s.document() != null) {
            NodeInfo d = documents.get(s.document());
            parts.add(Html.link(Links.page(s.document()), d == null ? documentName(s.document()) : d.name(), "document"));
            if (d != null && d.date() != null) {
                parts.add("<span class=\"date\">" + Html.text(d.date()) + "</span>");
            }
        }
        if (s.line() != null) {
            parts.add("line " + s.line());
        }
        if (s.confidence() != null) {
            parts.add("confidence " + String.format(Locale.ROOT, "%.2f", s.confidence()));
        }
        b.append(String.join(" · ", parts)).append("</span>");
    }

    /** The names a sentence may use for a node: its label and aliases. */
    private static List<String> names(NodeInfo n) {
        List<String> names = new ArrayList<>();
        if (n.label() != null) {
            names.add(n.label());
        }
        names.addAll(n.aliases());
        return names;
    }

    private static void rejectButton(StringBuilder b, String subject, String predicate, String object) {
        b.append("<button type=\"button\" class=\"reject\" data-subject=\"").append(Html.text(subject))
                .append("\" data-predicate=\"").append(Html.text(predicate))
                .append("\" data-object=\"").append(Html.text(object)).append("\">Reject</button>");
    }

    // The fallback when a cited document has no node of its own: its IRI's last segment.
    private static String documentName(String iri) {
        return iri.startsWith(AIKG.DOC_BASE) ? iri.substring(AIKG.DOC_BASE.length()) : iri;
    }

    /** A document page. */
    static String document(DocumentView d) {
        NodeInfo n = d.node();
        StringBuilder b = new StringBuilder(8192);
        b.append("<article class=\"document\" data-iri=\"").append(Html.text(n.iri())).append("\">")
                .append("<h1 id=\"document-title\">").append(Html.text(n.name())).append("</h1><dl class=\"facts\">")
                .append("<dt>IRI</dt><dd><code>").append(Html.text(n.iri())).append("</code></dd>");
        if (n.date() != null) {
            b.append("<dt>Date</dt><dd>").append(Html.text(n.date())).append("</dd>");
        }
        for (String c : d.creators()) {
            b.append("<dt>Author</dt><dd>").append(Html.text(c)).append("</dd>");
        }
        for (String src : d.sources()) {
            String href = Html.safeHref(src);
            b.append("<dt>Source</dt><dd class=\"source\">").append(href == null ? "<code>" + Html.text(src) + "</code>"
                    : "<a rel=\"noopener noreferrer\" href=\"" + href + "\">" + Html.text(src) + "</a>").append("</dd>");
        }
        for (String f : d.formats()) {
            b.append("<dt>Format</dt><dd>").append(Html.text(f)).append("</dd>");
        }
        b.append("</dl>");
        passages(b, d);
        b.append("<section><h2>Mentions</h2>");
        if (d.mentions().isEmpty()) {
            b.append("<p class=\"none\">No entity was found in it.</p>");
        }
        for (Map.Entry<EntityType, List<NodeInfo>> group : d.mentions().entrySet()) {
            b.append("<h3>").append(Html.badge(group.getKey())).append(' ').append(group.getValue().size())
                    .append("</h3><ul class=\"mentions type-group-").append(group.getKey().label()).append("\">");
            for (NodeInfo m : group.getValue()) {
                b.append("<li>").append(Html.link(Links.page(m.iri()), m.name(), null)).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</section><section><h2>Relations stated</h2>");
        if (d.statements().isEmpty()) {
            b.append("<p class=\"none\">No relation was extracted from it.</p>");
        } else {
            b.append("<table class=\"statements\"><thead><tr><th>Line</th><th>Subject</th><th>Relation</th>")
                    .append("<th>Object</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>");
            for (Statement s : d.statements()) {
                NodeInfo subject = d.nodes().get(s.subject());
                NodeInfo object = d.nodes().get(s.object());
                b.append("<tr><td>").append(s.line() == null ? "" : s.line()).append("</td><td>")
                        .append(Html.link(Links.page(s.subject()), subject.name(), null)).append("</td><td>")
                        .append(Html.text(KnowledgeGraph.localName(s.predicate()))).append("</td><td>")
                        .append(Html.link(Links.page(s.object()), object.name(), null)).append("</td><td class=\"confidence\">")
                        .append(s.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", s.confidence()))
                        .append("</td><td class=\"evidence\">")
                        .append(s.evidence() == null ? "" : "<q class=\"sentence\">" + Html.text(s.evidence()) + "</q>")
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("</section>");
        alternates(b, n.iri());
        b.append("</article>");
        return Html.page(n.name(), "", b.toString());
    }

    /** The sentences in which something was found, with every entity the document names marked and linked. */
    private static void passages(StringBuilder b, DocumentView d) {
        b.append("<section><h2>What was found in it</h2>");
        if (d.passages().isEmpty()) {
            b.append("<p class=\"none\">No sentence of it names an entity.</p></section>");
            return;
        }
        b.append("<p class=\"hint\">The sentences in which an entity was first named or a relation stated, in the ")
                .append("order of the text (the store keeps these, not the whole document).</p><ol class=\"passages\">");
        Map<String, String> links = new LinkedHashMap<>();
        for (NodeInfo n : d.nodes().values()) {
            for (String name : names(n)) {
                links.merge(name, Links.page(n.iri()), (a, c) -> a);
            }
        }
        for (KnowledgeGraph.Passage p : d.passages()) {
            b.append("<li class=\"passage\"><span class=\"line\">").append(p.line() == null ? "" : "line " + p.line())
                    .append("</span> <q class=\"sentence\">").append(Html.marked(p.text(), links)).append("</q>");
            for (Statement s : p.statements()) {
                NodeInfo subject = d.nodes().get(s.subject());
                NodeInfo object = d.nodes().get(s.object());
                b.append(" <span class=\"stated\">").append(Html.text(subject.name())).append(' ')
                        .append("<span class=\"relation\">").append(Html.text(KnowledgeGraph.localName(s.predicate())))
                        .append("</span> ").append(Html.text(object.name())).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ol></section>");
    }

    private static void alternates(StringBuilder b, String iri) {
        String page = Links.page(iri);
        String sep = page.contains("?") ? "&" : "?";
        Map<String, String> formats = new LinkedHashMap<>();
        for (RdfSyntax f : RdfSyntax.ALL) {
            if (!f.binary()) {
                formats.put(f.label(), page + sep + "format=" + f.key());
            }
        }
        List<String> links = new ArrayList<>();
        formats.forEach((label, url) -> links.add(Html.link(url, label, null)));
        b.append("<p class=\"alternates\">This description as ").append(String.join(" · ", links)).append("</p>");
    }
}
