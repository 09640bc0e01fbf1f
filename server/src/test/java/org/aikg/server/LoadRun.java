package org.aikg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A bounded load run against a local {@link AikgServer}: {@code clients} threads send the same large SELECT
 * over loopback until {@code duration} has passed (or each has sent {@code maxRequestsPerClient}), while the
 * process's RSS and direct buffer memory are sampled once a second. Server and clients share the JVM, so
 * the numbers are the whole process's. Used by {@link ServerMemoryIT} and {@link LoadTest}. Not thread-safe;
 * one run at a time.
 */
final class LoadRun {

    static final String QUERY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
    private static final long MIB = 1024 * 1024;

    /** What to run. {@code outputBufferSize} 0 means Fuseki's own (unbounded) setting. */
    record Config(int triples, int clients, Duration duration, int outputBufferSize, int maxRequestsPerClient) {
        /** The defaults, overridable by system properties {@code aikg.load.*}. */
        static Config fromSystemProperties() {
            return new Config(
                    Integer.getInteger("aikg.load.triples", 5000),
                    Integer.getInteger("aikg.load.clients", 8),
                    Duration.ofSeconds(Integer.getInteger("aikg.load.seconds", 20)),
                    Integer.getInteger("aikg.load.outputBufferSize", AikgServer.DEFAULT_OUTPUT_BUFFER_SIZE),
                    Integer.getInteger("aikg.load.maxRequests", 1_000_000));
        }
    }

    /**
     * One memory sample, {@code second} after the clients started. {@code heapCommitted} is subtracted from
     * {@code rss} for {@link #offHeap()}, because the Java heap grows on its own schedule (G1 expands it
     * under allocation pressure) and would otherwise hide or fake native growth.
     */
    record Sample(int second, long rss, long heapCommitted, long directUsed, long requests) {
        long offHeap() {
            return rss - heapCommitted;
        }
    }

    /** The outcome; memory in bytes. */
    record Result(Config config, List<Sample> samples, long requests, long errors, long responseBytes,
                  long maxDirectUsed, long rssAtHalf, long maxRssSecondHalf,
                  long offHeapAtHalf, long maxOffHeapSecondHalf) {
        long rssGrowthSecondHalf() {
            return maxRssSecondHalf - rssAtHalf;
        }

        long offHeapGrowthSecondHalf() {
            return maxOffHeapSecondHalf - offHeapAtHalf;
        }

        String summary() {
            return String.format("outputBufferSize=%s triples=%d clients=%d seconds=%d: requests=%d errors=%d"
                            + " response=%d bytes, max direct used=%d KiB, RSS at half=%d MiB,"
                            + " max RSS in second half=%d MiB (growth %d MiB), off-heap RSS growth in second half=%d MiB",
                    config.outputBufferSize() == 0 ? "fuseki-default" : Integer.toString(config.outputBufferSize()),
                    config.triples(), config.clients(), config.duration().toSeconds(), requests, errors,
                    responseBytes, maxDirectUsed / 1024, rssAtHalf / MIB, maxRssSecondHalf / MIB,
                    rssGrowthSecondHalf() / MIB, offHeapGrowthSecondHalf() / MIB);
        }
    }

    private LoadRun() {
    }

    static Result run(Config config, PrintStream log) throws Exception {
        DatasetGraph dataset = TDB2Factory.createDataset().asDatasetGraph();
        TestData.models(dataset, config.triples(), 20);
        AikgServer.Builder builder = AikgServer.builder().dataset(dataset).port(0)
                .outputBufferSize(config.outputBufferSize());
        try (AikgServer server = builder.build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/sparql-results+json").GET().build();

            long responseBytes = fetch(http, request, new byte[64 * 1024]);
            if (responseBytes < 0) {
                throw new IllegalStateException("probe request failed");
            }
            log.printf("response size %d bytes%n", responseBytes);

            AtomicLong requests = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long start = System.nanoTime();
            long deadline = start + config.duration().toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < config.clients(); i++) {
                Thread t = new Thread(() -> {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = 0; n < config.maxRequestsPerClient() && System.nanoTime() < deadline; n++) {
                        try {
                            if (fetch(http, request, buffer) == responseBytes) {
                                requests.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }, "load-client-" + i);
                t.setDaemon(true);
                clients.add(t);
                t.start();
            }

            List<Sample> samples = new ArrayList<>();
            int seconds = Math.max(2, (int) config.duration().toSeconds());
            for (int s = 1; s <= seconds; s++) {
                long wake = start + s * 1_000_000_000L;
                long sleep = (wake - System.nanoTime()) / 1_000_000;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
                Sample sample = new Sample(s, rss(), heapCommitted(), directUsed(), requests.get());
                samples.add(sample);
                log.printf("t=%3ds rss=%5d MiB heap=%5d MiB off-heap=%5d MiB direct=%7d KiB requests=%d%n",
                        s, sample.rss() / MIB, sample.heapCommitted() / MIB, sample.offHeap() / MIB,
                        sample.directUsed() / 1024, sample.requests());
            }
            for (Thread t : clients) {
                // Bounded: a request in flight finishes or hits its 60 s timeout.
                t.join(70_000);
            }
            return summarize(config, samples, requests.get(), errors.get(), responseBytes);
        } finally {
            dataset.close();
        }
    }

    private static Result summarize(Config config, List<Sample> samples, long requests, long errors,
                                    long responseBytes) {
        long maxDirect = samples.stream().mapToLong(Sample::directUsed).max().orElse(0);
        int half = samples.size() / 2;
        Sample atHalf = samples.get(Math.max(0, half - 1));
        List<Sample> secondHalf = samples.subList(half, samples.size());
        long maxRss = secondHalf.stream().mapToLong(Sample::rss).max().orElse(atHalf.rss());
        long maxOffHeap = secondHalf.stream().mapToLong(Sample::offHeap).max().orElse(atHalf.offHeap());
        return new Result(config, Collections.unmodifiableList(samples), requests, errors, responseBytes,
                maxDirect, atHalf.rss(), maxRss, atHalf.offHeap(), maxOffHeap);
    }

    /** Sends the request and reads the whole body; the body length, or -1 if the status is not 200. */
    private static long fetch(HttpClient http, HttpRequest request, byte[] buffer)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long total = 0;
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
        }
        return response.statusCode() == 200 ? total : -1;
    }

    /** Resident set size of this process, from /proc/self/status (Linux); -1 where unavailable. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Bytes of Java heap committed (reserved in RAM or swap) by the JVM. */
    static long heapCommitted() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    /** Bytes used by the JVM's direct buffer pool. */
    static long directUsed() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if ("direct".equals(pool.getName())) {
                return pool.getMemoryUsed();
            }
        }
        return -1;
    }
}
