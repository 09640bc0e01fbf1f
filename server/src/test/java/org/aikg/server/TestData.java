package org.aikg.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Builds small aikg-shaped datasets for the server tests. Not thread-safe while filling. */
final class TestData {

    static final String ID = "https://w3id.org/aikg/id/";
    static final String DOC = "https://w3id.org/aikg/doc/";
    static final String ONT = "https://w3id.org/aikg/ontology#";

    static final Node DEVELOPED_BY = NodeFactory.createURI(ONT + "developedBy");
    static final Node MODEL = NodeFactory.createURI(ONT + "Model");

    private TestData() {
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * Two document graphs: doc-a says gpt3 developedBy openai; doc-b says palm developedBy google,
     * and both type their model as aikg:Model (gpt3 typed in both, to check the union has no duplicates).
     */
    static void twoDocuments(DatasetGraph dsg) {
        Node docA = uri(DOC + "doc-a");
        Node docB = uri(DOC + "doc-b");
        Node gpt3 = uri(ID + "model/gpt3");
        Node palm = uri(ID + "model/palm");
        Txn.executeWrite(dsg, () -> {
            dsg.add(docA, gpt3, DEVELOPED_BY, uri(ID + "organization/openai"));
            dsg.add(docA, gpt3, RDF.type.asNode(), MODEL);
            dsg.add(docB, palm, DEVELOPED_BY, uri(ID + "organization/google"));
            dsg.add(docB, palm, RDF.type.asNode(), MODEL);
            dsg.add(docB, gpt3, RDF.type.asNode(), MODEL);
        });
    }

    /** {@code count} labelled models spread over {@code graphs} document graphs. */
    static void models(DatasetGraph dsg, int count, int graphs) {
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < count; i++) {
                Node g = uri(DOC + "bulk-" + (i % graphs));
                Node s = uri(ID + "model/m" + i);
                dsg.add(new Quad(g, s, RDFS.label.asNode(), NodeFactory.createLiteralString("Model number " + i)));
            }
        });
    }
}
