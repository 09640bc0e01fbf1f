package org.aikg.server.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the web pages need from the graph, read in-process with SPARQL over the served dataset.
 *
 * <p>The dataset is the one the SPARQL endpoint serves and the context is the endpoint's (union default graph,
 * query timeout), so pages and endpoint see the same graph. Each public method runs in one read transaction.
 * Values from requests reach queries only as substituted RDF terms, never as query text.
 *
 * <p>Thread-safety: safe for concurrent use when the dataset allows concurrent read transactions; its one piece of
 * state, the name keys a search scans, is replaced whole (an atomic reference) when the store's index has changed.
 */
final class KnowledgeGraph {

    /** The relations of the data contract, in display order. */
    static final List<String> RELATIONS = List.of(AIKG.developedBy.getURI(), AIKG.introducedIn.getURI(),
            AIKG.authoredBy.getURI(), AIKG.affiliatedWith.getURI(), AIKG.basedOn.getURI(), AIKG.partOf.getURI(),
            AIKG.variantOf.getURI());

    /** Prefixes written into Turtle and JSON-LD descriptions. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("aikg", AIKG.NS).setNsPrefix("rdf", RDF.getURI()).setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("skos", SKOS.getURI()).setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("owl", OWL.getURI()).setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("id", AIKG.ID_BASE).setNsPrefix("doc", AIKG.DOC_BASE)
            .lock();

    private static final String PROLOGUE = """
            PREFIX aikg: <https://w3id.org/aikg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String RELATION_VALUES = "VALUES ?p { aikg:developedBy aikg:introducedIn aikg:authoredBy "
            + "aikg:affiliatedWith aikg:basedOn aikg:partOf aikg:variantOf }";

    private static final Query DESCRIBE = QueryFactory.create(PROLOGUE + """
            CONSTRUCT { ?x ?p ?o . ?s ?q ?x . ?a ?ap ?ao . }
            WHERE {
              { ?x ?p ?o }
              UNION { ?s ?q ?x }
              UNION { { ?a rdf:subject ?x } UNION { ?a rdf:object ?x } UNION { ?a aikg:statedIn ?x }
                      ?a a aikg:Assertion ; ?ap ?ao . }
            }""");
    private static final Query OUTGOING = QueryFactory.create("SELECT ?p ?o WHERE { ?x ?p ?o }");
    // Relation statements only: the assertion behind a document's aikg:mentions is stated in the document too,
    // but it is no relation and would otherwise be listed among the document's "Relations stated".
    private static final Query ASSERTIONS = QueryFactory.create(PROLOGUE + """
            SELECT ?a ?s ?p ?o ?conf ?text ?doc ?line WHERE {
              { ?a rdf:subject ?x } UNION { ?a rdf:object ?x } UNION { ?a aikg:statedIn ?x }
              ?a a aikg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              FILTER(?p != aikg:mentions)
              OPTIONAL { ?a aikg:confidence ?conf }
              OPTIONAL { ?a aikg:evidenceText ?text }
              OPTIONAL { ?a aikg:statedIn ?doc }
              OPTIONAL { ?a aikg:line ?line }
            }""");
    // Where a document first names each entity it mentions (the other side of a mention look-up).
    private static final Query MENTIONED = QueryFactory.create(PROLOGUE + """
            SELECT ?e ?text ?line WHERE {
              ?a rdf:subject ?x ; rdf:predicate aikg:mentions ; rdf:object ?e ; a aikg:Assertion ;
                 aikg:evidenceText ?text .
              OPTIONAL { ?a aikg:line ?line }
            }""");
    private static final Query EXISTS = QueryFactory.create("ASK { { ?x ?p ?o } UNION { ?s ?p ?x } }");
    // What an entity page shows of an entity that is not in the entities graph (one made outside a store).
    private static final Query PROPERTIES = QueryFactory.create(PROLOGUE + """
            SELECT DISTINCT ?p ?o WHERE {
              VALUES ?p { rdf:type <http://www.w3.org/2002/07/owl#sameAs> aikg:wikidataId aikg:arxivId }
              ?x ?p ?o
            }""");
    // The documents that mention an entity, with what orders them; one row per (document, date, title).
    private static final Query MENTIONING = QueryFactory.create(PROLOGUE + """
            SELECT ?d ?date ?title WHERE {
              ?d aikg:mentions ?x .
              OPTIONAL { ?d dcterms:date ?date }
              OPTIONAL { ?d dcterms:title ?title }
            }""");
    // Why document ?d mentions ?x, in a dataset without named graphs (a store's is read in the document's graph).
    private static final Query MENTION_ANYWHERE = QueryFactory.create(PROLOGUE + """
            SELECT ?text ?line ?count WHERE {
              ?a rdf:subject ?d ; rdf:predicate aikg:mentions ; rdf:object ?x .
              OPTIONAL { ?a aikg:evidenceText ?text }
              OPTIONAL { ?a aikg:line ?line }
              OPTIONAL { ?a aikg:mentionCount ?count }
            } LIMIT 1""")
    ;
    /** What {@link #info} reads of a node. */
    private static final List<Node> INFO_PROPERTIES = List.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(),
            DCTerms.title.asNode(), DCTerms.date.asNode());
    private static final Query EDGES = QueryFactory.create(PROLOGUE + """
            SELECT ?s ?p ?o (MAX(?c) AS ?conf) WHERE {
              """ + RELATION_VALUES + """
              { ?x ?p ?o BIND(?x AS ?s) } UNION { ?s ?p ?x BIND(?x AS ?o) }
              OPTIONAL { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; aikg:confidence ?c }
            } GROUP BY ?s ?p ?o""");

    // What's new: every dated document's mentions, and every stated fact with its documents' dates. The page
    // works out first dates and counts from these rows (one pass each), not the store.
    private static final Query MENTION_DATES = QueryFactory.create(PROLOGUE + """
            SELECT ?e ?d ?date WHERE {
              ?d a aikg:Document ; dcterms:date ?date ; aikg:mentions ?e .
            }""");
    private static final Query FACT_DATES = QueryFactory.create(PROLOGUE + """
            SELECT ?s ?p ?o ?d ?date WHERE {
              """ + RELATION_VALUES + """
              ?s ?p ?o .
              ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; aikg:statedIn ?d .
              ?d dcterms:date ?date .
            }""");

    private static final Var X = Var.alloc("x");

    private final DatasetGraph dataset;
    private final Context context;
    /** The name keys last read, with the index state they belong to; replaced whole, never changed. */
    private final java.util.concurrent.atomic.AtomicReference<NameKeys> nameKeys = new java.util.concurrent.atomic.AtomicReference<>();
    /** Whether the dataset was seen with a current store index ({@link #indexed}). */
    private volatile boolean indexedSeen;

    /**
     * @param dataset the served dataset, whose default graph is the union of its named graphs (directly or
     *                through {@code context})
     * @param context the query context of the SPARQL endpoint; copied
     */
    KnowledgeGraph(DatasetGraph dataset, Context context) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.context = context == null ? new Context() : context.copy();
    }

    // ------------------------------------------------------------------ values

    /** One statement of a relation by a document. */
    record Statement(String assertion, String subject, String predicate, String object, Double confidence,
            String evidence, String document, Integer line) {
    }

    /**
     * A fact, a relation triple, with the statements behind it (possibly none: a fact added by a user) and its
     * other end.
     */
    record Relation(boolean outgoing, String predicate, NodeInfo other, List<Statement> statements, long support) {
        /** A relation whose support is counted from its statements (all of them). */
        Relation(boolean outgoing, String predicate, NodeInfo other, List<Statement> statements) {
            this(outgoing, predicate, other, statements,
                    statements.stream().map(Statement::document).filter(Objects::nonNull).distinct().count());
        }

        /** The highest confidence of a statement, or null when none has one. */
        Double confidence() {
            return statements.stream().map(Statement::confidence).filter(Objects::nonNull)
                    .max(Double::compare).orElse(null);
        }
    }

    /** A document that mentions an entity, with the sentence of the first mention and how often it is named. */
    record Mention(NodeInfo document, String sentence, Integer line, Integer count) {
    }

    /** What a page shows about a node it links to. */
    record NodeInfo(String iri, String label, EntityType type, List<String> aliases, String title, String date) {
        /** The best name to show: label, else title, else the first alias, else the IRI's last segment. */
        String name() {
            if (label != null) {
                return label;
            }
            if (title != null) {
                return title;
            }
            if (!aliases.isEmpty()) {
                return aliases.get(0);
            }
            int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
            return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        }
    }

    /**
     * An entity (or any other described node) as its page shows it: one page of its relations and of the
     * documents that mention it (a hub has thousands of each).
     *
     * @param relations       the page's relations: of all, ranked by support, those of the page, then shown by
     *                        direction and relation
     * @param mentionedIn     the page's documents, newest first
     * @param documents       the documents its relations' statements cite, by IRI (titles and dates for the page)
     * @param page            the page, 1 for the first
     * @param relationCount   all its relations
     * @param mentionCount    all the documents that mention it
     * @param mentionsPerMonth documents that mention it per month of their date, all of them
     */
    record EntityView(NodeInfo node, Set<String> types, List<String> sameAs, List<String> wikidataIds,
            List<String> arxivIds, List<Relation> relations, List<Mention> mentionedIn,
            Map<String, NodeInfo> documents, int page, long relationCount, long mentionCount,
            Map<java.time.YearMonth, Integer> mentionsPerMonth) {
        /** Whether a later page has more relations or documents. */
        boolean more() {
            return (long) page * ENTITY_PAGE < Math.max(relationCount, mentionCount);
        }
    }

    /** Relations, and documents that mention the entity, on one entity page. */
    static final int ENTITY_PAGE = 50;
    /** Statements of one fact read for an entity page: the most confident of these are shown. */
    static final int STATEMENTS_READ = 10;
    /** Relations of an entity read to rank them for its pages. */
    static final int RELATIONS_READ = 20_000;

    /**
     * A document as its page shows it.
     *
     * @param nodes    every entity the page names (mentioned, or an end of a stated relation), by IRI
     * @param passages the sentences in which something was found, in reading order (the store keeps these,
     *                 not the whole text)
     */
    record DocumentView(NodeInfo node, List<String> creators, List<String> sources, List<String> formats,
            Map<EntityType, List<NodeInfo>> mentions, List<Statement> statements, Map<String, NodeInfo> nodes,
            List<Passage> passages) {
    }

    /**
     * A sentence of a document in which something was found: the entities first named there and the relations
     * stated there.
     */
    record Passage(Integer line, String text, List<String> entities, List<Statement> statements) {
    }

    /** An entity first named by a document of the window: when, and by how many of the window's documents. */
    record NewEntity(NodeInfo node, String firstSeen, int documents) {
    }

    /** An entity and how many documents of the window mention it. */
    record Mentioned(NodeInfo node, int documents) {
    }

    /** A fact first stated in the window: when and by which document. */
    record NewFact(NodeInfo subject, String predicate, NodeInfo object, String firstStated, NodeInfo document) {
    }

    /**
     * What is new in a window of days that ends at the newest document's date (so an archive shows its last week,
     * and a store fed every day shows this week).
     *
     * @param newest        the newest document date, or null when no document has a date (then all is empty)
     * @param since         the window's first day
     * @param documents     how many dated documents fall in the window
     * @param firstSeen     entities first named in the window, newest first
     * @param mostMentioned the entities the window's documents mention most, most first
     * @param newestFacts   facts first stated in the window, newest first
     * @param firstSeenPerMonth how many entities were first named in each month, over the whole store
     */
    record Trends(String newest, String since, int documents, List<NewEntity> firstSeen, List<Mentioned> mostMentioned,
            List<NewFact> newestFacts, Map<java.time.YearMonth, Integer> firstSeenPerMonth) {
    }

    /** A search result. */
    record Hit(String iri, String label, EntityType type, String matched, int rank) {
    }

    /** A graph edge: {@code source relation target}, with the best confidence stated, if any. */
    record Edge(String source, String predicate, String target, Double confidence) {
    }

    /** A neighbourhood: nodes (the centre first) and edges between them. */
    record Neighbourhood(List<NodeInfo> nodes, List<Edge> edges, boolean truncated) {
    }

    // ------------------------------------------------------------------ queries

    /** The triples about {@code iri} (as subject and as object) and its assertions; empty if it has none. */
    Model describe(String iri) {
        return read(() -> {
            Graph g = QueryExec.dataset(dataset).query(DESCRIBE).context(context)
                    .substitution(X, NodeFactory.createURI(iri)).construct();
            Model m = ModelFactory.createModelForGraph(g);
            m.setNsPrefixes(PREFIXES);
            return m;
        });
    }

    /** The entity view of {@code iri}, its first page, or empty if the graph has no triple about it. */
    Optional<EntityView> entity(String iri) {
        return entity(iri, 1);
    }

    /**
     * Page {@code page} (1 for the first) of the entity view of {@code iri}, or empty if the graph has no triple
     * about it. The work is bounded by the page, not by how connected the entity is: its relations come from the
     * store's fact index (one entry per fact, with its support) and only the page's statements and documents
     * are read in full; the documents that mention it are read with their dates only, to order them and to count
     * them per month.
     */
    Optional<EntityView> entity(String iri, int page) {
        return read(() -> {
            Node x = NodeFactory.createURI(iri);
            if (!exists(x)) {
                return Optional.<EntityView>empty();
            }
            Map<String, List<Node>> out = properties(x);
            boolean indexed = indexed();
            List<Fact> facts = facts(iri, RELATIONS_READ, indexed, new boolean[1]);
            // unique facts (the corrections graph may repeat one a document states), the strongest first
            Map<String, Fact> unique = new LinkedHashMap<>();
            facts.forEach(f -> unique.putIfAbsent(f.s() + ' ' + f.p() + ' ' + f.o(), f));
            List<Fact> ranked = new ArrayList<>(unique.values());
            int from = (page - 1) * ENTITY_PAGE;
            List<Fact> shown = from >= ranked.size() ? List.of() : ranked.subList(from, Math.min(ranked.size(), from + ENTITY_PAGE));
            Map<String, List<Statement>> byTriple = statementsOf(shown);
            List<Relation> relations = new ArrayList<>();
            for (boolean outgoing : new boolean[] {true, false}) {
                for (String p : RELATIONS) {
                    for (Fact f : shown) {
                        if (f.p().equals(p) && f.s().equals(iri) == outgoing) {
                            List<Statement> st = sorted(byTriple.getOrDefault(f.s() + ' ' + p + ' ' + f.o(), List.of()));
                            NodeInfo other = info(outgoing ? f.o() : f.s());
                            relations.add(indexed ? new Relation(outgoing, p, other, st, f.support())
                                    : new Relation(outgoing, p, other, st));
                        }
                    }
                }
            }
            // The documents that mention it, newest first: the page's in full; counted per month for the chart.
            int want = from + ENTITY_PAGE;
            List<String[]> mentioning;
            long mentionCount;
            Map<java.time.YearMonth, Integer> perMonth;
            if (indexed) {
                // the counts are the index's (a hub's chart costs a few entries, not a date per document)
                Node idx = org.aikg.ingest.store.StoreIndex.GRAPH;
                mentionCount = org.aikg.ingest.store.StoreIndex.get(dataset, x, org.aikg.ingest.store.StoreIndex.DOCUMENTS);
                long all = org.aikg.ingest.store.StoreIndex.get(dataset, org.aikg.ingest.store.StoreIndex.TOTALS,
                        org.aikg.ingest.store.StoreIndex.DOCUMENT_COUNT);
                // Either read the date of every document that mentions it (cost: its count), or walk all documents newest
                // first and keep those that mention it until the page is full (cost: about all / count per document of
                // the page): whichever reads less. Either way the cost stays below sqrt(all * want).
                boolean byEntity = mentionCount * mentionCount <= all * want;
                mentioning = byEntity ? mentioningByEntity(x, idx) : mentioningByDate(x, idx, want);
                perMonth = new java.util.TreeMap<>();
                if (mentionCount > org.aikg.ingest.store.StoreIndex.SPREAD || !byEntity) {
                    // an entity mentioned widely has its documents per month in the index
                    perMonth.putAll(org.aikg.ingest.store.StoreIndex.mentionsPerMonth(dataset, x));
                } else {
                    // the others' few documents were all read, with their days
                    for (String[] m : mentioning) {
                        java.time.YearMonth month = Charts.month(m[1]);
                        if (month != null) {
                            perMonth.merge(month, 1, Integer::sum);
                        }
                    }
                }
            } else {
                mentioning = new ArrayList<>();
                perMonth = new java.util.TreeMap<>();
                Set<String> seenDocs = new java.util.HashSet<>();
                for (Binding b : select(MENTIONING, x)) {
                    Node d = b.get("d");
                    if (d == null || !d.isURI() || !seenDocs.add(d.getURI())) {
                        continue;
                    }
                    String day = literal(b.get("date"));
                    mentioning.add(new String[] {d.getURI(), day, literal(b.get("title"))});
                    java.time.YearMonth month = Charts.month(day);
                    if (month != null) {
                        perMonth.merge(month, 1, Integer::sum);
                    }
                }
                mentionCount = mentioning.size();
                // newest first, then by name (title, else the IRI's last segment)
                mentioning.sort(NEWEST_FIRST);
            }
            List<Mention> mentionedIn = new ArrayList<>();
            for (String[] m : from >= mentioning.size() ? List.<String[]>of()
                    : mentioning.subList(from, Math.min(mentioning.size(), want))) {
                Node doc = NodeFactory.createURI(m[0]);
                // the mention assertion, in the document's own graph, where the entity is the object of a few triples
                Node text = null;
                Node line = null;
                Node count = null;
                boolean found = false;
                var objects = dataset.find(doc, Node.ANY, RDF.object.asNode(), x);
                while (objects.hasNext() && !found) {
                    Node a = objects.next().getSubject();
                    if (dataset.contains(doc, a, RDF.predicate.asNode(), AIKG.mentions.asNode())) {
                        found = true;
                        text = first(doc, a, AIKG.evidenceText.asNode());
                        line = first(doc, a, AIKG.line.asNode());
                        count = first(doc, a, AIKG.mentionCount.asNode());
                    }
                }
                if (!found) {
                    // a dataset without named graphs
                    List<Binding> why = select(MENTION_ANYWHERE, Map.of(X, x, Var.alloc("d"), doc));
                    Binding b = why.isEmpty() ? null : why.get(0);
                    text = b == null ? null : b.get("text");
                    line = b == null ? null : b.get("line");
                    count = b == null ? null : b.get("count");
                }
                mentionedIn.add(new Mention(info(m[0]), text != null && text.isLiteral() ? text.getLiteralLexicalForm() : null,
                        integer(line), integer(count)));
            }
            Map<String, NodeInfo> documents = new HashMap<>();
            for (Relation r : relations) {
                for (Statement st : r.statements()) {
                    if (st.document() != null) {
                        documents.computeIfAbsent(st.document(), this::info);
                    }
                }
            }
            return Optional.of(new EntityView(info(iri), uris(out.get(RDF.type.getURI())),
                    strings(out.get(OWL.sameAs.getURI()), true), strings(out.get(AIKG.wikidataId.getURI()), false),
                    strings(out.get(AIKG.arxivId.getURI()), false), relations, mentionedIn, documents, page,
                    ranked.size(), mentionCount, perMonth));
        });
    }

    /** Newest first (undated last), then by name: the title, else the IRI's last segment; ({IRI, day, title}). */
    private static final Comparator<String[]> NEWEST_FIRST = Comparator.comparing((String[] m) -> m[1] == null ? "" : m[1]).reversed()
            .thenComparing(m -> m[2] != null ? m[2] : new NodeInfo(m[0], null, null, List.of(), null, null).name());

    /**
     * Every document that mentions {@code x} as {IRI, day, IRI}, newest first, then by IRI: each one's day read from its
     * date rank key in the index (an inline integer, no node to read).
     */
    private List<String[]> mentioningByEntity(Node x, Node idx) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        var it = findData(Node.ANY, AIKG.mentions.asNode(), x);
        while (it.hasNext()) {
            Node d = it.next().getSubject();
            if (d.isURI() && seen.add(d.getURI())) {
                java.time.LocalDate day = org.aikg.ingest.store.StoreIndex.day(first(idx, d, org.aikg.ingest.store.StoreIndex.DATE_RANK));
                out.add(new String[] {d.getURI(), day == null ? null : day.toString(), d.getURI()});
            }
        }
        out.sort(NEWEST_FIRST);
        return out;
    }

    /**
     * The first {@code want} (or a few more) documents that mention {@code x} in the order of {@link #mentioningByEntity}:
     * the index's date rank keys are read in their order (newest day first, undated last), and the documents of one day
     * that mention {@code x} are ordered by IRI, as there.
     */
    private List<String[]> mentioningByDate(Node x, Node idx, int want) {
        List<String[]> out = new ArrayList<>();
        List<String> day = new ArrayList<>();
        Node dayRank = null;
        var it = dataset.find(idx, Node.ANY, org.aikg.ingest.store.StoreIndex.DATE_RANK, Node.ANY);
        while (true) {
            var q = it.hasNext() ? it.next() : null;
            if (q == null || !q.getObject().equals(dayRank)) {
                // a day ends: its documents in order, then stop once the page is full
                day.sort(Comparator.naturalOrder());
                java.time.LocalDate date = org.aikg.ingest.store.StoreIndex.day(dayRank);
                for (String d : day) {
                    out.add(new String[] {d, date == null ? null : date.toString(), d});
                }
                day.clear();
                if (q == null || out.size() >= want) {
                    return out;
                }
                dayRank = q.getObject();
            }
            Node d = q.getSubject();
            if (d.isURI() && dataset.contains(d, d, AIKG.mentions.asNode(), x)) {
                day.add(d.getURI());
            }
        }
    }

    private static String literal(Node n) {
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    /** Whether the graph has a triple with {@code x} as subject or object. */
    private boolean exists(Node x) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(EXISTS).context(context).substitution(X, x).build()) {
            return exec.ask();
        }
    }

    /**
     * The types, sameAs links, Wikidata and arXiv ids of {@code x}: from the entities graph, which holds them once,
     * when it knows {@code x}; else from the whole graph (every document repeats an entity's type).
     */
    private Map<String, List<Node>> properties(Node x) {
        Map<String, List<Node>> out = new LinkedHashMap<>();
        Node entities = NodeFactory.createURI(AIKG.ENTITIES_GRAPH);
        dataset.find(entities, x, Node.ANY, Node.ANY).forEachRemaining(
                q -> out.computeIfAbsent(q.getPredicate().getURI(), k -> new ArrayList<>()).add(q.getObject()));
        if (out.isEmpty()) {
            for (Binding b : select(PROPERTIES, x)) {
                out.computeIfAbsent(b.get("p").getURI(), k -> new ArrayList<>()).add(b.get("o"));
            }
        }
        return out;
    }

    /**
     * The statements of the facts {@code facts}, at most {@link #STATEMENTS_READ} of each, by fact
     * ({@code "s p o"}): the graphs that hold a fact's triple are the documents that state it (one index range), and
     * in each of them, in order, the assertions about its subject are few. Neither end's statements in other facts
     * are read: a hub is the subject or object of thousands.
     */
    private Map<String, List<Statement>> statementsOf(List<Fact> facts) {
        Map<String, List<Statement>> out = new HashMap<>();
        Node subjectP = RDF.subject.asNode();
        Node predicateP = RDF.predicate.asNode();
        Node objectP = RDF.object.asNode();
        for (Fact f : facts) {
            Node s = NodeFactory.createURI(f.s());
            Node p = NodeFactory.createURI(f.p());
            Node o = NodeFactory.createURI(f.o());
            String key = f.s() + ' ' + f.p() + ' ' + f.o();
            if (out.containsKey(key)) {
                continue;
            }
            List<Statement> list = new ArrayList<>();
            out.put(key, list);
            var graphs = findData(s, p, o);
            while (graphs.hasNext() && list.size() < STATEMENTS_READ) {
                Node g = graphs.next().getGraph();
                var assertions = dataset.find(g, Node.ANY, subjectP, s);
                while (assertions.hasNext() && list.size() < STATEMENTS_READ) {
                    Node a = assertions.next().getSubject();
                    // all of an assertion's properties in one index range, rather than a look-up for each
                    Map<Node, Node> props = new HashMap<>();
                    boolean ofFact = false;
                    boolean toObject = false;
                    var it = dataset.find(g, a, Node.ANY, Node.ANY);
                    while (it.hasNext()) {
                        var q = it.next();
                        props.putIfAbsent(q.getPredicate(), q.getObject());
                        ofFact |= q.getPredicate().equals(predicateP) && q.getObject().equals(p);
                        toObject |= q.getPredicate().equals(objectP) && q.getObject().equals(o);
                    }
                    if (!ofFact || !toObject) {
                        continue;
                    }
                    Node conf = props.get(AIKG.confidence.asNode());
                    Node text = props.get(AIKG.evidenceText.asNode());
                    Node doc = props.get(AIKG.statedIn.asNode());
                    list.add(new Statement(a.isURI() ? a.getURI() : a.toString(), f.s(), f.p(), f.o(),
                            conf != null && conf.isLiteral() ? number(conf) : null,
                            text != null && text.isLiteral() ? text.getLiteralLexicalForm() : null,
                            doc != null && doc.isURI() ? doc.getURI() : null, integer(props.get(AIKG.line.asNode()))));
                }
            }
            if (list.isEmpty()) {
                out.remove(key);
            }
        }
        return out;
    }

    private Node first(Node g, Node s, Node p) {
        var it = dataset.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The document view of {@code iri}, or empty if the graph has no triple about it. */
    Optional<DocumentView> document(String iri) {
        return read(() -> {
            Node x = NodeFactory.createURI(iri);
            Map<String, List<Node>> out = new LinkedHashMap<>();
            for (Binding b : select(OUTGOING, x)) {
                out.computeIfAbsent(b.get("p").getURI(), k -> new ArrayList<>()).add(b.get("o"));
            }
            List<Node> types = out.getOrDefault(RDF.type.getURI(), List.of());
            if (!types.contains(AIKG.Document.asNode())) {
                return Optional.<DocumentView>empty();
            }
            Map<EntityType, List<NodeInfo>> mentions = new java.util.EnumMap<>(EntityType.class);
            for (Node m : out.getOrDefault(AIKG.mentions.getURI(), List.of())) {
                if (m.isURI()) {
                    NodeInfo n = info(m.getURI(), x);
                    mentions.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n);
                }
            }
            mentions.values().forEach(l -> l.sort(Comparator.comparing(n -> n.name().toLowerCase(Locale.ROOT))));
            List<Statement> statements = new ArrayList<>();
            Map<String, NodeInfo> nodes = new HashMap<>();
            mentions.values().forEach(l -> l.forEach(n -> nodes.put(n.iri(), n)));
            for (Statement s : statements(x)) {
                if (iri.equals(s.document())) {
                    statements.add(s);
                    nodes.computeIfAbsent(s.subject(), e -> info(e, x));
                    nodes.computeIfAbsent(s.object(), e -> info(e, x));
                }
            }
            statements.sort(Comparator.comparing((Statement s) -> s.line() == null ? Integer.MAX_VALUE : s.line())
                    .thenComparing(Statement::predicate).thenComparing(Statement::assertion));
            // One passage per (line, sentence): a sentence holding several first mentions and relations is shown once.
            Map<String, Passage> passages = new LinkedHashMap<>();
            for (Binding b : select(MENTIONED, x)) {
                if (b.get("e").isURI() && b.get("text").isLiteral()) {
                    Integer line = integer(b.get("line"));
                    String text = b.get("text").getLiteralLexicalForm();
                    passages.computeIfAbsent(line + "\n" + text, k -> new Passage(line, text, new ArrayList<>(), new ArrayList<>()))
                            .entities().add(b.get("e").getURI());
                    nodes.computeIfAbsent(b.get("e").getURI(), e -> info(e, x));
                }
            }
            for (Statement s : statements) {
                if (s.evidence() != null) {
                    passages.computeIfAbsent(s.line() + "\n" + s.evidence(),
                            k -> new Passage(s.line(), s.evidence(), new ArrayList<>(), new ArrayList<>())).statements().add(s);
                }
            }
            List<Passage> ordered = new ArrayList<>(passages.values());
            ordered.forEach(p -> p.entities().sort(Comparator.naturalOrder()));
            ordered.sort(Comparator.comparing((Passage p) -> p.line() == null ? Integer.MAX_VALUE : p.line())
                    .thenComparing(Passage::text));
            return Optional.of(new DocumentView(info(iri), strings(out.get(DCTerms.creator.getURI()), false),
                    strings(out.get(DCTerms.source.getURI()), true), strings(out.get(AIKG.format.getURI()), false),
                    mentions, statements, nodes, ordered));
        });
    }

    /**
     * Entities with a label or alias containing {@code q} (case-insensitive; also ignoring spaces and
     * punctuation), best first: exact matches, then prefixes, then word starts, then other substrings.
     *
     * @param type only this type, or null for the four searchable types
     */
    List<Hit> search(String q, EntityType type, int limit) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty() || limit <= 0) {
            return List.of();
        }
        String squeezed = squeeze(needle);
        StringBuilder values = new StringBuilder("VALUES ?type {");
        for (EntityType t : type == null ? EntityType.SEARCHABLE : List.of(type)) {
            values.append(" <").append(t.iri()).append('>');
        }
        values.append(" }");
        // The type IRIs are constants; the search text is bound as a literal, never spliced into the query.
        // Candidates come from the store's name keys (StoreIndex: one per entity and name, lower case, letters and
        // digits only), which contain the squeezed text whenever a name contains the text: a scan of the keys
        // instead of every label in every document's graph; the names are then checked as before.
        boolean indexed = read(this::indexed);
        if (indexed && !squeezed.isEmpty()) {
            return read(() -> searchByKeys(needle, squeezed, type, limit));
        }
        String candidates = "";
        Query query = QueryFactory.create(PROLOGUE + "SELECT DISTINCT ?e ?name ?label ?type WHERE { "
                + values + candidates + """
                  ?e rdfs:label|skos:altLabel ?name .
                  FILTER(CONTAINS(LCASE(STR(?name)), ?q)
                         || CONTAINS(REPLACE(LCASE(STR(?name)), "[^\\\\p{L}\\\\p{N}]", ""), ?qs))
                  ?e a ?type .
                  OPTIONAL { ?e rdfs:label ?label }
                }""");
        Map<String, Hit> best = new LinkedHashMap<>();
        read(() -> {
            Map<Var, Node> params = Map.of(Var.alloc("q"), NodeFactory.createLiteralString(needle),
                    Var.alloc("qs"), NodeFactory.createLiteralString(squeezed.isEmpty() ? needle : squeezed));
            for (Binding b : select(query, params)) {
                String iri = b.get("e").getURI();
                String name = b.get("name").getLiteralLexicalForm();
                Node label = b.get("label");
                String shown = label != null ? label.getLiteralLexicalForm() : name;
                int rank = rank(name, needle, squeezed);
                EntityType t = EntityType.of(List.of(b.get("type").getURI()), iri);
                Hit hit = new Hit(iri, shown, t, name, rank);
                best.merge(iri, hit, (a, c) -> c.rank() < a.rank() ? c : a);
            }
            return null;
        });
        return best.values().stream()
                .sorted(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.label().length())
                        .thenComparing(h -> h.label().toLowerCase(Locale.ROOT)).thenComparing(Hit::iri))
                .limit(limit).toList();
    }

    /**
     * {@link #search} through the store's name keys: every key holding the squeezed text is a candidate (one scan
     * of the keys, in Java, not a look-up of every name of every entity in every document); candidates are taken
     * exact keys first, then prefixes, then the rest, shortest first, and each is checked against its current
     * names (the entities graph's label, else its aliases) until {@code limit} are found. Inside a read transaction.
     */
    private List<Hit> searchByKeys(String needle, String squeezed, EntityType type, int limit) {
        record Candidate(Node entity, String key, int rank) {
        }
        NameKeys keys = nameKeys();
        String[] all = keys.keys();
        // Exact keys and keys that begin with the text are one range of the sorted keys; the keys that hold it further in
        // take a scan of every key, made only when those before do not fill the page (see the loop's end below).
        int from = java.util.Arrays.binarySearch(all, squeezed);
        from = from >= 0 ? from : -from - 1;
        while (from > 0 && all[from - 1].equals(squeezed)) {
            from--;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = from; i < all.length && all[i].startsWith(squeezed); i++) {
            candidates.add(new Candidate(keys.entities()[i], all[i], all[i].length() == squeezed.length() ? 0 : 1));
        }
        Comparator<Candidate> order = Comparator.comparingInt(Candidate::rank).thenComparingInt(c -> c.key().length())
                .thenComparing(Candidate::key).thenComparing(c -> c.entity().getURI());
        candidates.sort(order);
        boolean scanned = false;
        Set<String> types = new java.util.HashSet<>();
        for (EntityType t : type == null ? EntityType.SEARCHABLE : List.of(type)) {
            types.add(t.iri());
        }
        Map<String, Hit> best = new LinkedHashMap<>();
        Set<String> checked = new java.util.HashSet<>();
        int worst = -1;
        for (int n = 0; n < candidates.size() || !scanned; n++) {
            if (n == candidates.size()) {
                // the exact and leading matches are all read: the keys holding the text further in come next, ranked
                // below them, so they are looked for only when the page is not full yet
                scanned = true;
                if (best.size() >= limit) {
                    break;
                }
                List<Candidate> inner = new ArrayList<>();
                for (int i = 0; i < all.length; i++) {
                    if (all[i].indexOf(squeezed, 1) > 0 && !all[i].startsWith(squeezed)) {
                        inner.add(new Candidate(keys.entities()[i], all[i], 3));
                    }
                }
                inner.sort(order);
                candidates.addAll(inner);
                if (n == candidates.size()) {
                    break;
                }
            }
            Candidate c = candidates.get(n);
            // enough found, and every later candidate ranks lower by its key than the last one taken
            if (best.size() >= limit && c.rank() > worst) {
                break;
            }
            String iri = c.entity().getURI();
            if (!checked.add(iri)) {
                continue;
            }
            // the entities graph's types and label, held with the keys (a hub's name has thousands of candidates)
            Brief brief = keys.briefs().get(c.entity());
            Set<String> its = new TreeSet<>(brief == null ? List.of() : brief.types());
            if (its.isEmpty()) {
                findData(c.entity(), RDF.type.asNode(), Node.ANY)
                        .forEachRemaining(q -> { if (q.getObject().isURI()) { its.add(q.getObject().getURI()); } });
            }
            String hitType = its.stream().filter(types::contains).findFirst().orElse(null);
            if (hitType == null) {
                continue;
            }
            String label = brief == null ? null : brief.label();
            // the name that matches: the label, else the best-ranked alias (a key may outlive its alias)
            String matched = label != null && matches(label, needle, squeezed) ? label : null;
            if (matched == null) {
                var aliases = findData(c.entity(), SKOS.altLabel.asNode(), Node.ANY);
                while (aliases.hasNext()) {
                    Node v = aliases.next().getObject();
                    if (v.isLiteral() && matches(v.getLiteralLexicalForm(), needle, squeezed)
                            && (matched == null || rank(v.getLiteralLexicalForm(), needle, squeezed) < rank(matched, needle, squeezed))) {
                        matched = v.getLiteralLexicalForm();
                    }
                }
            }
            if (matched == null) {
                continue;
            }
            best.put(iri, new Hit(iri, label != null ? label : matched, EntityType.of(List.of(hitType), iri), matched,
                    rank(matched, needle, squeezed)));
            worst = Math.max(worst, c.rank());
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.label().length())
                        .thenComparing(h -> h.label().toLowerCase(Locale.ROOT)).thenComparing(Hit::iri))
                .limit(limit).toList();
    }

    /**
     * The store's name keys as they were after {@code writes} writes to its index: what a search scans, held in
     * memory (119,255 keys at 5 M quads, some 10 MB) so that a search does not read every key from the store.
     */
    private record NameKeys(long writes, long documents, String[] keys, Node[] entities, Map<Node, Brief> briefs) {
    }

    /** An entity as the entities graph has it: its types and its smallest label (null when it has none). */
    private record Brief(List<String> types, String label) {
    }

    /** The name keys of the store's current state; read afresh after any write. Inside a read transaction. */
    private NameKeys nameKeys() {
        Node idx = org.apache.jena.sparql.core.Quad.defaultGraphIRI;
        long writes = org.aikg.ingest.store.StoreIndex.get(dataset, org.aikg.ingest.store.StoreIndex.TOTALS,
                org.aikg.ingest.store.StoreIndex.WRITES);
        long documents = org.aikg.ingest.store.StoreIndex.get(dataset, org.aikg.ingest.store.StoreIndex.TOTALS,
                org.aikg.ingest.store.StoreIndex.DOCUMENT_COUNT);
        NameKeys cached = nameKeys.get();
        if (cached != null && cached.writes() == writes && cached.documents() == documents) {
            return cached;
        }
        List<String> keys = new ArrayList<>();
        List<Node> entities = new ArrayList<>();
        var it = dataset.find(idx, Node.ANY, org.aikg.ingest.store.StoreIndex.NAME_KEY, Node.ANY);
        while (it.hasNext()) {
            var q = it.next();
            if (q.getObject().isLiteral() && q.getSubject().isURI()) {
                keys.add(q.getObject().getLiteralLexicalForm());
                entities.add(q.getSubject());
            }
        }
        // and each entity's types and label from the entities graph, so that checking a candidate reads no index
        Node entitiesGraph = NodeFactory.createURI(AIKG.ENTITIES_GRAPH);
        Map<Node, List<String>> types = new HashMap<>();
        Map<Node, String> labels = new HashMap<>();
        dataset.find(entitiesGraph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                types.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(2)).add(q.getObject().getURI());
            }
        });
        dataset.find(entitiesGraph, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                labels.merge(q.getSubject(), q.getObject().getLiteralLexicalForm(), KnowledgeGraph::min);
            }
        });
        Map<Node, Brief> briefs = new HashMap<>();
        for (Node e : entities) {
            if (!briefs.containsKey(e) && (types.containsKey(e) || labels.containsKey(e))) {
                briefs.put(e, new Brief(List.copyOf(types.getOrDefault(e, List.of())), labels.get(e)));
            }
        }
        // sorted by key, so that the keys beginning with a text are one range (a search orders its candidates itself)
        record Entry(String key, Node entity) {
        }
        Entry[] byKey = new Entry[keys.size()];
        for (int i = 0; i < byKey.length; i++) {
            byKey[i] = new Entry(keys.get(i), entities.get(i));
        }
        java.util.Arrays.sort(byKey, Comparator.comparing(Entry::key));
        String[] sortedKeys = new String[byKey.length];
        Node[] sortedEntities = new Node[byKey.length];
        for (int i = 0; i < byKey.length; i++) {
            sortedKeys[i] = byKey[i].key();
            sortedEntities[i] = byKey[i].entity();
        }
        NameKeys fresh = new NameKeys(writes, documents, sortedKeys, sortedEntities, briefs);
        nameKeys.set(fresh);
        return fresh;
    }

    /** Whether {@code name} holds the search text, as is or with spaces and punctuation left out. */
    private static boolean matches(String name, String needle, String squeezed) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains(needle) || squeeze(n).contains(squeezed);
    }

    /**
     * What is new in the last {@code days} days up to the newest document's date: entities first seen, the most
     * mentioned, the newest facts (at most {@code limit} of each). Dates are the documents' {@code dcterms:date}
     * (their first ten characters, {@code YYYY-MM-DD}); undated documents do not count.
     */
    Trends trends(int days, int limit) {
        return read(() -> {
            Map<String, String> firstSeen = new HashMap<>();
            List<String[]> mentions = new ArrayList<>();
            String newest = null;
            for (Binding b : select(MENTION_DATES, Map.of())) {
                String day = day(b.get("date"));
                if (day == null || !b.get("e").isURI() || !b.get("d").isURI()) {
                    continue;
                }
                String e = b.get("e").getURI();
                mentions.add(new String[] {e, b.get("d").getURI(), day});
                firstSeen.merge(e, day, KnowledgeGraph::min);
                newest = newest == null ? day : max(newest, day);
            }
            List<String[]> facts = new ArrayList<>();
            for (Binding b : select(FACT_DATES, Map.of())) {
                String day = day(b.get("date"));
                if (day != null && b.get("s").isURI() && b.get("o").isURI() && b.get("d").isURI()) {
                    facts.add(new String[] {b.get("s").getURI(), b.get("p").getURI(), b.get("o").getURI(),
                            b.get("d").getURI(), day});
                    newest = newest == null ? day : max(newest, day);
                }
            }
            if (newest == null) {
                return new Trends(null, null, 0, List.of(), List.of(), List.of(), Map.of());
            }
            String since = java.time.LocalDate.parse(newest).minusDays(days - 1L).toString();
            Map<String, Set<String>> inWindow = new HashMap<>();
            Set<String> windowDocs = new java.util.HashSet<>();
            for (String[] m : mentions) {
                if (m[2].compareTo(since) >= 0) {
                    inWindow.computeIfAbsent(m[0], k -> new java.util.HashSet<>()).add(m[1]);
                    windowDocs.add(m[1]);
                }
            }
            Map<java.time.YearMonth, Integer> perMonth = new java.util.TreeMap<>();
            firstSeen.values().forEach(day -> perMonth.merge(java.time.YearMonth.parse(day.substring(0, 7)), 1, Integer::sum));
            Map<String, NodeInfo> infos = new HashMap<>();
            java.util.function.Function<String, NodeInfo> node = iri -> infos.computeIfAbsent(iri, this::info);
            List<NewEntity> fresh = firstSeen.entrySet().stream().filter(f -> f.getValue().compareTo(since) >= 0)
                    .map(f -> new NewEntity(node.apply(f.getKey()), f.getValue(), inWindow.getOrDefault(f.getKey(), Set.of()).size()))
                    .filter(f -> EntityType.SEARCHABLE.contains(f.node().type()))
                    .sorted(Comparator.comparing(NewEntity::firstSeen).reversed()
                            .thenComparing(Comparator.comparingInt(NewEntity::documents).reversed())
                            .thenComparing(f -> f.node().name().toLowerCase(Locale.ROOT)))
                    .limit(limit).toList();
            List<Mentioned> most = inWindow.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> m) -> m.getValue().size()).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .map(m -> new Mentioned(node.apply(m.getKey()), m.getValue().size()))
                    .filter(m -> EntityType.SEARCHABLE.contains(m.node().type()))
                    .limit(limit).toList();
            // A fact's first statement: the earliest dated document that states it (ties: the smallest IRI).
            Map<String, String[]> firstStated = new HashMap<>();
            for (String[] f : facts) {
                firstStated.merge(f[0] + ' ' + f[1] + ' ' + f[2], f,
                        (a, c) -> c[4].compareTo(a[4]) < 0 || (c[4].equals(a[4]) && c[3].compareTo(a[3]) < 0) ? c : a);
            }
            List<NewFact> newFacts = firstStated.values().stream().filter(f -> f[4].compareTo(since) >= 0)
                    .sorted(Comparator.comparing((String[] f) -> f[4]).reversed().thenComparing(f -> f[0])
                            .thenComparing(f -> f[1]).thenComparing(f -> f[2]))
                    .limit(limit)
                    .map(f -> new NewFact(node.apply(f[0]), f[1], node.apply(f[2]), f[4], node.apply(f[3]))).toList();
            return new Trends(newest, since, windowDocs.size(), fresh, most, newFacts, perMonth);
        });
    }

    // The day of a date literal (xsd:date, xsd:dateTime or a plain YYYY-MM-DD string), or null.
    private static String day(Node date) {
        if (date == null || !date.isLiteral()) {
            return null;
        }
        String lex = date.getLiteralLexicalForm();
        if (lex.length() < 10 || !lex.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(lex.substring(0, 10)).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String max(String a, String b) {
        return b.compareTo(a) > 0 ? b : a;
    }

    /** Nodes the first step of a two-step neighbourhood adds: the ends of the centre's best-supported facts. */
    static final int FIRST_STEP_NODES = 50;
    /** Facts of the centre read to rank them: a hub's are read up to this many, not all. */
    static final int FIRST_STEP_FACTS = 2_000;
    /**
     * Facts of a first-step node read to rank them at the second step. Few: a first-step node may be a hub with
     * thousands of facts, and the second step reads them for up to {@link #FIRST_STEP_NODES} nodes.
     */
    static final int NEXT_STEP_FACTS = 40;

    /**
     * The relations around {@code iri} up to {@code depth} steps, at most {@code maxNodes} nodes, each step ranked
     * by support. The first step takes the ends of the centre's best-supported facts (up to {@code maxNodes - 1}
     * for one step, {@link #FIRST_STEP_NODES} for two); the second takes, in turns, the next best-supported new
     * end of each first-step node (ranked among the first {@link #NEXT_STEP_FACTS} of its facts read), so every
     * node gets its share until {@code maxNodes}. The answer and its cost stay bounded however large the store and
     * however connected the entity; {@code truncated} says that something was left out.
     */
    Neighbourhood neighbourhood(String iri, int depth, int maxNodes) {
        return read(() -> {
            Set<String> seen = new LinkedHashSet<>(List.of(iri));
            List<Fact> read = new ArrayList<>();
            boolean[] truncated = {false};
            boolean indexed = indexed();
            List<Fact> centre = facts(iri, FIRST_STEP_FACTS, indexed, truncated);
            read.addAll(centre);
            int first = depth == 1 ? maxNodes - 1 : Math.min(maxNodes - 1, FIRST_STEP_NODES);
            List<String> frontier = new ArrayList<>();
            for (Fact f : centre) {
                String other = f.s().equals(iri) ? f.o() : f.s();
                if (!seen.contains(other)) {
                    if (frontier.size() >= first) {
                        truncated[0] = true;
                        continue;
                    }
                    seen.add(other);
                    frontier.add(other);
                }
            }
            if (depth >= 2) {
                List<java.util.Iterator<Fact>> ranked = new ArrayList<>();
                for (String n : frontier) {
                    List<Fact> fs = facts(n, NEXT_STEP_FACTS, indexed, truncated);
                    read.addAll(fs);
                    ranked.add(fs.iterator());
                }
                // one new node per first-step node and turn, the best-supported first, until maxNodes
                boolean more = true;
                while (more) {
                    more = false;
                    for (int k = 0; k < ranked.size(); k++) {
                        String n = frontier.get(k);
                        var it = ranked.get(k);
                        while (it.hasNext()) {
                            Fact f = it.next();
                            String other = f.s().equals(n) ? f.o() : f.s();
                            if (seen.contains(other)) {
                                continue;
                            }
                            if (seen.size() >= maxNodes) {
                                truncated[0] = true;
                                break;
                            }
                            seen.add(other);
                            more = true;
                            break;
                        }
                    }
                }
            }
            // every fact read whose two ends are shown, once
            Map<String, Edge> edges = new LinkedHashMap<>();
            for (Fact f : read) {
                if (seen.contains(f.s()) && seen.contains(f.o())) {
                    edges.putIfAbsent(f.s() + ' ' + f.p() + ' ' + f.o(), new Edge(f.s(), f.p(), f.o(), f.confidence()));
                }
            }
            List<NodeInfo> nodes = seen.stream().map(this::brief).toList();
            return new Neighbourhood(nodes, List.copyOf(edges.values()), truncated[0]);
        });
    }

    /** A relation fact around a node: how many documents state it and the best confidence they give it. */
    private record Fact(String s, String p, String o, long support, Double confidence) {
    }

    private static final Comparator<Fact> STRONGEST = Comparator.comparingLong((Fact f) -> -f.support())
            .thenComparing(f -> f.confidence() == null ? 0.0 : -f.confidence())
            .thenComparing(Fact::s).thenComparing(Fact::p).thenComparing(Fact::o);

    /**
     * The relation facts of node {@code n} (either end), the best-supported first; at most {@code limit} are
     * read (then {@code truncated[0]} is set). From the store's fact index when it has one (one entry per fact,
     * however many documents state it), with the facts users added, which no document states; else from the graph.
     */
    private List<Fact> facts(String n, int limit, boolean indexed, boolean[] truncated) {
        Node x = NodeFactory.createURI(n);
        List<Fact> out = new ArrayList<>();
        if (indexed) {
            Node idx = org.apache.jena.sparql.core.Quad.defaultGraphIRI;
            for (Node end : List.of(org.aikg.ingest.store.StoreIndex.SUBJECT, org.aikg.ingest.store.StoreIndex.OBJECT)) {
                var it = dataset.find(idx, Node.ANY, end, x);
                while (it.hasNext()) {
                    if (out.size() >= limit) {
                        truncated[0] = true;
                        break;
                    }
                    Node fact = it.next().getSubject();
                    Node s = null;
                    Node o = null;
                    String p = null;
                    long support = 0;
                    Double conf = null;
                    var entries = dataset.find(idx, fact, Node.ANY, Node.ANY);
                    while (entries.hasNext()) {
                        var q = entries.next();
                        Node prop = q.getPredicate();
                        if (prop.equals(org.aikg.ingest.store.StoreIndex.SUBJECT)) {
                            s = q.getObject();
                        } else if (prop.equals(org.aikg.ingest.store.StoreIndex.OBJECT)) {
                            o = q.getObject();
                        } else if (prop.equals(org.aikg.ingest.store.StoreIndex.BEST_CONFIDENCE)) {
                            conf = q.getObject().isLiteral() ? number(q.getObject()) : null;
                        } else if (prop.getURI().startsWith(org.aikg.ingest.store.StoreIndex.NS) && q.getObject().isLiteral()) {
                            String relation = AIKG.NS + prop.getLocalName();
                            if (RELATIONS.contains(relation)) {
                                p = relation;
                                Double c = number(q.getObject());
                                support = c == null ? 0 : c.longValue();
                            }
                        }
                    }
                    if (s != null && o != null && p != null && s.isURI() && o.isURI()) {
                        out.add(new Fact(s.getURI(), p, o.getURI(), support, conf));
                    }
                }
            }
            // facts users added live in the corrections graph, stated by no document and so not in the index
            Node corrections = NodeFactory.createURI(AIKG.CORRECTIONS_GRAPH);
            for (String p : RELATIONS) {
                Node pn = NodeFactory.createURI(p);
                dataset.find(corrections, x, pn, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) {
                        out.add(new Fact(n, p, q.getObject().getURI(), 0, null));
                    }
                });
                dataset.find(corrections, Node.ANY, pn, x).forEachRemaining(q -> {
                    if (q.getSubject().isURI()) {
                        out.add(new Fact(q.getSubject().getURI(), p, n, 0, null));
                    }
                });
            }
        } else {
            for (Binding b : select(EDGES, x)) {
                if (b.get("s").isURI() && b.get("o").isURI()) {
                    Node c = b.get("conf");
                    out.add(new Fact(b.get("s").getURI(), b.get("p").getURI(), b.get("o").getURI(), 0,
                            c != null && c.isLiteral() ? number(c) : null));
                }
            }
        }
        out.sort(STRONGEST);
        return out;
    }

    /**
     * What a graph drawing shows of a node: its one label and its types from the entities graph, where the store
     * keeps them once (the full {@link #info} reads the entity's records in every document that names it: for a hub,
     * thousands); a node that is not there (a document) gets the full one.
     */
    private NodeInfo brief(String iri) {
        Node x = NodeFactory.createURI(iri);
        Node entities = NodeFactory.createURI(AIKG.ENTITIES_GRAPH);
        String label = null;
        var labels = dataset.find(entities, x, RDFS.label.asNode(), Node.ANY);
        while (labels.hasNext()) {
            Node v = labels.next().getObject();
            if (v.isLiteral()) {
                label = min(label, v.getLiteralLexicalForm());
            }
        }
        Set<String> types = new TreeSet<>();
        dataset.find(entities, x, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                types.add(q.getObject().getURI());
            }
        });
        if (label == null || types.isEmpty()) {
            return info(iri);
        }
        return new NodeInfo(iri, label, EntityType.of(types, iri), List.of(), null, null);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Whether the dataset is a store's, with a current index ({@code StoreIndex}): then its default graph holds that
     * index and nothing else, and it stays so (a store is indexed again only when it is opened), so a positive answer
     * is kept. Inside a read transaction.
     */
    private boolean indexed() {
        if (!indexedSeen && org.aikg.ingest.store.StoreIndex.current(dataset)) {
            indexedSeen = true;
        }
        return indexedSeen;
    }

    /**
     * The quads {@code (s, p, o)} of every graph that holds data: a store's named graphs, whose own default graph is its
     * index (one index range fewer to search for every look-up); else every graph, the default one included.
     */
    private java.util.Iterator<org.apache.jena.sparql.core.Quad> findData(Node s, Node p, Node o) {
        return indexed() ? dataset.findNG(Node.ANY, s, p, o) : dataset.find(Node.ANY, s, p, o);
    }

    private <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    private List<Binding> select(Query query, Node x) {
        return select(query, Map.of(X, x));
    }

    private List<Binding> select(Query query, Map<Var, Node> params) {
        var builder = QueryExec.dataset(dataset).query(query).context(context);
        params.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    private List<Statement> statements(Node x) {
        Map<String, Statement> byAssertion = new LinkedHashMap<>();
        for (Binding b : select(ASSERTIONS, x)) {
            Node a = b.get("a");
            if (!b.get("s").isURI() || !b.get("p").isURI() || !b.get("o").isURI()) {
                continue;
            }
            Node conf = b.get("conf");
            Node text = b.get("text");
            Node doc = b.get("doc");
            Node line = b.get("line");
            byAssertion.putIfAbsent(a.toString(), new Statement(a.isURI() ? a.getURI() : a.toString(),
                    b.get("s").getURI(), b.get("p").getURI(), b.get("o").getURI(),
                    conf != null && conf.isLiteral() ? number(conf) : null,
                    text != null && text.isLiteral() ? text.getLiteralLexicalForm() : null,
                    doc != null && doc.isURI() ? doc.getURI() : null,
                    integer(line)));
        }
        return List.copyOf(byAssertion.values());
    }

    /**
     * A node as a document page shows it: its label and types from the entities graph and the aliases document
     * {@code document}'s own graph gives it (those the page can find in its text), not its records in every
     * document that names it (for a hub, thousands); a node the entities graph does not hold gets {@link #info}.
     */
    private NodeInfo info(String iri, Node document) {
        NodeInfo brief = brief(iri);
        if (brief.aliases().isEmpty() && brief.label() != null && brief.type() != EntityType.OTHER
                && !iri.startsWith(AIKG.DOC_BASE)) {
            Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            dataset.find(document, NodeFactory.createURI(iri), SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    aliases.add(q.getObject().getLiteralLexicalForm());
                }
            });
            aliases.remove(brief.label());
            return new NodeInfo(iri, brief.label(), brief.type(), List.copyOf(aliases), null, null);
        }
        return brief;
    }

    /** A store's named graphs that are no document's: the index's types and aliases leave them out. */
    private static final List<Node> NOT_DOCUMENTS = List.of(NodeFactory.createURI(AIKG.ENTITIES_GRAPH),
            NodeFactory.createURI(AIKG.CORRECTIONS_GRAPH), NodeFactory.createURI(AIKG.ONTOLOGY_IRI));

    /** Label, type, aliases, title and date of a node; must run inside a read transaction. */
    private NodeInfo info(String iri) {
        Set<String> types = new TreeSet<>();
        String label = null;
        String title = null;
        String date = null;
        Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        // Read with the dataset's own look-ups, not a query: a page asks this for each of hundreds of nodes, and a
        // query's set-up costs more than the look-ups. The same triple in several graphs is one value here.
        Node x = NodeFactory.createURI(iri);
        List<Node[]> values = new ArrayList<>();
        // An entity many documents name has its type and aliases in every one of their graphs: the store's index holds
        // each once for such an entity (idx:type, idx:alias, from the document graphs); the graphs that are no document
        // are read as they are.
        boolean fromIndex = iri.startsWith(AIKG.ID_BASE) && indexed()
                && org.aikg.ingest.store.StoreIndex.get(dataset, x, org.aikg.ingest.store.StoreIndex.DOCUMENTS)
                        > org.aikg.ingest.store.StoreIndex.SPREAD;
        for (Node property : INFO_PROPERTIES) {
            boolean typeOrAlias = property.equals(RDF.type.asNode()) || property.equals(SKOS.altLabel.asNode());
            if (fromIndex && typeOrAlias) {
                Node indexed = property.equals(RDF.type.asNode()) ? org.aikg.ingest.store.StoreIndex.TYPE
                        : org.aikg.ingest.store.StoreIndex.ALIAS;
                dataset.find(org.aikg.ingest.store.StoreIndex.GRAPH, x, indexed, Node.ANY)
                        .forEachRemaining(q -> values.add(new Node[] {property, q.getObject()}));
                for (Node g : NOT_DOCUMENTS) {
                    dataset.find(g, x, property, Node.ANY).forEachRemaining(q -> values.add(new Node[] {property, q.getObject()}));
                }
            } else {
                findData(x, property, Node.ANY).forEachRemaining(q -> values.add(new Node[] {property, q.getObject()}));
            }
        }
        for (Node[] pv : values) {
            String p = pv[0].getURI();
            Node v = pv[1];
            if (p.equals(RDF.type.getURI())) {
                if (v.isURI()) {
                    types.add(v.getURI());
                }
            } else if (!v.isLiteral()) {
                continue;
            } else if (p.equals(RDFS.label.getURI())) {
                label = min(label, v.getLiteralLexicalForm());
            } else if (p.equals(SKOS.altLabel.getURI())) {
                aliases.add(v.getLiteralLexicalForm());
            } else if (p.equals(DCTerms.title.getURI())) {
                title = min(title, v.getLiteralLexicalForm());
            } else {
                date = min(date, v.getLiteralLexicalForm());
            }
        }
        if (label != null) {
            aliases.remove(label);
        }
        return new NodeInfo(iri, label, EntityType.of(types, iri), List.copyOf(aliases), title, date);
    }

    // Several labels can only come from inconsistent data; the smallest keeps pages stable.
    private static String min(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static Set<String> uris(Collection<Node> nodes) {
        Set<String> out = new TreeSet<>();
        if (nodes != null) {
            nodes.stream().filter(Node::isURI).forEach(n -> out.add(n.getURI()));
        }
        return out;
    }

    private static List<String> strings(Collection<Node> nodes, boolean iris) {
        if (nodes == null) {
            return List.of();
        }
        return nodes.stream().filter(n -> iris ? n.isURI() : n.isLiteral())
                .map(n -> iris ? n.getURI() : n.getLiteralLexicalForm()).distinct().sorted().toList();
    }

    private static List<Statement> sorted(List<Statement> list) {
        List<Statement> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Statement s) -> s.confidence() == null ? 0.0 : -s.confidence())
                .thenComparing(s -> s.document() == null ? "" : s.document())
                .thenComparing(s -> s.line() == null ? 0 : s.line()));
        return copy;
    }

    private static Double number(Node literal) {
        Object v = literal.getLiteralValue();
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.valueOf(literal.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(Node literal) {
        Double n = literal != null && literal.isLiteral() ? number(literal) : null;
        return n == null ? null : n.intValue();
    }

    static String squeeze(String lower) {
        return NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll("");
    }

    /** What {@link #squeeze} leaves out, compiled once (a search squeezes every candidate's names). */
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    private static int rank(String name, String needle, String squeezed) {
        String n = name.toLowerCase(Locale.ROOT);
        String ns = squeeze(n);
        if (n.equals(needle) || (!squeezed.isEmpty() && ns.equals(squeezed))) {
            return 0;
        }
        if (n.startsWith(needle) || (!squeezed.isEmpty() && ns.startsWith(squeezed))) {
            return 1;
        }
        if (n.contains(" " + needle) || n.contains("-" + needle)) {
            return 2;
        }
        return 3;
    }

    /** The local name of an ontology term, e.g. {@code developedBy}. */
    static String localName(String iri) {
        int hash = iri.lastIndexOf('#');
        return hash >= 0 ? iri.substring(hash + 1) : iri;
    }
}
