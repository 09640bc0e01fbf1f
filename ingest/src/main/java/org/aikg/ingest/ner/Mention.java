package org.aikg.ingest.ner;

/**
 * A span of clean text that names an entity.
 *
 * @param start      start offset (inclusive) in the document's clean text
 * @param end        end offset (exclusive)
 * @param surface    the text as written
 * @param type       the entity type
 * @param confidence how sure the finder is, in [0, 1]
 * @param finder     which finder produced it ("dictionary", "pattern:arxiv", "statistical", ...)
 * @param kbId       the knowledge-base id when the dictionary knows the entity, else null
 * @param arxivId    the arXiv id for a paper named by an arXiv link or id, else null
 * @param title      a paper's title when the span is only a pointer to it (a link reading "paper"), else null
 */
public record Mention(int start, int end, String surface, EntityType type, double confidence, String finder,
                      String kbId, String arxivId, String title) {

    /** A mention without knowledge-base id, arXiv id or title. */
    public static Mention of(int start, int end, String surface, EntityType type, double confidence, String finder) {
        return new Mention(start, end, surface, type, confidence, finder, null, null, null);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    /** This mention with another type (the finders sometimes learn the type from context). */
    public Mention withType(EntityType newType) {
        return new Mention(start, end, surface, newType, confidence, finder, kbId, arxivId, title);
    }

    /**
     * Where the paper's title stands in the text, {start, end}: inside the surface when the surface holds more (a link
     * whose text is a whole reference entry, named by the title found in it), else the whole mention.
     */
    public int[] titleSpan() {
        int at = title == null ? -1 : surface.indexOf(title);
        return at < 0 ? new int[] {start, end} : new int[] {start + at, start + at + title.length()};
    }
}
