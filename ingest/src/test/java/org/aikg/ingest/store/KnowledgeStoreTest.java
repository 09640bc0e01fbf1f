package org.aikg.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.rdf.DocumentGraph;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    private static final String DOC = AIKG.DOC_BASE + "a-12345678";
    private static final Entity GPT3 = new Entity(AIKG.ID_BASE + "model/gpt-3", EntityType.MODEL, "GPT-3",
            Set.of("GPT3"), "gpt-3", "Q95726734", null, null);
    private static final Entity OPENAI = new Entity(AIKG.ID_BASE + "organization/openai", EntityType.ORGANIZATION,
            "OpenAI", Set.of(), "openai", null, null, "Company");

    /** A document graph that mentions the given entities, with the given content hash. */
    static DocumentGraph doc(String iri, String hash, Entity... entities) {
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), AIKG.Document.asNode()));
        quads.add(Quad.create(g, g, DCTerms.source.asNode(), NodeFactory.createLiteralString("notes/" + iri.hashCode() + ".md")));
        quads.add(Quad.create(g, g, AIKG.contentHash.asNode(), NodeFactory.createLiteralString(hash)));
        for (Entity e : entities) {
            Node en = NodeFactory.createURI(e.iri());
            quads.add(Quad.create(g, g, AIKG.mentions.asNode(), en));
            quads.add(Quad.create(g, en, RDF.type.asNode(), e.type().ontologyClass().asNode()));
            e.altLabels().forEach(a -> quads.add(Quad.create(g, en, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(a))));
        }
        return new DocumentGraph(iri, "notes/x.md", hash, quads, List.of(entities), 0);
    }

    /** A document stating GPT-3 developedBy OpenAI, with the assertion that carries its evidence. */
    private static DocumentGraph stating(String hash) {
        DocumentGraph base = doc(DOC, hash, GPT3, OPENAI);
        List<Quad> quads = new ArrayList<>(base.quads());
        Node g = NodeFactory.createURI(DOC);
        Node s = NodeFactory.createURI(GPT3.iri());
        Node o = NodeFactory.createURI(OPENAI.iri());
        Node a = NodeFactory.createURI(DOC + "/assertion/1");
        quads.add(Quad.create(g, s, AIKG.developedBy.asNode(), o));
        quads.add(Quad.create(g, a, RDF.type.asNode(), AIKG.Assertion.asNode()));
        quads.add(Quad.create(g, a, RDF.subject.asNode(), s));
        quads.add(Quad.create(g, a, RDF.predicate.asNode(), AIKG.developedBy.asNode()));
        quads.add(Quad.create(g, a, RDF.object.asNode(), o));
        quads.add(Quad.create(g, a, AIKG.evidenceText.asNode(), NodeFactory.createLiteralString("OpenAI made GPT-3.")));
        return new DocumentGraph(DOC, base.source(), hash, quads, base.entities(), 1);
    }

    @Test
    void rejectedFactsStayOutAndAddedFactsAreServed() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(stating("sha256:1"));
            String fact = "{ GRAPH ?g { <" + GPT3.iri() + "> aikg:developedBy <" + OPENAI.iri() + "> } }";
            String evidence = "{ GRAPH ?g { ?a aikg:evidenceText ?t } }";
            assertEquals(1, count(ks, fact));
            ks.correct(new KnowledgeStore.Correction("rejected", GPT3.iri(), AIKG.developedBy.getURI(), OPENAI.iri(),
                    "ada", "a test"), java.time.Instant.parse("2026-11-30T12:00:00Z"));
            assertEquals(0, count(ks, fact), "a rejected fact is gone from every document");
            assertEquals(0, count(ks, evidence), "with the assertion that stated it");
            ks.put(stating("sha256:2"));
            assertEquals(0, count(ks, fact), "and stays out when the document is ingested again");
            assertEquals(1, count(ks, "GRAPH <" + AIKG.CORRECTIONS_GRAPH + "> { ?c a aikg:Correction ; aikg:verdict \"rejected\" }"),
                    "the correction is kept, with who and when");

            ks.correct(new KnowledgeStore.Correction("added", GPT3.iri(), AIKG.developedBy.getURI(), OPENAI.iri(),
                    "bo", ""), java.time.Instant.parse("2026-11-30T13:00:00Z"));
            assertEquals(1, count(ks, fact), "an added fact is served from the corrections graph");
            assertThrows(org.aikg.ingest.AikgException.class, () -> new KnowledgeStore.Correction("maybe", GPT3.iri(),
                    AIKG.developedBy.getURI(), OPENAI.iri(), "x", ""));
        }
    }

    @Test
    void rejectionsAreAppliedAgainToGraphsWrittenWithoutTheFilter() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.correct(new KnowledgeStore.Correction("rejected", GPT3.iri(), AIKG.developedBy.getURI(), OPENAI.iri(),
                    "ada", ""), java.time.Instant.parse("2026-11-30T12:00:00Z"));
            // a bulk load writes quads as they are, as this does
            org.apache.jena.system.Txn.executeWrite(ks.dataset(), () -> stating("sha256:1").quads()
                    .forEach(q -> ks.dataset().asDatasetGraph().add(q)));
            String fact = "{ GRAPH ?g { <" + GPT3.iri() + "> aikg:developedBy <" + OPENAI.iri() + "> } }";
            assertEquals(1, count(ks, fact));
            ks.reapplyRejections();
            assertEquals(0, count(ks, fact), "the rejected fact is gone again");
            assertEquals(0, count(ks, "{ GRAPH ?g { ?a aikg:evidenceText ?t } }"), "with its assertion");
            assertEquals(1, count(ks, "{ GRAPH ?g { <" + DOC + "> aikg:mentions <" + GPT3.iri() + "> } }"),
                    "the rest of the document stays");
        }
    }

    @Test
    void aStoreThatNamedDocumentsByAbsolutePathIsRecognised() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc(DOC, "sha256:1", GPT3));
            assertFalse(ks.identifiesByAbsolutePath());
            Node g = NodeFactory.createURI(AIKG.DOC_BASE + "old-00000000");
            List<Quad> quads = List.of(Quad.create(g, g, RDF.type.asNode(), AIKG.Document.asNode()),
                    Quad.create(g, g, DCTerms.source.asNode(), NodeFactory.createURI("file:///home/someone/notes/old.md")));
            ks.put(new DocumentGraph(g.getURI(), "file:///home/someone/notes/old.md", "sha256:2", quads, List.of(), 0));
            assertTrue(ks.identifiesByAbsolutePath());
            assertEquals(Set.of("notes/" + DOC.hashCode() + ".md", "file:///home/someone/notes/old.md"), ks.documents().keySet());
        }
    }

    private static long count(KnowledgeStore ks, String where) {
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(
                    "PREFIX aikg: <" + AIKG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                            + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void unchangedContentChangesNothingAndChangedContentReplaces() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            assertEquals(WriteOutcome.ADDED, ks.put(doc(DOC, "sha256:1", GPT3, OPENAI)));
            assertEquals(WriteOutcome.UNCHANGED, ks.put(doc(DOC, "sha256:1", GPT3)));
            assertEquals(2, count(ks, "<" + DOC + "> aikg:mentions ?e"));
            assertEquals(WriteOutcome.REPLACED, ks.put(doc(DOC, "sha256:2", GPT3)));
            assertEquals(1, count(ks, "<" + DOC + "> aikg:mentions ?e"));
            // OpenAI is mentioned by no document any more: gone from the entities graph too
            assertEquals(0, count(ks, "<" + OPENAI.iri() + "> ?p ?o"));
            assertEquals(1, count(ks, "<" + GPT3.iri() + "> rdfs:label ?l"));
        }
    }

    @Test
    void defaultGraphIsTheUnionAndTheOntologyIsLoaded() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc(DOC, "sha256:1", GPT3, OPENAI));
            assertEquals(1, count(ks, "?d a aikg:Document"));
            assertEquals(1, count(ks, "?e a aikg:Model ; rdfs:label \"GPT-3\""));
            assertEquals(1, count(ks, "aikg:Company rdfs:subClassOf aikg:Organization"));
            assertEquals(1, count(ks, "?e owl:sameAs <http://www.wikidata.org/entity/Q95726734>"));
            assertEquals(1, count(ks, "?o a aikg:Company"));
        }
    }

    @Test
    void firstLabelWinsAndOtherSpellingsBecomeAltLabels() {
        Entity first = new Entity(AIKG.ID_BASE + "model/foonet", EntityType.MODEL, "FooNet", Set.of(), null, null, null, null);
        Entity second = new Entity(first.iri(), EntityType.MODEL, "Foonet", Set.of("FooNet"), null, null, null, null);
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc(DOC, "sha256:1", first));
            ks.put(doc(AIKG.DOC_BASE + "b-1", "sha256:9", second));
            assertEquals(1, count(ks, "<" + first.iri() + "> rdfs:label ?l"));
            assertEquals(1, count(ks, "<" + first.iri() + "> rdfs:label \"FooNet\""));
            assertEquals(1, count(ks, "<" + first.iri() + "> skos:altLabel \"Foonet\""));
            assertEquals(0, count(ks, "<" + first.iri() + "> skos:altLabel \"FooNet\""), "the label is never an alt label");
        }
    }

    @Test
    void dropRemovesTheGraphAndOrphanedEntities() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc(DOC, "sha256:1", GPT3));
            ks.put(doc(AIKG.DOC_BASE + "b-1", "sha256:9", OPENAI));
            assertTrue(ks.drop(DOC));
            assertFalse(ks.drop(DOC));
            assertEquals(0, count(ks, "<" + GPT3.iri() + "> ?p ?o"));
            assertEquals(1, count(ks, "<" + OPENAI.iri() + "> rdfs:label ?l"));
            assertEquals(1, ks.stats().documents());
        }
    }

    @Test
    void persistsAcrossReopening(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            ks.put(doc(DOC, "sha256:1", GPT3, OPENAI));
        }
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            assertEquals("sha256:1", ks.contentHash(DOC).orElseThrow());
            StoreStats stats = ks.stats();
            assertEquals(1, stats.documents());
            assertEquals(1L, stats.entities().get("Model"));
            assertEquals(1L, stats.entities().get("Organization"));
        }
    }

    @Test
    void exportsNamedGraphsAsNQuads() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.put(doc(DOC, "sha256:1", GPT3));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.export(RDFFormat.NQUADS, out);
            String nq = out.toString(StandardCharsets.UTF_8);
            assertTrue(nq.contains("<" + GPT3.iri() + "> <" + SKOS.altLabel.getURI() + "> \"GPT3\" <" + DOC + "> ."), nq);
            assertTrue(nq.contains("<" + AIKG.ENTITIES_GRAPH + ">"));
        }
    }
}
