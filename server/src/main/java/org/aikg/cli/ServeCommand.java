package org.aikg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.server.CorrectionSink;
import org.aikg.server.DocumentSink;
import org.aikg.server.AikgServer;
import org.aikg.server.query.QueryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aikg serve [--store DIR] [--port N]}: serve the store over SPARQL until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with embedded Fuseki at http://HOST:PORT/aikg/sparql, read-only unless",
                "--write-token is given (then documents are added at POST /ingest while queries run)",
                "(default graph = union of all graphs), and the web application (query page, search,",
                "entity and document pages) at http://HOST:PORT/. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose it).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--write-token", paramLabel = "TOKEN", description = {
            "Accept documents at POST /ingest from clients that send 'Authorization: Bearer TOKEN'",
            "(aikg ingest --server URL --token TOKEN); default: $AIKG_WRITE_TOKEN; without one the server is read-only."})
    String writeToken;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base JSON files for documents sent to /ingest.")
    List<Path> kb = new ArrayList<>();

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", description = {
            "Let SPARQL SERVICE call endpoints under this http(s) URL (repeatable). Without it a query with",
            "SERVICE is refused (403): the server never sends requests on a query's behalf."})
    List<String> allowService = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        String token = writeToken != null ? writeToken : System.getenv("AIKG_WRITE_TOKEN");
        boolean writes = token != null && !token.isBlank();
        try (KnowledgeStore ks = writes ? store.openExisting() : store.openForReading()) {
            DocumentSink sink = null;
            if (writes) {
                if (token.length() < 8) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the write token needs at least 8 characters");
                }
                if (ks.identifiesByAbsolutePath()) {
                    throw new AikgException(store.store + ": this store was made by an earlier aikg, which named documents by"
                            + " their absolute path; serve it read-only, or ingest into a new store");
                }
                Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(kb)), ks, 1,
                        DocumentReaders.DEFAULT_MAX_BYTES);
                sink = ingester::ingestOne;
            }
            CorrectionSink corrections = sink == null ? null : c -> ks.correct(c, java.time.Instant.now());
            serve(ks, host, port, Duration.ofSeconds(timeoutSeconds), sink, corrections, token,
                    policy(spec, allowService), () -> { });
        }
        return 0;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Serves {@code ks} read-only until the JVM is asked to stop; then closes it and runs {@code afterStop}. */
    static void serve(KnowledgeStore ks, String host, int port, Duration timeout, Runnable afterStop)
            throws InterruptedException {
        serve(ks, host, port, timeout, null, null, null, QueryPolicy.CLOSED, afterStop);
    }

    /** The query policy for {@code --allow-service} values; a value that is not an http(s) URL is a usage error. */
    static QueryPolicy policy(picocli.CommandLine.Model.CommandSpec spec, List<String> allowService) {
        try {
            return QueryPolicy.allowingServices(allowService);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--allow-service: " + e.getMessage());
        }
    }

    /** Serves {@code ks}, taking documents into {@code sink} when it is given, until the JVM is asked to stop. */
    static void serve(KnowledgeStore ks, String host, int port, Duration timeout, DocumentSink sink,
                      CorrectionSink corrections, String token, QueryPolicy policy, Runnable afterStop)
            throws InterruptedException {
        AikgServer.Builder builder = AikgServer.builder().dataset(ks.dataset()).host(host).port(port).queryTimeout(timeout)
                .queryPolicy(policy);
        if (sink != null) {
            builder.writes(sink, corrections, token, DocumentReaders.DEFAULT_MAX_BYTES);
        }
        AikgServer server = builder.build();
        server.start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ks.close();
            afterStop.run();
            stop.countDown();
        }, "aikg-shutdown"));
        System.out.println("web application: " + server.webUrl());
        System.out.println("SPARQL endpoint: " + server.endpoint());
        System.out.println("health:          http://" + host + ":" + server.port() + "/health");
        if (sink != null) {
            System.out.println("ingest:          POST http://" + host + ":" + server.port() + "/ingest (write token required)");
            System.out.println("corrections:     POST http://" + host + ":" + server.port() + "/corrections (write token required)");
        }
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        stop.await();
    }
}
