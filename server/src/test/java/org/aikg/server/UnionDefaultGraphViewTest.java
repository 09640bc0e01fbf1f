package org.aikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class UnionDefaultGraphViewTest {

    private static List<String> select(DatasetGraph dsg, String query, String var) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    out.add(row.get(var).toString());
                }
            }
            out.sort(null);
            return out;
        });
    }

    @Test
    void queryWithoutGraphSeesAllNamedGraphsOnce() {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        TestData.twoDocuments(base);
        DatasetGraph view = new UnionDefaultGraphView(base);

        assertEquals(List.of(), select(base, "SELECT ?s { ?s a ?t }", "s"), "base default graph is empty");
        // gpt3 is typed in both graphs: the union must report it once.
        assertEquals(List.of(TestData.ID + "model/gpt3", TestData.ID + "model/palm"),
                select(view, "SELECT ?s { ?s a ?t }", "s"));
        assertEquals(List.of(TestData.ID + "organization/google", TestData.ID + "organization/openai"),
                select(view, "PREFIX aikg: <" + TestData.ONT + "> SELECT ?o { ?s aikg:developedBy ?o }", "o"));
    }

    @Test
    void graphPatternStillSeesNamedGraphs() {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        TestData.twoDocuments(base);
        DatasetGraph view = new UnionDefaultGraphView(base);
        assertEquals(List.of(TestData.DOC + "doc-a", TestData.DOC + "doc-b", TestData.DOC + "doc-b"),
                select(view, "SELECT ?g { GRAPH ?g { ?s a ?t } }", "g"));
    }

    @Test
    void emptyWhenNoNamedGraphHasTriples() {
        DatasetGraph view = new UnionDefaultGraphView(DatasetGraphFactory.createTxnMem());
        assertTrue(Txn.calculateRead(view, view::isEmpty));
    }

    @Test
    void quadAccessTreatsDefaultGraphAsUnion() {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        TestData.twoDocuments(base);
        DatasetGraph view = new UnionDefaultGraphView(base);
        Txn.executeRead(view, () -> {
            Node gpt3 = TestData.uri(TestData.ID + "model/gpt3");
            assertTrue(view.contains(Quad.defaultGraphIRI, gpt3, RDF.type.asNode(), TestData.MODEL));
            assertEquals(2, Iter.count(view.find(Quad.defaultGraphIRI, Node.ANY, RDF.type.asNode(), Node.ANY)));
            // Any graph: the stored quads only, the virtual default graph is not added to them.
            assertEquals(5, Iter.count(view.find()));
            // Five stored quads, four distinct triples.
            assertEquals(4, Iter.count(view.getDefaultGraph().find()));
            assertFalse(view.isEmpty());
        });
    }
}
