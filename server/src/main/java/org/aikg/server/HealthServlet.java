package org.aikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 with {@code {"status":"ok","empty":false}} when the dataset can be read,
 * 503 with {@code {"status":"error"}} when it cannot (e.g. it was closed).
 *
 * <p>The check is one read transaction that looks for any quad, so it stays cheap on large stores;
 * it does not count triples, which would scan the store.
 *
 * <p>Thread-safety: stateless apart from the dataset, which must allow concurrent read transactions.
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    private final transient DatasetGraph dataset;

    HealthServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body;
        int status;
        try {
            boolean empty = Txn.calculateRead(dataset, dataset::isEmpty);
            status = HttpServletResponse.SC_OK;
            body = "{\"status\":\"ok\",\"empty\":" + empty + "}";
        } catch (RuntimeException e) {
            LOG.warn("health check failed: {}", e.toString());
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            body = "{\"status\":\"error\"}";
        }
        byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
