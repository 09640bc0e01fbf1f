package org.aikg.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.aikg.server.AikgServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A served store makes no requests and loads no classes on a query's behalf: SERVICE to a local listener
 * (which counts what reaches it) and {@code java:} functions, through the endpoint and through the engine's
 * context alone; and an allow-listed endpoint is still reachable.
 */
class QueryPolicyIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String HOSTILE = "java:" + HostileFunction.class.getName();
    private static final String HOSTILE_PF = "java:" + HostilePropertyFunction.class.getName();

    private static DatasetGraph dataset;
    private static SparqlListener listener;
    private static SparqlListener other;
    private static AikgServer closed;
    private static AikgServer allowing;

    @BeforeAll
    static void start() throws IOException {
        dataset = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dataset, () -> dataset.add(NodeFactory.createURI("https://w3id.org/aikg/doc/d"),
                NodeFactory.createURI("https://w3id.org/aikg/id/model/m"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("M")));
        listener = new SparqlListener();
        other = new SparqlListener();
        closed = AikgServer.builder().dataset(dataset).port(0).webApp(false).build().start();
        allowing = AikgServer.builder().dataset(dataset).port(0).webApp(false)
                .queryPolicy(QueryPolicy.allowingServices(List.of(listener.url()))).build().start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {closed, allowing, listener, other}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
        dataset.close();
    }

    @BeforeEach
    void noTripsYet() {
        assertEquals(0, Tripwire.TRIPPED.get(), "a hostile class ran in an earlier test");
    }

    private static HttpResponse<String> query(AikgServer server, String sparql) throws IOException, InterruptedException {
        // A fresh client per request: Jetty may close the connection after an error response.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serviceIsRefusedAndTheListenerNeverContacted() throws Exception {
        String url = listener.url();
        int before = listener.requests();
        List<String> queries = List.of(
                "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <" + url + "?x=1> { ?s ?q ?r } } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <" + url + "> { ?s ?q ?r } } }",
                "SELECT * { { SELECT ?s { SERVICE <" + url + "> { ?s ?p ?o } } } }",
                "SELECT * { BIND(<" + url + "> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }",
                "ASK { SERVICE <" + url + "> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + url + "> { ?s ?p ?o } }");
        for (String q : queries) {
            HttpResponse<String> r = query(closed, q);
            assertEquals(403, r.statusCode(), () -> q + "\n" + r.body());
            assertTrue(r.body().contains("SERVICE") && r.body().contains("refused"), r::body);
        }
        assertEquals(before, listener.requests(), "the listener was contacted");
    }

    @Test
    void javaFunctionsAreRefusedAndNeverLoaded() throws Exception {
        for (String q : List.of(
                "SELECT (<" + HOSTILE + ">() AS ?x) { }",
                "SELECT * { ?s ?p ?o FILTER(<" + HOSTILE + ">() = \"ran\") }",
                "SELECT * { ?s <" + HOSTILE_PF + "> ?o }",
                "PREFIX j: <java:org.aikg.server.query.> SELECT * { BIND(j:HostileFunction() AS ?x) }")) {
            HttpResponse<String> r = query(closed, q);
            assertEquals(403, r.statusCode(), () -> q + "\n" + r.body());
            assertTrue(r.body().contains("refused"), r::body);
        }
        assertEquals(0, Tripwire.TRIPPED.get(), "a java: class was loaded");
    }

    @Test
    void aFunctionNamedAtRunTimeIsNotLoadedEither() throws Exception {
        // CALL takes the function's IRI from a value, which no reading of the text can check: the registry must.
        HttpResponse<String> r = query(closed,
                "SELECT ?x { BIND(CALL(IRI(CONCAT(\"java:\", \"" + HostileFunction.class.getName() + "\"))) AS ?x) }");
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(!r.body().contains("ran"), r::body);
        assertEquals(0, Tripwire.TRIPPED.get(), "a java: class was loaded");
    }

    @Test
    void theContextAloneStopsServiceAndJavaFunctions() {
        // The run-time layer by itself, without the check of the text: what a query sneaking past it would meet.
        Context context = new Context();
        QueryPolicy.CLOSED.applyTo(context);
        int before = listener.requests();
        var ds = DatasetFactory.wrap(dataset);
        for (String q : List.of(
                "SELECT * { SERVICE SILENT <" + listener.url() + "> { ?s ?p ?o } }",
                "SELECT (<" + HOSTILE + ">() AS ?x) { }",
                "SELECT * { ?s <" + HOSTILE_PF + "> ?o }")) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(QueryFactory.create(q, Syntax.syntaxARQ))
                        .context(context).build()) {
                    qe.execSelect().forEachRemaining(row -> { });
                } catch (RuntimeException refused) {
                    // refusing is fine; contacting or loading is not
                }
            });
        }
        assertEquals(before, listener.requests(), "the listener was contacted");
        assertEquals(0, Tripwire.TRIPPED.get(), "a java: class was loaded");
    }

    @Test
    void anAllowedEndpointIsCalledAndOthersAreNot() throws Exception {
        int start = listener.requests();
        HttpResponse<String> ok = query(allowing, "SELECT ?remote { SERVICE <" + listener.url() + "> { ?s ?p ?o } }");
        assertEquals(200, ok.statusCode(), ok::body);
        assertTrue(ok.body().contains("reached"), ok::body);
        assertTrue(listener.requests() > start, "the allowed endpoint was not called");
        int before = listener.requests();

        // Neither another port nor a look-alike prefix is allowed.
        for (String url : List.of(other.url(), listener.url() + "x", listener.url().replace("/sparql", "/other"))) {
            HttpResponse<String> r = query(allowing, "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }");
            assertEquals(403, r.statusCode(), () -> url + "\n" + r.body());
        }
        assertEquals(0, other.requests(), "an endpoint not allowed was contacted");
        assertEquals(before, listener.requests(), "a look-alike of the allowed endpoint was contacted");
    }
}
