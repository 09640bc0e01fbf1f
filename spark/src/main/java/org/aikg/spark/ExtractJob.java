package org.aikg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.bulk.BuildOutput;
import org.aikg.ingest.bulk.ManifestEntry;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.store.EntityGraph;
import org.aikg.ontology.AIKG;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The Spark job: every document under a Hadoop path (local folder, HDFS, S3 through its connector) through the
 * project's own extraction, to sorted N-Quads shards and a manifest ({@link BuildOutput}) that
 * {@code aikg load} bulk-loads into a store. The graph is the one a one-thread local {@code aikg ingest} of the
 * same folder builds (documents' graphs, the entities graph; the ontology is added by the store).
 *
 * <p>Stages: (1) the files listed on the driver ({@link InputFiles}) → extraction in {@code mapPartitions},
 * models loaded once per executor ({@link ExecutorExtraction}), the outcomes written once to the output folder
 * ({@link StagedOutcomes}); the manifest is made from them.
 * (2) Every entity's one label: the first record of it in the order of a local ingest ({@link DocOutcome#order}),
 * or the label an earlier run gave it. (3) Each document's graph joined with its entities' labels
 * ({@link EntityGraph#documentQuads}), the entities graph, all quads distinct and sorted into shards, also from
 * the staged outcomes; then they are deleted. No document is extracted twice for the two outputs, so they agree
 * even when an executor is lost between them.
 *
 * <p>A re-run with {@code --previous} (earlier outputs, in the order they were made) skips every file whose
 * identity and hash the latest earlier manifest that stored it lists as extracted or unchanged, and keeps the
 * labels those runs gave (the earliest run's, where they differ).
 *
 * <p>Not thread-safe: one run per Spark context at a time.
 */
@Command(name = "aikg-spark", mixinStandardHelpOptions = true,
        description = "Extracts every document under a Hadoop path into sorted N-Quads shards and a manifest (for aikg load).")
public final class ExtractJob implements Callable<Integer> {

    /**
     * What to run.
     *
     * @param input      a folder (or file) on any Hadoop file system; read recursively
     * @param output     a new folder for {@code quads/} and {@code manifest/}
     * @param sourceRoot identities are relative to it (null: the input folder's parent, as {@code aikg ingest})
     * @param previous   outputs of earlier runs: their unchanged files are skipped
     * @param partitions input partitions (0: four per core of the cluster)
     * @param shards     N-Quads shards to write (0: one per input partition, at least one)
     * @param gzip       compress shards and manifest
     * @param settings   extraction settings for the executors
     */
    public record Options(String input, String output, String sourceRoot, List<String> previous, int partitions,
                          int shards, boolean gzip, ExecutorExtraction.Settings settings) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Options {
            previous = List.copyOf(previous);
        }

        /** Default settings: limits as {@code aikg ingest}'s, no extra knowledge base. */
        public static Options of(String input, String output) {
            return new Options(input, output, null, List.of(), 0, 0, false,
                    new ExecutorExtraction.Settings(DocumentReaders.DEFAULT_MAX_BYTES, 300, List.of()));
        }

        /** These options with earlier outputs to skip unchanged files against. */
        public Options withPrevious(List<String> earlier) {
            return new Options(input, output, sourceRoot, earlier, partitions, shards, gzip, settings);
        }
    }

    /**
     * What a run did.
     *
     * @param extracted documents extracted
     * @param unchanged files skipped as unchanged since an earlier run
     * @param failed    files that failed (their reasons are in the manifest)
     * @param failures  the first failures' reasons
     * @param extract   wall-clock time of reading, extraction and writing the staged outcomes
     * @param write     wall-clock time of the manifest, the label join, the sort and the shards
     * @param work      what the executors did (extractions run, their time, model loads)
     * @param staged    the bytes of the staged outcomes (written, read for both outputs, then deleted)
     */
    public record Summary(long extracted, long unchanged, long failed, List<String> failures, Duration extract,
                          Duration write, ExecutorWork work, long staged) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    /** The order of the first record of an entity, and its label: the smaller order wins. */
    record Choice(String order, String label) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Choice first(Choice a, Choice b) {
            return a.order().compareTo(b.order()) <= 0 ? a : b;
        }
    }

    /** Runs the job on {@code sc}. */
    public static Summary run(JavaSparkContext sc, Options o) {
        return run(sc, o, () -> { });
    }

    /**
     * Runs the job on {@code sc}, calling {@code betweenOutputs} on the driver after the manifest is written and
     * before the shards are (a test drops the cached blocks there, as a lost executor would lose its own).
     */
    static Summary run(JavaSparkContext sc, Options o, Runnable betweenOutputs) {
        Configuration hadoop = sc.hadoopConfiguration();
        Path input = new Path(o.input());
        String root;
        List<String> paths;
        try {
            FileSystem fs = input.getFileSystem(hadoop);
            FileStatus status = fs.getFileStatus(input);
            input = fs.makeQualified(input);
            root = rootOf(o.sourceRoot() != null ? fs.makeQualified(new Path(o.sourceRoot())) : null, input, status.isDirectory());
            paths = InputFiles.at(fs, input);
            Path out = new Path(o.output());
            if (out.getFileSystem(hadoop).exists(out)) {
                throw new AikgException(o.output() + ": exists; a run writes a new folder (name earlier ones with --previous)");
            }
        } catch (java.io.FileNotFoundException e) {
            throw new AikgException(o.input() + ": no such file or folder", e);
        } catch (IOException e) {
            throw new AikgException(o.input() + ": cannot read: " + e.getMessage(), e);
        }
        int partitions = o.partitions() > 0 ? o.partitions() : 4 * sc.defaultParallelism();
        int shards = o.shards() > 0 ? o.shards() : Math.max(1, partitions / 4);
        if (o.gzip()) {
            hadoop.setBoolean("mapreduce.output.fileoutputformat.compress", true);
            hadoop.setClass("mapreduce.output.fileoutputformat.compress.codec", GzipCodec.class,
                    org.apache.hadoop.io.compress.CompressionCodec.class);
        }
        String rootPath = root;
        // the files in order of their paths, cut into the partitions by count; each task opens its own files
        JavaPairRDD<String, ExecutorExtraction.Input> files = sc.parallelize(paths, partitions).mapToPair(p -> {
            String identity = identity(p, rootPath);
            return new Tuple2<>(identity, new ExecutorExtraction.Input(p, identity, null));
        });
        JavaRDD<ExecutorExtraction.Input> inputs;
        JavaPairRDD<String, String> previousLabels = null;
        if (o.previous().isEmpty()) {
            inputs = files.values();
        } else {
            // a file's hash in the latest earlier manifest that stored it, keyed by the file's identity (a feed
            // entry's fragment cut): earlier runs that disagree (the file changed between them) must not make it
            // two inputs, one extracted and one unchanged
            JavaPairRDD<String, Tuple2<Integer, String>> stored = null;
            JavaPairRDD<String, Tuple2<Integer, String>> labelled = null;
            for (int i = 0; i < o.previous().size(); i++) {
                int run = i;
                JavaPairRDD<String, Tuple2<Integer, String>> hashes = sc.textFile(o.previous().get(i) + "/" + BuildOutput.MANIFEST)
                        .filter(line -> !line.isBlank()).map(ManifestEntry::parse).filter(ManifestEntry::stored)
                        .mapToPair(e -> new Tuple2<>(DocumentIris.sourceOf(e.identity()), new Tuple2<>(run, e.hash())));
                JavaPairRDD<String, Tuple2<Integer, String>> labels = labelsOf(sc.textFile(o.previous().get(i) + "/" + BuildOutput.QUADS))
                        .mapValues(l -> new Tuple2<>(run, l));
                stored = stored == null ? hashes : stored.union(hashes);
                labelled = labelled == null ? labels : labelled.union(labels);
            }
            JavaPairRDD<String, String> earlier = stored.reduceByKey((a, b) -> a._1() >= b._1() ? a : b).mapValues(Tuple2::_2);
            inputs = files.leftOuterJoin(earlier, partitions).values()
                    .map(t -> new ExecutorExtraction.Input(t._1().path(), t._1().identity(), t._2().orNull()));
            // an entity keeps the label the earliest run gave it, one label even when runs disagree
            previousLabels = labelled.reduceByKey((a, b) -> a._1() <= b._1() ? a : b).mapValues(Tuple2::_2);
        }
        ExecutorExtraction.Settings settings = o.settings();
        ExecutorWork.Counters counters = ExecutorWork.Counters.register(sc);
        Broadcast<SerializableConfiguration> conf = SerializableConfiguration.broadcast(sc.sc(), hadoop);
        JavaRDD<DocOutcome> extraction = inputs.mapPartitions(it -> new FlatIterator<>(it,
                in -> ExecutorExtraction.file(in, settings, conf.value().value(), counters)));
        String staged = o.output() + "/" + StagedOutcomes.FOLDER;
        long t0 = System.nanoTime();
        StagedOutcomes.write(extraction, staged, hadoop);
        long t1 = System.nanoTime();
        // kept for the uses below; a block lost with its executor is read again from the staged files: the same
        // outcomes, never extracted again
        JavaRDD<DocOutcome> outcomes = StagedOutcomes.read(sc, staged).persist(StorageLevel.MEMORY_AND_DISK_SER());
        Summary summary;
        try {
            save(outcomes.map(d -> d.entry().toJson()), o.output() + "/" + BuildOutput.MANIFEST, ShardFormats.JsonLinesFormat.class);
            Map<String, Long> counts = outcomes.map(d -> d.entry().status()).countByValue();
            List<String> failures = outcomes.filter(d -> !d.entry().stored()).map(d -> d.entry().reason()).take(20);
            betweenOutputs.run();
            save(quads(outcomes, previousLabels, shards), o.output() + "/" + BuildOutput.QUADS, ShardFormats.NQuadsFormat.class);
            long t2 = System.nanoTime();
            summary = new Summary(counts.getOrDefault(ManifestEntry.EXTRACTED, 0L), counts.getOrDefault(ManifestEntry.UNCHANGED, 0L),
                    counts.getOrDefault(ManifestEntry.FAILED, 0L), failures, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                    counters.read(), StagedOutcomes.size(staged, hadoop));
        } finally {
            outcomes.unpersist(false);
        }
        StagedOutcomes.delete(staged, hadoop);
        return summary;
    }

    /** Every quad of the graph, distinct and sorted into {@code shards} shards. */
    private static JavaRDD<String> quads(JavaRDD<DocOutcome> outcomes, JavaPairRDD<String, String> previousLabels, int shards) {
        JavaPairRDD<String, DocOutcome> docs = outcomes.filter(d -> ManifestEntry.EXTRACTED.equals(d.entry().status()))
                .mapToPair(d -> new Tuple2<>(d.key(), d));
        JavaPairRDD<String, String> labels = docs.flatMapToPair(t -> {
            List<Tuple2<String, Choice>> out = new ArrayList<>();
            List<Entity> entities = t._2().entities();
            for (int i = 0; i < entities.size(); i++) {
                out.add(new Tuple2<>(entities.get(i).iri(), new Choice(t._2().order(i), entities.get(i).label())));
            }
            return out.iterator();
        }).reduceByKey(Choice::first).mapValues(Choice::label);
        if (previousLabels != null) {
            // an entity an earlier run labelled keeps that label: it came first
            labels = labels.leftOuterJoin(previousLabels).mapValues(t -> t._2().orElse(t._1()));
        }
        JavaPairRDD<String, Iterable<Tuple2<String, String>>> labelsByDoc = docs.flatMapToPair(t -> {
            Set<String> iris = new HashSet<>();
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (Entity e : t._2().entities()) {
                if (iris.add(e.iri())) {
                    out.add(new Tuple2<>(e.iri(), t._1()));
                }
            }
            return out.iterator();
        }).join(labels).mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))).groupByKey();
        JavaRDD<String> documentLines = docs.leftOuterJoin(labelsByDoc).flatMap(t -> {
            DocOutcome d = t._2()._1();
            Map<String, String> label = new java.util.HashMap<>();
            Optional<Iterable<Tuple2<String, String>>> known = t._2()._2();
            if (known.isPresent()) {
                known.get().forEach(l -> label.put(l._1(), l._2()));
            }
            List<Quad> stored = new ArrayList<>(EntityGraph.documentQuads(d.entry().iri(), NQuads.parse(d.quads()),
                    d.entities(), label::get));
            for (Entity e : d.entities()) {
                stored.addAll(EntityGraph.facts(e));
            }
            return NQuads.lines(stored).iterator();
        });
        JavaRDD<String> labelLines = labels.map(t -> NQuads.line(EntityGraph.label(t._1(), t._2())));
        return documentLines.union(labelLines).distinct(shards).sortBy(line -> line, true, shards);
    }

    /** The entity labels in earlier runs' shards (the entities graph's {@code rdfs:label} quads). */
    private static JavaPairRDD<String, String> labelsOf(JavaRDD<String> lines) {
        String graph = "<" + AIKG.ENTITIES_GRAPH + "> .";
        String label = "<" + org.apache.jena.vocabulary.RDFS.label.getURI() + ">";
        return lines.filter(l -> l.endsWith(graph) && l.contains(label)).mapToPair(l -> {
            Quad q = NQuads.parse(List.of(l)).get(0);
            return new Tuple2<>(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
        });
    }

    private static <F extends org.apache.hadoop.mapreduce.OutputFormat<NullWritable, Text>> void save(JavaRDD<String> lines,
            String path, Class<F> format) {
        lines.mapToPair(l -> new Tuple2<>(NullWritable.get(), new Text(l)))
                .saveAsNewAPIHadoopFile(path, NullWritable.class, Text.class, format);
    }

    /**
     * The path identities are relative to, as a URI path: the source root when given, else the default root of
     * {@code aikg ingest} ({@link DocumentIris#defaultRoot}: a folder's parent, a file's folder's parent).
     */
    static String rootOf(Path sourceRoot, Path input, boolean directory) {
        Path root = sourceRoot;
        if (root == null) {
            // re-parsed: a Path made from a URI keeps a folder's trailing '/', and its parent would be the folder itself
            Path given = new Path(input.toString());
            Path folder = directory ? given : given.getParent();
            root = folder == null || folder.getParent() == null ? folder : folder.getParent();
        }
        String p = root == null ? "/" : root.toUri().getPath();
        return p.endsWith("/") ? p : p + "/";
    }

    /**
     * A file's identity: its path relative to {@code root} (a URI path ending in '/'), with '/' between names,
     * as {@link DocumentIris#identity(java.nio.file.Path, java.nio.file.Path)} makes it for a local file; a file
     * outside the root is named by its folder and name, as there.
     */
    static String identity(String hadoopPath, String root) {
        String p = new Path(hadoopPath).toUri().getPath();
        String relative = p.startsWith(root) && p.length() > root.length() ? p.substring(root.length()) : null;
        return relative != null ? DocumentIris.identity(java.nio.file.Path.of(relative))
                : DocumentIris.identity(java.nio.file.Path.of(p).toAbsolutePath());
    }

    // ---- command line ----

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Folder of documents (any Hadoop path).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "New folder for quads/ and manifest/.")
    String output;

    @Option(names = "--source-root", paramLabel = "PATH", description = "Identities are relative to it (default: the input folder's parent).")
    String sourceRoot;

    @Option(names = "--previous", paramLabel = "PATH", description = "Output of an earlier run: its unchanged files are skipped (repeatable, in the order the runs were made).")
    List<String> previous = new ArrayList<>();

    @Option(names = "--partitions", defaultValue = "0", description = "Input partitions (default: 4 per core).")
    int partitions;

    @Option(names = "--shards", defaultValue = "0", description = "N-Quads shards (default: partitions / 4).")
    int shards;

    @Option(names = "--gzip", description = "Compress shards and manifest (.gz).")
    boolean gzip;

    @Option(names = "--max-file-size", defaultValue = "16", paramLabel = "MiB", description = "As aikg ingest (default: ${DEFAULT-VALUE}).")
    long maxMiB;

    @Option(names = "--doc-timeout", defaultValue = "300", paramLabel = "SECONDS", description = "As aikg ingest (default: ${DEFAULT-VALUE}).")
    long docTimeout;

    @Option(names = "--kb", paramLabel = "PATH", description = "Extra knowledge-base JSON files (any Hadoop path).")
    List<String> kb = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (e.g. local[2]).")
    String master;

    @Override
    public Integer call() throws IOException {
        SparkConf conf = new SparkConf().setAppName("aikg extract");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<byte[]> kbBytes = new ArrayList<>();
            for (String k : kb) {
                Path p = new Path(k);
                try (var in = p.getFileSystem(sc.hadoopConfiguration()).open(p)) {
                    kbBytes.add(in.readAllBytes());
                }
            }
            Options o = new Options(input, output, sourceRoot, previous, partitions, shards, gzip,
                    new ExecutorExtraction.Settings(maxMiB * 1024 * 1024, docTimeout, kbBytes));
            long t0 = System.nanoTime();
            Summary s = run(sc, o);
            System.out.printf(java.util.Locale.ROOT,
                    "%d documents extracted, %d files unchanged, %d failed; extraction %.1f s, manifest, labels and shards %.1f s, in all %.1f s%n",
                    s.extracted(), s.unchanged(), s.failed(), s.extract().toMillis() / 1000.0, s.write().toMillis() / 1000.0,
                    (System.nanoTime() - t0) / 1e9);
            ExecutorWork w = s.work();
            System.out.printf(java.util.Locale.ROOT, "executors: %d document extractions, %.1f s reading and extracting files (summed over tasks), %d model loads (%.1f s)%n",
                    w.extractions(), w.extraction().toMillis() / 1000.0, w.modelLoads(), w.modelLoad().toMillis() / 1000.0);
            System.out.printf(java.util.Locale.ROOT, "staged outcomes: %.1f MB (deleted)%n", s.staged() / 1e6);
            s.failures().forEach(f -> System.out.println("failed: " + f));
            return s.failed() > 0 ? 1 : 0;
        }
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new ExtractJob());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("aikg-spark: " + ex.getMessage());
            return 3;
        });
        System.exit(cl.execute(args));
    }
}
