package org.aikg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of an ingest run.
 *
 * @param added     documents new to the store
 * @param replaced  documents whose changed content replaced their graph
 * @param unchanged documents already stored with the same content
 * @param entities  entity mentions (distinct per document) written
 * @param relations relations written
 * @param failures  files that could not be ingested, with the reason
 * @param elapsed   wall time of the run
 */
public record IngestReport(int added, int replaced, int unchanged, long entities, long relations,
                           List<Failure> failures, Duration elapsed) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** A file that failed, and why (the message carries the path). */
    public record Failure(Path file, String reason) {}

    /** What happened to one file. */
    public record FileResult(String outcome, int entities, int relations, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    public int documents() {
        return added + replaced + unchanged;
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
