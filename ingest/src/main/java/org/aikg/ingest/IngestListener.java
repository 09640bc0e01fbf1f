package org.aikg.ingest;

import java.nio.file.Path;

/**
 * Hears how an ingest run goes, for progress display. Called from the ingesting thread only.
 */
public interface IngestListener {
    /** The run found {@code files} files to ingest. */
    default void started(int files) {}

    /** One file is done, with what happened to it (or why it failed). */
    default void finished(Path file, IngestReport.FileResult result) {}

    IngestListener NONE = new IngestListener() {};
}
