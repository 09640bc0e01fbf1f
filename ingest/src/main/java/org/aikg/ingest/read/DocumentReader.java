package org.aikg.ingest.read;

import java.nio.file.Path;

/**
 * Turns the content of one file into a {@link Document}: clean text for NLP plus the way back to
 * the original characters.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface DocumentReader {

    /**
     * Reads {@code content}, already decoded, that came from {@code path}. A leading BOM is skipped.
     *
     * @param path    where the content came from; only recorded, never opened
     * @param content the whole file
     */
    Document read(Path path, String content);
}
