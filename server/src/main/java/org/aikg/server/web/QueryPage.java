package org.aikg.server.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /} and {@code GET /query}: the SPARQL editor page (see {@link Pages#query}).
 *
 * <p>Thread-safety: the page is rendered once.
 */
final class QueryPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String html;

    QueryPage(String endpointPath) {
        this.html = Pages.query(endpointPath);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.html(response, HttpServletResponse.SC_OK, html);
    }
}
