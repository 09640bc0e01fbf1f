package org.aikg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.read.FileBytes;
import org.aikg.ingest.store.SourceHashes;

/**
 * An ingest run that finds every file unchanged without opening the store: each file's bytes hash to what the
 * store holds for its source, as the hashes kept beside the store say ({@link SourceHashes}). It is what
 * {@link Ingester#ingest} would report for such a run, at the cost of reading and hashing the files: no Jena,
 * no store, no models.
 *
 * <p>When anything is not known to be unchanged (a file new, changed, unreadable or too large, a feed, an entry
 * that could not be listed, hashes that are not current), it answers nothing and the caller runs the ingest
 * itself, which reports that file as always.
 *
 * <p>Thread-safety: stateless.
 */
public final class UnchangedRun {
    private UnchangedRun() {
    }

    /**
     * The report of ingesting {@code paths} (identified under {@code root}, null for the default) into the store in
     * {@code store}, when every file is unchanged; empty otherwise.
     *
     * @param listener told of every file as {@link Ingester#ingest} tells it, when the answer is a report
     */
    public static Optional<IngestReport> of(Path store, List<Path> paths, Path root, long maxBytes, IngestListener listener) {
        long t0 = System.nanoTime();
        Optional<SourceHashes> known = SourceHashes.read(store);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        SourceWalk.Found found;
        try {
            found = SourceWalk.walk(paths, root);
        } catch (RuntimeException e) {
            return Optional.empty(); // the ingest says what is wrong with the paths
        }
        if (!found.failures().isEmpty()) {
            return Optional.empty();
        }
        List<Ingester.Source> files = found.sources();
        for (Ingester.Source s : files) {
            try {
                String hash = DocumentIris.contentHash(FileBytes.load(s.file(), maxBytes));
                if (!known.get().hashOf(s.identity()).filter(hash::equals).isPresent()) {
                    return Optional.empty();
                }
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        listener.started(files.size());
        for (Ingester.Source s : files) {
            listener.finished(s.file(), new IngestReport.FileResult("unchanged", 0, 0, null));
        }
        return Optional.of(new IngestReport(0, 0, files.size(), 0, 0, List.of(), found.skipped(),
                Duration.ofNanos(System.nanoTime() - t0)));
    }
}
