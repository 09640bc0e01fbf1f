package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document past its time budget is a reported failure; the checkpoints are counted, not timed. */
class DocTimeoutIT {
    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard(KnowledgeBase.load(List.of()));
    }

    @Test
    void extractionPassesCheckpointsInEveryStageAndStopsWhenOneSaysSo() {
        String text = "DeepMind released Gato in May. It plays games.\n\nMeta released LLaMA in February.\n";
        List<String> stages = new ArrayList<>();
        extractor.run(DocumentReaders.parse(Path.of("notes/a.txt"), text), (stage, done, total) -> stages.add(stage));
        for (String stage : List.of("annotating", CheckedFinder.STAGE, "resolving entities", "extracting relations",
                "building the graph")) {
            assertTrue(stages.contains(stage), stage + " in " + stages);
        }
        int[] calls = {0};
        AikgException e = assertThrows(AikgException.class, () -> extractor.run(
                DocumentReaders.parse(Path.of("notes/a.txt"), text), (stage, done, total) -> {
                    if (++calls[0] == stages.size() / 2) {
                        throw new AikgException("notes/a.txt: stop");
                    }
                }));
        assertEquals("notes/a.txt: stop", e.getMessage());
        assertEquals(stages.size() / 2, calls[0], "no checkpoint after the stop");
    }

    @Test
    void aDocumentOverItsBudgetIsAFailureWithPathAndReasonAndTheRunGoesOn() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path slow = Files.writeString(corpus.resolve("slow.md"), "# Title\n\nDeepMind released Gato in May.\n");
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            // a budget of one nanosecond: the first checkpoint after the start is past it
            IngestReport r = new Ingester(extractor, store, 1, DocumentReaders.DEFAULT_MAX_BYTES, Duration.ofNanos(1))
                    .ingest(List.of(corpus), IngestListener.NONE);
            assertEquals(0, r.added());
            assertEquals(1, r.failures().size());
            assertEquals(slow, r.failures().get(0).file());
            assertTrue(r.failures().get(0).reason().startsWith(slow + ": took longer than the 0 ms allowed per document"
                    + " (--doc-timeout); stopped while "), r.failures().get(0).reason());
            assertTrue(store.documents().isEmpty(), "nothing stored");
            // with the default budget the same document goes in
            IngestReport again = new Ingester(extractor, store, 1, DocumentReaders.DEFAULT_MAX_BYTES)
                    .ingest(List.of(corpus), IngestListener.NONE);
            assertEquals(1, again.added());
        }
    }
}
