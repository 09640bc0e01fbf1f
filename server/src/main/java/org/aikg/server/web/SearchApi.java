package org.aikg.server.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aikg.server.web.KnowledgeGraph.Hit;

/**
 * Entity search by name. {@code GET /api/search?q=TEXT[&type=Model|Paper|Organization|Person][&limit=N]} answers
 * a JSON array of {@code {iri, label, type, matched, url}}, best match first (see {@link KnowledgeGraph#search});
 * {@code GET /search?q=...&type=...} shows the same results as a page.
 *
 * <p>Thread-safety: stateless apart from the shared {@link KnowledgeGraph}.
 */
final class SearchApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    // Longer input cannot be a name; refusing it keeps a pathological request cheap.
    static final int MAX_QUERY_LENGTH = 200;

    private final transient KnowledgeGraph graph;
    private final boolean page;

    /**
     * @param page whether to answer with the HTML results page rather than JSON
     */
    SearchApi(KnowledgeGraph graph, boolean page) {
        this.graph = graph;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        String typeParam = Optional.ofNullable(request.getParameter("type")).orElse("").strip();
        EntityType type = null;
        if (!typeParam.isEmpty()) {
            type = EntityType.searchable(typeParam).orElse(null);
            if (type == null) {
                error(response, "unknown type " + typeParam + "; use Model, Paper, Organization or Person");
                return;
            }
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            error(response, "the search text is longer than " + MAX_QUERY_LENGTH + " characters");
            return;
        }
        int limit = page ? MAX_LIMIT : DEFAULT_LIMIT;
        String limitParam = request.getParameter("limit");
        if (limitParam != null) {
            try {
                limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limitParam.strip())));
            } catch (NumberFormatException e) {
                error(response, "limit must be a number");
                return;
            }
        }
        List<Hit> hits = graph.search(q, type, limit);
        if (page) {
            Responses.html(response, HttpServletResponse.SC_OK, Pages.search(q, type, hits));
            return;
        }
        List<Map<String, Object>> json = hits.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iri", h.iri());
            m.put("label", h.label());
            m.put("type", h.type().label());
            m.put("matched", h.matched());
            m.put("url", Links.page(h.iri()));
            return m;
        }).toList();
        Responses.json(response, HttpServletResponse.SC_OK, json);
    }

    private void error(HttpServletResponse response, String message) throws IOException {
        if (page) {
            Responses.badRequest(response, message);
        } else {
            Responses.json(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", message));
        }
    }
}
