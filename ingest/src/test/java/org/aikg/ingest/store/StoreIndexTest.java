package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The store index is kept in step with writes, replacements, drops and corrections, and stays out of exports. */
class StoreIndexTest {
    private static final Entity GPT3 = new Entity(AIKG.ID_BASE + "model/gpt-3", EntityType.MODEL, "GPT-3",
            Set.of("GPT3"), "gpt-3", null, null, null);
    private static final Entity OPENAI = new Entity(AIKG.ID_BASE + "organization/openai", EntityType.ORGANIZATION,
            "OpenAI", Set.of("Open AI"), "openai", null, null, null);
    private static final Entity BERT = new Entity(AIKG.ID_BASE + "model/bert", EntityType.MODEL, "BERT",
            Set.of(), null, null, null, null);

    /** A document mentioning {@code entities}, stating GPT-3 developedBy OpenAI with {@code confidence} if given. */
    private static DocumentGraph doc(String name, String hash, Double confidence, Entity... entities) {
        String iri = AIKG.DOC_BASE + name;
        DocumentGraph base = KnowledgeStoreTest.doc(iri, hash, entities);
        List<Quad> quads = new ArrayList<>(base.quads());
        Node g = NodeFactory.createURI(iri);
        if (confidence != null) {
            Node s = NodeFactory.createURI(GPT3.iri());
            Node o = NodeFactory.createURI(OPENAI.iri());
            Node a = NodeFactory.createURI(iri + "/assertion/1");
            quads.add(Quad.create(g, s, AIKG.developedBy.asNode(), o));
            quads.add(Quad.create(g, a, RDF.type.asNode(), AIKG.Assertion.asNode()));
            quads.add(Quad.create(g, a, RDF.subject.asNode(), s));
            quads.add(Quad.create(g, a, RDF.predicate.asNode(), AIKG.developedBy.asNode()));
            quads.add(Quad.create(g, a, RDF.object.asNode(), o));
            quads.add(Quad.create(g, a, AIKG.confidence.asNode(),
                    NodeFactory.createLiteralDT(confidence.toString(), XSDDatatype.XSDdouble)));
        }
        return new DocumentGraph(iri, "notes/" + name + ".md", hash, quads, base.entities(), confidence == null ? 0 : 1);
    }

    private static Set<Quad> index(KnowledgeStore ks) {
        return Txn.calculateRead(ks.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            ks.dataset().asDatasetGraph().find(StoreIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    private static long value(KnowledgeStore ks, Node s, Node p) {
        return Txn.calculateRead(ks.dataset(), () -> {
            var it = ks.dataset().asDatasetGraph().find(StoreIndex.GRAPH, s, p, Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
        });
    }

    private static double best(KnowledgeStore ks) {
        Node fact = StoreIndex.fact(NodeFactory.createURI(GPT3.iri()), AIKG.developedBy.asNode(), NodeFactory.createURI(OPENAI.iri()));
        return Txn.calculateRead(ks.dataset(), () -> {
            var it = ks.dataset().asDatasetGraph().find(StoreIndex.GRAPH, fact, StoreIndex.BEST_CONFIDENCE, Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).doubleValue() : -1.0;
        });
    }

    /** What a rebuild from the graphs makes of the store's current state (name keys apart: stale keys may stay). */
    private static Set<Quad> rebuilt(KnowledgeStore ks) {
        Set<Quad> before = index(ks);
        ks.reindex();
        Set<Quad> after = index(ks);
        Txn.executeWrite(ks.dataset(), () -> {
            DatasetGraph dsg = ks.dataset().asDatasetGraph();
            dsg.deleteAny(StoreIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY);
            before.forEach(dsg::add);
        });
        return after;
    }

    private static Set<Quad> withoutKeys(Set<Quad> quads) {
        Set<Quad> out = new HashSet<>(quads);
        // the count of writes is the index's history, which a rebuild has not lived through
        out.removeIf(q -> q.getPredicate().equals(StoreIndex.NAME_KEY) || q.getPredicate().equals(StoreIndex.WRITES));
        return out;
    }

    @Test
    void countsFollowWritesReplacementsAndDropsAsARebuildWouldMakeThem() {
        Node gpt3 = NodeFactory.createURI(GPT3.iri());
        Node support = StoreIndex.support(AIKG.developedBy.asNode());
        Node fact = StoreIndex.fact(gpt3, AIKG.developedBy.asNode(), NodeFactory.createURI(OPENAI.iri()));
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc("a", "sha256:a1", 0.7, GPT3, OPENAI));
            ks.putAll(List.of(doc("b", "sha256:b1", 0.9, GPT3, OPENAI), doc("c", "sha256:c1", null, GPT3, BERT)));
            assertEquals(3, value(ks, gpt3, StoreIndex.DOCUMENTS));
            assertEquals(2, value(ks, fact, support));
            assertEquals(0.9, best(ks));
            Node a = NodeFactory.createURI(AIKG.DOC_BASE + "a");
            assertEquals(2, value(ks, a, StoreIndex.ENTITIES));
            assertEquals(1, value(ks, a, StoreIndex.STATEMENTS));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));

            // b no longer states the fact: the best confidence falls back to a's
            ks.put(doc("b", "sha256:b2", null, OPENAI));
            assertEquals(2, value(ks, gpt3, StoreIndex.DOCUMENTS));
            assertEquals(1, value(ks, fact, support));
            assertEquals(0.7, best(ks));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));

            ks.drop(AIKG.DOC_BASE + "a");
            assertEquals(1, value(ks, gpt3, StoreIndex.DOCUMENTS));
            assertEquals(0, value(ks, fact, support), "no document states the fact any more");
            assertEquals(-1.0, best(ks));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
        }
    }

    /** The totals and rank keys, against a count of the graphs themselves. */
    private static void assertTotalsAreARecount(KnowledgeStore ks) {
        Txn.executeRead(ks.dataset(), () -> {
            DatasetGraph dsg = ks.dataset().asDatasetGraph();
            long documents = 0;
            long statements = 0;
            Set<Node> models = new HashSet<>();
            Set<Node> organizations = new HashSet<>();
            for (Node g : org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes())) {
                if (!dsg.contains(g, g, RDF.type.asNode(), AIKG.Document.asNode())) {
                    continue;
                }
                documents++;
                statements += org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, RDF.predicate.asNode(), AIKG.developedBy.asNode()));
                dsg.find(g, g, AIKG.mentions.asNode(), Node.ANY).forEachRemaining(q ->
                        (q.getObject().getURI().contains("/model/") ? models : organizations).add(q.getObject()));
            }
            Set<org.apache.jena.graph.Triple> facts = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, AIKG.developedBy.asNode(), Node.ANY)
                    .forEachRemaining(q -> facts.add(q.asTriple()));
            assertEquals(documents, count(dsg, StoreIndex.TOTALS, StoreIndex.DOCUMENT_COUNT));
            assertEquals(statements, count(dsg, StoreIndex.TOTALS, StoreIndex.STATEMENT_COUNT));
            assertEquals(facts.size(), count(dsg, AIKG.developedBy.asNode(), StoreIndex.FACT_COUNT));
            assertEquals(models.size(), count(dsg, AIKG.Model.asNode(), StoreIndex.ENTITY_COUNT));
            assertEquals(organizations.size(), count(dsg, AIKG.Organization.asNode(), StoreIndex.ENTITY_COUNT));
            // an entity's mention rank is the base less its count, so the most mentioned come first
            for (Node e : models) {
                assertEquals(StoreIndex.RANK_BASE - count(dsg, e, StoreIndex.DOCUMENTS), count(dsg, e, StoreIndex.MENTION_RANK));
            }
        });
    }

    /**
     * The index's types and aliases of entities: of each entity more than {@link StoreIndex#SPREAD} documents mention,
     * each type and alias some document graph states, once; of the others, none.
     */
    private static void assertTypesAndAliasesAreTheDocumentsOnce(KnowledgeStore ks) {
        Txn.executeRead(ks.dataset(), () -> {
            DatasetGraph dsg = ks.dataset().asDatasetGraph();
            Set<org.apache.jena.graph.Triple> stated = new HashSet<>();
            for (Node g : org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes())) {
                if (dsg.contains(g, g, RDF.type.asNode(), AIKG.Document.asNode())) {
                    for (Node p : List.of(RDF.type.asNode(), org.apache.jena.vocabulary.SKOS.altLabel.asNode())) {
                        dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                            if (q.getSubject().getURI().startsWith(AIKG.ID_BASE)
                                    && count(dsg, q.getSubject(), StoreIndex.DOCUMENTS) > StoreIndex.SPREAD) {
                                stated.add(org.apache.jena.graph.Triple.create(q.getSubject(),
                                        p.equals(RDF.type.asNode()) ? StoreIndex.TYPE : StoreIndex.ALIAS, q.getObject()));
                            }
                        });
                    }
                }
            }
            Set<org.apache.jena.graph.Triple> indexed = new HashSet<>();
            for (Node p : List.of(StoreIndex.TYPE, StoreIndex.ALIAS)) {
                dsg.find(StoreIndex.GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> indexed.add(q.asTriple()));
            }
            assertEquals(stated, indexed);
        });
    }

    private static long count(KnowledgeStore ks, Node p) {
        return Txn.calculateRead(ks.dataset(), () -> count(ks.dataset().asDatasetGraph(), StoreIndex.TOTALS, p));
    }

    private static long count(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(StoreIndex.GRAPH, s, p, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
    }

    @Test
    void totalsAndRanksAreARecountAfterWritesReplacementsDropsAndRejections() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc("a", "sha256:a1", 0.7, GPT3, OPENAI));
            ks.putAll(List.of(doc("b", "sha256:b1", 0.9, GPT3, OPENAI), doc("c", "sha256:c1", null, GPT3, BERT)));
            assertTotalsAreARecount(ks);
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            ks.put(doc("b", "sha256:b2", null, OPENAI));
            assertTotalsAreARecount(ks);
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            ks.drop(AIKG.DOC_BASE + "c");
            assertTotalsAreARecount(ks);
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            ks.correct(new KnowledgeStore.Correction("rejected", GPT3.iri(), AIKG.developedBy.getURI(), OPENAI.iri(), "me", ""),
                    java.time.Instant.parse("2026-01-01T00:00:00Z"));
            assertTotalsAreARecount(ks);
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            long writes = count(ks, StoreIndex.WRITES);
            ks.drop(AIKG.DOC_BASE + "a");
            ks.drop(AIKG.DOC_BASE + "b");
            assertTotalsAreARecount(ks);
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            assertEquals(writes + 2, count(ks, StoreIndex.WRITES), "every write is counted, so a reader sees the change");
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
        }
    }

    /** The partOf links of the index: every partOf triple of the union, once. */
    @Test
    void linksAreTheUnionsFactsOnceThroughWritesDropsAndCorrections() {
        Node google = NodeFactory.createURI(AIKG.ID_BASE + "organization/google");
        Node deepmind = NodeFactory.createURI(AIKG.ID_BASE + "organization/deepmind");
        Node brain = NodeFactory.createURI(AIKG.ID_BASE + "organization/brain");
        Node link = StoreIndex.link(AIKG.partOf.asNode());
        java.util.function.BiFunction<String, Node, DocumentGraph> stating = (name, part) -> {
            DocumentGraph base = doc(name, "sha256:" + name + part.getURI().length(), null, OPENAI);
            List<Quad> quads = new ArrayList<>(base.quads());
            quads.add(Quad.create(NodeFactory.createURI(AIKG.DOC_BASE + name), part, AIKG.partOf.asNode(), google));
            return new DocumentGraph(base.iri(), base.source(), base.contentHash(), quads, base.entities(), 1);
        };
        java.util.function.Function<KnowledgeStore, Set<org.apache.jena.graph.Triple>> union = ks -> Txn.calculateRead(ks.dataset(), () -> {
            Set<org.apache.jena.graph.Triple> out = new HashSet<>();
            ks.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, AIKG.partOf.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    out.add(org.apache.jena.graph.Triple.create(q.getSubject(), link, q.getObject()));
                }
            });
            return out;
        });
        java.util.function.Function<KnowledgeStore, Set<org.apache.jena.graph.Triple>> links = ks -> {
            Set<org.apache.jena.graph.Triple> out = new HashSet<>();
            index(ks).stream().filter(q -> q.getPredicate().equals(link)).forEach(q -> out.add(q.asTriple()));
            return out;
        };
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.putAll(List.of(stating.apply("a", deepmind), stating.apply("b", deepmind)));
            assertEquals(union.apply(ks), links.apply(ks));
            assertEquals(1, links.apply(ks).size());
            ks.correct(new KnowledgeStore.Correction("added", brain.getURI(), AIKG.partOf.getURI(), google.getURI(), "me", ""),
                    java.time.Instant.parse("2026-01-01T00:00:00Z"));
            assertEquals(union.apply(ks), links.apply(ks));
            assertEquals(2, links.apply(ks).size());
            ks.drop(AIKG.DOC_BASE + "a");
            assertEquals(union.apply(ks), links.apply(ks), "b still states it");
            ks.drop(AIKG.DOC_BASE + "b");
            assertEquals(union.apply(ks), links.apply(ks));
            assertEquals(1, links.apply(ks).size(), "the fact users added stays");
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
            ks.correct(new KnowledgeStore.Correction("rejected", brain.getURI(), AIKG.partOf.getURI(), google.getURI(), "me", ""),
                    java.time.Instant.parse("2026-01-02T00:00:00Z"));
            assertEquals(Set.of(), links.apply(ks));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
        }
    }

    /**
     * What the shipped queries rely on: a page read from a rank key's index range without ORDER BY comes in the
     * ranked order. 60 models mentioned by 1 to 60 documents each; the first ten of the range are the ten most
     * mentioned, most first.
     */
    @Test
    void aRankRangeIsReadInRankOrder() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            List<Entity> models = new ArrayList<>();
            for (int m = 0; m < 60; m++) {
                models.add(new Entity(AIKG.ID_BASE + "model/m" + m, EntityType.MODEL, "M" + m, Set.of(), null, null, null, null));
            }
            List<DocumentGraph> docs = new ArrayList<>();
            for (int d = 0; d < 60; d++) {
                // document d mentions models d..59, so model m is mentioned by m + 1 documents
                docs.add(doc("d" + d, "sha256:d" + d, null, models.subList(d, 60).toArray(Entity[]::new)));
            }
            ks.putAll(docs);
            String query = "SELECT ?e WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?e <" + StoreIndex.MENTION_RANK.getURI()
                    + "> ?rank } } LIMIT 10";
            List<String> page = Txn.calculateRead(ks.dataset(), () -> {
                List<String> out = new ArrayList<>();
                try (var qe = org.apache.jena.query.QueryExecution.dataset(ks.dataset()).query(query).build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
                }
                return out;
            });
            List<String> expected = new ArrayList<>();
            for (int m = 59; m > 49; m--) {
                expected.add(AIKG.ID_BASE + "model/m" + m);
            }
            assertEquals(expected, page);
        }
    }

    /** {@code doc(name, hash, null, entities)} dated {@code date} (a dcterms:date literal as documents carry it). */
    private static DocumentGraph dated(String name, String hash, String date, Entity... entities) {
        DocumentGraph base = doc(name, hash, null, entities);
        List<Quad> quads = new ArrayList<>(base.quads());
        Node g = NodeFactory.createURI(base.iri());
        quads.add(Quad.create(g, g, org.apache.jena.vocabulary.DCTerms.date.asNode(),
                NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        return new DocumentGraph(base.iri(), base.source(), base.contentHash(), quads, base.entities(), 0);
    }

    /** An entity's documents per month, counted from the graphs: each dated document that mentions it, by its month. */
    private static java.util.SortedMap<java.time.YearMonth, Integer> recountedMonths(KnowledgeStore ks, Node entity) {
        return Txn.calculateRead(ks.dataset(), () -> {
            DatasetGraph dsg = ks.dataset().asDatasetGraph();
            java.util.SortedMap<java.time.YearMonth, Integer> out = new java.util.TreeMap<>();
            dsg.find(Node.ANY, Node.ANY, AIKG.mentions.asNode(), entity).forEachRemaining(q -> {
                var date = dsg.find(q.getGraph(), q.getSubject(), org.apache.jena.vocabulary.DCTerms.date.asNode(), Node.ANY);
                if (date.hasNext()) {
                    out.merge(java.time.YearMonth.parse(date.next().getObject().getLiteralLexicalForm().substring(0, 7)), 1, Integer::sum);
                }
            });
            return out;
        });
    }

    private static java.util.SortedMap<java.time.YearMonth, Integer> months(KnowledgeStore ks, Node entity) {
        return Txn.calculateRead(ks.dataset(), () -> StoreIndex.mentionsPerMonth(ks.dataset().asDatasetGraph(), entity));
    }

    /**
     * An entity's documents per month, kept for an entity more than {@link StoreIndex#SPREAD} documents mention: GPT-3 is
     * mentioned by SPREAD + 2 documents over two months (one undated), OpenAI by three; then documents are replaced and
     * dropped until GPT-3 is no longer widely mentioned.
     */
    @Test
    void documentsPerMonthFollowWritesReplacementsAndDrops() {
        Node gpt3 = NodeFactory.createURI(GPT3.iri());
        Node openai = NodeFactory.createURI(OPENAI.iri());
        int n = StoreIndex.SPREAD + 2;
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            List<DocumentGraph> docs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Entity[] mentioned = i < 3 ? new Entity[] {GPT3, OPENAI} : new Entity[] {GPT3};
                docs.add(i == n - 1 ? doc("d" + i, "sha256:d" + i, null, mentioned)
                        : dated("d" + i, "sha256:d" + i, i % 2 == 0 ? "2024-05-0" + (1 + i % 9) : "2023-12-31", mentioned));
            }
            ks.putAll(docs.subList(0, 4));
            ks.putAll(docs.subList(4, n));
            assertEquals(recountedMonths(ks, gpt3), months(ks, gpt3));
            assertEquals(n - 1, months(ks, gpt3).values().stream().mapToInt(Integer::intValue).sum(), "the undated document is in no month");
            assertEquals(java.util.Map.of(), months(ks, openai), "few documents mention OpenAI: its months are not kept");
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
            // d1 moves to another month
            ks.put(dated("d1", "sha256:d1b", "2024-06-01", GPT3));
            assertEquals(recountedMonths(ks, gpt3), months(ks, gpt3));
            assertTrue(months(ks, gpt3).containsKey(java.time.YearMonth.of(2024, 6)));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
            ks.drop(AIKG.DOC_BASE + "d0");
            assertEquals(recountedMonths(ks, gpt3), months(ks, gpt3), "still widely mentioned");
            ks.drop(AIKG.DOC_BASE + "d2");
            assertEquals(java.util.Map.of(), months(ks, gpt3), "no longer widely mentioned");
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
            ks.put(docs.get(0));
            assertEquals(recountedMonths(ks, gpt3), months(ks, gpt3), "widely mentioned again");
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
        }
    }

    /** An entity's types and aliases enter the index when a write makes it widely mentioned, and leave it when a drop ends that. */
    @Test
    void typesAndAliasesAreIndexedWhileManyDocumentsMentionTheEntity() {
        Node gpt3 = NodeFactory.createURI(GPT3.iri());
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            List<DocumentGraph> docs = new ArrayList<>();
            for (int i = 0; i <= StoreIndex.SPREAD; i++) {
                // GPT-3 is called "GPT3" (its record's alias) in every document, and "GPT three" in the last only
                Entity spelled = i == StoreIndex.SPREAD ? new Entity(GPT3.iri(), EntityType.MODEL, "GPT-3",
                        Set.of("GPT3", "GPT three"), "gpt-3", null, null, null) : GPT3;
                docs.add(doc("d" + i, "sha256:d" + i, null, spelled, i % 2 == 0 ? OPENAI : BERT));
            }
            ks.putAll(docs.subList(0, StoreIndex.SPREAD));
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            assertTrue(index(ks).stream().noneMatch(q -> q.getSubject().equals(gpt3)
                    && (q.getPredicate().equals(StoreIndex.ALIAS) || q.getPredicate().equals(StoreIndex.TYPE))), "not yet widely mentioned");
            ks.put(docs.get(StoreIndex.SPREAD));
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            Set<Quad> idx = index(ks);
            assertTrue(idx.contains(Quad.create(StoreIndex.GRAPH, gpt3, StoreIndex.ALIAS, NodeFactory.createLiteralString("GPT three"))));
            assertTrue(idx.contains(Quad.create(StoreIndex.GRAPH, gpt3, StoreIndex.TYPE, AIKG.Model.asNode())));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
            // the only document with "GPT three" is replaced by one without it: the alias leaves, the rest stays
            ks.put(doc("d" + StoreIndex.SPREAD, "sha256:again", null, GPT3, OPENAI));
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            assertFalse(index(ks).contains(Quad.create(StoreIndex.GRAPH, gpt3, StoreIndex.ALIAS, NodeFactory.createLiteralString("GPT three"))));
            ks.drop(AIKG.DOC_BASE + "d0");
            assertTypesAndAliasesAreTheDocumentsOnce(ks);
            assertFalse(index(ks).contains(Quad.create(StoreIndex.GRAPH, gpt3, StoreIndex.TYPE, AIKG.Model.asNode())),
                    "no longer widely mentioned");
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
        }
    }

    @Test
    void namesAreKeyedAsTheQueriesCompareThemAndARejectedFactLeavesTheIndex() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc("a", "sha256:a1", 0.7, GPT3, OPENAI));
            Set<Quad> idx = index(ks);
            Node gpt3 = NodeFactory.createURI(GPT3.iri());
            assertTrue(idx.contains(Quad.create(StoreIndex.GRAPH, gpt3, StoreIndex.NAME_KEY, NodeFactory.createLiteralString("gpt3"))));
            assertTrue(idx.contains(Quad.create(StoreIndex.GRAPH, NodeFactory.createURI(OPENAI.iri()), StoreIndex.NAME_KEY,
                    NodeFactory.createLiteralString("openai"))));
            assertEquals("gpt3", StoreIndex.key("GPT-3"));
            assertEquals("über2", StoreIndex.key("Über 2!"));

            ks.correct(new KnowledgeStore.Correction("rejected", GPT3.iri(), AIKG.developedBy.getURI(), OPENAI.iri(), "me", ""),
                    java.time.Instant.parse("2026-01-01T00:00:00Z"));
            assertEquals(-1.0, best(ks));
            assertEquals(0, value(ks, NodeFactory.createURI(AIKG.DOC_BASE + "a"), StoreIndex.STATEMENTS));
            assertEquals(withoutKeys(index(ks)), withoutKeys(rebuilt(ks)));
        }
    }

    @Test
    void exportsLeaveTheIndexOut() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc("a", "sha256:a1", 0.7, GPT3, OPENAI));
            assertFalse(index(ks).isEmpty());
            for (RDFFormat format : List.of(RDFFormat.NQUADS, RDFFormat.TRIG, RDFFormat.TURTLE)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ks.export(format, out);
                String text = out.toString(StandardCharsets.UTF_8);
                assertFalse(text.contains(StoreIndex.NS), format + " carries the index");
                assertTrue(text.contains(GPT3.iri()) || text.contains("gpt-3"), format + " lacks the data");
            }
        }
    }
}
