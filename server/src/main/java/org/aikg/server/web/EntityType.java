package org.aikg.server.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.aikg.ontology.AIKG;

/**
 * The kinds of node the web application tells apart (for colours, grouping and the search filter).
 *
 * <p>Thread-safety: an enum, immutable.
 */
enum EntityType {
    MODEL("Model", AIKG.Model.getURI()),
    PAPER("Paper", AIKG.Paper.getURI()),
    ORGANIZATION("Organization", AIKG.Organization.getURI()),
    PERSON("Person", AIKG.Person.getURI()),
    DOCUMENT("Document", AIKG.Document.getURI()),
    OTHER("Other", null);

    /** The types the search can filter by. */
    static final List<EntityType> SEARCHABLE = List.of(MODEL, PAPER, ORGANIZATION, PERSON);

    private final String label;
    private final String iri;

    EntityType(String label, String iri) {
        this.label = label;
        this.iri = iri;
    }

    /** The class's local name, also used as a CSS class suffix and in JSON. */
    String label() {
        return label;
    }

    /** The ontology class IRI, or null for {@link #OTHER}. */
    String iri() {
        return iri;
    }

    /** A searchable type by its label, ignoring case. */
    static Optional<EntityType> searchable(String label) {
        for (EntityType t : SEARCHABLE) {
            if (t.label.equalsIgnoreCase(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The type to show for a node with the given rdf:types; the entity IRI's type segment decides when the
     * types say nothing we know (Company and ResearchInstitution always come with Organization).
     */
    static EntityType of(Collection<String> typeIris, String nodeIri) {
        for (EntityType t : values()) {
            if (t.iri != null && typeIris.contains(t.iri)) {
                return t;
            }
        }
        if (typeIris.contains(AIKG.Company.getURI()) || typeIris.contains(AIKG.ResearchInstitution.getURI())) {
            return ORGANIZATION;
        }
        return fromIri(nodeIri);
    }

    /** The type an aikg IRI names in its path ({@code .../id/model/...}, {@code .../doc/...}). */
    static EntityType fromIri(String iri) {
        if (iri != null && iri.startsWith(AIKG.DOC_BASE)) {
            return DOCUMENT;
        }
        if (iri != null && iri.startsWith(AIKG.ID_BASE)) {
            String rest = iri.substring(AIKG.ID_BASE.length());
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            for (EntityType t : SEARCHABLE) {
                if (t.label.toLowerCase(Locale.ROOT).equals(segment)) {
                    return t;
                }
            }
        }
        return OTHER;
    }
}
