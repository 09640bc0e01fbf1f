package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub's page and neighbourhood are bounded pages of what the store holds, ranked, and the whole is still
 * counted: 130 documents each mention the hub and a model of their own that the hub developed, and the first
 * model is stated by every document.
 */
class KnowledgeGraphPagesTest {
    private static final int DOCUMENTS = 130;
    private static final Entity HUB = new Entity(AIKG.ID_BASE + "organization/hubco", EntityType.ORGANIZATION, "HubCo",
            Set.of("Hub Co"), null, null, null, null);
    private static KnowledgeStore store;
    private static KnowledgeGraph graph;

    private static Entity model(int i) {
        return new Entity(AIKG.ID_BASE + "model/model" + i, EntityType.MODEL, "Model " + i, Set.of(), null, null, null, null);
    }

    /** Document {@code i}, dated {@code i} days after 2024-01-01, stating that the hub developed model i and model 0. */
    private static DocumentGraph doc(int i) {
        return doc(i, LocalDate.of(2024, 1, 1).plusDays(i));
    }

    /** Document {@code i} as {@link #doc(int)}, dated {@code date} (none when null). */
    private static DocumentGraph doc(int i, LocalDate date) {
        String iri = AIKG.DOC_BASE + "doc-" + i;
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), AIKG.Document.asNode()));
        quads.add(Quad.create(g, g, AIKG.contentHash.asNode(), NodeFactory.createLiteralString("sha256:" + i)));
        if (date != null) {
            quads.add(Quad.create(g, g, DCTerms.date.asNode(), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate)));
        }
        quads.add(Quad.create(g, g, DCTerms.title.asNode(), NodeFactory.createLiteralString("Document " + i)));
        List<Entity> entities = List.of(HUB, model(i), model(0));
        for (Entity e : entities) {
            Node en = NodeFactory.createURI(e.iri());
            quads.add(Quad.create(g, g, AIKG.mentions.asNode(), en));
            quads.add(Quad.create(g, en, RDF.type.asNode(), e.type().ontologyClass().asNode()));
        }
        // every other document spells the hub another way
        if (i % 2 == 0) {
            quads.add(Quad.create(g, NodeFactory.createURI(HUB.iri()), org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
                    NodeFactory.createLiteralString("Hub Co")));
        }
        Node hub = NodeFactory.createURI(HUB.iri());
        for (int m : i == 0 ? new int[] {0} : new int[] {i, 0}) {
            Node s = NodeFactory.createURI(model(m).iri());
            Node a = NodeFactory.createURI(iri + "/assertion/" + m);
            quads.add(Quad.create(g, s, AIKG.developedBy.asNode(), hub));
            quads.add(Quad.create(g, a, RDF.type.asNode(), AIKG.Assertion.asNode()));
            quads.add(Quad.create(g, a, RDF.subject.asNode(), s));
            quads.add(Quad.create(g, a, RDF.predicate.asNode(), AIKG.developedBy.asNode()));
            quads.add(Quad.create(g, a, RDF.object.asNode(), hub));
            quads.add(Quad.create(g, a, AIKG.confidence.asNode(), NodeFactory.createLiteralDT("0.8", XSDDatatype.XSDdouble)));
            quads.add(Quad.create(g, a, AIKG.evidenceText.asNode(), NodeFactory.createLiteralString("HubCo built Model " + m + ".")));
            quads.add(Quad.create(g, a, AIKG.statedIn.asNode(), g));
        }
        return new DocumentGraph(iri, "notes/" + i + ".md", "sha256:" + i, quads, entities, 2);
    }

    @BeforeAll
    static void fill() {
        store = KnowledgeStore.inMemory();
        List<DocumentGraph> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(doc(i));
        }
        store.putAll(docs);
        Context context = new Context();
        context.set(TDB2.symUnionDefaultGraph, true);
        graph = new KnowledgeGraph(store.dataset().asDatasetGraph(), context);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aHubPageShowsOnePageOfItsRelationsAndDocumentsAndCountsThemAll() {
        KnowledgeGraph.EntityView first = graph.entity(HUB.iri(), 1).orElseThrow();
        assertEquals(DOCUMENTS, first.relationCount());
        // its types and aliases, however many documents repeat them (read from the store's index above a few)
        assertEquals(List.of("Hub Co"), first.node().aliases());
        assertEquals(org.aikg.server.web.EntityType.ORGANIZATION, first.node().type());
        KnowledgeGraph.Relation shared = first.relations().stream()
                .filter(r -> r.other().iri().equals(model(0).iri())).findFirst().orElseThrow();
        assertEquals(org.aikg.server.web.EntityType.MODEL, shared.other().type());
        assertEquals(DOCUMENTS, first.mentionCount());
        assertEquals(KnowledgeGraph.ENTITY_PAGE, first.relations().size());
        assertEquals(KnowledgeGraph.ENTITY_PAGE, first.mentionedIn().size());
        assertTrue(first.more());
        // the best-supported fact is on the first page, with every document behind it counted
        KnowledgeGraph.Relation best = first.relations().stream()
                .filter(r -> r.other().iri().equals(model(0).iri())).findFirst().orElseThrow();
        assertEquals(DOCUMENTS, best.support());
        assertEquals(KnowledgeGraph.STATEMENTS_READ, best.statements().size(), "statements read for one fact are bounded");
        // newest first, and the chart counts every document, not only the page's
        assertEquals(LocalDate.of(2024, 1, 1).plusDays(DOCUMENTS - 1).toString(), first.mentionedIn().get(0).document().date());
        assertEquals(DOCUMENTS, first.mentionsPerMonth().values().stream().mapToInt(Integer::intValue).sum());

        int pages = (DOCUMENTS + KnowledgeGraph.ENTITY_PAGE - 1) / KnowledgeGraph.ENTITY_PAGE;
        KnowledgeGraph.EntityView last = graph.entity(HUB.iri(), pages).orElseThrow();
        int rest = DOCUMENTS - (pages - 1) * KnowledgeGraph.ENTITY_PAGE;
        assertEquals(rest, last.mentionedIn().size());
        assertEquals(rest, last.relations().size());
        assertFalse(last.more());
        assertEquals("2024-01-01", last.mentionedIn().get(last.mentionedIn().size() - 1).document().date());
        assertTrue(graph.entity(HUB.iri(), pages + 1).orElseThrow().mentionedIn().isEmpty());
    }

    /**
     * Every page of a hub's documents is newest first, a day's documents by IRI and undated ones last, whether the page
     * is read by walking the store's documents by date (the first pages of an entity most documents mention) or from
     * the entity's own mentions (later pages): three documents a day, every seventh undated.
     */
    @Test
    void everyPageOfAHubsDocumentsIsInDateOrderHoweverItIsRead() {
        try (KnowledgeStore days = KnowledgeStore.inMemory()) {
            List<DocumentGraph> docs = new ArrayList<>();
            List<String[]> expected = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                LocalDate date = i % 7 == 3 ? null : LocalDate.of(2024, 1, 1).plusDays(i / 3);
                docs.add(doc(i, date));
                expected.add(new String[] {AIKG.DOC_BASE + "doc-" + i, date == null ? "" : date.toString()});
            }
            days.putAll(docs);
            expected.sort(java.util.Comparator.comparing((String[] d) -> d[1]).reversed().thenComparing(d -> d[0]));
            Context context = new Context();
            context.set(TDB2.symUnionDefaultGraph, true);
            KnowledgeGraph kg = new KnowledgeGraph(days.dataset().asDatasetGraph(), context);
            List<String> read = new ArrayList<>();
            for (int page = 1; page <= (DOCUMENTS + KnowledgeGraph.ENTITY_PAGE - 1) / KnowledgeGraph.ENTITY_PAGE; page++) {
                KnowledgeGraph.EntityView v = kg.entity(HUB.iri(), page).orElseThrow();
                v.mentionedIn().forEach(m -> read.add(m.document().iri()));
                assertEquals(DOCUMENTS, v.mentionCount());
            }
            assertEquals(expected.stream().map(d -> d[0]).toList(), read);
            // the chart counts the dated documents by month
            KnowledgeGraph.EntityView first = kg.entity(HUB.iri(), 1).orElseThrow();
            java.util.Map<java.time.YearMonth, Integer> months = new java.util.TreeMap<>();
            expected.stream().filter(d -> !d[1].isEmpty()).forEach(d -> months.merge(java.time.YearMonth.parse(d[1].substring(0, 7)), 1, Integer::sum));
            assertEquals(months, first.mentionsPerMonth());
        }
    }

    @Test
    void aNeighbourhoodTakesTheBestSupportedFactsAndIsBounded() {
        KnowledgeGraph.Neighbourhood one = graph.neighbourhood(HUB.iri(), 1, GraphApi.MAX_NODES);
        assertEquals(1 + DOCUMENTS, one.nodes().size());
        assertFalse(one.truncated());
        assertEquals(HUB.iri(), one.nodes().get(0).iri());
        assertEquals(model(0).iri(), one.nodes().get(1).iri(), "the fact every document states comes first");
        assertEquals("Model 0", one.nodes().get(1).name());
        KnowledgeGraph.Neighbourhood few = graph.neighbourhood(HUB.iri(), 1, 20);
        assertEquals(20, few.nodes().size());
        assertTrue(few.truncated());
        // from a model: the hub, then the hub's facts, of which only the first read are ranked
        KnowledgeGraph.Neighbourhood two = graph.neighbourhood(model(5).iri(), 2, GraphApi.MAX_NODES);
        assertTrue(two.nodes().size() <= 2 + KnowledgeGraph.NEXT_STEP_FACTS, two.nodes().toString());
        assertTrue(two.truncated());
        assertEquals(model(0).iri(), two.nodes().get(2).iri(), "the hub's best-supported fact comes first");
        for (KnowledgeGraph.Edge e : two.edges()) {
            assertTrue(two.nodes().stream().anyMatch(n -> n.iri().equals(e.source())));
            assertTrue(two.nodes().stream().anyMatch(n -> n.iri().equals(e.target())));
        }
    }

    @Test
    void searchSeesWhatIsWrittenAfterItsFirstSearch() {
        try (KnowledgeStore own = KnowledgeStore.inMemory()) {
            own.put(doc(1));
            Context context = new Context();
            context.set(TDB2.symUnionDefaultGraph, true);
            KnowledgeGraph g = new KnowledgeGraph(own.dataset().asDatasetGraph(), context);
            assertEquals("Model 1", g.search("model 1", null, 5).get(0).label());
            assertTrue(g.search("model 7", null, 5).isEmpty());
            own.put(doc(7));
            assertEquals("Model 7", g.search("model 7", null, 5).get(0).label(), "the name keys are read again after a write");
            own.drop(AIKG.DOC_BASE + "doc-7");
            assertTrue(g.search("model 7", null, 5).isEmpty(), "a dropped entity is not found");
        }
    }

    @Test
    void searchFindsByTheNameKeysExactMatchesFirst() {
        List<KnowledgeGraph.Hit> hits = graph.search("Model 12", null, 3);
        assertEquals("Model 12", hits.get(0).label());
        assertEquals(3, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.label().startsWith("Model 12")), hits.toString());
        assertEquals("HubCo", graph.search("hub co", null, 5).get(0).label());
        assertTrue(graph.search("Model 12", org.aikg.server.web.EntityType.PERSON, 5).isEmpty());
    }
}
