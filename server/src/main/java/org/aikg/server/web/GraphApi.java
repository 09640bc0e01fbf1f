package org.aikg.server.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aikg.server.web.KnowledgeGraph.Neighbourhood;

/**
 * An entity's neighbourhood for drawing. {@code GET /api/graph?iri=IRI[&depth=1|2]} answers
 * {@code {"nodes":[{id,label,type,url}], "edges":[{source,target,relation,confidence}], "truncated":bool}};
 * the first node is the entity itself. At most {@value #MAX_NODES} nodes are returned, the ends of the
 * best-supported facts first and a bounded number per step ({@link KnowledgeGraph#neighbourhood}); "truncated"
 * says that some were left out.
 *
 * <p>Thread-safety: stateless apart from the shared {@link KnowledgeGraph}.
 */
final class GraphApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_NODES = 200;

    private final transient KnowledgeGraph graph;

    GraphApi(KnowledgeGraph graph) {
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = request.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            Responses.json(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "iri is required"));
            return;
        }
        String depthParam = request.getParameter("depth");
        int depth = 1;
        if (depthParam != null) {
            if (!depthParam.equals("1") && !depthParam.equals("2")) {
                Responses.json(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "depth must be 1 or 2"));
                return;
            }
            depth = Integer.parseInt(depthParam);
        }
        Neighbourhood n = graph.neighbourhood(iri.strip(), depth, MAX_NODES);
        List<Map<String, Object>> nodes = n.nodes().stream().map(node -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", node.iri());
            m.put("label", node.name());
            m.put("type", node.type().label());
            m.put("url", Links.page(node.iri()));
            return m;
        }).toList();
        List<Map<String, Object>> edges = n.edges().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", e.source());
            m.put("target", e.target());
            m.put("relation", KnowledgeGraph.localName(e.predicate()));
            m.put("confidence", e.confidence());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodes", nodes);
        body.put("edges", edges);
        body.put("truncated", n.truncated());
        Responses.json(response, HttpServletResponse.SC_OK, body);
    }
}
