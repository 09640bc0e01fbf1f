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
 * @param url    where the document lives on the web, as it says itself (front matter {@code canonical_url},
 *               {@code canonical} or {@code url}; HTML {@code <link rel=canonical>} or {@code og:url}); an
 *               absolute http(s) URL, or empty
 */
public record Metadata(Optional<String> title, Optional<String> date, Optional<String> author, Optional<String> url) {

    /** Metadata with nothing known. */
    public static final Metadata EMPTY = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(url, "url");
        url = url.filter(u -> u.matches("(?i)https?://[^\\s/<>\"{}|\\\\^`]+(/[^\\s<>\"{}|\\\\^`]*)?"));
    }

    /** Metadata without a URL. */
    public Metadata(Optional<String> title, Optional<String> date, Optional<String> author) {
        this(title, date, author, Optional.empty());
    }
}
