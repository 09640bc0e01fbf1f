package org.aikg.ingest;

import java.nio.file.Path;

/**
 * The one unchecked error root of aikg. Messages that concern a file carry its position as
 * {@code file:line:column: message}, the form editors and terminals turn into links.
 *
 * <p>Thread-safety: immutable once thrown.
 */
public class AikgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AikgException(String message) {
        super(message);
    }

    public AikgException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at a position in a file; {@code line} and {@code column} are 1-based. */
    public static AikgException at(Path file, int line, int column, String message) {
        return new AikgException(file + ":" + line + ":" + column + ": " + message);
    }
}
