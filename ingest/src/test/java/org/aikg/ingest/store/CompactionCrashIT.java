package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of compaction: a process compacting a store is killed with SIGKILL at points spread over the
 * compaction (while the new generation is written, around its rename, while the old one is deleted); every
 * time, the store opens afterwards with every quad it held, takes writes, and compacts.
 */
class CompactionCrashIT {
    @TempDir
    Path dir;

    /** The child process: opens the store {@code args[0]}, says so, and compacts it. */
    public static void main(String[] args) {
        KnowledgeStore ks = KnowledgeStore.open(Path.of(args[0]));
        System.out.println("compacting");
        System.out.flush();
        ks.compactAndClose();
    }

    @Test
    void aKillAtAnyPointOfACompactionLosesNothing() throws Exception {
        Path made = dir.resolve("made");
        List<String> expected;
        try (KnowledgeStore ks = KnowledgeStore.open(made)) {
            for (int b = 0; b < 20; b++) {
                StoreCompactionTest.writeAll(ks, b * 50, b * 50 + 50, 1); // twenty transactions: dead blocks to drop
            }
            expected = StoreCompactionTest.quads(ks);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        int completed = 0;
        for (int delayMillis : new int[] {0, 10, 20, 40, 80, 120, 160, 200, 240, 280, 320, 400}) {
            Path store = dir.resolve("store-" + delayMillis);
            copy(made, store);
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CompactionCrashIT.class.getName(), store.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("compacting", out.readLine());
                if (child.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                    completed++;
                } else {
                    child.destroyForcibly(); // SIGKILL: wherever the compaction is
                    child.waitFor();
                }
            }
            try (KnowledgeStore ks = KnowledgeStore.open(store)) {
                assertEquals(expected, StoreCompactionTest.quads(ks), "killed " + delayMillis + " ms into a compaction");
                StoreCompactionTest.write(ks, 1000, 1002, 1);
                ks.compactAndClose(0);
            }
            try (KnowledgeStore ks = KnowledgeStore.open(store)) {
                assertEquals(1002, ks.documents().size());
            }
            assertEquals(1, StoreCompaction.generations(store).size(), "one generation is left after a compaction");
            deleteTree(store);
        }
        assertTrue(completed < 12, "some kills should land before the compaction ends (" + completed + " of 12 finished)");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, q);
                }
            }
        }
    }

    private static void deleteTree(Path d) throws Exception {
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
