package org.aikg.ingest;

/**
 * Where long work on one document pauses to say how far it got, and may be told to stop.
 *
 * <p>Extraction calls {@link #reached} between units of work (a sentence, a stage), never inside an
 * OpenNLP model or a regular expression, so stopping is cooperative: no thread is interrupted or
 * killed, and nothing is left half-done except the document itself, which is not stored.
 *
 * <p>Implementations are called from the extracting thread only; one document's checkpoint is never
 * shared between threads.
 */
@FunctionalInterface
public interface Checkpoint {
    /**
     * The work on a document reached {@code done} of {@code total} (characters of its text) in {@code stage}.
     *
     * @throws AikgException to stop the work on this document (its message is the reason reported)
     */
    void reached(String stage, long done, long total);

    /** Hears nothing, stops nothing. */
    Checkpoint NONE = (stage, done, total) -> { };
}
