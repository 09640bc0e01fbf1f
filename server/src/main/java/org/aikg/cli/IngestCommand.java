package org.aikg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.UnchangedRun;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ingest.store.StoreCompaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aikg ingest [--store DIR] PATH...}: extract documents into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests files and folders (markdown with front matter, or plain text) into the store.",
                "Unchanged files are skipped; changed files replace their graph. Exit code 1 if some files failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--threads", defaultValue = "0", description = "Extraction threads (default: one per core).")
    int threads;

    @Option(names = "--max-file-size", defaultValue = "" + (DocumentReaders.DEFAULT_MAX_BYTES >> 20), paramLabel = "MiB",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxMiB;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base JSON files (docs/knowledge-base.md).")
    List<Path> kb = new ArrayList<>();

    @Option(names = "--source-root", paramLabel = "DIR", description = {
            "Documents are identified by their path relative to this folder (default: the parent of each folder",
            "given, so the folder's own name is part of it; for a file given alone, its folder and name)."})
    java.nio.file.Path sourceRoot;

    @Option(names = "--server", paramLabel = "URL", description = {
            "Send the documents to a running 'aikg serve --write-token' (e.g. http://127.0.0.1:3030) instead of",
            "writing the store: same identities, reports and exit codes."})
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The server's write token (default: $AIKG_WRITE_TOKEN).")
    String token;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "300", description = {
            "The time one document may take; a document still being worked on after it is a failure, reported",
            "with its path, and the run goes on (default: ${DEFAULT-VALUE}; 0 for no limit)."})
    long docTimeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--timings", description = "Also print the time spent per stage (summed over threads).")
    boolean timings;

    @Spec
    CommandSpec spec;

    /** The reader holds a file in one byte array, so the limit must stay below 2 GiB. */
    static final long MAX_FILE_SIZE_MIB = 2047;

    @Override
    public Integer call() {
        if (maxMiB < 1 || maxMiB > MAX_FILE_SIZE_MIB) {
            // Checked here, not per file: otherwise every file would fail with the same complaint.
            throw new ParameterException(spec.commandLine(),
                    "--max-file-size must be between 1 and " + MAX_FILE_SIZE_MIB + " MiB, not " + maxMiB);
        }
        for (java.nio.file.Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                // before the store is opened, so a typo creates no empty store
                throw new ParameterException(spec.commandLine(), p + ": no such file or folder");
            }
        }
        if (docTimeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--doc-timeout must be 0 (no limit) or more seconds, not "
                    + docTimeoutSeconds);
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        PrintStream err = System.err;
        IngestReport report;
        String stages;
        java.util.Optional<StoreCompaction.Result> compacted;
        if (server != null) {
            String t = token != null ? token : System.getenv("AIKG_WRITE_TOKEN");
            if (t == null || t.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--server needs the write token: --token TOKEN or AIKG_WRITE_TOKEN");
            }
            report = new RemoteIngest(server, t, maxMiB * 1024 * 1024)
                    .ingest(paths, sourceRoot, quiet ? IngestListener.NONE : new ProgressBar(err));
            print(report, System.out);
            return report.hasFailures() ? 1 : 0;
        }
        // files all unchanged are told from the hashes kept beside the store, without opening it (or starting Jena)
        java.util.Optional<IngestReport> unchanged = UnchangedRun.of(store.store, paths, sourceRoot, maxMiB * 1024 * 1024,
                quiet ? IngestListener.NONE : new ProgressBar(err));
        if (unchanged.isPresent()) {
            print(unchanged.get(), System.out);
            if (timings) {
                System.out.println("stages: " + new org.aikg.ingest.StageTimes().summary());
            }
            return 0;
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store.store)) {
            if (ks.identifiesByAbsolutePath()) {
                throw new org.aikg.ingest.AikgException(store.store + ": this store was made by an earlier aikg, which named"
                        + " documents by their absolute path; ingesting into it would store them twice. Ingest into a new"
                        + " store (aikg ingest --store NEW_DIR ...) and delete this one; serve, query and export still read it.");
            }
            // the dictionary and the models load when a document first needs them (a run over unchanged files
            // needs neither); extra --kb files are read now, so a bad one fails before any work
            KnowledgeBase given = kb.isEmpty() ? null : KnowledgeBase.load(kb);
            Ingester ingester = new Ingester(() -> Extractor.standard(given != null ? given : KnowledgeBase.load(kb)), ks, n,
                    maxMiB * 1024 * 1024,
                    java.time.Duration.ofSeconds(docTimeoutSeconds));
            try {
                report = ingester.ingest(paths, sourceRoot, quiet ? IngestListener.NONE : new ProgressBar(err));
            } catch (org.aikg.ingest.store.DiskFullException e) {
                // what was stored before the disk filled, then Main says why it stopped (exit code 4)
                if (e.report() != null) {
                    print(e.report(), System.out);
                }
                throw e;
            }
            stages = ingester.stageTimes().summary();
            compacted = compact(ks);
        }
        print(report, System.out);
        compacted.ifPresent(c -> System.out.printf(java.util.Locale.ROOT, "store compacted: %.1f MB -> %.1f MB in %.1f s%n",
                c.before() / 1e6, c.after() / 1e6, c.millis() / 1000.0));
        if (timings) {
            System.out.println("stages: " + stages);
        }
        return report.hasFailures() ? 1 : 0;
    }

    /**
     * Closes the store, compacted when the ingest (or an earlier one, or a server's writes) left it holding much
     * more than its data ({@link KnowledgeStore#compactAndClose}). A compaction that fails is said and leaves the
     * store as it was: what the ingest stored is stored either way.
     */
    private static java.util.Optional<StoreCompaction.Result> compact(KnowledgeStore ks) {
        try {
            return ks.compactAndClose();
        } catch (org.aikg.ingest.AikgException e) {
            System.err.println("aikg: the store was not compacted: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    static void print(IngestReport r, PrintStream out) {
        out.printf("%d documents (%d added, %d replaced, %d unchanged), %d entities, %d relations, %d failed, %d skipped"
                        + " in %.1f s%n",
                r.documents(), r.added(), r.replaced(), r.unchanged(), r.entities(), r.relations(), r.failures().size(),
                r.skipped().size(), r.elapsed().toMillis() / 1000.0);
        for (IngestReport.Failure f : r.failures()) {
            out.println("failed: " + f.reason());
        }
        for (IngestReport.Skipped s : r.skipped()) {
            out.println("skipped: " + s);
        }
    }
}
