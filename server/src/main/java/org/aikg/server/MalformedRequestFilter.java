package org.aikg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 to a request whose parameters cannot be decoded (a stray {@code %}, {@code %zz}, bytes that are
 * not UTF-8, in the query string or a form body) before any servlet sees it. Jetty reports such parameters
 * by throwing when they are first read, and Fuseki's servlets turn every exception into a 500.
 *
 * <p>The write endpoints ({@code /ingest}, {@code /corrections}) are passed through untouched: their body is
 * a document or JSON, which reading parameters could consume if a client labelled it as a form.
 *
 * <p>Thread-safety: stateless.
 */
final class MalformedRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && !isWritePath(http.getRequestURI())) {
            try {
                http.getParameterMap();
            } catch (RuntimeException malformed) {
                out.sendError(HttpServletResponse.SC_BAD_REQUEST, "Malformed parameters: " + malformed.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isWritePath(String uri) {
        return uri != null && (uri.equals("/ingest") || uri.equals("/corrections"));
    }
}
