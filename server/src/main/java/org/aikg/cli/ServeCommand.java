package org.aikg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.server.AikgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aikg serve [--store DIR] [--port N]}: serve the store over SPARQL until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only with embedded Fuseki at http://HOST:PORT/aikg/sparql",
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

    @Override
    public Integer call() throws InterruptedException {
        try (KnowledgeStore ks = store.openExisting()) {
            serve(ks, host, port, Duration.ofSeconds(timeoutSeconds), () -> { });
        }
        return 0;
    }

    /** Serves {@code ks} until the JVM is asked to stop; then closes it and runs {@code afterStop}. */
    static void serve(KnowledgeStore ks, String host, int port, Duration timeout, Runnable afterStop)
            throws InterruptedException {
        AikgServer server = AikgServer.builder().dataset(ks.dataset()).host(host).port(port).queryTimeout(timeout).build();
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
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        stop.await();
    }
}
