package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ontology.AIKG;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCompactionTest {
    @TempDir
    Path dir;

    /** Document {@code i}, version {@code v}: it mentions entities of its own and some every document shares. */
    static DocumentGraph doc(int i, int v) {
        Entity own = new Entity(AIKG.ID_BASE + "model/m-" + i + "-" + v, EntityType.MODEL, "M" + i + "v" + v, Set.of("M-" + i),
                "m" + i + "v" + v, null, null, null);
        Entity shared = new Entity(AIKG.ID_BASE + "organization/o-" + (i % 7), EntityType.ORGANIZATION, "O" + (i % 7),
                Set.of(), "o" + (i % 7), null, null, "Company");
        return KnowledgeStoreTest.doc(AIKG.DOC_BASE + "d-" + i, "sha256:" + i + "-" + v, own, shared);
    }

    /** Writes documents {@code from} to {@code to} (exclusive), version {@code v}, one transaction each. */
    static void write(KnowledgeStore ks, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            ks.put(doc(i, v));
        }
    }

    /** Writes documents {@code from} to {@code to} (exclusive), version {@code v}, in one transaction. */
    static void writeAll(KnowledgeStore ks, int from, int to, int v) {
        List<DocumentGraph> docs = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            docs.add(doc(i, v));
        }
        ks.putAll(docs);
    }

    /** The store's quads as sorted N-Quads lines: two stores holding the same data give the same list. */
    static List<String> quads(KnowledgeStore ks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.export(RDFFormat.NQUADS, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    private static List<String> generations(Path store) {
        return StoreCompaction.generations(store).stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void compactionKeepsEveryQuadAndShrinksTheStore() {
        Path store = dir.resolve("s");
        List<String> before;
        Optional<StoreCompaction.Result> r;
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            write(ks, 0, 40, 1);
            before = quads(ks);
            r = ks.compactAndClose();
        }
        assertTrue(r.isPresent(), "a store never compacted is compacted");
        assertTrue(r.get().after() * 4 < r.get().before(), "40 transactions leave mostly dead blocks: " + r.get());
        assertEquals(List.of("Data-0002"), generations(store), "the old generation is deleted");
        assertEquals(r.get().after(), StoreCompaction.usedBytes(store.resolve("Data-0002")));
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            assertEquals(before, quads(ks));
            assertEquals(40, ks.documents().size());
            assertEquals(r.get().after(), StoreCompaction.compactedBytes(store));
        }
    }

    @Test
    void aCompactedStoreTakesWritesAsAnyOther() {
        Path plain = dir.resolve("plain");
        Path packed = dir.resolve("packed");
        for (Path p : List.of(plain, packed)) {
            try (KnowledgeStore ks = KnowledgeStore.open(p)) {
                writeAll(ks, 0, 100, 1);
                if (p == packed) {
                    assertTrue(ks.compactAndClose().isPresent());
                }
            }
        }
        // every index block of the packed store is full: these writes split them, replace documents, add new ones
        for (Path p : List.of(plain, packed)) {
            try (KnowledgeStore ks = KnowledgeStore.open(p)) {
                write(ks, 90, 120, 2);
                assertTrue(ks.drop(AIKG.DOC_BASE + "d-3"));
            }
        }
        List<String> expected;
        try (KnowledgeStore ks = KnowledgeStore.open(plain)) {
            expected = quads(ks);
        }
        try (KnowledgeStore ks = KnowledgeStore.open(packed)) {
            assertEquals(expected, quads(ks));
            assertEquals(119, ks.documents().size());
            assertTrue(ks.compactAndClose(0).isPresent(), "the writes grew it past half its compacted size");
        }
        try (KnowledgeStore ks = KnowledgeStore.open(packed)) {
            assertEquals(expected, quads(ks), "compacting again keeps it all");
            assertEquals(List.of("Data-0003"), generations(packed));
        }
    }

    @Test
    void aStoreThatHasNotGrownIsLeftAsItIs() {
        Path store = dir.resolve("s");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            writeAll(ks, 0, 100, 1);
            assertTrue(ks.compactAndClose().isPresent());
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            assertFalse(ks.compactAndClose().isPresent(), "nothing was written");
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.put(doc(0, 2));
            assertFalse(ks.compactAndClose().isPresent(), "one document's dead blocks are not worth a compaction");
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            write(ks, 100, 110, 1);
            assertTrue(ks.compactAndClose(0).isPresent(), "ten more transactions grew the small store by half");
        }
        assertEquals(List.of("Data-0003"), generations(store));
    }

    @Test
    void anUnfinishedCompactionLeavesTheStoreAsItWas() throws Exception {
        Path store = dir.resolve("s");
        List<String> before;
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            writeAll(ks, 0, 50, 1);
            before = quads(ks);
        }
        // a crash while the new generation was being written: its folder, half full, under its temporary name
        Path tmp = Files.createDirectory(store.resolve("Data-0002-tmp"));
        Files.write(tmp.resolve("GSPO.dat"), new byte[8192]);
        Files.write(tmp.resolve("nodes-data.obj"), new byte[100]);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            assertEquals(before, quads(ks));
            ks.put(doc(50, 1));
        }
        assertFalse(Files.exists(tmp), "TDB2 deletes the unfinished generation when it opens the store");
        assertEquals(List.of("Data-0001"), generations(store));
    }

    @Test
    void aCrashAfterTheRenameLeavesTheNewGenerationLive() {
        Path store = dir.resolve("s");
        List<String> before;
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            writeAll(ks, 0, 50, 1);
            before = quads(ks);
            // the compaction's work up to its rename, then a crash: the old generation is still on disk
            StoreCompaction.compact(store);
        }
        assertEquals(List.of("Data-0001", "Data-0002"), generations(store));
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            assertEquals(before, quads(ks), "the new generation is live and holds it all");
            write(ks, 50, 55, 1);
            assertTrue(ks.compactAndClose(0).isPresent());
        }
        assertEquals(List.of("Data-0003"), generations(store), "and the next compaction deletes what was left");
    }
}
