package org.aikg.server.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

class QueryPolicyTest {

    private static void refused(QueryPolicy policy, String query) {
        assertThrows(QueryRefusedException.class, () -> policy.check(QueryFactory.create(query, Syntax.syntaxARQ)), query);
    }

    private static void allowed(QueryPolicy policy, String query) {
        assertDoesNotThrow(() -> policy.check(QueryFactory.create(query, Syntax.syntaxARQ)), query);
    }

    @Test
    void anAllowedPrefixMatchesOnlyAtABoundary() {
        QueryPolicy p = QueryPolicy.allowingServices(List.of("https://query.wikidata.org/sparql"));
        assertTrue(p.allowsService("https://query.wikidata.org/sparql"));
        assertTrue(p.allowsService("https://query.wikidata.org/sparql?format=json"));
        assertTrue(p.allowsService("https://query.wikidata.org/sparql/x"));
        assertFalse(p.allowsService("https://query.wikidata.org/sparqlx"));
        assertFalse(p.allowsService("https://query.wikidata.org.evil.example/sparql"));
        assertFalse(p.allowsService("http://query.wikidata.org/sparql"));
        assertFalse(QueryPolicy.CLOSED.allowsService("https://query.wikidata.org/sparql"));
    }

    @Test
    void onlyHttpUrlsCanBeAllowed() {
        for (String bad : List.of("file:///etc/passwd", "java:x", "not a url", "http://")) {
            assertThrows(IllegalArgumentException.class, () -> QueryPolicy.allowingServices(List.of(bad)), bad);
        }
    }

    @Test
    void serviceAndJavaFunctionsAreSeenWhereverTheyAre() {
        QueryPolicy p = QueryPolicy.CLOSED;
        refused(p, "SELECT * { SERVICE <http://x.example/> { ?s ?p ?o } }");
        refused(p, "SELECT * { SERVICE SILENT ?e { ?s ?p ?o } }");
        refused(p, "SELECT * { ?s ?p ?o MINUS { SERVICE <http://x.example/> { ?s ?p ?o } } }");
        refused(p, "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://x.example/> { ?s ?p ?o } } }");
        refused(p, "SELECT * { ?s ?p ?o } ORDER BY <java:a.B>(?o)");
        refused(p, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (<JAVA:a.B>(?n))");
        refused(p, "SELECT * { ?s <java:a.B> ?o }");
        refused(p, "SELECT * { GRAPH ?g { ?s <java:a.B> ?o } }");
        allowed(p, "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:localname(?s) AS ?l) { ?s ?p ?o }");
        allowed(p, "SELECT * { ?s ?p ?o FILTER(STRSTARTS(STR(?o), \"java:\")) }");
        allowed(QueryPolicy.allowingServices(List.of("http://x.example/")),
                "SELECT * { SERVICE <http://x.example/sparql> { ?s ?p ?o } }");
    }
}
