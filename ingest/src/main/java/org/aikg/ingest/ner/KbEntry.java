package org.aikg.ingest.ner;

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
 * @param context       words of which one must appear in the sentence for a match, for names that
 *                      usually mean something else ("Transformers" is the library only near "library",
 *                      "pip" or "Hugging Face"); empty for most entries
 * @param handles       an organization's account names on model hubs and API gateways when they are not one of
 *                      its names ("meta-llama" for Meta): the owner part of a repository id
 *                      ("meta-llama/Llama-3.2-1B") names the organization only in that position; empty for most
 */
public record KbEntry(String id, String type, String label, List<String> aliases, String wikidata, String arxiv,
                      String kind, Boolean caseSensitive, String parent, List<String> context, List<String> handles) {
    public KbEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        context = context == null ? List.of() : List.copyOf(context);
        handles = handles == null ? List.of() : List.copyOf(handles);
    }

    /** An entry without context words or handles. */
    public KbEntry(String id, String type, String label, List<String> aliases, String wikidata, String arxiv,
                   String kind, Boolean caseSensitive, String parent) {
        this(id, type, label, aliases, wikidata, arxiv, kind, caseSensitive, parent, List.of(), List.of());
    }

    /** True when the entry needs no context, or one of its context words is in {@code sentence}. */
    public boolean fitsContext(String sentence) {
        if (context.isEmpty()) {
            return true;
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return context.stream().anyMatch(c -> lower.contains(c.toLowerCase(java.util.Locale.ROOT)));
    }

    public EntityType entityType() {
        return EntityType.parse(type);
    }

    public boolean strictCase() {
        return Boolean.TRUE.equals(caseSensitive);
    }
}
