package org.aikg.ingest.resolve;

import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;

/**
 * A document with its entities and every mention linked to one.
 *
 * @param document the annotated document
 * @param entities the distinct entities, in order of first mention
 * @param mentions the mentions, in text order
 */
public record ResolvedDocument(AnnotatedDocument document, List<Entity> entities, List<ResolvedMention> mentions) {
    public ResolvedDocument {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }
}
