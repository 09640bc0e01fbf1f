package org.aikg.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /} and {@code GET /query}: the home page, what is new and the SPARQL editor (see {@link Pages#home}).
 * {@code ?new=week|month} picks the window of "What's new" (a month when absent or unknown).
 *
 * <p>Thread-safety: stateless apart from the shared {@link KnowledgeGraph}; rendered per request, since
 * documents may arrive while the server runs.
 */
final class QueryPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient KnowledgeGraph graph;
    private final String endpointPath;

    QueryPage(KnowledgeGraph graph, String endpointPath) {
        this.graph = graph;
        this.endpointPath = endpointPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String window = request.getParameter("new");
        if (window == null || !Pages.WINDOWS.containsKey(window)) {
            window = "month";
        }
        KnowledgeGraph.Trends trends = graph.trends(Pages.WINDOWS.get(window), Pages.NEWS_LIMIT);
        Responses.html(response, HttpServletResponse.SC_OK, Pages.home(endpointPath, window, trends));
    }
}
