package org.aikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aikg.ingest.bulk.BuildOutput;
import org.aikg.ingest.bulk.ManifestEntry;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest and the shards come from one extraction of every document. An executor lost between the two
 * writes takes its cached blocks with it; if the shards were made from results extracted again, a document near
 * its time limit could be "failed" in one output and extracted in the other. Here every cached block is dropped
 * between the writes, as a lost executor would drop its own, and the executors' count of extractions must still
 * be one per document.
 */
class SingleExtractionIT {
    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SingleExtractionIT")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.default.parallelism", "2"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void everyDocumentIsExtractedOnceThoughCachedBlocksAreLostBetweenTheOutputs() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("docs"));
        for (String name : List.of("01-transformer-papers-roundup.md", "06-speech-audio-newsletter.txt")) {
            Files.copy(Path.of("../samples/corpus", name), corpus.resolve(name));
        }
        Files.writeString(corpus.resolve("empty.md"), "");
        Path out = tmp.resolve("run");

        ExtractJob.Summary s = ExtractJob.run(sc, ExtractJob.Options.of(corpus.toString(), out.toString()),
                () -> sc.getPersistentRDDs().values().forEach(rdd -> rdd.unpersist(true)));

        assertEquals(2, s.extracted());
        assertEquals(1, s.failed(), "the empty file fails before extraction");
        assertEquals(s.extracted(), s.work().extractions(), "every document extracted exactly once");

        // and the two outputs agree: each extracted document of the manifest has its graph in the shards
        List<ManifestEntry> manifest = new BuildOutput(out).manifest();
        Set<String> extracted = manifest.stream().filter(e -> ManifestEntry.EXTRACTED.equals(e.status()))
                .map(ManifestEntry::iri).collect(Collectors.toCollection(TreeSet::new));
        Set<String> graphs = new TreeSet<>();
        for (Path shard : new BuildOutput(out).shards()) {
            for (String line : Files.readAllLines(shard)) {
                String graph = line.substring(line.lastIndexOf(" <") + 2, line.length() - 3);
                if (extracted.contains(graph)) {
                    graphs.add(graph);
                }
            }
        }
        assertEquals(2, extracted.size());
        assertEquals(extracted, graphs);
        assertTrue(s.work().modelLoads() <= 1, "the models are loaded once in this JVM, its one executor");
        assertFalse(Files.exists(out.resolve(StagedOutcomes.FOLDER)), "the staged outcomes are deleted after the outputs");
    }

    /** Small files are spread over the partitions asked for (binaryFiles alone puts them all in one split). */
    @Test
    void smallFilesAreExtractedInThePartitionsAskedFor() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("docs"));
        for (String name : List.of("01-transformer-papers-roundup.md", "03-image-generation-blog.md", "06-speech-audio-newsletter.txt")) {
            Files.copy(Path.of("../samples/corpus", name), corpus.resolve(name));
        }
        Path out = tmp.resolve("run");
        ExtractJob.Options defaults = ExtractJob.Options.of(corpus.toString(), out.toString());
        ExtractJob.Options three = new ExtractJob.Options(defaults.input(), defaults.output(), null, List.of(), 3, 1, false,
                defaults.settings());
        List<Integer> outcomesPerTask = new ArrayList<>();
        ExtractJob.Summary s = ExtractJob.run(sc, three, () -> outcomesPerTask.addAll(recordsPerFile(out.resolve(StagedOutcomes.FOLDER))));
        assertEquals(3, s.extracted());
        assertEquals(List.of(1, 1, 1), outcomesPerTask, "one file in each of the three extraction tasks");
    }

    /** The records in each staged file, one file per task that wrote them. */
    private static List<Integer> recordsPerFile(Path staged) {
        List<Integer> counts = new ArrayList<>();
        try (var files = Files.list(staged)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (SequenceFile.Reader r = new SequenceFile.Reader(new Configuration(),
                        SequenceFile.Reader.file(new org.apache.hadoop.fs.Path(f.toUri())))) {
                    int n = 0;
                    while (r.next(NullWritable.get(), new BytesWritable())) {
                        n++;
                    }
                    counts.add(n);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return counts;
    }
}
