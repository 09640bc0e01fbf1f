package org.aikg.ingest.read;

import java.util.Objects;
import java.util.Optional;

/**
 * What a document says about itself: from YAML front matter when present, otherwise guessed from the
 * first heading or line.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title  the title, trimmed
 * @param date   the publication date as ISO {@code yyyy-mm-dd}; empty when absent or not parseable
 *               (an unparseable date is dropped rather than passed on, because later stages type it
 *               as {@code xsd:date})
 * @param author the author, or several joined with {@code ", "}
 */
public record Metadata(Optional<String> title, Optional<String> date, Optional<String> author) {

    /** Metadata with nothing known. */
    public static final Metadata EMPTY = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
    }
}
