package org.aikg.ingest.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.aikg.ontology.AIKG;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the store keeps beside the graph so that queries need not scan it: counts and name keys, kept in step
 * with every document written, replaced or dropped, in the same transaction.
 *
 * <p>The index lives in the store's own default graph, which the served dataset never shows (its default
 * graph is the union of the named graphs) and exports leave out: it is derived data, like TDB2's own indexes.
 * A query reads it as {@code GRAPH <urn:x-arq:DefaultGraph> { ... }}. Its terms ({@value #NS}):
 * <ul>
 *   <li>{@code ?entity idx:nameKey "gpt3"}: for every label and alias an entity was ever given, the name as the
 *       shipped queries compare names (lower case, letters and digits only); stale keys may stay, so a query
 *       checks the entity's current labels after the look-up;</li>
 *   <li>{@code ?entity idx:documents 12}: how many documents mention the entity ({@code aikg:mentions});</li>
 *   <li>{@code ?document idx:entities 40 ; idx:statements 7}: the entities a document mentions and its
 *       statements of relations (assertions other than those of {@code aikg:mentions});</li>
 *   <li>{@code ?assertion idx:confidence 0.9}: the confidence of every statement of a relation, so the most
 *       confident are found in one index range;</li>
 *   <li>{@code ?fact idx:subject ?s ; idx:object ?o ; idx:developedBy 3 ; idx:bestConfidence 0.9}: per relation
 *       fact (a triple {@code ?s aikg:developedBy ?o} any document states; the fact's IRI is made from it), the
 *       number of documents whose graph states it, under the relation's own name (one index range per
 *       relation), and the best confidence any of their statements gives it;</li>
 *   <li>{@code <#index> idx:version 2}: the index is complete; a store without it is indexed when opened.</li>
 * </ul>
 *
 * <p>Thread-safety: stateless; every method must run inside the caller's transaction (write for changes).
 */
public final class StoreIndex {
    /** The index's namespace. */
    public static final String NS = "https://w3id.org/aikg/index#";
    /** The graph the index lives in: the store's default graph. */
    public static final Node GRAPH = Quad.defaultGraphIRI;
    public static final Node NAME_KEY = NodeFactory.createURI(NS + "nameKey");
    public static final Node DOCUMENTS = NodeFactory.createURI(NS + "documents");
    public static final Node ENTITIES = NodeFactory.createURI(NS + "entities");
    public static final Node STATEMENTS = NodeFactory.createURI(NS + "statements");
    static final Node VERSION = NodeFactory.createURI(NS + "version");
    static final Node MARKER = NodeFactory.createURI(NS + "index");
    public static final Node CONFIDENCE = NodeFactory.createURI(NS + "confidence");
    public static final Node BEST_CONFIDENCE = NodeFactory.createURI(NS + "bestConfidence");
    public static final Node SUBJECT = NodeFactory.createURI(NS + "subject");
    public static final Node OBJECT = NodeFactory.createURI(NS + "object");
    static final int CURRENT_VERSION = 2;
    /** The relations of the data contract, whose facts are counted. */
    static final java.util.Set<Node> RELATIONS = java.util.Set.of(AIKG.developedBy.asNode(), AIKG.introducedIn.asNode(),
            AIKG.authoredBy.asNode(), AIKG.affiliatedWith.asNode(), AIKG.basedOn.asNode(), AIKG.partOf.asNode());

    private static final Node MENTIONS = AIKG.mentions.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private StoreIndex() {
    }

    /**
     * The key a name is looked up by: as the shipped queries' {@code REPLACE(LCASE(?name), "[^\\p{L}\\p{N}]", "")}
     * (Jena lower-cases with the root locale and replaces with Java's regular expressions).
     */
    public static String key(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Whether the dataset holds a complete and current index (a dataset not made by a store may have none). */
    public static boolean current(DatasetGraph dsg) {
        return dsg.contains(GRAPH, MARKER, VERSION, integer(CURRENT_VERSION));
    }

    /** Forgets the document {@code g} before its graph is removed: its counts, and its mentions' counts. */
    static void removeDocument(DatasetGraph dsg, Node g) {
        for (Quad q : Iter.toList(dsg.find(g, g, MENTIONS, Node.ANY))) {
            add(dsg, q.getObject(), DOCUMENTS, -1);
        }
        for (Quad a : Iter.toList(dsg.find(g, Node.ANY, PREDICATE, Node.ANY))) {
            dsg.deleteAny(GRAPH, a.getSubject(), CONFIDENCE, Node.ANY);
        }
        for (Quad t : relationTriples(dsg, g)) {
            Node fact = fact(t.getSubject(), t.getPredicate(), t.getObject());
            long left = add(dsg, fact, support(t.getPredicate()), -1);
            if (left <= 0) {
                dsg.deleteAny(GRAPH, fact, Node.ANY, Node.ANY);
            } else {
                bestConfidence(dsg, fact, t, g);
            }
        }
        dsg.deleteAny(GRAPH, g, ENTITIES, Node.ANY);
        dsg.deleteAny(GRAPH, g, STATEMENTS, Node.ANY);
    }

    /** Counts the document {@code g} after its graph is written: its counts, its mentions' counts, its names. */
    static void addDocument(DatasetGraph dsg, Node g) {
        long mentioned = 0;
        for (Quad q : Iter.toList(dsg.find(g, g, MENTIONS, Node.ANY))) {
            add(dsg, q.getObject(), DOCUMENTS, 1);
            mentioned++;
        }
        set(dsg, g, ENTITIES, mentioned);
        set(dsg, g, STATEMENTS, statements(dsg, g));
        for (Quad q : Iter.toList(dsg.find(g, Node.ANY, SKOS.altLabel.asNode(), Node.ANY))) {
            nameKey(dsg, q.getSubject(), q.getObject());
        }
        // each statement's confidence; each fact's support and best confidence
        Map<Node, Node> best = new HashMap<>();
        for (Quad a : Iter.toList(dsg.find(g, Node.ANY, PREDICATE, Node.ANY))) {
            if (!RELATIONS.contains(a.getObject())) {
                continue;
            }
            Node s = one(dsg, g, a.getSubject(), RDF.subject.asNode());
            Node o = one(dsg, g, a.getSubject(), RDF.object.asNode());
            Node c = one(dsg, g, a.getSubject(), AIKG.confidence.asNode());
            if (s == null || o == null || c == null || !c.isLiteral()) {
                continue;
            }
            dsg.add(GRAPH, a.getSubject(), CONFIDENCE, c);
            best.merge(fact(s, a.getObject(), o), c, (x, y) -> value(x) >= value(y) ? x : y);
        }
        for (Quad t : relationTriples(dsg, g)) {
            Node fact = fact(t.getSubject(), t.getPredicate(), t.getObject());
            if (add(dsg, fact, support(t.getPredicate()), 1) == 1) {
                dsg.add(GRAPH, fact, SUBJECT, t.getSubject());
                dsg.add(GRAPH, fact, OBJECT, t.getObject());
            }
            Node c = best.get(fact);
            if (c != null) {
                var now = dsg.find(GRAPH, fact, BEST_CONFIDENCE, Node.ANY);
                if (!now.hasNext() || value(now.next().getObject()) < value(c)) {
                    dsg.deleteAny(GRAPH, fact, BEST_CONFIDENCE, Node.ANY);
                    dsg.add(GRAPH, fact, BEST_CONFIDENCE, c);
                }
            }
        }
    }

    /**
     * Forgets the facts (s, p, o) users rejected, once they were removed from every document: the fact's entry,
     * and the confidences of the statements removed with it.
     */
    static void removeFact(DatasetGraph dsg, Node s, Node p, Node o, List<Node> assertions) {
        dsg.deleteAny(GRAPH, fact(s, p, o), Node.ANY, Node.ANY);
        for (Node a : assertions) {
            dsg.deleteAny(GRAPH, a, CONFIDENCE, Node.ANY);
        }
    }

    /** The property a fact's support is counted under: {@code idx:} and the relation's name. */
    public static Node support(Node relation) {
        return NodeFactory.createURI(NS + relation.getLocalName());
    }

    /** The IRI of the fact (s, p, o) in the index. */
    static Node fact(Node s, Node p, Node o) {
        String spo = s.getURI() + " " + p.getURI() + " " + o.getURI();
        return NodeFactory.createURI(NS + "fact-" + org.aikg.ingest.rdf.DocumentIris.contentHash(
                spo.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring("sha256:".length(), "sha256:".length() + 24));
    }

    /** The triples of the six relations in graph {@code g}, between IRIs. */
    private static List<Quad> relationTriples(DatasetGraph dsg, Node g) {
        List<Quad> out = new ArrayList<>();
        for (Node p : RELATIONS) {
            dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getObject().isURI()) {
                    out.add(q);
                }
            });
        }
        return out;
    }

    /** Sets the fact's best confidence from the statements of it in every document graph but {@code without}. */
    private static void bestConfidence(DatasetGraph dsg, Node fact, Quad t, Node without) {
        Node best = null;
        for (Quad a : Iter.toList(dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), t.getSubject()))) {
            Node g = a.getGraph();
            if (g.equals(without) || a.isDefaultGraph()
                    || !dsg.contains(g, a.getSubject(), PREDICATE, t.getPredicate())
                    || !dsg.contains(g, a.getSubject(), RDF.object.asNode(), t.getObject())) {
                continue;
            }
            Node c = one(dsg, g, a.getSubject(), AIKG.confidence.asNode());
            if (c != null && c.isLiteral() && (best == null || value(c) > value(best))) {
                best = c;
            }
        }
        dsg.deleteAny(GRAPH, fact, BEST_CONFIDENCE, Node.ANY);
        if (best != null) {
            dsg.add(GRAPH, fact, BEST_CONFIDENCE, best);
        }
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static double value(Node literal) {
        Object v = literal.getLiteralValue();
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Recounts the statements of the document {@code g} (after facts were removed from it). */
    static void recount(DatasetGraph dsg, Node g) {
        if (dsg.contains(GRAPH, g, STATEMENTS, Node.ANY)) {
            set(dsg, g, STATEMENTS, statements(dsg, g));
        }
    }

    /** Adds the key of the label {@code label} of {@code entity}. */
    static void nameKey(DatasetGraph dsg, Node entity, Node label) {
        if (entity.isURI() && label.isLiteral()) {
            dsg.add(GRAPH, entity, NAME_KEY, NodeFactory.createLiteralString(key(label.getLiteralLexicalForm())));
        }
    }

    /** Forgets an entity no document mentions any more. */
    static void removeEntity(DatasetGraph dsg, Node entity) {
        dsg.deleteAny(GRAPH, entity, Node.ANY, Node.ANY);
    }

    /**
     * Builds the whole index again from the graphs (a store made before it, written by a bulk load, or a dataset
     * made outside a {@link KnowledgeStore}, such as a test fixture), in the caller's write transaction.
     */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        for (Node g : Iter.toList(dsg.listGraphNodes())) {
            if (dsg.contains(g, g, RDF.type.asNode(), AIKG.Document.asNode())) {
                addDocument(dsg, g);
            }
        }
        List<Quad> labels = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(labels::add);
        dsg.find(Node.ANY, Node.ANY, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(labels::add);
        for (Quad q : labels) {
            if (!q.isDefaultGraph() && q.getSubject().isURI() && q.getSubject().getURI().startsWith(AIKG.ID_BASE)) {
                nameKey(dsg, q.getSubject(), q.getObject());
            }
        }
        dsg.add(GRAPH, MARKER, VERSION, integer(CURRENT_VERSION));
    }

    private static long statements(DatasetGraph dsg, Node g) {
        long n = 0;
        var it = dsg.find(g, Node.ANY, PREDICATE, Node.ANY);
        while (it.hasNext()) {
            if (!it.next().getObject().equals(MENTIONS)) {
                n++;
            }
        }
        return n;
    }

    private static long add(DatasetGraph dsg, Node s, Node p, long delta) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        long now = it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
        set(dsg, s, p, now + delta);
        return now + delta;
    }

    private static void set(DatasetGraph dsg, Node s, Node p, long value) {
        dsg.deleteAny(GRAPH, s, p, Node.ANY);
        if (value > 0) {
            dsg.add(GRAPH, s, p, integer(value));
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
