package org.aikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.queries.NamedQueries;
import org.aikg.server.AikgServer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code aikg serve} serves: a store filled by {@code aikg ingest}, opened as the serve command opens
 * it, behind {@link AikgServer} on a free port. (The command itself blocks until the JVM stops.)
 */
class ServeIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static AikgServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = dir.resolve("corpus");
        CliIT.writeCorpus(corpus);
        Path storeDir = dir.resolve("store");
        CliIT.Run r = CliIT.aikg("ingest", "--store", storeDir.toString(), "-q", corpus.toString());
        assertEquals(0, r.code(), r::toString);
        store = KnowledgeStore.open(storeDir);
        server = AikgServer.builder().dataset(store.dataset()).port(0).build().start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> select(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res::body);
        return res;
    }

    /** Each row's values of {@code vars}, joined by a space. */
    private static List<String> rows(HttpResponse<String> res, String... vars) {
        List<String> out = new ArrayList<>();
        for (JsonValue b : JSON.parse(res.body()).getObj("results").get("bindings").getAsArray()) {
            List<String> values = new ArrayList<>();
            for (String v : vars) {
                JsonObject cell = b.getAsObject().getObj(v);
                values.add(cell == null ? "-" : cell.getString("value"));
            }
            out.add(String.join(" ", values));
        }
        return out;
    }

    @Test
    void theEndpointIsTheSparqlPathOfTheDataset() {
        assertTrue(server.endpoint().endsWith("/aikg/sparql"), server.endpoint());
    }

    @Test
    void theDefaultGraphIsTheUnionOfDocumentsAndEntities() throws Exception {
        // No GRAPH clause: documents, their mentions (document graphs) and labels (entities graph) join.
        List<String> rows = rows(select("""
                PREFIX aikg: <https://w3id.org/aikg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?src ?label WHERE {
                  ?d a aikg:Document ; dcterms:source ?src ; aikg:mentions ?e .
                  ?e a aikg:Model ; rdfs:label ?label .
                } ORDER BY ?label
                """), "src", "label");
        assertEquals(3, rows.size(), rows.toString());
        // sources are paths under the folder ingested, its name included: never the machine's absolute path
        assertEquals(List.of("corpus/claude.txt Claude", "corpus/gato.txt Gato", "corpus/llama.md LLaMA"), rows);
    }

    @Test
    void theShippedModelsByOrganizationQueryAnswersOverHttp() throws Exception {
        String text = NamedQueries.shipped().get("models-by-organization").text();
        List<String> rows = rows(select(text), "organizationLabel", "modelLabel", "documents");
        assertEquals(List.of("Anthropic Claude 1", "DeepMind Gato 1", "Meta LLaMA 1"), rows);
    }

    @Test
    void theQueryCommandAsksTheRunningServer() {
        CliIT.Run r = CliIT.aikg("query", "--endpoint", server.endpoint(), "--format", "csv", "models-by-organization");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("DeepMind,Gato,1,")), r::toString);

        // Nothing listens on a port the server just released.
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String dead = "http://127.0.0.1:" + port + "/aikg/sparql";
        CliIT.Run refused = CliIT.aikg("query", "--endpoint", dead, "stats");
        assertEquals(3, refused.code(), refused::toString);
        assertTrue(refused.err().contains(dead + ": the query failed: ConnectException"), refused::toString);
    }

    @Test
    void healthSaysOk() throws Exception {
        String url = "http://" + server.host() + ":" + server.port() + "/health";
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res::body);
        assertEquals("ok", JSON.parse(res.body()).getString("status"), res.body());
    }
}
