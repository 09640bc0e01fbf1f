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
 * @param skipped   entries of the folders walked that were left alone on purpose (hidden, links that lead
 *                  nowhere or to no regular file, FIFOs, sockets, devices), with the reason
 * @param elapsed   wall time of the run
 */
public record IngestReport(int added, int replaced, int unchanged, long entities, long relations,
                           List<Failure> failures, List<Skipped> skipped, Duration elapsed) {
    public IngestReport {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /** A report of a run that skipped nothing. */
    public IngestReport(int added, int replaced, int unchanged, long entities, long relations,
                        List<Failure> failures, Duration elapsed) {
        this(added, replaced, unchanged, entities, relations, failures, List.of(), elapsed);
    }

    /** A file that failed, and why (the message carries the path). */
    public record Failure(Path file, String reason) {}

    /**
     * An entry left alone on purpose, and why: not a failure (the exit code does not change), but listed
     * so that nothing is left out without a word.
     */
    public record Skipped(Path file, String reason) {
        /** As a report line names it: {@code path: reason}. */
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

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
