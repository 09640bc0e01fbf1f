package org.aikg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary constants of the aikg ontology ({@value #NS}), in the style of Jena's {@code DCTerms}.
 *
 * <p>The constants mirror {@code aikg.ttl} in this module; {@code VocabularyTest} fails when the two drift
 * apart. Besides the ontology terms this class names the IRI bases the ingester mints entity and document
 * IRIs under, and the well-known graphs of the served dataset.
 *
 * <p>Thread-safety: immutable constants, safe to share.
 */
public final class AIKG {
    private AIKG() {}

    /** The ontology namespace, fixed by the data contract. */
    public static final String NS = "https://w3id.org/aikg/ontology#";
    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "aikg";
    /** The ontology's own IRI, also the name of the graph it is loaded into. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/aikg/ontology";
    /** Base of entity IRIs: {@code <ID_BASE><type>/<key>}, e.g. {@code .../id/model/gpt3}. */
    public static final String ID_BASE = "https://w3id.org/aikg/id/";
    /** Base of document IRIs; a document's IRI is also the name of its graph. */
    public static final String DOC_BASE = "https://w3id.org/aikg/doc/";
    /** The graph that holds one {@code rdfs:label}, the type and the Wikidata link of every entity. */
    public static final String ENTITIES_GRAPH = "https://w3id.org/aikg/graph/entities";
    /** The graph of users' corrections: facts they added, and records of facts they rejected. */
    public static final String CORRECTIONS_GRAPH = "https://w3id.org/aikg/graph/corrections";
    /** Wikidata entity namespace, the target of {@code owl:sameAs}. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    // ---------------------------------------------------------------- classes
    public static final Resource Entity = resource("Entity");
    public static final Resource Document = resource("Document");
    public static final Resource Paper = resource("Paper");
    public static final Resource Model = resource("Model");
    public static final Resource Organization = resource("Organization");
    public static final Resource Company = resource("Company");
    public static final Resource ResearchInstitution = resource("ResearchInstitution");
    public static final Resource Person = resource("Person");
    /**
     * A relation as stated by one piece of text: subject, predicate, object, evidence and confidence. Also
     * the evidence of a document's {@code aikg:mentions} of an entity: one per (document, entity).
     */
    public static final Resource Assertion = resource("Assertion");
    /**
     * A user's correction of the graph: a reified triple they rejected (it is removed from every document's
     * graph and kept out on re-ingest) or added (the triple itself is in the corrections graph), with who and when.
     */
    public static final Resource Correction = resource("Correction");

    // ---------------------------------------------------------------- relations (the data contract)
    public static final Property developedBy = property("developedBy");
    public static final Property introducedIn = property("introducedIn");
    public static final Property authoredBy = property("authoredBy");
    public static final Property affiliatedWith = property("affiliatedWith");
    public static final Property basedOn = property("basedOn");
    /** A model's size, version or tuning of another, as its name says (not one of the six stated relations). */
    public static final Property variantOf = property("variantOf");
    public static final Property partOf = property("partOf");
    public static final Property mentions = property("mentions");

    // ---------------------------------------------------------------- entity data
    public static final Property arxivId = property("arxivId");
    public static final Property wikidataId = property("wikidataId");

    // ---------------------------------------------------------------- documents
    public static final Property contentHash = property("contentHash");
    public static final Property format = property("format");

    // ---------------------------------------------------------------- assertions and evidence
    /** Assertion → Document the evidence comes from. */
    public static final Property statedIn = property("statedIn");
    public static final Property confidence = property("confidence");
    public static final Property evidenceText = property("evidenceText");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property line = property("line");
    public static final Property column = property("column");
    public static final Property extractedBy = property("extractedBy");
    /** On a correction: "rejected" or "added". */
    public static final Property verdict = property("verdict");
    /** On the assertion of an {@code aikg:mentions} triple: how often the document names the entity. */
    public static final Property mentionCount = property("mentionCount");

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
