package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHashesTest {
    @TempDir
    Path dir;

    /** A feed's two entries: two documents with one source. */
    private static List<DocumentGraph> feed() {
        List<DocumentGraph> entries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            DocumentGraph d = KnowledgeStoreTest.doc(AIKG.DOC_BASE + "entry-" + i, "sha256:entry" + i);
            Node g = NodeFactory.createURI(d.iri());
            List<Quad> quads = new ArrayList<>(d.quads());
            quads.removeIf(q -> q.getPredicate().equals(DCTerms.source.asNode()));
            quads.add(Quad.create(g, g, DCTerms.source.asNode(), NodeFactory.createLiteralString("feeds/news.xml")));
            entries.add(new DocumentGraph(d.iri(), "feeds/news.xml", d.contentHash(), quads, d.entities(), 0));
        }
        return entries;
    }

    private static String sourceOf(DocumentGraph d) {
        return d.quads().stream().filter(q -> q.getPredicate().equals(DCTerms.source.asNode())).findFirst()
                .orElseThrow().getObject().getLiteralLexicalForm();
    }

    @Test
    void aClosedStoreLeavesTheHashOfEachSourceItHoldsAsOneDocument() {
        Path store = dir.resolve("s");
        List<DocumentGraph> docs = new ArrayList<>();
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            for (int i = 0; i < 5; i++) {
                docs.add(StoreCompactionTest.doc(i, 1));
            }
            ks.putAll(docs);
            ks.putAll(feed());
            for (DocumentGraph d : docs) {
                assertEquals(ks.contentHashOfSource(sourceOf(d)), Optional.of(d.contentHash()));
            }
        }
        SourceHashes hashes = SourceHashes.read(store).orElseThrow();
        assertEquals(5, hashes.size(), "the feed's source names two documents: left out, as contentHashOfSource leaves it");
        for (DocumentGraph d : docs) {
            assertEquals(Optional.of(d.contentHash()), hashes.hashOf(sourceOf(d)));
        }
        assertEquals(Optional.empty(), hashes.hashOf("feeds/news.xml"));
    }

    @Test
    void hashesWrittenForAnEarlierStateOfTheStoreAreNotRead() throws Exception {
        Path store = dir.resolve("s");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.put(StoreCompactionTest.doc(0, 1));
        }
        assertTrue(SourceHashes.read(store).isPresent());
        Path kept = dir.resolve("kept");
        Files.copy(store.resolve(SourceHashes.FILE), kept);
        // written since, by something that did not leave hashes (a process killed before it closed the store)
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.put(StoreCompactionTest.doc(0, 2));
        }
        Files.copy(kept, store.resolve(SourceHashes.FILE), StandardCopyOption.REPLACE_EXISTING);
        assertFalse(SourceHashes.read(store).isPresent(), "the store's state changed since they were written");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.compactAndClose();
        }
        assertEquals(Optional.of("sha256:0-2"), SourceHashes.read(store).orElseThrow().hashOf("notes/"
                + (AIKG.DOC_BASE + "d-0").hashCode() + ".md"), "closing the store wrote them again, for the new generation");
    }

    @Test
    void aCommitLeftInTheJournalMakesThemStale() throws Exception {
        Path store = dir.resolve("s");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.put(StoreCompactionTest.doc(0, 1));
        }
        Path journal = StoreCompaction.liveGeneration(store).resolve("journal.jrnl");
        byte[] was = Files.exists(journal) ? Files.readAllBytes(journal) : new byte[0];
        Files.write(journal, new byte[] {1, 2, 3});
        assertFalse(SourceHashes.read(store).isPresent(), "TDB2 replays the journal when it opens the store");
        Files.write(journal, was);
        assertTrue(SourceHashes.read(store).isPresent());
    }

    @Test
    void aStoreAnotherProcessHoldsIsNotRead() throws Exception {
        Path store = dir.resolve("s");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.put(StoreCompactionTest.doc(0, 1));
        }
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(store.resolve("tdb.lock"), Long.toString(other.pid()));
            assertFalse(SourceHashes.read(store).isPresent(), "the store is in use: opening it says so");
        } finally {
            other.destroyForcibly();
            other.waitFor();
        }
        assertTrue(SourceHashes.read(store).isPresent(), "a lock whose process has ended holds nothing");
    }
}
