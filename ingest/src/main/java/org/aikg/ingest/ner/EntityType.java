package org.aikg.ingest.ner;

import java.util.Locale;
import org.aikg.ontology.AIKG;
import org.apache.jena.rdf.model.Resource;

/** The four kinds of entity aikg extracts, with their ontology class and IRI segment. */
public enum EntityType {
    MODEL(AIKG.Model),
    PAPER(AIKG.Paper),
    ORGANIZATION(AIKG.Organization),
    PERSON(AIKG.Person);

    private final Resource ontologyClass;

    EntityType(Resource ontologyClass) {
        this.ontologyClass = ontologyClass;
    }

    /** The ontology class, e.g. {@code aikg:Model}. */
    public Resource ontologyClass() {
        return ontologyClass;
    }

    /** The IRI path segment and OpenNLP tag: {@code model}, {@code paper}, ... */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "Model", "model" or "MODEL". */
    public static EntityType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
