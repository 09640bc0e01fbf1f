package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with batched writes: an ingest of many small files (written in shared transactions) is killed
 * with SIGKILL after it has reported some files stored; every file it reported is in the store afterwards, and
 * the store opens and takes the rest.
 */
class IngestCrashIT {
    @TempDir
    Path dir;

    /** The child process: ingests {@code args[1]} into the store {@code args[0]}, printing each stored file. */
    public static void main(String[] args) {
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            Ingester ingester = new Ingester(() -> Extractor.standard(KnowledgeBase.load(List.of())), store, 2, 16L << 20,
                    Ingester.DEFAULT_DOC_TIMEOUT);
            ingester.ingest(List.of(Path.of(args[1])), new IngestListener() {
                @Override
                public void finished(Path file, IngestReport.FileResult result) {
                    if ("added".equals(result.outcome())) {
                        System.out.println("stored " + file);
                        System.out.flush();
                    }
                }
            });
        }
    }

    @Test
    void whatWasReportedStoredSurvivesAKill() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("tiny"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(corpus.resolve(String.format("note-%04d.md", i)),
                    "# Note " + i + "\n\nDeepMind released Gato " + i + " in May, and OpenAI released GPT-4 later.\n");
        }
        Path store = dir.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestCrashIT.class.getName(),
                store.toString(), corpus.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Path> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                reported.add(Path.of(line.substring("stored ".length())));
                if (reported.size() == 50) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, whatever was in flight
                    break;
                }
            }
        }
        child.waitFor();
        assertEquals(50, reported.size(), "the child should have stored 50 files before it was killed");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            for (Path f : reported) {
                String id = new Ingester.Source(f, corpus.getParent()).identity();
                assertTrue(ks.contentHash(DocumentIris.documentIri(id, id)).isPresent(), f + " was reported stored but is missing");
            }
            long stored = ks.documents().size();
            assertTrue(stored >= 50 && stored <= 200, "stored: " + stored);
            IngestReport rest = new Ingester(() -> Extractor.standard(KnowledgeBase.load(List.of())), ks, 2, 16L << 20,
                    Ingester.DEFAULT_DOC_TIMEOUT).ingest(List.of(corpus), IngestListener.NONE);
            assertEquals(200, rest.added() + rest.unchanged(), rest.toString());
            assertEquals(200, ks.documents().size());
        }
    }
}
