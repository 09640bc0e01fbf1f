package org.aikg.ingest.resolve;

import java.util.Set;
import org.aikg.ingest.ner.EntityType;

/**
 * One resolved entity of a document.
 *
 * @param iri       stable IRI: the same entity gets the same IRI in every document and run
 * @param type      its type
 * @param label     its one preferred name
 * @param altLabels every other spelling the document uses (never the label itself)
 * @param kbId      knowledge-base id or null
 * @param wikidata  Wikidata Q-id or null
 * @param arxivId   arXiv id of a paper or null
 * @param kind      organization subtype from the knowledge base (Company, ResearchLab, ...) or null
 *
 * <p>Serializable, so a distributed build (the Spark job) can carry a document's entities between its stages.
 */
public record Entity(String iri, EntityType type, String label, Set<String> altLabels, String kbId, String wikidata,
                     String arxivId, String kind) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public Entity {
        altLabels = Set.copyOf(altLabels);
    }
}
