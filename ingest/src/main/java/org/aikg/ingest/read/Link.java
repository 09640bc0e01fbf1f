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
    /**
     * Not a hyperlink but a reader's mark on structure it knows: the span is one name of a citation's
     * author field (BibTeX {@code author={A and B}}), so a person by construction.
     */
    public static final String AUTHOR_MARK = "urn:aikg:structure:author";
    /** A reader's mark: the span is the title field of a citation entry (BibTeX {@code title={...}}), so a paper. */
    public static final String TITLE_MARK = "urn:aikg:structure:title";
    /**
     * A reader's mark: the span is an author's affiliation as the page's own metadata states it, so an
     * organization by construction.
     */
    public static final String AFFILIATION_MARK = "urn:aikg:structure:affiliation";

    /**
     * The index of the first link that starts at or after {@code offset} in a document's links, which are in
     * order of their start (binary search: a sentence finds its links in logarithmic time).
     */
    public static int firstAtOrAfter(java.util.List<Link> links, int offset) {
        int lo = 0;
        int hi = links.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (links.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True for a reader's structure mark rather than a real hyperlink. */
    public boolean structural() {
        return url.startsWith("urn:aikg:structure:");
    }

    public Link {
        Objects.requireNonNull(url, "url");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad link span [" + start + ", " + end + ")");
        }
    }
}
