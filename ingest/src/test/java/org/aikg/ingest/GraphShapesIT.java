package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.Ontology;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The graph built from the sample corpus, with the real models, conforms to the SHACL shapes. */
class GraphShapesIT {
    private static final Path SAMPLES = Path.of("../samples/corpus");

    @Test
    void theSampleCorpusGraphConformsToTheShapes() {
        assertTrue(Files.isDirectory(SAMPLES), "no sample corpus at " + SAMPLES.toAbsolutePath());
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            IngestReport r = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), store, 2,
                    16L << 20).ingest(List.of(SAMPLES), IngestListener.NONE);
            assertFalse(r.hasFailures(), r.failures().toString());
            assertEquals(Ingester.collect(List.of(SAMPLES)).size(), r.added());
            assertTrue(r.relations() > 0, "the corpus produced no relations: " + r);

            ValidationReport report = Txn.calculateRead(store.dataset(),
                    () -> Ontology.validate(store.dataset().asDatasetGraph()));
            assertTrue(report.conforms(), () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
                return report.getEntries().size() + " violations:\n" + out.toString(StandardCharsets.UTF_8);
            });

            // A control: the same check sees a document that lost its source, so a pass above means something.
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(Node.ANY, Node.ANY, DCTerms.source.asNode(), Node.ANY));
            ValidationReport broken = Txn.calculateRead(store.dataset(),
                    () -> Ontology.validate(store.dataset().asDatasetGraph()));
            assertFalse(broken.conforms());
            assertEquals(r.added(), broken.getEntries().size());
        }
    }
}
