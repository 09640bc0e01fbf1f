package org.aikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end through {@link Main#execute}, over a store and a corpus made by each test. */
class CliIT {
    static final String ID = "https://w3id.org/aikg/id/";
    static final Node GATO = NodeFactory.createURI(ID + "model/gato");

    @TempDir
    Path dir;

    Path store;
    Path corpus;
    Path gato;
    Path llama;
    Path claude;

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs the CLI with System.out and System.err captured; both are restored whatever happens. */
    static Run aikg(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Writes a three-document corpus: each states who made one model. */
    static void writeCorpus(Path corpus) throws IOException {
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("gato.txt"), "DeepMind released Gato in May.\nIt plays games too.\n");
        Files.writeString(corpus.resolve("llama.md"), "# Notes\n\nMeta released LLaMA last February.\n");
        Files.writeString(corpus.resolve("claude.txt"), "Anthropic released Claude in March.\n");
    }

    @BeforeEach
    void setUp() throws IOException {
        store = dir.resolve("store");
        corpus = dir.resolve("corpus");
        writeCorpus(corpus);
        gato = corpus.resolve("gato.txt");
        llama = corpus.resolve("llama.md");
        claude = corpus.resolve("claude.txt");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Run ingest() {
        Run r = aikg("ingest", "--store", store.toString(), "-q", corpus.toString());
        assertEquals(0, r.code(), r::toString);
        return r;
    }

    private long documents() {
        Run r = aikg("stats", "--store", store.toString());
        assertEquals(0, r.code(), r::toString);
        Matcher m = Pattern.compile("(?m)^documents\\s+(\\d+)$").matcher(r.out());
        assertTrue(m.find(), r::toString);
        return Long.parseLong(m.group(1));
    }

    @Test
    void ingestPrintsASummaryAndExitsOneWhenAFileFails() throws IOException {
        Run r = aikg("ingest", "--store", store.toString(), corpus.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("3 documents (3 added, 0 replaced, 0 unchanged)"), r::toString);
        assertTrue(Pattern.compile("[1-9]\\d* entities, [1-9]\\d* relations, 0 failed").matcher(r.out()).find(),
                r::toString);
        assertTrue(r.err().contains("ingesting 3 files"), r::toString);

        Path bad = Files.write(corpus.resolve("bad.txt"), new byte[] {'a', 0, 'b'});
        Path empty = Files.createFile(corpus.resolve("empty.txt"));
        Run again = aikg("ingest", "--store", store.toString(), corpus.toString());
        assertEquals(1, again.code(), again::toString);
        assertTrue(again.out().contains("3 documents (0 added, 0 replaced, 3 unchanged)"), again::toString);
        assertTrue(again.out().contains("2 failed"), again::toString);
        assertTrue(again.out().contains("failed: " + bad + ": binary file"), again::toString);
        assertTrue(again.out().contains("failed: " + empty + ": empty file"), again::toString);
        assertEquals(3, documents());
    }

    @Test
    void ingestRefusesAMissingPathAndBadOptions() {
        Run missing = aikg("ingest", "--store", store.toString(), dir.resolve("nowhere").toString());
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(missing.err().contains(dir.resolve("nowhere") + ": no such file or folder"), missing::toString);
        assertFalse(Files.exists(store), "a mistyped path must not create a store");

        Run unknown = aikg("ingest", "--store", store.toString(), "--no-such-option", corpus.toString());
        assertEquals(2, unknown.code(), unknown::toString);

        for (String size : List.of("0", "-1", "4096")) {
            Run r = aikg("ingest", "--store", store.toString(), "--max-file-size", size, corpus.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("--max-file-size"), r::toString);
        }
        // The largest allowed limit works.
        Run big = aikg("ingest", "--store", store.toString(), "-q", "--max-file-size", "2047", corpus.toString());
        assertEquals(0, big.code(), big::toString);
        assertTrue(big.out().contains("3 added"), big::toString);
    }

    @Test
    void readingCommandsRefuseAStoreThatDoesNotExist() {
        Path typo = dir.resolve("no-such-store");
        for (String[] args : List.of(new String[] {"stats"}, new String[] {"query", "stats"},
                new String[] {"export", "--format", "nq"}, new String[] {"drop", "--missing", "."})) {
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--store";
            full[args.length + 1] = typo.toString();
            Run r = aikg(full);
            assertNotEquals(0, r.code(), r::toString);
            assertTrue(r.err().contains(typo + ": no store here"), r::toString);
            assertFalse(Files.exists(typo), "a read command created the store " + typo);
        }
    }

    @Test
    void statsAndShippedQueries() {
        ingest();
        assertEquals(3, documents());
        Run stats = aikg("stats", "--store", store.toString());
        assertTrue(Pattern.compile("(?m)^relations\\s+[1-9]").matcher(stats.out()).find(), stats::toString);

        Run csv = aikg("query", "--store", store.toString(), "--format", "csv", "models-by-organization");
        assertEquals(0, csv.code(), csv::toString);
        List<String> lines = csv.out().lines().toList();
        assertTrue(lines.get(0).startsWith("organizationLabel,modelLabel,documents,organization,model"), csv::toString);
        assertTrue(lines.contains("DeepMind,Gato,1," + ID + "organization/deepmind," + ID + "model/gato"), csv::toString);
        assertTrue(lines.contains("Meta,LLaMA,1," + ID + "organization/meta," + ID + "model/llama"), csv::toString);

        Run list = aikg("query", "--list");
        assertEquals(0, list.code(), list::toString);
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("models-by-organization ")), list::toString);
        assertTrue(list.out().lines().count() >= 10, list::toString);

        Run none = aikg("query", "--store", store.toString());
        assertEquals(2, none.code(), none::toString);

        Run unknown = aikg("query", "--store", store.toString(), "no-such-query");
        assertEquals(3, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("no-such-query: no such query file"), unknown::toString);
    }

    @Test
    void aQueryFileWithASyntaxErrorIsReportedAtItsPosition() throws IOException {
        ingest();
        Path bad = Files.writeString(dir.resolve("bad.rq"), """
                PREFIX aikg: <https://w3id.org/aikg/ontology#>
                SELECT ?m
                WHERE { ?m aikg:developedBy }
                """);
        Run r = aikg("query", "--store", store.toString(), bad.toString());
        assertNotEquals(0, r.code(), r::toString);
        // Column 29 is the closing brace where an object was expected.
        assertTrue(r.err().contains(bad + ":3:29: Encountered"), r::toString);
        assertFalse(r.err().contains("Was expecting"), r::toString);
        assertEquals("", r.out());

        Path lexical = Files.writeString(dir.resolve("lexical.rq"), "SELECT ?x\nWHERE { ?x ?p ?o } LIMIT 1\n  ` \n");
        Run lex = aikg("query", "--store", store.toString(), lexical.toString());
        assertNotEquals(0, lex.code(), lex::toString);
        assertTrue(lex.err().contains(lexical + ":3:3: Lexical error"), lex::toString);

        Path good = Files.writeString(dir.resolve("good.rq"), """
                PREFIX aikg: <https://w3id.org/aikg/ontology#>
                SELECT ?o WHERE { <%smodel/claude> aikg:developedBy ?o }
                """.formatted(ID));
        Run ok = aikg("query", "--store", store.toString(), "--format", "tsv", good.toString());
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("<" + ID + "organization/anthropic>"), ok::toString);
    }

    @Test
    void aQueryOnTheStoreSendsNoRequestUnlessTheEndpointIsAllowed() throws IOException {
        ingest();
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer listener = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] row = "{\"head\":{\"vars\":[\"r\"]},\"results\":{\"bindings\":[{\"r\":{\"type\":\"literal\",\"value\":\"reached\"}}]}}"
                .getBytes(StandardCharsets.UTF_8);
        listener.createContext("/", x -> {
            requests.incrementAndGet();
            x.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            x.sendResponseHeaders(200, row.length);
            x.getResponseBody().write(row);
            x.close();
        });
        listener.start();
        try {
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
            Path q = Files.writeString(dir.resolve("service.rq"), "SELECT ?r WHERE { SERVICE SILENT <" + url + "> { ?s ?p ?r } }\n");
            Run refused = aikg("query", "--store", store.toString(), q.toString());
            assertEquals(3, refused.code(), refused::toString);
            assertTrue(refused.err().contains("SERVICE <" + url + "> refused"), refused::toString);
            assertTrue(refused.err().contains("--allow-service"), refused::toString);
            Path java = Files.writeString(dir.resolve("java.rq"), "SELECT (<java:java.lang.Thread>() AS ?x) WHERE { }\n");
            Run javaRefused = aikg("query", "--store", store.toString(), java.toString());
            assertEquals(3, javaRefused.code(), javaRefused::toString);
            assertTrue(javaRefused.err().contains("java:java.lang.Thread> refused"), javaRefused::toString);
            assertEquals(0, requests.get(), "the listener was contacted");

            Run allowed = aikg("query", "--store", store.toString(), "--allow-service", url, "--format", "csv", q.toString());
            assertEquals(0, allowed.code(), allowed::toString);
            assertTrue(allowed.out().contains("reached"), allowed::toString);
            assertTrue(requests.get() > 0);

            Run bad = aikg("query", "--store", store.toString(), "--allow-service", "file:///etc", q.toString());
            assertEquals(2, bad.code(), bad::toString);
        } finally {
            listener.stop(0);
        }
    }

    /** Sets the mode of a folder tree: folders r-x or rwx, files r-- or rw-. */
    private static void writable(Path root, boolean writable) throws IOException {
        try (var all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String mode = Files.isDirectory(p) ? (writable ? "rwx------" : "r-x------") : (writable ? "rw-------" : "r--------");
                Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
            }
        }
    }

    @Test
    void aStoreThatCannotBeWrittenIsStillQueriedExportedCountedAndServed() throws Exception {
        ingest();
        writable(store, false);
        try {
            // As root, permissions do not stop writes, so there is nothing to test.
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(store), "running as root: permissions not enforced");

            Run stats = aikg("stats", "--store", store.toString());
            assertEquals(0, stats.code(), stats::toString);
            assertTrue(stats.out().matches("(?s).*documents\\s+3\\n.*"), stats::toString);
            assertTrue(stats.err().contains("is not writable: reading a temporary copy"), stats::toString);
            assertFalse(stats.err().contains("another"), stats::toString);

            Run query = aikg("query", "--store", store.toString(), "--format", "csv", "models-by-organization");
            assertEquals(0, query.code(), query::toString);
            assertTrue(query.out().contains("DeepMind"), query::toString);

            Path out = dir.resolve("readonly.nq");
            Run export = aikg("export", "--store", store.toString(), "--format", "nq", "--out", out.toString());
            assertEquals(0, export.code(), export::toString);
            assertTrue(Files.readString(out).contains("<" + GATO.getURI() + ">"), "export lacks Gato");

            // Served read-only: what serve does, without blocking on Ctrl-C.
            try (org.aikg.ingest.store.KnowledgeStore ks = org.aikg.ingest.store.KnowledgeStore.openForReading(store);
                 org.aikg.server.AikgServer server = org.aikg.server.AikgServer.builder().dataset(ks.dataset()).port(0)
                         .webApp(false).build().start();
                 org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.service(server.endpoint())
                         .query("ASK { <" + GATO.getURI() + "> ?p ?o }").build()) {
                assertTrue(ks.readOnlyCopyBytes().isPresent());
                assertTrue(qe.execAsk(), "the served read-only store lacks Gato");
            }

            // Changing it says why it cannot, and nothing about another process.
            Run drop = aikg("drop", "--store", store.toString(), gato.toString());
            assertEquals(3, drop.code(), drop::toString);
            assertTrue(drop.err().contains("the store is not writable"), drop::toString);
            assertFalse(drop.err().contains("another"), drop::toString);
            Run ingestAgain = aikg("ingest", "--store", store.toString(), "-q", corpus.toString());
            assertNotEquals(0, ingestAgain.code(), ingestAgain::toString);
            assertFalse(ingestAgain.err().contains("another"), ingestAgain::toString);
            // No temporary copy is left behind.
            try (var tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertFalse(tmp.anyMatch(p -> p.getFileName().toString().startsWith("aikg-readonly-")), "a temporary copy was left");
            }
        } finally {
            writable(store, true);
        }
        assertEquals(3, documents());
    }

    @Test
    void everyExportFormatParsesBack() {
        ingest();
        for (String format : List.of("ttl", "trig", "nq", "jsonld", "rdfxml")) {
            Path out = dir.resolve("export." + (format.equals("rdfxml") ? "rdf" : format));
            Run r = aikg("export", "--store", store.toString(), "--format", format, "--out", out.toString());
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.err().contains("wrote " + out), r::toString);
            if (format.equals("ttl") || format.equals("rdfxml")) {
                Graph g = RDFDataMgr.loadGraph(out.toString());
                assertFalse(g.isEmpty(), format);
                assertTrue(g.contains(GATO, Node.ANY, Node.ANY), format + ": no Gato");
                assertTrue(g.contains(GATO, NodeFactory.createURI("https://w3id.org/aikg/ontology#developedBy"),
                        NodeFactory.createURI(ID + "organization/deepmind")), format + ": no Gato developedBy DeepMind");
            } else {
                DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
                assertFalse(ds.isEmpty(), format);
                assertTrue(ds.contains(Node.ANY, GATO, Node.ANY, Node.ANY), format + ": no Gato");
                // Provenance survives: the entities graph and a graph per document.
                assertTrue(ds.containsGraph(NodeFactory.createURI("https://w3id.org/aikg/graph/entities")), format);
                long docGraphs = 0;
                for (var it = ds.listGraphNodes(); it.hasNext(); ) {
                    if (it.next().getURI().startsWith("https://w3id.org/aikg/doc/")) {
                        docGraphs++;
                    }
                }
                assertEquals(3, docGraphs, format);
            }
        }
        // Every syntax with prefixes declares the project's (N-Quads has none); RDF/XML invents no j.0:.
        for (String format : List.of("ttl", "trig")) {
            String text = read(dir.resolve("export." + format));
            for (String prefix : List.of("aikg", "rdfs", "skos", "dcterms", "xsd", "prov")) {
                assertTrue(Pattern.compile("(?m)^(PREFIX|@prefix) " + prefix + ":").matcher(text).find(), format + " lacks " + prefix);
            }
        }
        String jsonld = read(dir.resolve("export.jsonld"));
        assertTrue(jsonld.contains("\"aikg\"") && jsonld.contains("\"dcterms\""), "JSON-LD context lacks the prefixes");
        String rdfxml = read(dir.resolve("export.rdf"));
        assertTrue(rdfxml.contains("xmlns:aikg=\"https://w3id.org/aikg/ontology#\""), "RDF/XML lacks aikg:");
        assertFalse(rdfxml.contains("j.0"), "RDF/XML invented a prefix");

        Run stdout = aikg("export", "--store", store.toString(), "--format", "nq");
        assertEquals(0, stdout.code(), stdout::toString);
        assertTrue(stdout.out().contains("<" + GATO.getURI() + ">"), "nothing exported to standard output");

        Run bad = aikg("export", "--store", store.toString(), "--format", "xml");
        assertEquals(2, bad.code(), bad::toString);

        Path nowhere = dir.resolve("no-folder").resolve("out.nq");
        Run noFolder = aikg("export", "--store", store.toString(), "--format", "nq", "--out", nowhere.toString());
        assertEquals(3, noFolder.code(), noFolder::toString);
        assertTrue(noFolder.err().contains(nowhere + ": cannot write the export: no folder " + nowhere.getParent()),
                noFolder::toString);
    }

    @Test
    void dropRemovesDocumentsByPathAndThoseWhoseFileIsGone() throws IOException {
        ingest();
        assertEquals(3, documents());

        Run drop = aikg("drop", "--store", store.toString(), gato.toString());
        assertEquals(0, drop.code(), drop::toString);
        assertTrue(drop.out().contains("1 document dropped"), drop::toString);
        assertEquals(2, documents());
        Run q = aikg("query", "--store", store.toString(), "--format", "csv", "models-by-organization");
        assertFalse(q.out().contains("Gato"), q::toString);

        Run again = aikg("drop", "--store", store.toString(), gato.toString());
        assertEquals(1, again.code(), again::toString);
        assertTrue(again.err().contains("not in the store: " + gato), again::toString);

        Files.delete(claude);
        Run missing = aikg("drop", "--store", store.toString(), "--missing", corpus.toString());
        assertEquals(0, missing.code(), missing::toString);
        assertTrue(missing.out().contains("dropped corpus/claude.txt (file is gone)"), missing::toString);
        assertTrue(missing.out().contains("1 document dropped"), missing::toString);
        assertEquals(1, documents());

        Run nothing = aikg("drop", "--store", store.toString());
        assertEquals(2, nothing.code(), nothing::toString);
        assertTrue(nothing.err().contains("--missing"), nothing::toString);
        assertEquals(1, documents());
    }

    @Test
    void aMovedFolderIsTheSameDocumentsAndNoAbsolutePathIsStored() throws IOException {
        ingest();
        Path moved = dir.resolve("elsewhere").resolve("corpus");
        Files.createDirectories(moved.getParent());
        Files.move(corpus, moved);
        Run again = aikg("ingest", "--store", store.toString(), moved.toString());
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().contains("0 added, 0 replaced, 3 unchanged"), again::toString);
        assertEquals(3, documents());
        Run export = aikg("export", "--store", store.toString(), "--format", "nq");
        assertFalse(export.out().contains(dir.toString()), "the store records an absolute path");
        assertFalse(export.out().contains("file:"), "the store records a file: URI");
    }

    /**
     * {@code aikg load} takes a bulk build's output (here made from a local ingest's export, without the ontology,
     * as the Spark job writes it), lists the manifest's failures, and the store it makes answers as the
     * ingested one does.
     */
    @Test
    void loadBulkLoadsShardsListsFailuresAndAddsTheOntology() throws IOException {
        ingest();
        Path build = dir.resolve("build");
        Files.createDirectories(build.resolve("quads"));
        Files.createDirectories(build.resolve("manifest"));
        Run export = aikg("export", "--store", store.toString(), "--format", "nq");
        assertEquals(0, export.code(), export::toString);
        String ontology = "<" + org.aikg.ontology.AIKG.ONTOLOGY_IRI + "> .";
        Files.write(build.resolve("quads/part-r-00000.nq"),
                export.out().lines().filter(l -> !l.endsWith(ontology)).toList());
        List<String> manifest = new java.util.ArrayList<>();
        try (var ks = org.aikg.ingest.store.KnowledgeStore.openForReading(store)) {
            ks.documents().forEach((source, iri) -> manifest.add(new org.aikg.ingest.bulk.ManifestEntry("file:/x/" + source, source,
                    "sha256:0", iri, "extracted", 1, null).toJson()));
        }
        manifest.add(new org.aikg.ingest.bulk.ManifestEntry("file:/x/corpus/bad.md", "corpus/bad.md", "sha256:1", null, "failed", 0,
                "corpus/bad.md: empty file").toJson());
        Files.write(build.resolve("manifest/part-r-00000.jsonl"), manifest);

        Path loaded = dir.resolve("loaded");
        Run load = aikg("load", "--store", loaded.toString(), "-q", build.toString());
        assertEquals(1, load.code(), load::toString);
        assertTrue(load.out().contains("3 documents from 1 shards"), load::toString);
        assertTrue(load.out().contains("failed: corpus/bad.md: empty file"), load::toString);
        Run ingested = aikg("query", "--store", store.toString(), "models-by-organization", "--format", "csv");
        Run bulk = aikg("query", "--store", loaded.toString(), "models-by-organization", "--format", "csv");
        assertEquals(0, bulk.code(), bulk::toString);
        assertEquals(ingested.out(), bulk.out());
        Run subclasses = aikg("query", "--store", loaded.toString(), "--format", "csv", writeQuery("""
                PREFIX aikg: <https://w3id.org/aikg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ASK { aikg:Company rdfs:subClassOf aikg:Organization }""").toString());
        assertTrue(subclasses.out().contains("true"), "the ontology is in the loaded store: " + subclasses);
        Run refused = aikg("load", "--store", dir.resolve("other").toString(), dir.resolve("nothing").toString());
        assertEquals(3, refused.code(), refused::toString);
        assertTrue(refused.err().contains("not the output of a bulk build"), refused::toString);
    }

    private Path writeQuery(String text) throws IOException {
        Path q = dir.resolve("q-" + System.nanoTime() + ".rq");
        Files.writeString(q, text);
        return q;
    }

    @Test
    void helpOnEveryCommandExitsZero() {
        for (String cmd : List.of("ingest", "serve", "query", "export", "stats", "drop", "load", "demo", "help")) {
            Run r = aikg(cmd, "--help");
            assertEquals(0, r.code(), cmd + ": " + r);
            assertTrue(r.out().contains("Usage: aikg " + cmd), cmd + ": " + r);
        }
        Run top = aikg("--help");
        assertEquals(0, top.code(), top::toString);
        for (String cmd : List.of("ingest", "serve", "query", "export", "stats", "drop", "load", "demo")) {
            assertTrue(top.out().contains("  " + cmd + " "), cmd + " missing from " + top);
        }
        Run version = aikg("--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(version.out().startsWith("aikg "), version::toString);
    }

    @Test
    void demoWithoutServingIngestsTheSamplesAndCleansUp() {
        Path samples = Path.of("../samples/corpus");
        assertTrue(Files.isDirectory(samples), samples.toAbsolutePath().toString());
        Run r = aikg("demo", "--no-serve", "--samples", samples.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Pattern.compile("8 documents \\(8 added.*, 0 failed").matcher(r.out()).find(), r::toString);
        Matcher m = Pattern.compile("temporary store: (\\S+)").matcher(r.out());
        assertTrue(m.find(), r::toString);
        assertFalse(Files.exists(Path.of(m.group(1))), "the temporary store was left behind");

        Run none = aikg("demo", "--no-serve", "--samples", dir.resolve("nowhere").toString());
        assertEquals(2, none.code(), none::toString);
    }
}
