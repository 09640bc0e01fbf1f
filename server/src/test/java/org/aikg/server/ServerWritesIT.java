package org.aikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.AIKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served store takes documents while it answers queries: 8 clients query without pause while 200
 * documents are sent to {@code POST /ingest}; no request fails, every document is there at the end, and no
 * answer ever shows a document partly written (each is one write transaction).
 */
class ServerWritesIT {
    private static final String TOKEN = "test-write-token-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = "PREFIX aikg: <" + AIKG.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/> ";
    /** A graph of a document without its document node, or a document without its source and hash: half written. */
    private static final String PARTIAL = PREFIXES + "ASK { { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
            + AIKG.DOC_BASE + "\")) FILTER NOT EXISTS { GRAPH ?g { ?g a aikg:Document } } } UNION { GRAPH ?d { ?d a aikg:Document }"
            + " FILTER NOT EXISTS { GRAPH ?d { ?d dcterms:source ?src ; aikg:contentHash ?h ; aikg:mentions ?e } } } }";
    private static final String COUNT = PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a aikg:Document } }";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void documentsArriveWhileQueriesRun() throws Exception {
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), ks, 1,
                    DocumentReaders.DEFAULT_MAX_BYTES);
            AikgServer server = AikgServer.builder().dataset(ks.dataset()).port(0).webApp(false)
                    .writes(ingester::ingestOne, c -> ks.correct(c, java.time.Instant.now()), TOKEN,
                            DocumentReaders.DEFAULT_MAX_BYTES).build().start();
            try {
                String base = "http://" + server.host() + ":" + server.port();
                assertEquals(401, post(base, "notes/x.md", "Text.", "not-the-token").statusCode(), "writes need the token");

                AtomicBoolean writing = new AtomicBoolean(true);
                ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
                AtomicInteger queries = new AtomicInteger();
                ExecutorService readers = Executors.newFixedThreadPool(8);
                for (int r = 0; r < 8; r++) {
                    readers.submit(() -> {
                        int seen = 0;
                        while (writing.get()) {
                            try {
                                if (ask(server.endpoint(), PARTIAL)) {
                                    problems.add("a query saw a document partly written");
                                }
                                int n = count(server.endpoint());
                                if (n < seen) {
                                    problems.add("documents went from " + seen + " to " + n);
                                }
                                seen = n;
                                queries.incrementAndGet();
                            } catch (Exception e) {
                                problems.add("query failed: " + e);
                            }
                        }
                        return null;
                    });
                }
                ExecutorService writers = Executors.newFixedThreadPool(2);
                List<Future<?>> sent = new java.util.ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int k = i;
                    sent.add(writers.submit(() -> {
                        HttpResponse<String> r = post(base, "notes/post-" + k + ".md", document(k), TOKEN);
                        JsonNode body = JSON.readTree(r.body());
                        if (r.statusCode() != 200 || !body.path("outcome").asText().equals("added")) {
                            problems.add("post " + k + ": HTTP " + r.statusCode() + " " + r.body());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : sent) {
                    f.get(10, TimeUnit.MINUTES);
                }
                writing.set(false);
                writers.shutdown();
                readers.shutdown();
                assertTrue(readers.awaitTermination(2, TimeUnit.MINUTES));
                assertTrue(problems.isEmpty(), problems.toString());
                assertTrue(queries.get() > 0, "the readers ran");
                assertEquals(200, count(server.endpoint()));

                HttpResponse<String> again = post(base, "notes/post-7.md", document(7), TOKEN);
                assertEquals("unchanged", JSON.readTree(again.body()).path("outcome").asText(), again.body());
                HttpResponse<String> empty = post(base, "notes/empty.md", "", TOKEN);
                assertEquals(422, empty.statusCode(), empty.body());
                assertTrue(JSON.readTree(empty.body()).path("error").asText().contains("empty file"), empty.body());

                // a user rejects a fact: it is gone, and stays gone when its document comes again, changed
                String made = PREFIXES + "SELECT ?m ?o WHERE { ?m aikg:developedBy ?o } ORDER BY ?m LIMIT 1";
                JsonNode row = select(server.endpoint(), made).path("results").path("bindings").path(0);
                String model = row.path("m").path("value").asText();
                String maker = row.path("o").path("value").asText();
                String fact = PREFIXES + "ASK { <" + model + "> aikg:developedBy <" + maker + "> }";
                assertTrue(ask(server.endpoint(), fact));
                String rejection = JSON.writeValueAsString(java.util.Map.of("verdict", "rejected", "subject", model,
                        "predicate", AIKG.developedBy.getURI(), "object", maker, "by", "a tester", "why", "checking"));
                assertEquals(401, correct(base, rejection, "not-the-token").statusCode());
                assertEquals(200, correct(base, rejection, TOKEN).statusCode());
                assertTrue(!ask(server.endpoint(), fact), "a rejected fact is not served");
                for (int k = 0; k < 200; k++) {
                    post(base, "notes/post-" + k + ".md", document(k) + "\nA line added later.\n", TOKEN);
                }
                assertTrue(!ask(server.endpoint(), fact), "a rejected fact stays out when its document is ingested again");
                assertEquals(400, correct(base, "{\"verdict\":\"maybe\"}", TOKEN).statusCode());

                // the check can fail: a graph written by halves is seen as such
                org.apache.jena.system.Txn.executeWrite(ks.dataset(), () -> ks.dataset().asDatasetGraph().add(
                        org.apache.jena.graph.NodeFactory.createURI(AIKG.DOC_BASE + "half-00000000"),
                        org.apache.jena.graph.NodeFactory.createURI("urn:x:s"), org.apache.jena.graph.NodeFactory.createURI("urn:x:p"),
                        org.apache.jena.graph.NodeFactory.createURI("urn:x:o")));
                assertTrue(ask(server.endpoint(), PARTIAL), "a half-written graph is not detected");
            } finally {
                server.stop();
            }
        }
    }

    /** A short post of our own with a few names, different for each k. */
    private static String document(int k) {
        return "---\ntitle: Notes " + k + "\n---\n\n# Weekly notes " + k + "\n\n"
                + "Northwind Labs released Corvid-" + k + ", a small model for summaries. "
                + "Ada Lovelace, a researcher at Northwind Labs, said the model was trained in a week.\n";
    }

    private HttpResponse<String> post(String base, String path, String body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ingest"))
                .header("Authorization", "Bearer " + token).header("X-Aikg-Path", path)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> correct(String base, String json, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/corrections")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode select(String endpoint, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private boolean ask(String endpoint, String query) throws Exception {
        return select(endpoint, query).path("boolean").asBoolean();
    }

    private int count(String endpoint) throws Exception {
        return select(endpoint, COUNT).path("results").path("bindings").path(0).path("n").path("value").asInt();
    }
}
