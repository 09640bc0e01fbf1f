package org.aikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.store.DiskFullException;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ingest.store.StoreSpace;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store on a disk that really fills. Runs only when {@code -Daikg.test.smallDisk=DIR} names an empty folder
 * on a small file system made for it (it fills that file system), e.g. as root:
 * <pre>
 * mkdir -p /mnt/aikg-small &amp;&amp; mount -t tmpfs -o size=40m tmpfs /mnt/aikg-small
 * mvn -B -ntp -o -pl server -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=DiskFullIT -Daikg.test.smallDisk=/mnt/aikg-small
 * umount /mnt/aikg-small
 * </pre>
 * A loop-mounted ext4 image ({@code truncate -s 40M img; mkfs.ext4 img; mount -o loop img DIR}) does as well.
 */
class DiskFullIT {
    private static final long MIB = 1L << 20;
    private Path disk;
    private Path filler;

    @BeforeEach
    void smallDisk() {
        String dir = System.getProperty("aikg.test.smallDisk", "");
        Assumptions.assumeTrue(!dir.isBlank(), "no -Daikg.test.smallDisk=DIR on a small file system");
        disk = Path.of(dir);
        filler = disk.resolve("filler");
    }

    @AfterEach
    void clean() throws IOException {
        if (disk != null) {
            try (var all = Files.walk(disk)) {
                all.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(disk)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Fills the disk until {@code leave} bytes are free. */
    private void fillLeaving(long leave) throws IOException {
        long free = Files.getFileStore(disk).getUsableSpace();
        byte[] chunk = new byte[(int) MIB];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long n = free - leave; n > 0; n -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(n, chunk.length));
            }
        }
    }

    @Test
    void aFullDiskEndsTheIngestWithExitCode4AndTheSameIngestWithRoomResumes() throws IOException {
        Path corpus = Files.createTempDirectory("aikg-diskfull-");
        try {
            for (int i = 0; i < 12; i++) {
                Files.writeString(corpus.resolve("note-" + i + ".txt"), ("DeepMind released Gato " + i + " in May. Meta released"
                        + " LLaMA " + i + " last February. Anthropic released Claude " + i + " in March.\n").repeat(20));
            }
            Path store = disk.resolve("store");
            // an empty store first, then room for a few documents only
            assertEquals(0, CliIT.aikg("ingest", "-q", "--store", store.toString(), corpus.resolve("note-0.txt").toString()).code());
            fillLeaving(StoreSpace.BASE_BYTES * 3);
            CliIT.Run full = CliIT.aikg("ingest", "-q", "--threads", "1", "--store", store.toString(), corpus.toString());
            assertEquals(Main.DISK_FULL, full.code(), full.toString());
            assertTrue(full.err().contains("is full") && full.err().contains("run the same command again")
                    && !full.err().contains("InternalError") && !full.err().contains("another"), full.toString());
            // the store still opens and answers on the full disk
            CliIT.Run stats = CliIT.aikg("stats", "--store", store.toString());
            assertEquals(0, stats.code(), stats.toString());
            Files.delete(filler);
            CliIT.Run resumed = CliIT.aikg("ingest", "-q", "--threads", "1", "--store", store.toString(), corpus.toString());
            assertEquals(0, resumed.code(), resumed.toString());
            assertTrue(resumed.out().startsWith("12 documents") && !resumed.out().contains(" 0 unchanged"), resumed.toString());
            try (KnowledgeStore ks = KnowledgeStore.open(store)) {
                assertEquals(12, ks.documents().size());
            }
        } finally {
            try (var all = Files.walk(corpus)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The failure the pre-check exists to avoid, made on purpose: the probe says there is room once per write
     * (so the write begins), then tells the truth, as when another process fills the disk during a write. TDB2's
     * mapped index files then fault (InternalError) or its journal fails (ENOSPC): either is a DiskFullException,
     * and what was committed before opens.
     */
    @Test
    void aWriteThatFillsTheDiskIsADiskFullAndTheStoreKeepsWhatItHeld() throws IOException {
        Path store = disk.resolve("store");
        AtomicBoolean lie = new AtomicBoolean();
        StoreSpace.Probe probe = () -> lie.getAndSet(false) ? Long.MAX_VALUE / 2 : Files.getFileStore(disk).getUsableSpace();
        List<String> stored = new ArrayList<>();
        DiskFullException e;
        try (KnowledgeStore ks = KnowledgeStore.open(store, probe)) {
            e = assertThrows(DiskFullException.class, () -> {
                for (int i = 0; i < 10_000; i++) {
                    DocumentGraph doc = big(i);
                    lie.set(true);
                    ks.put(doc);
                    stored.add(doc.iri());
                }
            });
        }
        Throwable cause = e.getCause();
        assertTrue(cause instanceof InternalError || String.valueOf(cause).contains("No space left on device"),
                "the write began and failed for want of room: " + cause);
        assertTrue(stored.size() > 0, "some documents fit before the disk filled");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            for (String iri : stored) {
                assertTrue(ks.contentHash(iri).isPresent(), iri);
            }
        }
    }

    /** A document of 2,000 quads with nodes of its own, so each write grows every index. */
    private static DocumentGraph big(int n) {
        String iri = AIKG.DOC_BASE + "big-" + n;
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), AIKG.Document.asNode()));
        quads.add(Quad.create(g, g, DCTerms.source.asNode(), NodeFactory.createLiteralString("big/" + n + ".md")));
        quads.add(Quad.create(g, g, AIKG.contentHash.asNode(), NodeFactory.createLiteralString("sha256:" + n)));
        for (int i = 0; i < 2000; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI(iri + "/s" + i), RDF.value.asNode(),
                    NodeFactory.createLiteralString("value " + n + " " + i + " " + "x".repeat(40))));
        }
        return new DocumentGraph(iri, "big/" + n + ".md", "sha256:" + n, quads, List.of(), 0);
    }
}
