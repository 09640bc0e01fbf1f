package org.aikg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;

/**
 * Answers 503 when a query behind a web page or API ran past the server's timeout. The SPARQL endpoint says 503
 * itself; the web face's servlets let Jena's {@link QueryCancelledException} out, which Jetty turned into a 500,
 * as if the server were broken rather than busy (seen on a soak: search and graph pages on a loaded machine).
 * A response already being sent cannot change its status and is left to end as it does.
 *
 * <p>Thread-safety: stateless.
 */
final class QueryCancelledFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!cancelled(e) || !(response instanceof HttpServletResponse http) || http.isCommitted()) {
                throw e;
            }
            http.reset();
            http.setHeader("Retry-After", "10");
            http.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The query behind this page ran past the server's time limit; try again when the server is less busy.");
        }
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryCancelledException) {
                return true;
            }
        }
        return false;
    }
}
