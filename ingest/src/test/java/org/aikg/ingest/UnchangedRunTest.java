package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnchangedRunTest {
    @TempDir
    Path dir;
    Path notes;
    Path store;

    /** The graph an ingest stores for {@code file}, as far as telling it unchanged goes: its source and hash. */
    private static DocumentGraph stored(Path file, Path root) throws Exception {
        String source = new Ingester.Source(file, root).identity();
        String hash = DocumentIris.contentHash(Files.readAllBytes(file));
        String iri = DocumentIris.documentIri(source, source);
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), AIKG.Document.asNode()));
        quads.add(Quad.create(g, g, DCTerms.source.asNode(), NodeFactory.createLiteralString(source)));
        quads.add(Quad.create(g, g, AIKG.contentHash.asNode(), NodeFactory.createLiteralString(hash)));
        return new DocumentGraph(iri, source, hash, quads, List.of(), 0);
    }

    @BeforeEach
    void storeOfTwoNotes() throws Exception {
        notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# A\n\nOpenAI released GPT-4.\n");
        Files.writeString(notes.resolve("b.md"), "# B\n\nDeepMind released Gato.\n");
        store = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.putAll(List.of(stored(notes.resolve("a.md"), dir), stored(notes.resolve("b.md"), dir)));
        }
    }

    private Optional<IngestReport> run() {
        return UnchangedRun.of(store, List.of(notes), null, 1 << 20, IngestListener.NONE);
    }

    @Test
    void filesTheStoreHoldsWithTheseBytesAreUnchanged() throws Exception {
        Files.writeString(notes.resolve(".hidden.md"), "# Hidden\n");
        IngestReport r = run().orElseThrow();
        assertEquals(2, r.unchanged());
        assertEquals(0, r.added() + r.replaced());
        assertEquals(1, r.skipped().size(), "the hidden file is listed as a full run lists it: " + r.skipped());
        assertFalse(r.hasFailures());
    }

    @Test
    void aChangedOrNewFileMeansTheStoreMustBeOpened() throws Exception {
        Files.writeString(notes.resolve("b.md"), "# B\n\nDeepMind released Gato 2.\n");
        assertFalse(run().isPresent(), "changed");
        Files.writeString(notes.resolve("b.md"), "# B\n\nDeepMind released Gato.\n");
        assertTrue(run().isPresent(), "as stored again");
        Files.writeString(notes.resolve("c.md"), "# C\n");
        assertFalse(run().isPresent(), "new");
    }

    @Test
    void aFileThatWouldFailMeansTheStoreMustBeOpened() throws Exception {
        Files.write(notes.resolve("empty.md"), new byte[0]);
        assertFalse(run().isPresent(), "the ingest reports it, with its reason");
        Files.delete(notes.resolve("empty.md"));
        assertFalse(UnchangedRun.of(store, List.of(notes), null, 10, IngestListener.NONE).isPresent(),
                "over --max-file-size: a failure of its own");
    }

    @Test
    void noHashesNoAnswer() throws Exception {
        Files.delete(store.resolve("aikg-source-hashes"));
        assertFalse(run().isPresent());
        assertFalse(UnchangedRun.of(dir.resolve("nowhere"), List.of(notes), null, 1 << 20, IngestListener.NONE).isPresent());
    }
}
