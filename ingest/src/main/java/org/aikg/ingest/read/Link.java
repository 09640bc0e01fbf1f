package org.aikg.ingest.read;

import java.util.Objects;

/**
 * A hyperlink found in a document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first index in the clean text of the link text (inclusive); for a bare URL the span
 *              is the URL itself
 * @param end   end of the link text in the clean text (exclusive)
 * @param url   the target, as written (not resolved or normalised)
 */
public record Link(int start, int end, String url) {

    public Link {
        Objects.requireNonNull(url, "url");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad link span [" + start + ", " + end + ")");
        }
    }
}
