package org.aikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.bulk.BuildOutput;
import org.aikg.ingest.bulk.BulkLoader;
import org.aikg.ingest.bulk.ManifestEntry;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.Ontology;
import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) builds the graph a local ingest builds: on the sample corpus,
 * and on the shared seed documents when they are there. Compared as sets of quads, blank nodes (the
 * ontology's) up to isomorphism: the job's shards plus the ontology, and the store {@code aikg load} makes of
 * them, against a one-thread {@code aikg ingest} of the same folder, exported.
 */
class SparkSameGraphIT {
    private static JavaSparkContext sc;
    private static Extractor extractor;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("SparkSameGraphIT")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                // few records: the default 200 shuffle partitions would only add tasks
                .set("spark.default.parallelism", "2");
        sc = new JavaSparkContext(conf);
        extractor = Extractor.standard(KnowledgeBase.load(List.of()));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void sampleCorpusGivesTheLocalGraph() throws IOException {
        sameGraph(Path.of("../samples/corpus"));
    }

    /** The seeds, and kgeval scores the bulk-loaded store as it scores the local one, number for number. */
    @Test
    void seedCorpusGivesTheLocalGraph() throws IOException {
        Optional<Path> seeds = seeds();
        Assumptions.assumeTrue(seeds.isPresent(), "the shared seed corpus is not here");
        Built built = sameGraph(seeds.get());

        Optional<KgEval> kgeval = KgEval.beside(seeds.get());
        Assumptions.assumeTrue(kgeval.isPresent(), "kgeval (../shared/eval and python3) is not here");
        KgEval.Scores local = kgeval.get().score(built.local(), tmp.resolve("local.nq"));
        KgEval.Scores spark = kgeval.get().score(built.loaded(), tmp.resolve("spark.nq"));
        assertTrue(local.entityF1() > 0 && local.relationF1() > 0, "the seeds score something: " + local);
        assertEquals(local, spark);
    }

    /** Failures are listed with their reason, and a re-run skips what an earlier run did. */
    @Test
    void failuresAreListedAndARerunSkipsUnchangedFiles() throws IOException {
        Path corpus = tmp.resolve("docs");
        Files.createDirectories(corpus.resolve("sub"));
        Files.copy(Path.of("../samples/corpus/06-speech-audio-newsletter.txt"), corpus.resolve("sub/a.txt"));
        Files.writeString(corpus.resolve("empty.md"), "");
        Files.writeString(corpus.resolve(".hidden.md"), "A hidden file is not read.");
        Path first = tmp.resolve("run1");
        ExtractJob.run(sc, ExtractJob.Options.of(corpus.toString(), first.toString()));
        List<ManifestEntry> manifest = new BuildOutput(first).manifest();
        assertEquals(Set.of("docs/sub/a.txt", "docs/empty.md"),
                manifest.stream().map(ManifestEntry::identity).collect(Collectors.toSet()));
        ManifestEntry empty = manifest.stream().filter(e -> e.identity().equals("docs/empty.md")).findFirst().orElseThrow();
        assertEquals(ManifestEntry.FAILED, empty.status());
        assertTrue(empty.reason().contains("empty file"), empty.reason());

        Files.writeString(corpus.resolve("new.md"), Files.readString(Path.of("../samples/corpus/01-transformer-papers-roundup.md")));
        Path second = tmp.resolve("run2");
        ExtractJob.Summary s = ExtractJob.run(sc, ExtractJob.Options.of(corpus.toString(), second.toString())
                .withPrevious(List.of(first.toString())));
        assertEquals(1, s.unchanged(), "a.txt is unchanged since run 1");
        assertEquals(1, s.extracted(), "new.md is new");
        assertEquals(1, s.failed(), "empty.md failed in run 1 and is tried again");

        // both runs loaded one after the other make the graph a local ingest of the folder makes
        Path store = tmp.resolve("bulk");
        try (KnowledgeStore bulk = KnowledgeStore.open(store)) {
            BulkLoader.Result r1 = BulkLoader.load(bulk, List.of(new BuildOutput(first)), BulkLoader.Kind.PARALLEL, (f, a) -> { });
            assertEquals(1, r1.failures().size());
            BulkLoader.load(bulk, List.of(new BuildOutput(second)), BulkLoader.Kind.PARALLEL, (f, a) -> { });
            assertSameGraph(localExport(corpus), export(bulk));
        }
    }

    /**
     * Earlier runs that disagree: the file changed between them, and they labelled an entity differently. The file
     * is one input (compared with the latest run that stored it) and the entity gets one label, the earliest run's.
     */
    @Test
    void earlierRunsThatDisagreeGiveOneEntryPerFileAndOneLabel() throws IOException {
        Path corpus = tmp.resolve("docs");
        Files.createDirectories(corpus);
        String text = Files.readString(Path.of("../samples/corpus/06-speech-audio-newsletter.txt"));
        Files.writeString(corpus.resolve("a.txt"), text);
        Path first = tmp.resolve("run1");
        ExtractJob.run(sc, ExtractJob.Options.of(corpus.toString(), first.toString()));
        Files.writeString(corpus.resolve("a.txt"), text + "\nA line added later.\n");
        Path second = tmp.resolve("run2");
        ExtractJob.run(sc, ExtractJob.Options.of(corpus.toString(), second.toString()).withPrevious(List.of(first.toString())));
        // an entity run 1 labelled, labelled otherwise by an output made before it
        String labelLine;
        try (var lines = Files.walk(first.resolve(BuildOutput.QUADS))) {
            labelLine = lines.filter(f -> f.getFileName().toString().startsWith("part-")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(l -> l.contains("<http://www.w3.org/2000/01/rdf-schema#label>") && l.endsWith("<"
                    + org.aikg.ontology.AIKG.ENTITIES_GRAPH + "> .")).findFirst().orElseThrow();
        }
        String entity = labelLine.substring(0, labelLine.indexOf(' '));
        Path zeroth = tmp.resolve("run0");
        Files.createDirectories(zeroth.resolve(BuildOutput.QUADS));
        Files.createDirectories(zeroth.resolve(BuildOutput.MANIFEST));
        Files.writeString(zeroth.resolve(BuildOutput.QUADS).resolve("part-r-00000.nq"), entity
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"An earlier name\" <" + org.aikg.ontology.AIKG.ENTITIES_GRAPH + "> .\n");
        Files.writeString(zeroth.resolve(BuildOutput.MANIFEST).resolve("part-r-00000.jsonl"), "");

        Files.writeString(corpus.resolve("b.txt"), text); // new: its entities are labelled in this run
        Path third = tmp.resolve("run3");
        ExtractJob.Summary s = ExtractJob.run(sc, ExtractJob.Options.of(corpus.toString(), third.toString())
                .withPrevious(List.of(zeroth.toString(), first.toString(), second.toString())));
        List<ManifestEntry> manifest = new BuildOutput(third).manifest();
        assertEquals(List.of("docs/a.txt"), manifest.stream().map(ManifestEntry::identity).filter("docs/a.txt"::equals).toList(),
                "one entry for a.txt: " + manifest);
        assertEquals(1, s.unchanged(), "a.txt is unchanged since run 2");
        assertEquals(1, s.extracted(), "b.txt is new");
        List<String> labels = new ArrayList<>();
        for (Path shard : new BuildOutput(third).shards()) {
            Files.readAllLines(shard).stream().filter(l -> l.startsWith(entity + " <http://www.w3.org/2000/01/rdf-schema#label>"))
                    .forEach(labels::add);
        }
        assertEquals(1, labels.size(), labels.toString());
        assertTrue(labels.get(0).contains("\"An earlier name\""), labels.toString());
    }

    /** A one-thread local ingest's export, and the export of the store bulk-loaded from the job's output. */
    private record Built(DatasetGraph local, DatasetGraph loaded) {}

    private Built sameGraph(Path corpus) throws IOException {
        Path out = tmp.resolve("spark-out");
        ExtractJob.Summary summary = ExtractJob.run(sc, ExtractJob.Options.of(corpus.toAbsolutePath().toString(), out.toString()));
        assertEquals(0, summary.failed(), () -> "failures: " + summary.failures());
        assertTrue(summary.extracted() > 0);

        DatasetGraph local = localExport(corpus);

        // the manifest names every document as the local store does
        List<ManifestEntry> manifest = new BuildOutput(out).manifest();
        Set<String> localSources = new TreeSet<>();
        local.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/source"), Node.ANY)
                .forEachRemaining(q -> localSources.add(q.getObject().getLiteralLexicalForm()));
        assertEquals(localSources, manifest.stream().map(e -> org.aikg.ingest.rdf.DocumentIris.sourceOf(e.identity()))
                .collect(Collectors.toCollection(TreeSet::new)));

        // the shards, plus the ontology the store adds when it opens
        DatasetGraph shards = DatasetGraphFactory.createGeneral();
        for (Path shard : new BuildOutput(out).shards()) {
            RDFDataMgr.read(shards, shard.toString(), Lang.NQUADS);
            assertSorted(shard);
        }
        Node ontology = NodeFactory.createURI(AIKG.ONTOLOGY_IRI);
        Ontology.ontology().getGraph().find().forEachRemaining(t -> shards.add(ontology, t.getSubject(), t.getPredicate(), t.getObject()));
        assertSameGraph(local, shards);

        // the store Jena's bulk loader makes of them
        try (KnowledgeStore bulk = KnowledgeStore.open(tmp.resolve("bulk"))) {
            BulkLoader.Result r = BulkLoader.load(bulk, List.of(new BuildOutput(out)), BulkLoader.Kind.PARALLEL, (f, a) -> { });
            assertEquals(manifest.size(), r.documents());
            assertTrue(r.failures().isEmpty());
            DatasetGraph loaded = export(bulk);
            assertSameGraph(local, loaded);
            return new Built(local, loaded);
        }
    }

    /** A one-thread local ingest of {@code corpus} (the order the job's labels follow), exported as N-Quads. */
    private DatasetGraph localExport(Path corpus) {
        Path dir = tmp.resolve("local-" + System.nanoTime());
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            IngestReport report = new Ingester(extractor, ks, 1, DocumentReaders.DEFAULT_MAX_BYTES)
                    .ingest(List.of(corpus), IngestListener.NONE);
            assertTrue(report.documents() > 0);
            return export(ks);
        }
    }

    private static DatasetGraph export(KnowledgeStore ks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ks.export(RDFFormat.NQUADS, bytes);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(bytes.toByteArray()), Lang.NQUADS);
        return dsg;
    }

    /**
     * Equal as sets of quads: those without blank nodes compared exactly (the differences shown), the whole up
     * to blank-node labels.
     */
    static void assertSameGraph(DatasetGraph expectedGraph, DatasetGraph actualGraph) {
        DatasetGraph expected = doublesAsValues(expectedGraph);
        DatasetGraph actual = doublesAsValues(actualGraph);
        Set<String> e = ground(expected);
        Set<String> a = ground(actual);
        Set<String> missing = new TreeSet<>(e);
        missing.removeAll(a);
        Set<String> extra = new TreeSet<>(a);
        extra.removeAll(e);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "missing " + missing.size() + ": "
                + missing.stream().limit(10).toList() + "\nextra " + extra.size() + ": " + extra.stream().limit(10).toList());
        assertTrue(IsoMatcher.isomorphic(expected, actual), "the quads with blank nodes differ");
    }

    /**
     * The same quads, each {@code xsd:double} written in one form: TDB2 keeps a double as its value and writes
     * it back as {@code "0.85e0"}, where the shards keep the extractor's {@code "0.85"}; the same RDF value.
     */
    private static DatasetGraph doublesAsValues(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isLiteral() && XSDDatatype.XSDdouble.getURI().equals(o.getLiteralDatatypeURI())) {
                o = NodeFactory.createLiteralDT(Double.toString(Double.parseDouble(o.getLiteralLexicalForm())),
                        XSDDatatype.XSDdouble);
            }
            out.add(q.getGraph(), q.getSubject(), q.getPredicate(), o);
        });
        return out;
    }

    private static Set<String> ground(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                out.add(NQuads.line(q));
            }
        });
        return out;
    }

    private static void assertSorted(Path shard) throws IOException {
        List<String> lines = Files.readAllLines(shard);
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).compareTo(lines.get(i)) < 0, shard + " is not sorted and distinct at line " + i);
        }
        assertFalse(lines.isEmpty() && lines.get(0).isBlank());
    }

    private static Optional<Path> seeds() {
        String shared = System.getenv("AIKG_SHARED");
        Stream<Path> candidates = shared != null ? Stream.of(Path.of(shared, "corpus/seeds"))
                : Stream.of(Path.of("../../shared/corpus/seeds"), Path.of("../shared/corpus/seeds"));
        return candidates.filter(Files::isDirectory).findFirst().map(Path::toAbsolutePath);
    }
}
