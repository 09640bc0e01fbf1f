package org.aikg.ingest;

import java.nio.file.Path;

/**
 * Hears how an ingest run goes, for progress display. {@link #started} and {@link #finished} are called
 * from the ingesting thread only; {@link #working} from the extracting threads, concurrently.
 */
public interface IngestListener {
    /** The run found {@code files} files to ingest. */
    default void started(int files) {}

    /** One file is done, with what happened to it (or why it failed). */
    default void finished(Path file, IngestReport.FileResult result) {}

    /**
     * A file still being worked on has reached {@code done} of {@code total} characters of its text in
     * {@code stage}: heard at most once a second per file, and only for a file that takes longer than that.
     * Called from extracting threads, concurrently: implementations must be thread-safe and quick.
     */
    default void working(Path file, String stage, long done, long total) {}

    IngestListener NONE = new IngestListener() {};
}
