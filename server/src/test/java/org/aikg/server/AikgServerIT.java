package org.aikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs a real server on a free loopback port over an in-memory TDB2 dataset. */
class AikgServerIT {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final String PREFIX = "PREFIX aikg: <" + TestData.ONT + "> ";

    private static DatasetGraph dataset;
    private static AikgServer server;
    private static HttpClient http;

    @BeforeAll
    static void startServer() {
        dataset = TDB2Factory.createDataset().asDatasetGraph();
        TestData.twoDocuments(dataset);
        // Enough triples that a four-way cross join cannot finish within the timeout (300^4 rows).
        TestData.models(dataset, 300, 3);
        server = AikgServer.builder().dataset(dataset).port(0).queryTimeout(Duration.ofSeconds(1)).build().start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (dataset != null) {
            dataset.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * On a new connection: Jetty may close a connection after an error response while the shared client
     * still holds it in its pool, and the next request on it would fail spuriously.
     */
    private static HttpResponse<String> sendOnce(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build();
        return client.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> query(String endpoint, String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    /** The values of {@code vars} of each row, joined by a space, sorted. */
    private static List<String> rows(HttpResponse<String> response, String... vars) {
        assertEquals(200, response.statusCode(), response::body);
        JsonObject json = JSON.parse(response.body());
        JsonArray bindings = json.getObj("results").get("bindings").getAsArray();
        List<String> out = new ArrayList<>();
        for (JsonValue b : bindings) {
            List<String> values = new ArrayList<>();
            for (String v : vars) {
                values.add(b.getAsObject().getObj(v).getString("value"));
            }
            out.add(String.join(" ", values));
        }
        Collections.sort(out);
        return out;
    }

    private static long storedQuads() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
    }

    @Test
    void endpointIsOnLoopback() {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/aikg/sparql", server.endpoint());
    }

    @Test
    void defaultGraphIsUnionOfNamedGraphs() throws Exception {
        String q = PREFIX + "SELECT ?s ?o WHERE { ?s aikg:developedBy ?o }";
        List<String> expected = List.of(
                TestData.ID + "model/gpt3 " + TestData.ID + "organization/openai",
                TestData.ID + "model/palm " + TestData.ID + "organization/google");
        assertEquals(expected, rows(query(server.endpoint(), q), "s", "o"));
        assertEquals(expected, rows(query(server.datasetUrl() + "/query", q), "s", "o"));
        assertEquals(expected, rows(send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .GET()), "s", "o"));
        // gpt3 is typed in both documents; the union reports the triple once.
        assertEquals(List.of(TestData.ID + "model/gpt3", TestData.ID + "model/palm"),
                rows(query(server.endpoint(), PREFIX + "SELECT ?s WHERE { ?s a aikg:Model }"), "s"));
    }

    @Test
    void storedDefaultGraphIsEmptySoUnionIsNotAnAccident() {
        long inDefault = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        assertEquals(0, inDefault);
    }

    @Test
    void graphPatternSeesEachNamedGraph() throws Exception {
        String q = PREFIX + "SELECT ?g ?s WHERE { GRAPH ?g { ?s a aikg:Model } }";
        assertEquals(List.of(
                TestData.DOC + "doc-a " + TestData.ID + "model/gpt3",
                TestData.DOC + "doc-b " + TestData.ID + "model/gpt3",
                TestData.DOC + "doc-b " + TestData.ID + "model/palm"),
                rows(query(server.endpoint(), q), "g", "s"));
    }

    @Test
    void graphStoreReadReturnsOneGraph() throws Exception {
        String graph = URLEncoder.encode(TestData.DOC + "doc-a", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?graph=" + graph))
                .header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("/model/gpt3>"), r.body());
        assertFalse(r.body().contains("/model/palm>"), r.body());
        HttpResponse<String> plain = get(server.datasetUrl() + "?graph=" + graph);
        assertEquals(200, plain.statusCode(), plain::body);
        assertTrue(plain.body().contains("gpt3"), plain.body());
    }

    @Test
    void graphStoreDefaultGraphIsTheUnion() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?default"))
                .header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("/model/gpt3>"), r.body());
        assertTrue(r.body().contains("/model/palm>"), r.body());
        assertTrue(r.body().contains("Model number 299"), "bulk graphs missing");
    }

    @Test
    void writesAreRefused() throws Exception {
        long before = storedQuads();
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String graph = "?graph=" + URLEncoder.encode("urn:x:g", StandardCharsets.UTF_8);

        List<String> failures = new ArrayList<>();
        record Attempt(String what, HttpRequest.Builder request, Set<Integer> allowed) {}
        List<Attempt> attempts = List.of(
                new Attempt("update endpoint", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)), Set.of(404)),
                new Attempt("update on dataset", HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)), Set.of(400, 404, 405, 415)),
                new Attempt("update on query endpoint", HttpRequest.newBuilder(URI.create(server.endpoint()))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)), Set.of(400, 404, 405, 415)),
                new Attempt("upload", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/upload"))
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)), Set.of(404)),
                new Attempt("GSP PUT", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get" + graph))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle)), Set.of(405)),
                new Attempt("GSP POST", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get" + graph))
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)), Set.of(405)),
                new Attempt("GSP DELETE", HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?graph="
                        + URLEncoder.encode(TestData.DOC + "doc-a", StandardCharsets.UTF_8))).DELETE(), Set.of(405)),
                new Attempt("PUT on dataset", HttpRequest.newBuilder(URI.create(server.datasetUrl() + graph))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle)), Set.of(405)),
                new Attempt("POST data on dataset", HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)), Set.of(400, 405, 415)));
        for (Attempt a : attempts) {
            int status = sendOnce(a.request()).statusCode();
            if (!a.allowed().contains(status)) {
                failures.add(a.what() + " -> " + status);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, storedQuads(), "dataset changed");
    }

    @Test
    void healthAndPing() throws Exception {
        HttpResponse<String> health = get("http://127.0.0.1:" + server.port() + "/health");
        assertEquals(200, health.statusCode());
        assertEquals(Optional.of("application/json"), health.headers().firstValue("Content-Type")
                .map(v -> v.split(";")[0].trim()));
        JsonObject json = JSON.parse(health.body());
        assertEquals("ok", json.getString("status"));
        assertFalse(json.get("empty").getAsBoolean().value());
        assertEquals(200, get("http://127.0.0.1:" + server.port() + "/$/ping").statusCode());
    }

    @Test
    void notReachableOnOtherAddresses() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        }
        InetAddress other = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && nic.isUp()) {
                    other = a;
                }
            }
        }
        assumeTrue(other != null, "no non-loopback IPv4 address on this machine");
        InetAddress target = other;
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(target, server.port()), 5000);
            }
        }, "server reachable on " + target);
    }

    @Test
    void longQueryIsCutByTimeout() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = sendOnce(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(q)));
        // 503 is the timeout's answer, which is the behaviour; how long it took is the machine's business
        assertNotEquals(200, r.statusCode(), "expected a timeout, got a result: " + r.body());
        assertEquals(503, r.statusCode(), r::body);
        // The server is still healthy afterwards.
        assertEquals(200, query(server.endpoint(), "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void servesAGeneralDatasetWithUnionDefaultGraph() throws Exception {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        TestData.twoDocuments(mem);
        try (AikgServer s = AikgServer.builder().dataset(mem).port(0).build().start()) {
            assertEquals(List.of(TestData.ID + "model/gpt3", TestData.ID + "model/palm"),
                    rows(query(s.endpoint(), PREFIX + "SELECT ?s WHERE { ?s a aikg:Model }"), "s"));
            assertEquals(List.of(TestData.DOC + "doc-a", TestData.DOC + "doc-b", TestData.DOC + "doc-b"),
                    rows(query(s.endpoint(), PREFIX + "SELECT ?g WHERE { GRAPH ?g { ?s a aikg:Model } }"), "g"));
        }
    }
}
