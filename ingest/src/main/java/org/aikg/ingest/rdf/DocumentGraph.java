package org.aikg.ingest.rdf;

import java.util.List;
import org.aikg.ingest.resolve.Entity;
import org.apache.jena.sparql.core.Quad;

/**
 * What one document contributes to the store: the quads of its named graph, and its entities, whose one
 * label, type and Wikidata link the store keeps in the shared entities graph.
 *
 * @param iri         the document's IRI, also the name of its graph
 * @param source      the {@code dcterms:source}: the document's path relative to its source root
 * @param contentHash {@code sha256:<hex>} of the file's bytes, to skip unchanged files
 * @param quads       every quad of the document's graph
 * @param entities    the entities the document mentions
 * @param relations   how many relations the graph states
 */
public record DocumentGraph(String iri, String source, String contentHash, List<Quad> quads, List<Entity> entities,
                            int relations) {
    public DocumentGraph {
        quads = List.copyOf(quads);
        entities = List.copyOf(entities);
    }
}
