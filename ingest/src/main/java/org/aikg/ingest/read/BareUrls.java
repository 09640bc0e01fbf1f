package org.aikg.ingest.read;

import java.util.EnumSet;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Bare URLs ({@code https://...}, {@code www....}) in text a reader has written, found by autolink-java
 * and recorded as links. For formats whose own syntax does not mark links (plain text) or marks only
 * some of them (reStructuredText).
 *
 * <p>Stateless and thread-safe.
 */
final class BareUrls {
    private static final LinkExtractor URLS = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    private BareUrls() {
    }

    /** Records as links the bare URLs in the clean text {@code out} holds in [{@code from}, {@code to}). */
    static void link(TextBuilder out, int from, int to) {
        if (to <= from) {
            return;
        }
        String clean = out.text(from, to);
        for (LinkSpan url : URLS.extractLinks(clean)) {
            String target = clean.substring(url.getBeginIndex(), url.getEndIndex());
            out.link(from + url.getBeginIndex(), from + url.getEndIndex(),
                    url.getType() == LinkType.WWW ? "https://" + target : target);
        }
    }
}
