package org.aikg.server.query;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP listener standing in for a remote SPARQL endpoint: it counts every request it gets and answers
 * each with one row ({@code ?remote = "reached"}), so a test sees both whether it was contacted and whether
 * an allowed SERVICE call worked.
 */
final class SparqlListener implements AutoCloseable {
    private static final byte[] ROW = """
            {"head":{"vars":["remote"]},"results":{"bindings":[{"remote":{"type":"literal","value":"reached"}}]}}
            """.getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    SparqlListener() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, ROW.length);
            exchange.getResponseBody().write(ROW);
            exchange.close();
        });
        server.start();
    }

    /** The URL of the listener's endpoint, e.g. {@code http://127.0.0.1:40000/sparql}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    /** How many requests arrived so far. */
    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
