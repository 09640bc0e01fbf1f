package org.aikg.ingest.ner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One knowledge-base entry, as written in {@code entities.json} (format: docs/knowledge-base.md).
 *
 * @param id            unique slug, also the key of the entity's IRI
 * @param type          Model, Paper, Organization or Person
 * @param label         the canonical name, written as {@code rdfs:label}
 * @param aliases       other spellings
 * @param wikidata      Wikidata Q-id or null
 * @param arxiv         arXiv id of a paper or null
 * @param kind          organization subtype (Company, ResearchLab, University, ...) or null
 * @param caseSensitive when true a match must have the first letter's case of the name it matches
 * @param parent        id of a parent organization (used for naming only, never written as a fact)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KbEntry(String id, String type, String label, List<String> aliases, String wikidata, String arxiv,
                      String kind, Boolean caseSensitive, String parent) {
    public KbEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public EntityType entityType() {
        return EntityType.parse(type);
    }

    public boolean strictCase() {
        return Boolean.TRUE.equals(caseSensitive);
    }
}
