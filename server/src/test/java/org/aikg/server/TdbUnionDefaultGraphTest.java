package org.aikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** The TDB2 path: union default graph from TDB2's context symbol, queries run by TDB2's engine. */
class TdbUnionDefaultGraphTest {

    private static final Query MODELS = QueryFactory.create("SELECT DISTINCT ?s { ?s a <" + TestData.ONT + "Model> }");

    private static long count(DatasetGraph dsg, boolean union) {
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(MODELS);
            if (union) {
                b.set(TDB2.symUnionDefaultGraph, true);
            }
            try (QueryExec exec = b.build()) {
                RowSet rows = exec.select();
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            }
        });
    }

    @Test
    void contextSymbolMakesDefaultGraphTheUnion() {
        DatasetGraph tdb = TDB2Factory.createDataset().asDatasetGraph();
        TestData.twoDocuments(tdb);
        assertEquals(0, count(tdb, false));
        assertEquals(2, count(tdb, true));
    }

    @Test
    void wrapperIsUnwrappedForQueriesButGivesUnionToGraphReaders() {
        DatasetGraph tdb = TDB2Factory.createDataset().asDatasetGraph();
        TestData.twoDocuments(tdb);
        DatasetGraph wrapped = new AikgServer.TdbUnionDefaultGraph(tdb);
        // Without the symbol the wrapper's own union default graph is not used by queries: TDB2's engine ran
        // on the unwrapped dataset. With it, TDB2 evaluates the union.
        assertEquals(0, count(wrapped, false));
        assertEquals(2, count(wrapped, true));
        // Graph store reads go through getDefaultGraph(): 4 distinct triples in the two documents.
        assertEquals(4, (long) Txn.calculateRead(wrapped, () -> wrapped.getDefaultGraph().size()));
    }
}
