package org.aikg.server.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aikg.queries.NamedQueries;

/**
 * {@code GET /api/queries}: the shipped named queries as a JSON array of
 * {@code {name, title, description, parameters, example, text}}, ordered by name.
 *
 * <p>Thread-safety: the body is built once, when the servlet is created.
 */
final class QueriesApi extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient List<Map<String, String>> queries;

    QueriesApi(NamedQueries catalogue) {
        this.queries = catalogue.all().stream().map(q -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", q.name());
            m.put("title", q.title().isEmpty() ? q.name() : q.title());
            m.put("description", q.description());
            m.put("parameters", q.parameters());
            m.put("example", q.example());
            m.put("text", q.text());
            return java.util.Collections.unmodifiableMap(m);
        }).toList();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.json(response, HttpServletResponse.SC_OK, queries);
    }
}
