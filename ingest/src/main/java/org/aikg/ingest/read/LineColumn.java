package org.aikg.ingest.read;

/**
 * A position in a file for messages. Both are 1-based; the column counts UTF-16 chars of the
 * decoded text, so a character outside the BMP counts two.
 *
 * <p>Immutable and thread-safe.
 */
public record LineColumn(int line, int column) {

    public LineColumn {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
