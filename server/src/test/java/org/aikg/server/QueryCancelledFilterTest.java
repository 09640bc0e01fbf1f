package org.aikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/** A page whose query ran past the time limit is a 503 (busy), not a 500 (broken); anything else passes on. */
class QueryCancelledFilterTest {

    /** A response that records the status it is sent and says whether it was committed. */
    private static HttpServletResponse response(boolean committed, List<Integer> sent) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isCommitted":
                            return committed;
                        case "sendError":
                            sent.add((Integer) args[0]);
                            return null;
                        default:
                            return null;
                    }
                });
    }

    private static void run(FilterChain chain, HttpServletResponse response) throws Exception {
        new QueryCancelledFilter().doFilter(null, response, chain);
    }

    @Test
    void aCancelledQueryIs503() throws Exception {
        List<Integer> sent = new ArrayList<>();
        run((req, res) -> {
            throw new QueryCancelledException();
        }, response(false, sent));
        run((req, res) -> {
            throw new ServletException(new RuntimeException(new QueryCancelledException()));
        }, response(false, sent));
        assertEquals(List.of(503, 503), sent);
    }

    @Test
    void otherFailuresAndCommittedResponsesPassOn() {
        List<Integer> sent = new ArrayList<>();
        IllegalStateException other = new IllegalStateException("broken");
        assertSame(other, assertThrows(IllegalStateException.class, () -> run((req, res) -> {
            throw other;
        }, response(false, sent))));
        assertThrows(QueryCancelledException.class, () -> run((req, res) -> {
            throw new QueryCancelledException();
        }, response(true, sent)), "a response already sent cannot become a 503");
        assertEquals(List.of(), sent);
    }
}
