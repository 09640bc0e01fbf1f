package org.aikg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aikg demo}: ingest the sample corpus into a temporary store and serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample corpus (samples/) into a temporary store and serves it.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${env:AIKG_HOME:-.}/samples/corpus",
            description = "Folder of documents to ingest (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--no-serve", description = "Ingest and print the summary, but do not start the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(samples)) {
            System.err.println("aikg: no sample folder at " + samples.toAbsolutePath()
                    + " (run from the project folder, or pass --samples DIR)");
            return 2;
        }
        Path dir = Files.createTempDirectory("aikg-demo");
        KnowledgeStore ks = KnowledgeStore.open(dir);
        try {
            Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), ks,
                    Runtime.getRuntime().availableProcessors(), DocumentReaders.DEFAULT_MAX_BYTES);
            IngestReport report = ingester.ingest(List.of(samples), new ProgressBar(System.err));
            IngestCommand.print(report, System.out);
            System.out.println("temporary store: " + dir);
            if (!noServe) {
                ServeCommand.serve(ks, "127.0.0.1", port, Duration.ofSeconds(30), () -> deleteQuietly(dir));
                return 0;
            }
        } catch (RuntimeException e) {
            ks.close();
            deleteQuietly(dir);
            throw e;
        }
        ks.close();
        deleteQuietly(dir);
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("aikg: could not remove the temporary store " + dir + ": " + e.getMessage());
        }
    }
}
