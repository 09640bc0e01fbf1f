package org.aikg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.AIKG;
import org.aikg.queries.NamedQueries;
import org.aikg.queries.NamedQuery;
import org.aikg.server.AikgServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The query half of the speed benchmark: stores of a given size made of distinct entities, and the time
 * every shipped query and every call of the web face takes on them, through the embedded server.
 *
 * <p>The documents: the pool's and the samples' files are extracted once by the standard pipeline; the store
 * of N quads then holds variant 0 (those graphs as they are) and variants 1, 2, ... until N quads are
 * written. In variant k every document has an IRI, source and hash of its own, and every entity the
 * dictionary does not know (no knowledge-base id) gets an IRI and a name of its own ("Name Kavo"), so the
 * long tail grows with the store while the dictionary's entities (GPT-4, Google, ...) are shared hubs, as in
 * a real corpus. Each variant's documents are written by {@link KnowledgeStore#put}, as ingest writes them.
 *
 * <p>{@code QueryBench WORK POOL SAMPLES QUERIES N...}: stores in {@code WORK/store-N} (reused when they
 * exist), a table per size on standard output.
 */
public final class QueryBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        List<Path> inputs = List.of(Path.of(args[1]), Path.of(args[2]));
        Path queriesDir = Path.of(args[3]);
        List<Long> sizes = Arrays.stream(args).skip(4).map(Long::parseLong).toList();
        List<DocumentGraph> base = null;
        for (long size : sizes) {
            Path dir = work.resolve("store-" + size);
            if (!Files.exists(dir.resolve("complete"))) {
                if (base == null) {
                    base = extract(inputs);
                }
                build(dir, base, size);
            }
            if (!Boolean.getBoolean("bench.buildOnly")) {
                measure(dir, size, queriesDir);
            }
        }
    }

    /** The graphs of every document under {@code inputs}, by the standard pipeline on two threads. */
    static List<DocumentGraph> extract(List<Path> inputs) throws Exception {
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.standard(KnowledgeBase.load(List.of()));
        ConcurrentLinkedQueue<DocumentGraph> out = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (Ingester.Source s : Ingester.sources(inputs, null)) {
            jobs.add(pool.submit(() -> {
                try {
                    byte[] bytes = Files.readAllBytes(s.file());
                    for (Document d : Ingester.documents(s.identity(), bytes, DocumentReaders.DEFAULT_MAX_BYTES)) {
                        out.add(extractor.extract(d));
                    }
                } catch (Exception | StackOverflowError e) {
                    System.err.println("skipped " + s.file() + ": " + e.getMessage());
                }
                return null;
            }));
        }
        for (var j : jobs) {
            j.get();
        }
        pool.shutdown();
        List<DocumentGraph> graphs = new ArrayList<>(out);
        graphs.sort(java.util.Comparator.comparing(DocumentGraph::iri));
        System.out.printf(Locale.ROOT, "extracted %d documents, %d quads, in %.0f s%n", graphs.size(),
                graphs.stream().mapToLong(g -> g.quads().size()).sum(), (System.nanoTime() - t0) / 1e9);
        return graphs;
    }

    /** Writes variants of {@code base} into a new store at {@code dir} until it holds about {@code quads} quads. */
    static void build(Path dir, List<DocumentGraph> base, long quads) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long t0 = System.nanoTime();
        long written = 0;
        int docs = 0;
        KnowledgeStore store = KnowledgeStore.open(dir);
        try {
            // 25 documents a transaction (-Dbench.batch), as ingest batches small documents: one transaction each left
            // 34 GB of dead B+tree blocks on disk before a 5 M-quad store was complete (the compaction drops them)
            int batchSize = Integer.getInteger("bench.batch", 25);
            List<DocumentGraph> batch = new ArrayList<>();
            for (int k = 0; written < quads; k++) {
                for (DocumentGraph g : base) {
                    DocumentGraph v = variant(g, k);
                    batch.add(v);
                    written += v.quads().size();
                    docs++;
                    if (batch.size() >= batchSize || written >= quads) {
                        store.putAll(batch);
                        batch.clear();
                    }
                    if (written >= quads) {
                        break;
                    }
                }
            }
            if (!batch.isEmpty()) {
                store.putAll(batch);
            }
            System.out.printf(Locale.ROOT, "store of %d: %d documents, %d document quads written in %.0f s; %s%n", quads,
                    docs, written, (System.nanoTime() - t0) / 1e9, store.stats());
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
        // compacted, as `aikg ingest` leaves a store: queries are timed on the store users have (an uncompacted one
        // is about 20 times larger on disk, mostly dead B+tree blocks); -Dbench.compact=false leaves it as written
        if (!Boolean.parseBoolean(System.getProperty("bench.compact", "true"))) {
            store.close();
            Files.writeString(dir.resolve("complete"), "");
            return;
        }
        long c0 = System.nanoTime();
        var compacted = store.compactAndClose();
        System.out.printf(Locale.ROOT, "compacted in %.0f s: %s%n", (System.nanoTime() - c0) / 1e9,
                compacted.map(r -> (r.before() >> 20) + " MiB -> " + (r.after() >> 20) + " MiB").orElse("not needed"));
        Files.writeString(dir.resolve("complete"), "");
    }

    /** A name of its own for variant {@code k} (k ≥ 1): syllables, so the names stay words ("Kavo", "Tibemu"). */
    static String suffix(int k) {
        String[] c = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"};
        String[] v = {"a", "e", "i", "o", "u"};
        StringBuilder b = new StringBuilder();
        int n = k;
        do {
            b.append(c[n % c.length]).append(v[(n / c.length) % v.length]);
            n /= c.length * v.length;
        } while (n > 0);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    /** Variant {@code k} of a document's graph (k = 0: the graph itself). */
    static DocumentGraph variant(DocumentGraph g, int k) {
        if (k == 0) {
            return g;
        }
        String sfx = suffix(k);
        String docIri = g.iri() + "-" + sfx.toLowerCase(Locale.ROOT);
        Map<String, Entity> renamed = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : g.entities()) {
            if (e.kbId() != null) {
                entities.add(e);
                continue;
            }
            Set<String> alts = new HashSet<>();
            e.altLabels().forEach(a -> alts.add(a + " " + sfx));
            Entity r = new Entity(e.iri() + "-" + sfx.toLowerCase(Locale.ROOT), e.type(), e.label() + " " + sfx, alts,
                    null, null, e.arxivId() == null ? null : e.arxivId() + "v" + k, e.kind());
            renamed.put(e.iri(), r);
            entities.add(r);
        }
        Node label = RDFS.label.asNode();
        Node alt = SKOS.altLabel.asNode();
        List<Quad> quads = new ArrayList<>(g.quads().size());
        for (Quad q : g.quads()) {
            Node s = node(q.getSubject(), g.iri(), docIri, renamed);
            Node o = q.getObject();
            if ((q.getPredicate().equals(label) || q.getPredicate().equals(alt)) && renamed.containsKey(q.getSubject().getURI())
                    && o.isLiteral()) {
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + " " + sfx);
            } else if (q.getPredicate().getURI().equals("http://purl.org/dc/terms/source") && o.isLiteral()) {
                o = NodeFactory.createLiteralString("v" + k + "/" + o.getLiteralLexicalForm());
            } else if (q.getPredicate().equals(AIKG.arxivId.asNode()) && o.isLiteral()) {
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "v" + k);
            } else {
                o = node(o, g.iri(), docIri, renamed);
            }
            quads.add(Quad.create(node(q.getGraph(), g.iri(), docIri, renamed), s, q.getPredicate(), o));
        }
        return new DocumentGraph(docIri, "v" + k + "/" + g.source(), g.contentHash() + "-" + k, quads, entities, g.relations());
    }

    private static Node node(Node n, String docIri, String variantIri, Map<String, Entity> renamed) {
        if (!n.isURI()) {
            return n;
        }
        String u = n.getURI();
        if (u.startsWith(docIri)) {
            return NodeFactory.createURI(variantIri + u.substring(docIri.length()));
        }
        Entity r = renamed.get(u);
        return r == null ? n : NodeFactory.createURI(r.iri());
    }

    /** Untimed calls before each call is timed (0 with -Daikg.bench.warmCalls=0: as the benchmark was before). */
    private static final int WARM_CALLS = Integer.getInteger("aikg.bench.warmCalls", 20);

    /** One measured call. */
    record Call(String name, HttpRequest request) {}

    static void measure(Path dir, long size, Path queriesDir) throws Exception {
        long opening = System.nanoTime();
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            // opening a store made before the store index builds it: said, since it is part of the first open
            System.out.printf(Locale.ROOT, "opened %s in %.1f s%n", dir, (System.nanoTime() - opening) / 1e9);
            var stats = store.stats();
            AikgServer server = AikgServer.builder().dataset(store.dataset()).port(0).build();
            server.start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                String endpoint = server.endpoint();
                List<Call> calls = new ArrayList<>();
                calls.add(new Call("ASK {} (request floor)", sparql(endpoint, "ASK {}")));
                try (Stream<Path> files = Files.list(queriesDir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                        NamedQuery q = NamedQueries.read(f);
                        calls.add(new Call("query " + q.name(), sparql(endpoint, q.text())));
                    }
                }
                String hub = top(endpoint, "SELECT ?e (COUNT(?d) AS ?n) WHERE { ?d <" + AIKG.NS + "mentions> ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1");
                String tail = top(endpoint, "SELECT ?e WHERE { GRAPH <" + AIKG.ENTITIES_GRAPH + "> { ?e a <" + AIKG.NS
                        + "Model> } FILTER(CONTAINS(STR(?e), \"-\")) } LIMIT 1");
                String doc = top(endpoint, "SELECT ?d WHERE { ?d a <" + AIKG.NS + "Document> } LIMIT 1");
                calls.add(new Call("GET /api/queries", get(base + "/api/queries", "application/json")));
                calls.add(new Call("GET /api/search?limit=8&q=GPT", get(base + "/api/search?limit=8&q=GPT", "application/json")));
                calls.add(new Call("GET /search?q=GPT (page)", get(base + "/search?q=GPT", "text/html")));
                for (var e : Map.of("hub", hub, "tail", tail).entrySet()) {
                    String path = "/" + e.getValue().substring("https://w3id.org/aikg/".length());
                    calls.add(new Call("GET entity page (" + e.getKey() + ")", get(base + path, "text/html")));
                    for (int depth = 1; depth <= 2; depth++) {
                        calls.add(new Call("GET /api/graph depth " + depth + " (" + e.getKey() + ")",
                                get(base + "/api/graph?depth=" + depth + "&iri=" + enc(e.getValue()), "application/json")));
                    }
                }
                calls.add(new Call("GET document page", get(base + "/" + doc.substring("https://w3id.org/aikg/".length()), "text/html")));
                System.out.printf(Locale.ROOT, "%n== store of ~%,d quads (%s): %,d quads, %,d documents; hub %s, tail %s%n", size,
                        dir, stats.quads(), stats.documents(), hub, tail);
                // a server answers warm: the first thousands of requests run code the JIT has not compiled yet (the
                // first 50 requests' ASK {} takes 5-10 ms, later ones 0.5 ms), which the table would otherwise time
                for (int i = 0; i < 3000; i++) {
                    HTTP.send(calls.get(0).request(), HttpResponse.BodyHandlers.discarding());
                }
                System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %6s %10s%n", "call", "p50 ms", "p99 ms", "CPU ms", "runs", "bytes");
                for (Call c : calls) {
                    time(c);
                }
            } finally {
                server.stop();
            }
        }
    }

    private static void time(Call c) throws Exception {
        // each call warm too: its code path compiled by the JIT before it is timed (up to 20 calls or 3 s), as a
        // server that has served it before answers; the first calls of a path otherwise carry the compiler's work
        long warm = System.nanoTime();
        for (int i = 0; i < WARM_CALLS && System.nanoTime() - warm < 3_000_000_000L; i++) {
            HTTP.send(c.request(), HttpResponse.BodyHandlers.discarding());
        }
        long t = System.nanoTime();
        HttpResponse<byte[]> first = HTTP.send(c.request(), HttpResponse.BodyHandlers.ofByteArray());
        double firstMs = (System.nanoTime() - t) / 1e6;
        // a slow call is timed fewer times, so the benchmark ends; its p99 is then the slowest of those runs
        int runs = firstMs > 2000 ? 2 : firstMs > 200 ? 10 : 50;
        double[] ms = new double[runs];
        int status = first.statusCode();
        long bytes = first.body().length;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            t = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(c.request(), HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - t) / 1e6;
            status = Math.max(status, r.statusCode());
        }
        // CPU per call of the whole process (server and client threads, GC): what a call costs, whatever the
        // machine's load does to its wall time
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / runs;
        Arrays.sort(ms);
        double p50 = ms[(runs - 1) / 2];
        double p99 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)];
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %6d %10d%s%n", c.name(), p50, p99, cpuMs, runs, bytes,
                status == 200 ? "" : "  HTTP " + status);
    }

    private static String top(String endpoint, String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build(), HttpResponse.BodyHandlers.ofString());
        String[] lines = r.body().split("\r?\n");
        return lines.length > 1 ? lines[1].split(",")[0] : "";
    }

    private static HttpRequest sparql(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build();
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
