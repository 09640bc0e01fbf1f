package org.aikg.ingest.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The rule that joins documents' graphs to the shared entities graph, as pure functions, so that the store
 * ({@link KnowledgeStore#put}) and a bulk build elsewhere (the Spark job) apply the same one.
 *
 * <p>The rule: every entity has <em>one</em> {@code rdfs:label} in the entities graph, the label of the first
 * record of it ever stored ("first wins": the first document written, and in it the first entity record with
 * that IRI). A document's graph then never repeats that label as a {@code skos:altLabel}, and states its own
 * record's label as one when it differs. Everything else an entity record says (types, Wikidata link, arXiv
 * id) is added to the entities graph as it is, so it does not depend on order.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityGraph {
    /** The name of the shared entities graph. */
    public static final Node GRAPH = NodeFactory.createURI(AIKG.ENTITIES_GRAPH);

    private EntityGraph() {
    }

    /** The quads an entity record adds to the entities graph, its label apart (they do not depend on order). */
    public static List<Quad> facts(Entity e) {
        Node en = NodeFactory.createURI(e.iri());
        List<Quad> out = new ArrayList<>(6);
        out.add(Quad.create(GRAPH, en, RDF.type.asNode(), e.type().ontologyClass().asNode()));
        Node kindClass = kindClass(e.kind());
        if (kindClass != null) {
            out.add(Quad.create(GRAPH, en, RDF.type.asNode(), kindClass));
        }
        if (e.wikidata() != null && e.wikidata().matches("Q[1-9][0-9]*")) {
            out.add(Quad.create(GRAPH, en, OWL.sameAs.asNode(), NodeFactory.createURI(AIKG.WIKIDATA + e.wikidata())));
            out.add(Quad.create(GRAPH, en, AIKG.wikidataId.asNode(), NodeFactory.createLiteralString(e.wikidata())));
        }
        if (e.arxivId() != null) {
            out.add(Quad.create(GRAPH, en, AIKG.arxivId.asNode(), NodeFactory.createLiteralString(e.arxivId())));
        }
        return out;
    }

    /** The entities graph's one label of the entity {@code iri}. */
    public static Quad label(String iri, String label) {
        return Quad.create(GRAPH, NodeFactory.createURI(iri), RDFS.label.asNode(), NodeFactory.createLiteralString(label));
    }

    /**
     * The labels the records of one document give its entities when nothing is stored yet: for each IRI, the
     * label of its first record in {@code entities}.
     */
    public static Map<String, String> firstLabels(List<Entity> entities) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Entity e : entities) {
            out.putIfAbsent(e.iri(), e.label());
        }
        return out;
    }

    /**
     * A document's quads as they are stored, given each of its entities' one label ({@code label}: IRI →
     * the entities graph's label): the document's {@code quads} without a {@code skos:altLabel} equal to that
     * label, plus each record's own label as a {@code skos:altLabel} where it differs. Duplicates are dropped,
     * order kept.
     *
     * @param documentIri the document's graph
     * @param entities    its entity records, as {@link org.aikg.ingest.rdf.DocumentGraph#entities()}
     */
    public static List<Quad> documentQuads(String documentIri, List<Quad> quads, List<Entity> entities,
                                           Function<String, String> label) {
        Node g = NodeFactory.createURI(documentIri);
        Set<Quad> removed = new java.util.HashSet<>();
        List<Quad> added = new ArrayList<>();
        for (Entity e : entities) {
            String one = label.apply(e.iri());
            Node en = NodeFactory.createURI(e.iri());
            removed.add(Quad.create(g, en, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(one)));
            if (!e.label().equals(one)) {
                added.add(Quad.create(g, en, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(e.label())));
            }
        }
        Set<Quad> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (!removed.contains(q)) {
                out.add(q);
            }
        }
        // an added label is never a removed one: it differs from its entity's one label
        out.addAll(added);
        return List.copyOf(out);
    }

    private static Node kindClass(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "company" -> AIKG.Company.asNode();
            case "researchlab", "university", "institute", "nonprofit", "governmentagency" -> AIKG.ResearchInstitution.asNode();
            default -> null;
        };
    }
}
