package org.aikg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.server.AikgServer;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The request floor: what the cheapest query, {@code ASK {}}, costs through aikg's embedded server and through a
 * bare embedded Fuseki serving the same TDB2 dataset, in one JVM (so both run equally warm code), after a
 * warm-up, in interleaved rounds.
 *
 * <p>Three servers: Fuseki as built by {@code FusekiServer.create().add(...)}, the same with the 64 KiB output buffer
 * aikg's server sets (apache/jena#4084: Fuseki's own 5 MiB buffer is allocated afresh for every response), and
 * aikg's. {@code RequestFloor STORE [ROUNDS] [REQUESTS]}: after a warm-up, per round and server {@code REQUESTS}
 * sequential requests on one keep-alive connection; prints p50 and p99 of the wall time per request and the
 * process's CPU time per request, per round and their medians. {@code RequestFloor STORE 0 0 cold N}: the first
 * 50 requests to server N (0, 1, 2) after it started, cold code, as a benchmark that measures at once sees them
 * (run in a fresh JVM per server).
 */
public final class RequestFloor {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RequestFloor() {
    }

    public static void main(String[] args) throws Exception {
        AikgServer.configureLogging(false);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        // "cold N": only the first 50 requests to server N (0, 1, 2) after it started, in this fresh JVM
        int cold = args.length > 4 && args[3].equals("cold") ? Integer.parseInt(args[4]) : -1;
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            FusekiServer bare = FusekiServer.create().port(0).add("/ds", store.dataset()).build().start();
            FusekiServer bounded = FusekiServer.create().port(0).add("/ds", store.dataset()).build();
            for (var c : bounded.getJettyServer().getConnectors()) {
                for (var f : c.getConnectionFactories()) {
                    if (f instanceof org.eclipse.jetty.server.HttpConnectionFactory http) {
                        http.getHttpConfiguration().setOutputBufferSize(AikgServer.DEFAULT_OUTPUT_BUFFER_SIZE);
                    }
                }
            }
            bounded.start();
            AikgServer aikg = AikgServer.builder().dataset(store.dataset()).port(0).build().start();
            String[] names = {"bare Fuseki", "bare Fuseki, 64 KiB buffer", "aikg"};
            HttpRequest[] to = {ask("http://127.0.0.1:" + bare.getHttpPort() + "/ds/sparql"),
                ask("http://127.0.0.1:" + bounded.getHttpPort() + "/ds/sparql"), ask(aikg.endpoint())};
            try {
                if (cold >= 0) {
                    // the first requests after start, as a benchmark that measures at once sees them
                    double[] first = run(to[cold], 50);
                    System.out.printf(Locale.ROOT, "first 50 requests after start, %-28s p50 %.3f ms, p99 %.3f ms%n",
                            names[cold], first[0], first[1]);
                    return;
                }
                for (int i = 0; i < 5; i++) {
                    for (HttpRequest r : to) {
                        run(r, requests);
                    }
                }
                double[][][] t = new double[to.length][rounds][];
                System.out.printf(Locale.ROOT, "%-6s %-28s %8s %8s %8s%n", "round", "server", "p50 ms", "p99 ms", "CPU ms");
                for (int r = 0; r < rounds; r++) {
                    for (int s = 0; s < to.length; s++) {
                        t[s][r] = run(to[s], requests);
                        System.out.printf(Locale.ROOT, "%-6d %-28s %8.3f %8.3f %8.3f%n", r + 1, names[s], t[s][r][0], t[s][r][1], t[s][r][2]);
                    }
                }
                System.out.printf(Locale.ROOT, "ASK {} p50 / p99 / CPU per request, warm (medians of %d rounds of %d requests):",
                        rounds, requests);
                for (int s = 0; s < to.length; s++) {
                    System.out.printf(Locale.ROOT, "%s %s %.3f / %.3f / %.3f ms", s == 0 ? "" : ";", names[s], median(t[s], 0),
                            median(t[s], 1), median(t[s], 2));
                }
                System.out.println();
            } finally {
                aikg.stop();
                bounded.stop();
                bare.stop();
            }
        }
    }

    private static HttpRequest ask(String endpoint) {
        return HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .build();
    }

    /** {@code n} requests; p50 and p99 in ms, and the process's CPU time per request (client and server). */
    private static double[] run(HttpRequest request, int n) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + ": HTTP " + r.statusCode());
            }
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
        Arrays.sort(ms);
        return new double[] {ms[(n - 1) / 2], ms[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], cpu};
    }

    private static double median(double[][] rows, int col) {
        double[] v = Arrays.stream(rows).mapToDouble(r -> r[col]).sorted().toArray();
        return v[(v.length - 1) / 2];
    }
}
