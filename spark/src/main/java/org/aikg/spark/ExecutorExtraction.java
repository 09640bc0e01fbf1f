package org.aikg.spark;

import java.io.InputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.DocumentBudget;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.bulk.ManifestEntry;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.read.Document;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's work on an executor: one file's bytes to its documents' graphs, through the very functions a local
 * {@code aikg ingest} uses ({@link Ingester#documents}, {@link Ingester#extract}, {@link Ingester#failureReason}),
 * with the models loaded once per executor JVM.
 *
 * <p>Thread-safety: {@link #file} is safe for concurrent use by an executor's task threads; the extractor
 * ({@link Extractor}) is thread-safe and shared.
 */
final class ExecutorExtraction {
    private ExecutorExtraction() {
    }

    /**
     * What the driver tells every task.
     *
     * @param maxBytes   files larger than this fail, as {@code aikg ingest --max-file-size}
     * @param docTimeout seconds one document may take (0: no limit), as {@code --doc-timeout}
     * @param kb         the contents of extra knowledge-base files ({@code --kb}), read once on the driver
     */
    record Settings(long maxBytes, long docTimeout, List<byte[]> kb) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One input file of the job, read when its task gets to it.
     *
     * @param path         the file as Hadoop names it (a qualified path)
     * @param identity     its identity path under the source root
     * @param previousHash its hash in an earlier run's manifest, or null
     */
    record Input(String path, String identity, String previousHash) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorExtraction.class);

    /** Loaded at the first task an executor runs, then shared by all its tasks (the models take seconds). */
    private static Extractor extractor;

    private static synchronized Extractor extractor(Settings settings, ExecutorWork.Counters counters) {
        if (extractor == null) {
            long t0 = System.nanoTime();
            extractor = Extractor.standard(KnowledgeBase.load(kbFiles(settings.kb())));
            long nanos = System.nanoTime() - t0;
            counters.loaded(nanos);
            // one line per executor in its log: the cluster's logs show where and how often the models were loaded
            LOG.info("aikg: models loaded in {} ms in JVM {}", nanos / 1_000_000, ProcessHandle.current().pid());
        }
        return extractor;
    }

    /** The knowledge base reads files: the driver's bytes are written to this executor's temporary folder. */
    private static List<Path> kbFiles(List<byte[]> contents) {
        List<Path> files = new ArrayList<>();
        try {
            for (byte[] c : contents) {
                Path f = Files.createTempFile("aikg-kb", ".json");
                f.toFile().deleteOnExit();
                Files.write(f, c);
                files.add(f);
            }
        } catch (IOException e) {
            throw new AikgException("cannot write the knowledge base on this executor: " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * The outcomes of one file: one per document, or one saying why the file was skipped or failed. Every
     * document's extraction, and the time the file took, are counted in {@code counters}.
     *
     * @param hadoop the Hadoop configuration to open the file with (the driver's)
     */
    static List<DocOutcome> file(Input in, Settings settings, Configuration hadoop, ExecutorWork.Counters counters) {
        long t0 = System.nanoTime();
        try {
            return outcomes(in, settings, hadoop, counters);
        } finally {
            counters.worked(System.nanoTime() - t0);
        }
    }

    private static List<DocOutcome> outcomes(Input in, Settings settings, Configuration hadoop, ExecutorWork.Counters counters) {
        Path file = Path.of(in.identity());
        byte[] bytes;
        try {
            bytes = read(new org.apache.hadoop.fs.Path(in.path()), hadoop, settings.maxBytes());
        } catch (IOException | RuntimeException e) {
            return List.of(DocOutcome.only(new ManifestEntry(in.path(), in.identity(), null, null, ManifestEntry.FAILED, 0,
                    in.identity() + ": cannot read: " + e.getMessage())));
        }
        if (bytes == null) {
            return List.of(DocOutcome.only(new ManifestEntry(in.path(), in.identity(), null, null, ManifestEntry.FAILED, 0,
                    in.identity() + ": file too large: the limit is " + settings.maxBytes() + " bytes")));
        }
        String hash = DocumentIris.contentHash(bytes);
        if (hash.equals(in.previousHash())) {
            // the same file as an earlier run's: no NLP, as a local ingest skips an unchanged file
            return List.of(DocOutcome.only(new ManifestEntry(in.path(), in.identity(), hash, null, ManifestEntry.UNCHANGED, 0,
                    null)));
        }
        try {
            Extractor ex = extractor(settings, counters);
            List<DocOutcome> out = new ArrayList<>();
            int index = 0;
            for (Document doc : Ingester.documents(in.identity(), bytes, settings.maxBytes())) {
                counters.extracted();
                DocumentGraph g = Ingester.extract(ex, doc, file, Duration.ofSeconds(settings.docTimeout()),
                        DocumentBudget.Progress.NONE);
                out.add(new DocOutcome(new ManifestEntry(in.path(), DocumentIris.identity(doc.path()), hash, g.iri(),
                        ManifestEntry.EXTRACTED, g.quads().size(), null), index++, NQuads.lines(g.quads()), g.entities()));
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            // one document's failure fails its file, as in a local ingest, and the job goes on
            return List.of(DocOutcome.only(new ManifestEntry(in.path(), in.identity(), hash, null, ManifestEntry.FAILED, 0,
                    Ingester.failureReason(file, e))));
        }
    }

    /** The file's bytes, or null when it has more than {@code maxBytes} (the rest is never read). */
    private static byte[] read(org.apache.hadoop.fs.Path file, Configuration hadoop, long maxBytes) throws IOException {
        try (InputStream in = file.getFileSystem(hadoop).open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }
}
