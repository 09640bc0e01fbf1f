package org.aikg.spark;

import java.util.List;
import java.util.Locale;
import org.aikg.ingest.bulk.ManifestEntry;
import org.aikg.ingest.resolve.Entity;

/**
 * What the job's first stage made of one document (or of one file that failed): its manifest entry, and for
 * an extracted document its graph's quads (as N-Quads lines) and entity records, before the entity labels
 * of the whole corpus are joined to it.
 *
 * @param entry    the manifest entry
 * @param index    the document's place in its file (a feed has one document per entry; other files one)
 * @param quads    the document's graph as {@link org.aikg.ingest.rdf.DocumentGraph#quads()} holds it
 * @param entities the document's entity records, in the order the store registers them
 */
record DocOutcome(ManifestEntry entry, int index, List<String> quads, List<Entity> entities)
        implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    DocOutcome {
        quads = List.copyOf(quads);
        entities = List.copyOf(entities);
    }

    /** A file that needs no work or could not be read: its manifest entry only. */
    static DocOutcome only(ManifestEntry entry) {
        return new DocOutcome(entry, 0, List.of(), List.of());
    }

    /** Unique per document: its file's identity and its place in the file. */
    String key() {
        return entry.identity() + '\u0000' + index;
    }

    /**
     * Where the {@code i}-th entity record of this document comes in a one-thread local ingest of the same
     * folder: files in the order of their paths ({@link org.aikg.ingest.SourceWalk} sorts them so; under one
     * root that is the order of their identities), then documents in their file, then records in their
     * document. The first record of an entity in this order gives it its label, as in the store.
     */
    String order(int i) {
        String file = org.aikg.ingest.rdf.DocumentIris.sourceOf(entry.identity());
        return file + '\u0000' + String.format(Locale.ROOT, "%09d\u0000%09d", index, i);
    }
}
