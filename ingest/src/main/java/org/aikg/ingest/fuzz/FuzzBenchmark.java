package org.aikg.ingest.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;

/**
 * The long fuzz run, a benchmark apart from the build:
 * {@code eval/java org.aikg.ingest.fuzz.FuzzBenchmark [COUNT [SEED [THREADS]]]} (default 100000 inputs, seed
 * 1, one thread per core). Ingests the five large inputs (a 2 MB line among them), then writes the inputs in batches of 2,000 into a temporary folder (deleted batch by
 * batch), ingests them into an in-memory store holding a few ordinary documents, and prints what
 * {@link FuzzRun} counted; exit code 1 if any promise broke.
 */
public final class FuzzBenchmark {
    private static final int BATCH = 2_000;

    private FuzzBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("aikg-fuzz");
        long t0 = System.nanoTime();
        boolean held;
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), store, threads,
                    DocumentReaders.DEFAULT_MAX_BYTES, Ingester.DEFAULT_DOC_TIMEOUT);
            FuzzRun run = new FuzzRun(ingester, store);
            run.storeBaseline(work.resolve("baseline"));
            HostileDocuments generator = new HostileDocuments(seed);
            Path large = work.resolve("large");
            List<HostileDocuments.Input> big = generator.writeLarge(large, 2_000_000);
            long l0 = System.nanoTime();
            run.ingest(large, big);
            System.out.printf("the %d large inputs: %.0f s%n", big.size(), (System.nanoTime() - l0) / 1e9);
            delete(large);
            long slowestBatch = 0;
            for (int done = 0; done < count; done += BATCH) {
                Path batch = work.resolve("batch-" + done);
                List<HostileDocuments.Input> inputs = generator.write(batch, Math.min(BATCH, count - done));
                long b0 = System.nanoTime();
                IngestReport r = run.ingest(batch, inputs);
                slowestBatch = Math.max(slowestBatch, System.nanoTime() - b0);
                delete(batch);
                System.out.printf("%d/%d inputs, %.0f s%s%n", done + inputs.size(), count, (System.nanoTime() - t0) / 1e9,
                        r == null ? " (the ingester threw)" : "");
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            FuzzRun.Tally t = run.tally();
            System.out.printf("seed %d, %d threads: %s%n", seed, threads, t);
            System.out.printf("%.0f s in all, %.0f inputs/s, slowest batch of %d %.0f s%n", elapsed.toMillis() / 1e3,
                    t.inputs / Math.max(1e-3, elapsed.toMillis() / 1e3), BATCH, slowestBatch / 1e9);
            held = t.problems.isEmpty();
        } finally {
            delete(work);
        }
        System.exit(held ? 0 : 1);
    }

    private static void delete(Path folder) throws java.io.IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
