package org.aikg.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.DiskFullException;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ingest.store.WriteOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files and folders into a {@link KnowledgeStore}: read → extract (in parallel) → write.
 *
 * <p>Documents stream through: at most {@code 2 × threads} files are in flight, or up to {@value #MAX_BATCH}
 * while together they are small, so memory does not grow with the corpus. The documents whose extraction is
 * done when the writer comes to them, or soon after (a small batch waits up to {@link #GATHER_NANOS} for more
 * while files wait for an extraction thread), are written in one transaction ({@link KnowledgeStore#putAll}; one
 * disk sync and one copy of each index block touched for many small files), and a file is reported only once the
 * transaction that stores it has committed, so a crash at any point loses no document that was reported stored. A file that cannot be read
 * or extracted is reported with its path and reason and the run goes on; nothing already stored is touched
 * by a failure. Unchanged files are recognised by their content hash before any NLP runs (a file stored as
 * one document, from its bytes alone, before it is even parsed), and the extractor, whose models take
 * seconds to load, is made only when a document first needs it.
 *
 * <p>Each document has a time budget ({@link #DEFAULT_DOC_TIMEOUT} unless given): past it, extraction
 * stops at its next checkpoint (between sentences and stages, see {@link DocumentBudget}) and the file is a
 * failure with that reason. Entries of a folder that are not files to read are skipped and listed in the
 * report ({@link SourceWalk}).
 *
 * <p>A store whose disk has no room for a document ({@link DiskFullException}) ends the run: the exception,
 * carrying what the run stored before ({@link DiskFullException#report()}), is thrown, and the same run started
 * again with room skips what is stored and goes on.
 *
 * <p>Thread-safety: one run at a time per instance; {@link #ingestOne} is safe for concurrent use.
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final Lazy extractor;
    private final KnowledgeStore store;
    private final StageTimes times = new StageTimes();
    private final int threads;
    private final long maxBytes;
    private final Duration docTimeout;

    /**
     * The time one document may take by default: 300 s. The slowest real document measured (an 11.8 MB
     * markdown file) took 73 s on one thread, and at the linear speed extraction now has, a file at the
     * default size limit (16 MiB) takes about 100 s, or two to three times that on a busy machine.
     */
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(300);

    public Ingester(Extractor extractor, KnowledgeStore store, int threads, long maxBytes) {
        this(extractor, store, threads, maxBytes, DEFAULT_DOC_TIMEOUT);
    }

    /**
     * @param docTimeout the time one document may take (zero: no limit)
     */
    public Ingester(Extractor extractor, KnowledgeStore store, int threads, long maxBytes, Duration docTimeout) {
        this(() -> extractor, store, threads, maxBytes, docTimeout);
    }

    /**
     * An ingester whose extractor is made only when a document first needs extraction: loading the models
     * takes seconds, and a run over unchanged files needs none of them.
     *
     * @param extractor called at most once, by the first thread that needs it
     * @param docTimeout the time one document may take (zero: no limit)
     */
    public Ingester(java.util.function.Supplier<Extractor> extractor, KnowledgeStore store, int threads, long maxBytes,
                    Duration docTimeout) {
        this.extractor = new Lazy(extractor);
        this.store = store;
        this.threads = Math.max(1, threads);
        this.maxBytes = maxBytes;
        this.docTimeout = docTimeout;
    }

    /**
     * The files to ingest under {@code paths} (folders recursively; hidden entries, links that lead to no
     * regular file, FIFOs, sockets and devices left out, see {@link SourceWalk}), sorted per folder.
     */
    public static List<Path> collect(List<Path> paths) {
        return sources(paths, null).stream().map(Source::file).toList();
    }

    /**
     * A file to ingest and the root its identity is relative to (see {@link DocumentIris}).
     *
     * @param file the file
     * @param root its source root
     */
    public record Source(Path file, Path root) {
        /** The document's identity path: {@code file} relative to {@code root}. */
        public String identity() {
            return DocumentIris.identity(file, root);
        }
    }

    /**
     * The files under {@code paths}, as {@link #collect}, each with its source root: {@code root} when given
     * (every file must then lie under it), else the default root of the path it was found under. What was
     * skipped or could not be listed is not returned: {@link SourceWalk#walk} says.
     */
    public static List<Source> sources(List<Path> paths, Path root) {
        return SourceWalk.walk(paths, root).sources();
    }

    /**
     * What a worker hands back for one file: the graphs to write (one per document: a feed has several),
     * how many of its documents were unchanged, or the reason it failed.
     */
    private record Work(Path file, long bytes, List<DocumentGraph> graphs, int unchanged, String error) {
        long quads() {
            long n = 0;
            for (DocumentGraph g : graphs) {
                n += g.quads().size();
            }
            return n;
        }
    }

    /** The most files in flight and documents written in one transaction. */
    static final int MAX_BATCH = 256;
    /** Below this many bytes in flight, more than 2 × threads files may be: small files are batched. */
    static final long SMALL_IN_FLIGHT_BYTES = 4L << 20;
    /** A transaction takes no more documents once it holds this many quads. */
    static final long MAX_BATCH_QUADS = 200_000;

    /**
     * A batch smaller than this many quads waits up to {@link #GATHER_NANOS} for more documents while files are
     * still in extraction. Documents are reported when their batch commits, so this is also the longest a finished
     * document waits to be reported.
     */
    static final long GATHER_QUADS = 50_000;
    /** How long a small batch waits for more documents: 1 s. */
    static final long GATHER_NANOS = 1_000_000_000L;

    private static long sizeOf(Path file) {
        try {
            return Math.max(0, java.nio.file.Files.size(file));
        } catch (java.io.IOException | RuntimeException e) {
            return 0; // the worker reports why it cannot be read
        }
    }

    /**
     * Writes {@code graphs} in one transaction; if that fails, each in a transaction of its own, so one
     * document that cannot be stored fails alone. Each graph's {@link WriteOutcome}, or the exception that
     * kept it out.
     */
    private Map<DocumentGraph, Object> write(List<DocumentGraph> graphs) {
        Map<DocumentGraph, Object> out = new java.util.IdentityHashMap<>();
        if (graphs.isEmpty()) {
            return out;
        }
        long t = System.nanoTime();
        try {
            List<WriteOutcome> outcomes = store.putAll(graphs);
            for (int i = 0; i < graphs.size(); i++) {
                out.put(graphs.get(i), outcomes.get(i));
            }
        } catch (RuntimeException batchFailed) {
            LOG.debug("batch write failed, writing one by one", batchFailed);
            for (DocumentGraph g : graphs) {
                try {
                    out.put(g, store.put(g));
                } catch (RuntimeException e) {
                    out.put(g, e);
                }
            }
        }
        times.lap(StageTimes.Stage.STORE, t);
        return out;
    }

    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        return ingest(paths, null, listener);
    }

    /**
     * Ingests the files under {@code paths}, each identified by its path relative to {@code root} (null:
     * the default root of the path it was found under, see {@link DocumentIris}).
     *
     * @throws DiskFullException when the store's disk has no room for a document; nothing stored is lost
     */
    public IngestReport ingest(List<Path> paths, Path root, IngestListener listener) {
        long t0 = System.nanoTime();
        SourceWalk.Found found = SourceWalk.walk(paths, root);
        List<Source> files = found.sources();
        listener.started(files.size());
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        long entities = 0;
        long relations = 0;
        List<IngestReport.Failure> failures = new ArrayList<>(found.failures());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aikg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Work> done = new ExecutorCompletionService<>(pool);
            int next = 0;
            int inFlight = 0;
            long inFlightBytes = 0;
            while (next < files.size() || inFlight > 0) {
                // 2 × threads files in flight; more while they are small, so that small files' graphs can be
                // written in batches (see below) without holding much in memory
                while (next < files.size() && (inFlight < threads * 2
                        || (inFlight < MAX_BATCH && inFlightBytes < SMALL_IN_FLIGHT_BYTES))) {
                    Source file = files.get(next++);
                    long size = sizeOf(file.file());
                    done.submit(() -> work(file, size, listener));
                    inFlight++;
                    inFlightBytes += size;
                }
                // what is done by now is written in one transaction: one disk sync for many small documents,
                // and no document is reported before the transaction that stores it has committed
                List<Work> ready = new ArrayList<>();
                ready.add(take(done));
                long quads = ready.get(0).quads();
                // while the batch is small, wait a little for more: every transaction copies each index block it
                // touches (TDB2 writes copy-on-write), so a few documents per transaction cost the writer far more
                // than the same documents written together. Only while some file waits for an extraction thread:
                // then no thread can run out of work because the writer is waiting instead of taking in more files
                long gatherUntil = System.nanoTime() + GATHER_NANOS;
                Future<Work> more;
                while (ready.size() < MAX_BATCH && quads < MAX_BATCH_QUADS) {
                    long wait = gatherUntil - System.nanoTime();
                    more = quads < GATHER_QUADS && inFlight - ready.size() > threads && wait > 0 ? poll(done, wait) : done.poll();
                    if (more == null) {
                        break;
                    }
                    Work w = get(more);
                    ready.add(w);
                    quads += w.quads();
                }
                inFlight -= ready.size();
                List<DocumentGraph> graphs = new ArrayList<>();
                for (Work w : ready) {
                    inFlightBytes -= w.bytes();
                    graphs.addAll(w.graphs());
                }
                Map<DocumentGraph, Object> written = write(graphs);
                for (Work w : ready) {
                    IngestReport.FileResult result;
                    if (w.error() != null) {
                        failures.add(new IngestReport.Failure(w.file(), w.error()));
                        result = new IngestReport.FileResult("failed", 0, 0, w.error());
                    } else {
                        unchanged += w.unchanged();
                        String outcome = w.graphs().isEmpty() ? "unchanged" : null;
                        int fileEntities = 0;
                        int fileRelations = 0;
                        String error = null;
                        for (DocumentGraph graph : w.graphs()) {
                            if (written.get(graph) instanceof WriteOutcome outcomeOf) {
                                switch (outcomeOf) {
                                    case ADDED -> added++;
                                    case REPLACED -> replaced++;
                                    case UNCHANGED -> unchanged++;
                                }
                                if (outcome == null || outcomeOf == WriteOutcome.REPLACED) {
                                    outcome = outcomeOf.name().toLowerCase(java.util.Locale.ROOT);
                                }
                                fileEntities += graph.entities().size();
                                fileRelations += graph.relations();
                            } else {
                                RuntimeException e = (RuntimeException) written.get(graph);
                                if (e instanceof DiskFullException full) {
                                    // every later write would fail the same way: stop, saying what was stored
                                    throw full.stoppedAfter(new IngestReport(added, replaced, unchanged,
                                            entities + fileEntities, relations + fileRelations, failures,
                                            found.skipped(), Duration.ofNanos(System.nanoTime() - t0)));
                                }
                                error = w.file() + ": cannot store: " + e.getMessage();
                                LOG.debug("store failure", e);
                                failures.add(new IngestReport.Failure(w.file(), error));
                            }
                        }
                        entities += fileEntities;
                        relations += fileRelations;
                        result = error != null ? new IngestReport.FileResult("failed", 0, 0, error)
                                : new IngestReport.FileResult(outcome, fileEntities, fileRelations, null);
                    }
                    listener.finished(w.file(), result);
                }
            }
        } finally {
            pool.shutdownNow();
            // a run that ends early (a full disk) still has files in extraction, whose workers read the store (its
            // content hashes): none may touch it after the run has returned or thrown, since the caller closes it
            try {
                if (!pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) {
                    LOG.warn("extraction threads still running two minutes after the run ended");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new IngestReport(added, replaced, unchanged, entities, relations, failures, found.skipped(),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The time this ingester's runs spent per stage so far, summed over threads. */
    public StageTimes stageTimes() {
        return times;
    }

    /** The extractor, made by the first caller that needs it; thread-safe. */
    private static final class Lazy {
        private final java.util.function.Supplier<Extractor> make;
        private volatile Extractor made;

        Lazy(java.util.function.Supplier<Extractor> make) {
            this.make = make;
        }

        Extractor get() {
            Extractor e = made;
            if (e == null) {
                synchronized (this) {
                    e = made;
                    if (e == null) {
                        made = e = make.get();
                    }
                }
            }
            return e;
        }
    }

    private Work work(Source source, long bytesOnDisk, IngestListener listener) {
        Path file = source.file();
        try {
            List<DocumentGraph> graphs = new ArrayList<>();
            int unchanged = 0;
            long t = System.nanoTime();
            byte[] bytes = DocumentReaders.loadBytes(file, maxBytes);
            // a file stored as one document with these very bytes is unchanged: no need to read it as a document
            String identity = source.identity();
            if (store.contentHashOfSource(identity).filter(DocumentIris.contentHash(bytes)::equals).isPresent()) {
                times.lap(StageTimes.Stage.READ, t);
                return new Work(file, bytesOnDisk, graphs, 1, null);
            }
            for (Document doc : identified(DocumentReaders.readAll(file, bytes, maxBytes), identity)) {
                if (isUnchanged(doc)) {
                    unchanged++;
                    t = times.lap(StageTimes.Stage.READ, t);
                } else {
                    t = times.lap(StageTimes.Stage.READ, t);
                    Extractor x = extractor.get();
                    t = System.nanoTime(); // model loading is no stage of the document
                    graphs.add(extract(x, doc, file, docTimeout, listener::working, times));
                    t = System.nanoTime();
                }
            }
            return new Work(file, bytesOnDisk, graphs, unchanged, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Work(file, bytesOnDisk, List.of(), 0, failureReason(file, e));
        }
    }

    /**
     * The documents of one file's bytes, each given its identity ({@code identity}, plus a feed entry's
     * fragment), exactly as a local ingest reads that file: the first, pure half of what {@link #ingest} does
     * with a file, for callers that hold the bytes (the server's {@code POST /ingest}, the Spark job).
     *
     * @param identity the file's identity path under its source root ({@link DocumentIris#identity(Path, Path)})
     * @throws AikgException when the bytes cannot be read as documents (too large, empty, binary, not UTF-8...)
     */
    public static List<Document> documents(String identity, byte[] bytes, long maxBytes) {
        return identified(DocumentReaders.readAll(Path.of(identity), bytes, maxBytes), identity);
    }

    /**
     * One document's graph, within the time budget, as a local ingest extracts it: the second, pure half.
     *
     * @param file     named in the reason when the budget runs out
     * @param timeout  the time the document may take (zero: no limit)
     * @throws AikgException when the budget runs out
     */
    public static DocumentGraph extract(Extractor extractor, Document doc, Path file, Duration timeout,
                                        DocumentBudget.Progress progress) {
        return extract(extractor, doc, file, timeout, progress, null);
    }

    /** As {@link #extract(Extractor, Document, Path, Duration, DocumentBudget.Progress)}, timed into {@code times}. */
    public static DocumentGraph extract(Extractor extractor, Document doc, Path file, Duration timeout,
                                        DocumentBudget.Progress progress, StageTimes times) {
        return extractor.extract(doc, DocumentBudget.of(file, timeout, progress), times);
    }

    /**
     * The reason reported for a file whose reading or extraction threw {@code e}: the message of an
     * {@link AikgException} (it names the file), else the file and the error, so an unexpected failure is
     * one file's failure, never the run's.
     */
    public static String failureReason(Path file, Throwable e) {
        if (e instanceof AikgException) {
            return e.getMessage();
        }
        LOG.debug("extraction failure", e);
        return file + ": extraction failed: " + e;
    }

    /** The documents read from one file, each given its identity: the file's, plus an entry's fragment. */
    private static List<Document> identified(List<Document> docs, String identity) {
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String name = d.path().getFileName() == null ? "" : d.path().getFileName().toString();
            java.util.regex.Matcher m = DocumentIris.ENTRY_FRAGMENT.matcher(name);
            out.add(d.withPath(Path.of(identity + (m.find() ? m.group() : ""))));
        }
        return out;
    }

    /** Whether the store holds this document with this very content. */
    private boolean isUnchanged(Document doc) {
        String hash = DocumentIris.contentHash(doc.original().getBytes(StandardCharsets.UTF_8));
        return store.contentHash(DocumentIris.documentIri(doc)).filter(hash::equals).isPresent();
    }

    /**
     * Ingests one document received as bytes (from a client of the server) under its identity path
     * ({@code folder/name.md}), as {@link #ingest} would ingest that file: unchanged content is skipped,
     * changed content replaces the document's graph, all in one write transaction of the store.
     * Thread-safe: extraction runs on the caller's thread, writes are serialized by the store.
     *
     * @throws AikgException when the content cannot be read (its message names the path and the reason)
     */
    public IngestReport.FileResult ingestOne(String identity, byte[] bytes) {
        String path = DocumentIris.identity(Path.of(identity));
        if (path.isEmpty() || path.startsWith("..") || Path.of(identity).isAbsolute()) {
            throw new AikgException(identity + ": not a relative path under a source root");
        }
        String outcome = "unchanged";
        int entities = 0;
        int relations = 0;
        for (Document doc : documents(path, bytes, maxBytes)) {
            if (isUnchanged(doc)) {
                continue;
            }
            DocumentGraph graph = extract(extractor.get(), doc, Path.of(path), docTimeout, DocumentBudget.Progress.NONE);
            WriteOutcome written = store.put(graph);
            if (outcome.equals("unchanged") || written == WriteOutcome.REPLACED) {
                outcome = written.name().toLowerCase(java.util.Locale.ROOT);
            }
            entities += graph.entities().size();
            relations += graph.relations();
        }
        return new IngestReport.FileResult(outcome, entities, relations, null);
    }

    private static Work take(CompletionService<Work> done) {
        try {
            return get(done.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AikgException("ingest interrupted", e);
        }
    }

    private static Future<Work> poll(CompletionService<Work> done, long nanos) {
        try {
            return done.poll(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AikgException("ingest interrupted", e);
        }
    }

    private static Work get(Future<Work> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AikgException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new AikgException("ingest worker failed: " + e.getCause(), e.getCause());
        }
    }
}
