package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.resolve.Entity;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class EntityGraphTest {
    private static final String DOC = "https://w3id.org/aikg/doc/d-1";
    private static final String E = "https://w3id.org/aikg/id/model/gpt-4";
    private static final Node G = NodeFactory.createURI(DOC);
    private static final Node EN = NodeFactory.createURI(E);

    private static Entity entity(String label) {
        return new Entity(E, EntityType.MODEL, label, Set.of(), null, null, null, null);
    }

    private static Quad alt(String label) {
        return Quad.create(G, EN, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(label));
    }

    @Test
    void theOneLabelIsNoAltLabelAndTheRecordsOwnLabelIs() {
        List<Quad> quads = EntityGraph.documentQuads(DOC, List.of(alt("GPT4"), alt("GPT 4")), List.of(entity("GPT 4")),
                Map.of(E, "GPT4")::get);
        assertEquals(Set.of(alt("GPT 4")), Set.copyOf(quads));
    }

    @Test
    void firstRecordOfAnIriGivesItsLabel() {
        assertEquals(Map.of(E, "GPT-4"), EntityGraph.firstLabels(List.of(entity("GPT-4"), entity("GPT 4"))));
    }

    /** The store applies the same rule: the first document's label wins, the second document keeps its own as an altLabel. */
    @Test
    void theStoreKeepsTheFirstLabel() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(new DocumentGraph(DOC, "a.md", "sha256:1", List.of(), List.of(entity("GPT-4")), 0));
            String doc2 = "https://w3id.org/aikg/doc/d-2";
            ks.put(new DocumentGraph(doc2, "b.md", "sha256:2", List.of(), List.of(entity("GPT 4")), 0));
            Txn.executeRead(ks.dataset(), () -> {
                var dsg = ks.dataset().asDatasetGraph();
                assertTrue(dsg.contains(EntityGraph.label(E, "GPT-4")));
                assertTrue(dsg.contains(NodeFactory.createURI(doc2), EN, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("GPT 4")));
                assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(
                        dsg.find(EntityGraph.GRAPH, EN, RDFS.label.asNode(), Node.ANY)));
            });
        }
    }
}
