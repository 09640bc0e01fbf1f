package org.aikg.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite in CI: 1,000 small hostile inputs of every {@link HostileDocuments.Kind} and the five big
 * pathological ones (a 500 KB line; the benchmark writes it at 2 MB), into a store that already holds
 * ordinary documents. Every input is stored or reported
 * with its path and reason, no exception escapes, and what was stored before is unchanged. The longer run is
 * {@link FuzzBenchmark}.
 */
class HostileInputIT {
    private static final long SEED = 20261130L;

    @TempDir
    Path dir;

    @Test
    void everyHostileInputIsStoredOrReportedAndNothingStoredChanges() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), store, 2,
                    DocumentReaders.DEFAULT_MAX_BYTES);
            FuzzRun run = new FuzzRun(ingester, store);
            run.storeBaseline(dir.resolve("baseline"));
            HostileDocuments generator = new HostileDocuments(SEED);
            Path folder = dir.resolve("hostile");
            List<HostileDocuments.Input> inputs = new ArrayList<>(generator.write(folder, 1_000));
            inputs.addAll(generator.writeLarge(folder, 500_000)); // the benchmark takes the 2 MB line

            run.ingest(folder, inputs);

            FuzzRun.Tally t = run.tally();
            System.out.println(t);
            assertEquals(List.of(), t.problems);
            assertEquals(1_005, t.inputs);
            assertTrue(t.stored > 100 && t.failed > 50 && t.skipped > 100, "every outcome exercised: " + t);
            for (String reason : List.of("hidden file", "dangling symbolic link", "symbolic link loop",
                    "symbolic link to a folder, not followed", "a socket, not read")) {
                assertTrue(t.reasons.containsKey(": skipped: " + reason), reason + " in " + t.reasons);
            }
        }
    }
}
