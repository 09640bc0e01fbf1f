package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ontology.AIKG;
import org.apache.jena.atlas.RuntimeIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose disk fills: writes that may not fit are refused before they begin, failures for want of room
 * are recognised by their cause, and the store keeps and serves what it held. The room on the disk comes from a
 * probe the test controls (a real full disk needs a small file system: see {@code DiskFullIT} in the server
 * module and the README).
 */
class DiskFullTest {
    private static final long MIB = 1L << 20;
    private static final String A = AIKG.DOC_BASE + "a-00000001";
    private static final String B = AIKG.DOC_BASE + "b-00000002";

    @TempDir
    Path dir;

    @Test
    void aWriteThatMayNotFitIsRefusedAndTheStoreKeepsWhatItHeld() {
        AtomicLong free = new AtomicLong(1024 * MIB);
        Path folder = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(folder, free::get)) {
            assertEquals(WriteOutcome.ADDED, ks.put(KnowledgeStoreTest.doc(A, "sha256:1")));
            free.set(StoreSpace.needed(3) - 1);
            DocumentGraph b = KnowledgeStoreTest.doc(B, "sha256:2");
            DiskFullException e = assertThrows(DiskFullException.class, () -> ks.put(b));
            assertEquals(b.source(), e.document());
            assertEquals(StoreSpace.needed(b.quads().size()), e.neededBytes());
            assertEquals(free.get(), e.freeBytes());
            assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains(b.source())
                    && e.getMessage().contains("2.0 MiB") && e.getMessage().contains("run the same command again"),
                    e.getMessage());
            assertTrue(ks.contentHash(B).isEmpty(), "nothing of the refused document is written");
            assertEquals(1, ks.documents().size());
        }
        // reopened with no room at all: opening writes nothing, and what was stored is there
        try (KnowledgeStore ks = KnowledgeStore.open(folder, () -> 0L)) {
            assertEquals("sha256:1", ks.contentHash(A).orElseThrow());
            assertThrows(DiskFullException.class, () -> ks.drop(A), "a drop writes too");
            assertEquals(1, ks.documents().size());
        }
        // with room again, the next write goes on
        try (KnowledgeStore ks = KnowledgeStore.open(folder, () -> 1024 * MIB)) {
            assertEquals(WriteOutcome.ADDED, ks.put(KnowledgeStoreTest.doc(B, "sha256:2")));
            assertEquals(2, ks.documents().size());
        }
    }

    @Test
    void theEstimateGrowsWithTheQuads() {
        assertEquals(StoreSpace.BASE_BYTES, StoreSpace.needed(0));
        assertEquals(StoreSpace.BASE_BYTES + 1000 * StoreSpace.BYTES_PER_QUAD, StoreSpace.needed(1000));
        StoreSpace space = new StoreSpace(dir, () -> StoreSpace.needed(1000));
        space.check("fits.md", 1000);
        assertThrows(DiskFullException.class, () -> space.check("does-not-fit.md", 1001));
        new StoreSpace(dir, () -> {
            throw new IOException("no statfs here");
        }).check("unknown-room.md", 1_000_000); // a disk that cannot say how full it is refuses nothing
    }

    @Test
    void failuresForWantOfRoomAreRecognisedByTheirCause() {
        StoreSpace full = new StoreSpace(dir, () -> 0L);
        StoreSpace roomy = new StoreSpace(dir, () -> 1024 * MIB);
        // the journal's write: Jena wraps the IOException
        RuntimeException journal = new RuntimeIOException(new IOException("No space left on device"));
        DiskFullException e = roomy.diskFull(journal, "doc.md", 10).orElseThrow();
        assertSame(journal, e.getCause());
        assertEquals("doc.md", e.document());
        assertTrue(full.diskFull(new RuntimeException(new IOException("Disk quota exceeded")), "doc.md", 10).isPresent());
        // a fault in a mapped file: a full disk only when the disk has less room than the write may need
        InternalError fault = new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
        assertTrue(full.diskFull(fault, "doc.md", 10).isPresent());
        assertFalse(roomy.diskFull(fault, "doc.md", 10).isPresent(), "with room, the fault is some other I/O error");
        // anything else is not about room
        assertFalse(full.diskFull(new IllegalStateException("transaction not active"), "doc.md", 10).isPresent());
        assertFalse(full.diskFull(new InternalError("something else"), "doc.md", 10).isPresent());
        DiskFullException refused = new DiskFullException(dir, "doc.md", 5, 1, null);
        assertSame(refused, roomy.diskFull(new RuntimeException(refused), "other.md", 1).orElseThrow());
    }
}
