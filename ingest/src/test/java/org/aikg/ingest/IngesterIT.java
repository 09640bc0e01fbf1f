package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.AIKG;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingester over a folder of good and bad files, with the real models: every bad file is reported with
 * its path and reason, the good ones are stored, and nothing stored before is lost.
 */
class IngesterIT {
    private static final long LIMIT = 16L << 20;
    private static final String GATO = AIKG.ID_BASE + "model/gato";
    private static final String DEEPMIND = AIKG.ID_BASE + "organization/deepmind";
    private static Extractor extractor;

    @TempDir
    Path dir;

    private KnowledgeStore store;
    private Path good1;
    private Path good2;
    private Path empty;
    private Path binary;
    private Path badUtf8;
    private Path huge;
    private Path unreadable;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard(KnowledgeBase.load(List.of()));
    }

    @BeforeEach
    void writeCorpus() throws IOException {
        store = KnowledgeStore.inMemory();
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        good1 = write(corpus.resolve("gato.txt"), "DeepMind released Gato in May.\nIt plays games and writes captions.\n");
        good2 = write(corpus.resolve("llama.md"), "# Notes\n\nMeta released LLaMA last February.\n");
        empty = Files.createFile(corpus.resolve("empty.txt"));
        byte[] png = new byte[64];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(header, 0, png, 0, header.length);
        binary = Files.write(corpus.resolve("picture.txt"), png);
        byte[] prefix = "First line.\nSecond line.\nThird ".getBytes(StandardCharsets.UTF_8);
        // a good é after the bad bytes: damaged UTF-8, not a Latin-1 file (which is read)
        byte[] suffix = " line, caf\u00e9.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, bad, 0, prefix.length);
        bad[prefix.length] = (byte) 0xC3;
        bad[prefix.length + 1] = 0x28;
        System.arraycopy(suffix, 0, bad, prefix.length + 2, suffix.length);
        badUtf8 = Files.write(corpus.resolve("damaged.txt"), bad);
        huge = corpus.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: costs no disk, and must never be read
        }
        unreadable = write(corpus.resolve("secret.txt"), "OpenAI released GPT-4.\n");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
        // Let @TempDir clean up.
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rw-------"));
    }

    private static Path write(Path p, String text) throws IOException {
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Path corpus() {
        return dir.resolve("corpus");
    }

    private IngestReport ingest(Path... paths) {
        return new Ingester(extractor, store, 2, LIMIT).ingest(List.of(paths), IngestListener.NONE);
    }

    private boolean holds(String s, String p, String o) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("ASK { <" + s + "> <" + p + "> <" + o + "> }").build()) {
                return qe.execAsk();
            }
        });
    }

    private boolean stored(Path file) {
        return store.contentHash(DocumentIris.documentIri(file)).isPresent();
    }

    private static Map<Path, String> reasons(IngestReport r) {
        Map<Path, String> out = new HashMap<>();
        for (IngestReport.Failure f : r.failures()) {
            out.put(f.file(), f.reason());
        }
        return out;
    }

    @Test
    void everyBadFileIsReportedWithItsPathAndReasonAndTheGoodOnesAreStored() {
        boolean canRead = Files.isReadable(unreadable);
        IngestReport r = ingest(corpus());
        Map<Path, String> why = reasons(r);

        assertTrue(r.hasFailures());
        assertReason(why, empty, "empty file");
        assertReason(why, binary, "binary file");
        assertReason(why, badUtf8, badUtf8 + ":3:7: not valid UTF-8");
        assertReason(why, huge, "file too large");
        assertTrue(why.get(huge).contains("limit is " + LIMIT + " bytes"), why.get(huge));
        assertTrue(why.get(huge).contains(Long.toString(200L << 20)), why.get(huge));
        if (canRead) {
            // Root reads anything: then the file is simply good.
            assertFalse(why.containsKey(unreadable), why.toString());
            assertEquals(4, r.failures().size(), why.toString());
        } else {
            assertReason(why, unreadable, "permission denied");
            assertEquals(5, r.failures().size(), why.toString());
        }

        assertEquals(canRead ? 3 : 2, r.added(), r.toString());
        assertTrue(stored(good1) && stored(good2));
        assertFalse(stored(empty) || stored(binary) || stored(badUtf8) || stored(huge));
        assertEquals(canRead ? 3 : 2, store.stats().documents());
        assertTrue(holds(GATO, AIKG.developedBy.getURI(), DEEPMIND), "Gato developedBy DeepMind is missing");
        assertTrue(holds(AIKG.ID_BASE + "model/llama", AIKG.developedBy.getURI(), AIKG.ID_BASE + "organization/meta"),
                "LLaMA developedBy Meta is missing");
        assertTrue(r.relations() >= 2, r.toString());
    }

    private static void assertReason(Map<Path, String> why, Path file, String reason) {
        String got = why.get(file);
        assertTrue(got != null, file + " was not reported; failures: " + why);
        assertTrue(got.startsWith(file.toString()), "no path in: " + got);
        assertTrue(got.contains(reason), "expected '" + reason + "' in: " + got);
    }

    @Test
    void theUnreadableFileIsRefusedWithPermissionDenied() {
        Assumptions.assumeFalse(Files.isReadable(unreadable), "running as a user who can read a mode-000 file (root)");
        IngestReport r = ingest(unreadable);
        assertReason(reasons(r), unreadable, "cannot read: permission denied");
        assertEquals(0, r.documents());
    }

    @Test
    void aFailingRunLosesNothingStoredBefore() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Path kept = write(other.resolve("kept.txt"), "DeepMind released Gato in May.\n");
        IngestReport first = ingest(other);
        assertEquals(1, first.added());
        assertFalse(first.hasFailures());
        long quadsBefore = store.stats().quads();

        IngestReport failing = ingest(empty, binary, badUtf8, huge);
        assertEquals(4, failing.failures().size(), failing.toString());
        assertEquals(0, failing.documents());

        assertTrue(stored(kept));
        assertTrue(holds(GATO, AIKG.developedBy.getURI(), DEEPMIND));
        assertEquals(quadsBefore, store.stats().quads());
    }

    @Test
    void aFullDiskEndsTheRunAndTheSameRunWithRoomGoesOn() throws IOException {
        Path news = Files.createDirectory(dir.resolve("news"));
        List<Path> files = new ArrayList<>();
        // forty files: documents ready together are written in one transaction, and on a busy machine four could all
        // be ready before the first write (then the disk never fills during the run)
        int total = 40;
        for (int k = 0; k < total; k++) {
            String name = "n" + k + ".txt";
            files.add(write(news.resolve(name), "DeepMind released Gato in May. Note " + name + ".\n"));
        }
        java.util.concurrent.atomic.AtomicLong free = new java.util.concurrent.atomic.AtomicLong(1L << 40);
        Path folder = dir.resolve("disk-store");
        int stored;
        try (KnowledgeStore onDisk = KnowledgeStore.open(folder, free::get)) {
            // the disk fills once the first file is stored
            IngestListener fills = new IngestListener() {
                @Override
                public void finished(Path file, IngestReport.FileResult result) {
                    free.set(0);
                }
            };
            org.aikg.ingest.store.DiskFullException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.aikg.ingest.store.DiskFullException.class,
                    () -> new Ingester(extractor, onDisk, 1, LIMIT).ingest(List.of(news), fills));
            // documents ready together are written in one transaction, so the first write may hold more than one
            stored = onDisk.documents().size();
            assertTrue(stored >= 1 && stored < total, "stored " + stored);
            assertEquals(stored, e.report().added(), "the report says what was stored before the disk filled");
            assertTrue(e.document().startsWith("news/"), "and the exception names the document that did not fit");
            assertTrue(e.getMessage().contains(e.document()) && e.getMessage().contains("0.0 MiB free"), e.getMessage());
        }
        free.set(1L << 40);
        try (KnowledgeStore onDisk = KnowledgeStore.open(folder, free::get)) {
            IngestReport resumed = new Ingester(extractor, onDisk, 1, LIMIT).ingest(List.of(news), IngestListener.NONE);
            assertEquals(stored, resumed.unchanged(), resumed.toString());
            assertEquals(total - stored, resumed.added(), resumed.toString());
            assertEquals(total, onDisk.documents().size());
        }
    }

    @Test
    void reIngestingSkipsUnchangedFilesAndAChangedFileReplacesItsFacts() throws IOException {
        IngestReport first = ingest(corpus());
        int goodCount = first.added();
        assertTrue(holds(GATO, AIKG.developedBy.getURI(), DEEPMIND));

        IngestReport again = ingest(corpus());
        assertEquals(0, again.added());
        assertEquals(0, again.replaced());
        assertEquals(goodCount, again.unchanged(), again.toString());
        assertEquals(first.failures().size(), again.failures().size());

        write(good1, "Anthropic released Claude in March.\n");
        List<String> outcomes = new ArrayList<>();
        IngestReport changed = new Ingester(extractor, store, 2, LIMIT).ingest(List.of(corpus()), new IngestListener() {
            @Override
            public void finished(Path file, IngestReport.FileResult result) {
                outcomes.add(file.getFileName() + "=" + result.outcome());
            }
        });
        assertEquals(1, changed.replaced(), changed.toString());
        assertEquals(goodCount - 1, changed.unchanged());
        assertTrue(outcomes.contains("gato.txt=replaced"), outcomes.toString());
        assertTrue(outcomes.contains("llama.md=unchanged"), outcomes.toString());

        assertFalse(holds(GATO, AIKG.developedBy.getURI(), DEEPMIND), "the old fact survived the replacement");
        assertTrue(holds(AIKG.ID_BASE + "model/claude", AIKG.developedBy.getURI(),
                AIKG.ID_BASE + "organization/anthropic"), "the new fact is missing");
        // No other document mentions Gato, so it is gone from the entities graph too.
        boolean gatoLeft = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("ASK { <" + GATO + "> ?p ?o }").build()) {
                return qe.execAsk();
            }
        });
        assertFalse(gatoLeft, "Gato is still described after its only document changed");
    }

    @Test
    void anUnchangedReIngestNeverMakesTheExtractor() throws IOException {
        IngestReport first = ingest(corpus());
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<Extractor> counting = () -> {
            made.incrementAndGet();
            return extractor;
        };
        IngestReport again = new Ingester(counting, store, 2, LIMIT, Ingester.DEFAULT_DOC_TIMEOUT)
                .ingest(List.of(corpus()), IngestListener.NONE);
        assertEquals(first.added(), again.unchanged(), again.toString());
        assertEquals(0, made.get(), "the models were loaded although no document changed");

        write(good2, "# Notes\n\nMeta released LLaMA 2 last July.\n");
        IngestReport changed = new Ingester(counting, store, 2, LIMIT, Ingester.DEFAULT_DOC_TIMEOUT)
                .ingest(List.of(corpus()), IngestListener.NONE);
        assertEquals(1, changed.replaced(), changed.toString());
        assertEquals(1, made.get(), "made once, for the changed document");
    }

    @Test
    void aFileWhoseBytesAreStoredIsUnchangedAndAnyOtherIsReadAgain() throws IOException {
        ingest(corpus());
        // same text, one byte more: the document's hash differs, so it is read and replaced
        write(good1, "DeepMind released Gato in May.\nIt plays games and writes captions.\n\n");
        IngestReport again = ingest(corpus());
        assertEquals(1, again.replaced(), again.toString());
        assertTrue(holds(GATO, AIKG.developedBy.getURI(), DEEPMIND));
    }

    @Test
    void theListenerHearsStartedOnceAndFinishedOncePerFile() {
        List<Integer> started = new ArrayList<>();
        List<Path> finished = new ArrayList<>();
        Map<Path, IngestReport.FileResult> results = new HashMap<>();
        IngestReport r = new Ingester(extractor, store, 2, LIMIT).ingest(List.of(corpus()), new IngestListener() {
            @Override
            public void started(int files) {
                started.add(files);
            }

            @Override
            public void finished(Path file, IngestReport.FileResult result) {
                finished.add(file);
                results.put(file, result);
            }
        });
        List<Path> all = Ingester.collect(List.of(corpus()));
        assertEquals(7, all.size(), all.toString());
        assertEquals(List.of(7), started);
        assertEquals(all.size(), finished.size(), finished.toString());
        assertEquals(all.stream().sorted().toList(), finished.stream().sorted().toList());
        assertEquals(r.failures().size(), results.values().stream().filter(IngestReport.FileResult::failed).count());
        assertTrue(results.get(empty).failed() && results.get(empty).error().contains("empty file"));
        assertEquals("added", results.get(good1).outcome());
        assertFalse(results.get(good1).failed());
        assertEquals(r.failures().stream().map(IngestReport.Failure::file).collect(Collectors.toSet()),
                results.entrySet().stream().filter(e -> e.getValue().failed()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
        assertTrue(Arrays.asList(finished.toArray()).contains(huge));
    }
}
