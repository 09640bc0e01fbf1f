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
 *   <li>{@code ?fact idx:subject ?s ; idx:predicate aikg:developedBy ; idx:object ?o ; idx:developedBy 3 ;
 *       idx:bestConfidence 0.9}: per relation
 *       fact (a triple {@code ?s aikg:developedBy ?o} any document states; the fact's IRI is made from it), the
 *       number of documents whose graph states it, under the relation's own name (one index range per
 *       relation), and the best confidence any of their statements gives it;</li>
 *   <li>rank keys, for the shipped queries' pages: an integer per item whose ascending order is the order a
 *       query lists the items in, so that TDB2, which keeps a property's inline integer values in ascending
 *       order in its POS index, reads a page as the first entries of one index range instead of sorting every
 *       item: {@code ?entity idx:mentionRank} (most mentioned first), {@code ?assertion idx:confidenceRank} (most
 *       confident first), {@code ?fact idx:supportRank} and {@code idx:developedByRank}, ... per relation (best
 *       supported first), {@code ?fact idx:weaknessRank} (lowest best confidence first), {@code ?document
 *       idx:dateRank} (newest first, undated last). Items of equal rank come in the store's order;</li>
 *   <li>totals, for the statistics: {@code <#index> idx:documentCount ; idx:statementCount}, {@code aikg:developedBy
 *       idx:factCount} per relation (facts any document states), {@code aikg:Model idx:entityCount} per entity type
 *       (entities some document mentions, by the type their IRI names);</li>
 *   <li>{@code ?entity idx:type aikg:Model ; idx:alias "GPT3"}: for an entity more than {@link #SPREAD} documents
 *       mention, the types and aliases ({@code skos:altLabel}) the document graphs give it, each once (a hub's are
 *       repeated in thousands of graphs), so a page reads them in a few entries; the many entities fewer documents
 *       mention have none (a page reads their few graphs), which keeps the index small;</li>
 *   <li>{@code ?entity idx:monthlyMentions 202405000000012}: per entity more than {@link #SPREAD} documents mention and
 *       month, how many dated documents of that month mention it (the month's {@code YYYYMM} times {@link #MONTH_SCALE} plus the count, one inline integer
 *       per month and no node to store), so an entity page charts a hub's documents per month without reading
 *       each document's date;</li>
 *   <li>{@code ?s idx:partOfLink ?o}, {@code ?s idx:basedOnLink ?o}: every fact of the two relations the shipped
 *       queries follow as paths, once, whether documents state it or users added it (the union holds it once per
 *       document that states it, and a path reads them all);</li>
 *   <li>{@code <#index> idx:writes 12}: the documents written and removed and the facts rejected since the index was
 *       made, so that a reader can tell that it changed (the server's cache of name keys);</li>
 *   <li>{@code <#index> idx:version 8}: the index is complete; a store without it is indexed when opened.</li>
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
    private static final Node DATE = NodeFactory.createURI("http://purl.org/dc/terms/date");
    /** The entity types counted, by the segment their IRIs carry ({@code .../id/model/...}). */
    private static final Map<String, Node> TYPES = Map.of("model", AIKG.Model.asNode(), "paper", AIKG.Paper.asNode(),
            "organization", AIKG.Organization.asNode(), "person", AIKG.Person.asNode());
    public static final Node CONFIDENCE = NodeFactory.createURI(NS + "confidence");
    public static final Node BEST_CONFIDENCE = NodeFactory.createURI(NS + "bestConfidence");
    public static final Node SUBJECT = NodeFactory.createURI(NS + "subject");
    public static final Node PREDICATE_OF = NodeFactory.createURI(NS + "predicate");
    public static final Node OBJECT = NodeFactory.createURI(NS + "object");
    public static final Node MENTION_RANK = NodeFactory.createURI(NS + "mentionRank");
    public static final Node CONFIDENCE_RANK = NodeFactory.createURI(NS + "confidenceRank");
    public static final Node SUPPORT_RANK = NodeFactory.createURI(NS + "supportRank");
    public static final Node WEAKNESS_RANK = NodeFactory.createURI(NS + "weaknessRank");
    public static final Node DATE_RANK = NodeFactory.createURI(NS + "dateRank");
    public static final Node MONTHLY_MENTIONS = NodeFactory.createURI(NS + "monthlyMentions");
    /** Above this many documents mentioning an entity, the index holds its types and aliases ({@link #TYPE}, {@link #ALIAS}). */
    public static final int SPREAD = 8;
    /** An entity's type as some document graph states it ({@code rdf:type}), once. */
    public static final Node TYPE = NodeFactory.createURI(NS + "type");
    /** An entity's alias as some document graph states it ({@code skos:altLabel}), once. */
    public static final Node ALIAS = NodeFactory.createURI(NS + "alias");
    public static final Node DOCUMENT_COUNT = NodeFactory.createURI(NS + "documentCount");
    /** How many writes the index has taken: any change of it means the index changed (a cache's key). */
    public static final Node WRITES = NodeFactory.createURI(NS + "writes");
    public static final Node STATEMENT_COUNT = NodeFactory.createURI(NS + "statementCount");
    public static final Node FACT_COUNT = NodeFactory.createURI(NS + "factCount");
    public static final Node ENTITY_COUNT = NodeFactory.createURI(NS + "entityCount");
    /** The subject of the index's own totals (and of its version). */
    public static final Node TOTALS = NodeFactory.createURI(NS + "index");
    /**
     * Rank keys are this minus a count (most first) or a confidence scaled to {@link #CONFIDENCE_SCALE}: small
     * enough that TDB2 keeps them inline (56 bits), in value order.
     */
    public static final long RANK_BASE = 1_000_000_000_000L;
    /** A dated document's rank key is {@code RANK_BASE - DATED - } its epoch day; an undated one's is {@code RANK_BASE}. */
    public static final long DATED = 10_000_000L;
    static final long CONFIDENCE_SCALE = 1_000_000L;
    /** A month's entry of {@link #MONTHLY_MENTIONS} is its {@code YYYYMM} times this plus its count (under 56 bits). */
    static final long MONTH_SCALE = 1_000_000_000L;
    static final int CURRENT_VERSION = 8;
    /** Relations whose facts are also kept as plain links, once each, for the shipped queries' paths (partOf+, basedOn+). */
    static final java.util.Set<Node> LINKED = java.util.Set.of(AIKG.partOf.asNode(), AIKG.basedOn.asNode());
    private static final Node CORRECTIONS = NodeFactory.createURI(AIKG.CORRECTIONS_GRAPH);
    /** The relations of the data contract, whose facts are counted. */
    static final java.util.Set<Node> RELATIONS = java.util.Set.of(AIKG.developedBy.asNode(), AIKG.introducedIn.asNode(),
            AIKG.authoredBy.asNode(), AIKG.affiliatedWith.asNode(), AIKG.basedOn.asNode(), AIKG.partOf.asNode(),
            AIKG.variantOf.asNode());

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

    /** The {@code rdf:type} and {@code skos:altLabel} triples document graph {@code g} states of entities. */
    private static List<Quad> describing(DatasetGraph dsg, Node g) {
        List<Quad> out = new ArrayList<>();
        for (Node p : List.of(RDF.type.asNode(), SKOS.altLabel.asNode())) {
            dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(AIKG.ID_BASE)
                        && (q.getObject().isURI() || q.getObject().isLiteral())) {
                    out.add(q);
                }
            });
        }
        return out;
    }

    /** Whether a document graph other than {@code g} states the triple of {@code q} too. */
    private static boolean statedElsewhere(DatasetGraph dsg, Node g, Quad q) {
        var it = dsg.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
        while (it.hasNext()) {
            Node other = it.next().getGraph();
            if (!other.equals(g) && !Quad.isDefaultGraph(other) && !other.equals(EntityGraph.GRAPH) && !other.equals(CORRECTIONS)
                    && dsg.contains(other, other, RDF.type.asNode(), AIKG.Document.asNode())) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the document {@code g} before its graph is removed: its counts, and its mentions' counts. */
    static void removeDocument(DatasetGraph dsg, Node g) {
        // the month it was counted in: its rank key as written (an index made before ranks has none: no month)
        int month = dsg.contains(GRAPH, g, DATE_RANK, Node.ANY) ? month(get(dsg, g, DATE_RANK)) : 0;
        Map<Node, Long> counts = new HashMap<>();
        for (Quad q : Iter.toList(dsg.find(g, g, MENTIONS, Node.ANY))) {
            long now = mentioned(dsg, q.getObject(), -1);
            counts.put(q.getObject(), now);
            if (now > SPREAD) {
                monthly(dsg, q.getObject(), month, -1);
            }
        }
        for (Quad q : describing(dsg, g)) {
            if (counts.computeIfAbsent(q.getSubject(), e -> get(dsg, e, DOCUMENTS)) > SPREAD && !statedElsewhere(dsg, g, q)) {
                dsg.delete(GRAPH, q.getSubject(), q.getPredicate().equals(RDF.type.asNode()) ? TYPE : ALIAS, q.getObject());
            }
        }
        for (Quad a : Iter.toList(dsg.find(g, Node.ANY, PREDICATE, Node.ANY))) {
            dsg.deleteAny(GRAPH, a.getSubject(), CONFIDENCE, Node.ANY);
            dsg.deleteAny(GRAPH, a.getSubject(), CONFIDENCE_RANK, Node.ANY);
        }
        for (Quad t : relationTriples(dsg, g)) {
            Node fact = fact(t.getSubject(), t.getPredicate(), t.getObject());
            long left = add(dsg, fact, support(t.getPredicate()), -1);
            if (left <= 0) {
                dsg.deleteAny(GRAPH, fact, Node.ANY, Node.ANY);
                add(dsg, t.getPredicate(), FACT_COUNT, -1);
                dropLink(dsg, t.getSubject(), t.getPredicate(), t.getObject());
            } else {
                supportRanks(dsg, fact, t.getPredicate(), left);
                bestConfidence(dsg, fact, t, g);
            }
        }
        add(dsg, TOTALS, STATEMENT_COUNT, -get(dsg, g, STATEMENTS));
        add(dsg, TOTALS, DOCUMENT_COUNT, -1);
        add(dsg, TOTALS, WRITES, 1);
        dsg.deleteAny(GRAPH, g, ENTITIES, Node.ANY);
        dsg.deleteAny(GRAPH, g, STATEMENTS, Node.ANY);
        dsg.deleteAny(GRAPH, g, DATE_RANK, Node.ANY);
    }

    /** Counts one document more ({@code delta} 1) or less (-1) mentioning {@code entity}, with its rank and type total. */
    private static long mentioned(DatasetGraph dsg, Node entity, long delta) {
        long now = add(dsg, entity, DOCUMENTS, delta);
        if (delta > 0 && now > SPREAD && now - delta <= SPREAD) {
            // now mentioned widely: its documents per month, from those whose date rank is written (every other
            // document that mentions it), and its types and aliases, from every document graph, once
            for (Quad m : Iter.toList(dsg.find(Node.ANY, Node.ANY, MENTIONS, entity))) {
                Node d = m.getSubject();
                if (m.getGraph().equals(d) && dsg.contains(GRAPH, d, DATE_RANK, Node.ANY)) {
                    monthly(dsg, entity, month(get(dsg, d, DATE_RANK)), 1);
                }
            }
            for (Node p : List.of(RDF.type.asNode(), SKOS.altLabel.asNode())) {
                for (Quad q : Iter.toList(dsg.find(Node.ANY, entity, p, Node.ANY))) {
                    if (!Quad.isDefaultGraph(q.getGraph()) && (q.getObject().isURI() || q.getObject().isLiteral())
                            && dsg.contains(q.getGraph(), q.getGraph(), RDF.type.asNode(), AIKG.Document.asNode())) {
                        dsg.add(GRAPH, entity, p.equals(RDF.type.asNode()) ? TYPE : ALIAS, q.getObject());
                    }
                }
            }
        } else if (delta < 0 && now <= SPREAD && now - delta > SPREAD) {
            dsg.deleteAny(GRAPH, entity, MONTHLY_MENTIONS, Node.ANY);
            dsg.deleteAny(GRAPH, entity, TYPE, Node.ANY);
            dsg.deleteAny(GRAPH, entity, ALIAS, Node.ANY);
        }
        rank(dsg, entity, MENTION_RANK, now > 0 ? RANK_BASE - now : -1);
        Node type = type(entity);
        if (type != null && (now == 0 && delta < 0 || now == delta && delta > 0)) {
            add(dsg, type, ENTITY_COUNT, delta);
        }
        return now;
    }

    /** The type an entity's IRI names ({@code .../id/model/...}), or null. */
    private static Node type(Node entity) {
        if (!entity.isURI() || !entity.getURI().startsWith(AIKG.ID_BASE)) {
            return null;
        }
        String rest = entity.getURI().substring(AIKG.ID_BASE.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? null : TYPES.get(rest.substring(0, slash));
    }

    /** Sets the rank key {@code rank} of {@code item} to {@code value}; a negative value removes it. */
    private static void rank(DatasetGraph dsg, Node item, Node rank, long value) {
        dsg.deleteAny(GRAPH, item, rank, Node.ANY);
        if (value >= 0) {
            dsg.add(GRAPH, item, rank, integer(value));
        }
    }

    /** The rank keys of a fact stated by {@code support} documents: among all facts and among its relation's. */
    private static void supportRanks(DatasetGraph dsg, Node fact, Node relation, long support) {
        rank(dsg, fact, SUPPORT_RANK, RANK_BASE - support);
        rank(dsg, fact, supportRank(relation), RANK_BASE - support);
    }

    /** The property a fact's rank among its relation's facts is kept under: {@code idx:developedByRank}, ... */
    public static Node supportRank(Node relation) {
        return NodeFactory.createURI(NS + relation.getLocalName() + "Rank");
    }

    /** The rank key of a confidence, most confident first. */
    static long confidenceRank(Node confidence) {
        double v = value(confidence);
        return Double.isNaN(v) ? CONFIDENCE_SCALE + 1 : CONFIDENCE_SCALE - Math.round(Math.max(0, Math.min(1, v)) * CONFIDENCE_SCALE);
    }

    /** The rank key of a document by its date, newest first; undated documents (or dates not YYYY[-MM[-DD]]) last. */
    static long dateRank(DatasetGraph dsg, Node g) {
        var it = dsg.find(g, g, DATE, Node.ANY);
        if (it.hasNext()) {
            Node d = it.next().getObject();
            if (d.isLiteral()) {
                String lex = d.getLiteralLexicalForm();
                var m = java.util.regex.Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?").matcher(lex);
                if (m.find()) {
                    try {
                        long day = java.time.LocalDate.of(Integer.parseInt(m.group(1)),
                                m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                                m.group(3) == null ? 1 : Integer.parseInt(m.group(3))).toEpochDay();
                        // ten million days either side of 1970 covers every four-digit year
                        return RANK_BASE - DATED - day;
                    } catch (java.time.DateTimeException | NumberFormatException e) {
                        // not a day: undated
                    }
                }
            }
        }
        return RANK_BASE;
    }

    /**
     * The day a document's date rank key stands for ({@link #dateRank}), or null for an undated document (or a node
     * that is no rank key).
     */
    public static java.time.LocalDate day(Node dateRank) {
        if (dateRank == null || !dateRank.isLiteral() || !(dateRank.getLiteralValue() instanceof Number n)) {
            return null;
        }
        long rank = n.longValue();
        return rank >= RANK_BASE || rank < RANK_BASE - 2 * DATED ? null : java.time.LocalDate.ofEpochDay(RANK_BASE - DATED - rank);
    }

    /** The month ({@code YYYYMM}) of a document's date rank key, or 0 for an undated document. */
    static int month(long dateRank) {
        java.time.LocalDate day = day(integer(dateRank));
        return day == null ? 0 : day.getYear() * 100 + day.getMonthValue();
    }

    /** Counts one document of {@code month} ({@code YYYYMM}; 0: undated, nothing to count) more or less mentioning {@code entity}. */
    private static void monthly(DatasetGraph dsg, Node entity, int month, long delta) {
        if (month <= 0) {
            return;
        }
        long count = 0;
        for (Quad q : Iter.toList(dsg.find(GRAPH, entity, MONTHLY_MENTIONS, Node.ANY))) {
            long v = ((Number) q.getObject().getLiteralValue()).longValue();
            if (v / MONTH_SCALE == month) {
                count = v % MONTH_SCALE;
                dsg.delete(q);
            }
        }
        if (count + delta > 0) {
            dsg.add(GRAPH, entity, MONTHLY_MENTIONS, integer(month * MONTH_SCALE + count + delta));
        }
    }

    /**
     * How many dated documents of each month mention {@code entity}, from the index (a few entries per entity, however
     * many documents mention it); inside a read transaction.
     */
    public static java.util.SortedMap<java.time.YearMonth, Integer> mentionsPerMonth(DatasetGraph dsg, Node entity) {
        java.util.SortedMap<java.time.YearMonth, Integer> out = new java.util.TreeMap<>();
        dsg.find(GRAPH, entity, MONTHLY_MENTIONS, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().getLiteralValue() instanceof Number n) {
                long month = n.longValue() / MONTH_SCALE;
                out.merge(java.time.YearMonth.of((int) (month / 100), (int) (month % 100)), (int) (n.longValue() % MONTH_SCALE), Integer::sum);
            }
        });
        return out;
    }

    /** Counts the document {@code g} after its graph is written: its counts, its mentions' counts, its names. */
    static void addDocument(DatasetGraph dsg, Node g) {
        long mentioned = 0;
        long dateRank = dateRank(dsg, g);
        int month = month(dateRank);
        Map<Node, Long> counts = new HashMap<>();
        for (Quad q : Iter.toList(dsg.find(g, g, MENTIONS, Node.ANY))) {
            // (a document's own date rank is written below: an entity that becomes widely mentioned here has its
            // months counted from the other documents first, then this one's added)
            long now = mentioned(dsg, q.getObject(), 1);
            counts.put(q.getObject(), now);
            if (now > SPREAD) {
                monthly(dsg, q.getObject(), month, 1);
            }
            mentioned++;
        }
        set(dsg, g, ENTITIES, mentioned);
        long statements = statements(dsg, g);
        set(dsg, g, STATEMENTS, statements);
        add(dsg, TOTALS, STATEMENT_COUNT, statements);
        add(dsg, TOTALS, DOCUMENT_COUNT, 1);
        add(dsg, TOTALS, WRITES, 1);
        rank(dsg, g, DATE_RANK, dateRank);
        for (Quad q : Iter.toList(dsg.find(g, Node.ANY, SKOS.altLabel.asNode(), Node.ANY))) {
            nameKey(dsg, q.getSubject(), q.getObject());
        }
        for (Quad q : describing(dsg, g)) {
            if (counts.computeIfAbsent(q.getSubject(), e -> get(dsg, e, DOCUMENTS)) > SPREAD) {
                dsg.add(GRAPH, q.getSubject(), q.getPredicate().equals(RDF.type.asNode()) ? TYPE : ALIAS, q.getObject());
            }
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
            rank(dsg, a.getSubject(), CONFIDENCE_RANK, confidenceRank(c));
            best.merge(fact(s, a.getObject(), o), c, (x, y) -> value(x) >= value(y) ? x : y);
        }
        for (Quad t : relationTriples(dsg, g)) {
            Node fact = fact(t.getSubject(), t.getPredicate(), t.getObject());
            long support = add(dsg, fact, support(t.getPredicate()), 1);
            if (support == 1) {
                dsg.add(GRAPH, fact, SUBJECT, t.getSubject());
                dsg.add(GRAPH, fact, PREDICATE_OF, t.getPredicate());
                dsg.add(GRAPH, fact, OBJECT, t.getObject());
                add(dsg, t.getPredicate(), FACT_COUNT, 1);
                addLink(dsg, t.getSubject(), t.getPredicate(), t.getObject());
            }
            supportRanks(dsg, fact, t.getPredicate(), support);
            Node c = best.get(fact);
            if (c != null) {
                var now = dsg.find(GRAPH, fact, BEST_CONFIDENCE, Node.ANY);
                if (!now.hasNext() || value(now.next().getObject()) < value(c)) {
                    dsg.deleteAny(GRAPH, fact, BEST_CONFIDENCE, Node.ANY);
                    dsg.add(GRAPH, fact, BEST_CONFIDENCE, c);
                    rank(dsg, fact, WEAKNESS_RANK, CONFIDENCE_SCALE + 1 - confidenceRank(c));
                }
            }
        }
    }

    /**
     * Forgets the facts (s, p, o) users rejected, once they were removed from every document: the fact's entry,
     * and the confidences of the statements removed with it.
     */
    static void removeFact(DatasetGraph dsg, Node s, Node p, Node o, List<Node> assertions) {
        Node fact = fact(s, p, o);
        add(dsg, TOTALS, WRITES, 1);
        if (p.isURI() && get(dsg, fact, support(p)) > 0) {
            add(dsg, p, FACT_COUNT, -1);
        }
        dsg.deleteAny(GRAPH, fact, Node.ANY, Node.ANY);
        dropLink(dsg, s, p, o);
        for (Node a : assertions) {
            dsg.deleteAny(GRAPH, a, CONFIDENCE, Node.ANY);
            dsg.deleteAny(GRAPH, a, CONFIDENCE_RANK, Node.ANY);
        }
    }

    /** The property a fact of {@code relation} is linked under: {@code idx:partOfLink}, ... */
    public static Node link(Node relation) {
        return NodeFactory.createURI(NS + relation.getLocalName() + "Link");
    }

    /** Links the fact (s, p, o) when p is a {@link #LINKED} relation: a document states it or a user added it. */
    static void addLink(DatasetGraph dsg, Node s, Node p, Node o) {
        if (LINKED.contains(p) && s.isURI() && o.isURI()) {
            dsg.add(GRAPH, s, link(p), o);
        }
    }

    /** Unlinks the fact (s, p, o), which no document states any more, unless users added it. */
    private static void dropLink(DatasetGraph dsg, Node s, Node p, Node o) {
        if (LINKED.contains(p) && !dsg.contains(CORRECTIONS, s, p, o)) {
            dsg.delete(GRAPH, s, link(p), o);
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
        dsg.deleteAny(GRAPH, fact, WEAKNESS_RANK, Node.ANY);
        if (best != null) {
            dsg.add(GRAPH, fact, BEST_CONFIDENCE, best);
            rank(dsg, fact, WEAKNESS_RANK, CONFIDENCE_SCALE + 1 - confidenceRank(best));
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
        long was = get(dsg, g, STATEMENTS);
        if (was > 0) {
            long now = statements(dsg, g);
            set(dsg, g, STATEMENTS, now);
            add(dsg, TOTALS, STATEMENT_COUNT, now - was);
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
        for (Node p : LINKED) {
            for (Quad q : Iter.toList(dsg.find(CORRECTIONS, Node.ANY, p, Node.ANY))) {
                addLink(dsg, q.getSubject(), p, q.getObject());
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
        long now = get(dsg, s, p);
        if (delta != 0) {
            set(dsg, s, p, now + delta);
        }
        return now + delta;
    }

    /** A count of the index, 0 when it has none. */
    public static long get(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
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
