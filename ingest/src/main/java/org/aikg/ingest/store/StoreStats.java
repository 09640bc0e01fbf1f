package org.aikg.ingest.store;

import java.util.Map;

/**
 * Counts of what the store holds.
 *
 * @param documents  documents (named graphs with an aikg:Document)
 * @param entities   distinct entities by type name (Model, Paper, Organization, Person)
 * @param relations  distinct relation triples stated by documents
 * @param assertions relation statements with evidence
 * @param quads      quads in all graphs
 */
public record StoreStats(long documents, Map<String, Long> entities, long relations, long assertions, long quads) {
    public StoreStats {
        entities = Map.copyOf(entities);
    }

    public long entityCount() {
        return entities.values().stream().mapToLong(Long::longValue).sum();
    }
}
