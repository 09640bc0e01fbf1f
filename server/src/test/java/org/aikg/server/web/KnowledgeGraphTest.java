package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The pages' view of a document and an entity whose document graph has relation and mention assertions. */
class KnowledgeGraphTest {
    private static final String DOC = AIKG.DOC_BASE + "lab-news-0a1b2c3d";
    private static final String MODEL = AIKG.ID_BASE + "model/quillon";
    private static final String ORG = AIKG.ID_BASE + "organization/marrowlabs";

    private static KnowledgeGraph graph() {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(DOC, AIKG.Document);
        Resource model = m.createResource(MODEL, AIKG.Model).addProperty(RDFS.label, "Quillon");
        Resource org = m.createResource(ORG, AIKG.Organization).addProperty(RDFS.label, "Marrow Labs");
        doc.addProperty(AIKG.mentions, model).addProperty(AIKG.mentions, org);
        model.addProperty(AIKG.developedBy, org);
        String sentence = "Marrow Labs built Quillon in a month.";
        assertion(m, DOC + "/assertion/00000000000000aa", model, AIKG.developedBy, org, sentence, doc)
                .addProperty(AIKG.extractedBy, "verb-pattern");
        for (Resource e : List.of(model, org)) {
            assertion(m, DOC + "/mention/" + e.getLocalName(), doc, AIKG.mentions, e, sentence, doc)
                    .addProperty(AIKG.extractedBy, "dictionary")
                    .addLiteral(AIKG.mentionCount, m.createTypedLiteral("1", XSDDatatype.XSDinteger));
        }
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        m.getGraph().find().forEach(ds.getDefaultGraph()::add);
        return new KnowledgeGraph(ds, null);
    }

    private static Resource assertion(Model m, String iri, Resource s, Property p,
                                      Resource o, String sentence, Resource doc) {
        return m.createResource(iri).addProperty(RDF.type, AIKG.Assertion)
                .addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o)
                .addLiteral(AIKG.confidence, 0.9).addProperty(AIKG.evidenceText, sentence)
                .addLiteral(AIKG.line, m.createTypedLiteral("3", XSDDatatype.XSDinteger))
                .addProperty(AIKG.statedIn, doc);
    }

    @Test
    void theDocumentListsItsRelationStatementsButNotTheEvidenceOfItsMentions() {
        KnowledgeGraph.DocumentView d = graph().document(DOC).orElseThrow();
        assertEquals(List.of(AIKG.developedBy.getURI()),
                d.statements().stream().map(KnowledgeGraph.Statement::predicate).toList());
        assertEquals(2, d.mentions().values().stream().mapToInt(List::size).sum());
        // The sentence that names both and states the relation is one passage.
        assertEquals(1, d.passages().size(), d.passages().toString());
        KnowledgeGraph.Passage p = d.passages().get(0);
        assertEquals("Marrow Labs built Quillon in a month.", p.text());
        assertEquals(List.of(MODEL, ORG), p.entities());
        assertEquals(1, p.statements().size());
        assertEquals(3, p.line());
    }

    @Test
    void theEntityKeepsItsRelationEvidenceAndIsMentionedInTheDocument() {
        KnowledgeGraph.EntityView e = graph().entity(MODEL).orElseThrow();
        assertEquals(1, e.relations().size(), e.relations().toString());
        assertEquals(1, e.relations().get(0).statements().size());
        assertEquals(1, e.relations().get(0).support());
        assertEquals(List.of(DOC), e.mentionedIn().stream().map(m -> m.document().iri()).toList());
        // Why the document names it: the sentence of the first mention, and how often.
        assertEquals("Marrow Labs built Quillon in a month.", e.mentionedIn().get(0).sentence());
        assertEquals(1, e.mentionedIn().get(0).count());
        assertEquals(3, e.mentionedIn().get(0).line());
        assertTrue(e.documents().containsKey(DOC), "the cited document's title and date are at hand");
        // The Linked Data description still carries the mention's evidence.
        assertTrue(graph().describe(MODEL).contains(null, AIKG.mentionCount));
    }

    /**
     * Three dated documents: an old one (2024-01-10) naming Quillon and Marrow Labs and stating Quillon developedBy
     * Marrow Labs, a newer one (2024-03-01) naming both again and Vesper, stating Vesper developedBy Marrow Labs and
     * the old fact again, and the newest (2024-03-05) naming Vesper; plus an undated one naming Halyard.
     */
    private static KnowledgeGraph datedGraph() {
        Model m = ModelFactory.createDefaultModel();
        Resource quillon = m.createResource(MODEL, AIKG.Model).addProperty(RDFS.label, "Quillon");
        Resource org = m.createResource(ORG, AIKG.Organization).addProperty(RDFS.label, "Marrow Labs");
        Resource vesper = m.createResource(AIKG.ID_BASE + "model/vesper", AIKG.Model).addProperty(RDFS.label, "Vesper");
        Resource halyard = m.createResource(AIKG.ID_BASE + "model/halyard", AIKG.Model).addProperty(RDFS.label, "Halyard");
        Resource old = dated(m, "old", "2024-01-10", quillon, org);
        Resource newer = dated(m, "newer", "2024-03-01", quillon, org, vesper);
        dated(m, "newest", "2024-03-05", vesper);
        m.createResource(AIKG.DOC_BASE + "undated", AIKG.Document).addProperty(AIKG.mentions, halyard);
        quillon.addProperty(AIKG.developedBy, org);
        vesper.addProperty(AIKG.developedBy, org);
        assertion(m, old.getURI() + "/a1", quillon, AIKG.developedBy, org, "s", old);
        assertion(m, newer.getURI() + "/a1", quillon, AIKG.developedBy, org, "s", newer);
        assertion(m, newer.getURI() + "/a2", vesper, AIKG.developedBy, org, "s", newer);
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        m.getGraph().find().forEach(ds.getDefaultGraph()::add);
        return new KnowledgeGraph(ds, null);
    }

    private static Resource dated(Model m, String name, String date, Resource... mentioned) {
        Resource d = m.createResource(AIKG.DOC_BASE + name, AIKG.Document)
                .addProperty(org.apache.jena.vocabulary.DCTerms.date, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        for (Resource e : mentioned) {
            d.addProperty(AIKG.mentions, e);
        }
        return d;
    }

    @Test
    void whatIsNewIsCountedInTheWindowEndingAtTheNewestDocument() {
        KnowledgeGraph.Trends week = datedGraph().trends(7, 10);
        assertEquals("2024-03-05", week.newest());
        assertEquals("2024-02-28", week.since());
        assertEquals(2, week.documents());
        // Vesper is new this week; Quillon and Marrow Labs were seen in January; Halyard's document has no date.
        assertEquals(List.of("Vesper"), week.firstSeen().stream().map(n -> n.node().name()).toList());
        assertEquals("2024-03-01", week.firstSeen().get(0).firstSeen());
        assertEquals(2, week.firstSeen().get(0).documents());
        // Most mentioned in the week: Vesper by two documents, then the others by one (ties by IRI).
        assertEquals(List.of("Vesper:2", "Quillon:1", "Marrow Labs:1"), week.mostMentioned().stream()
                .map(n -> n.node().name() + ":" + n.documents()).toList());
        // Only the fact first stated this week is new; the January one stated again is not.
        assertEquals(List.of("Vesper developedBy Marrow Labs in newer on 2024-03-01"), week.newestFacts().stream()
                .map(f -> f.subject().name() + " " + KnowledgeGraph.localName(f.predicate()) + " " + f.object().name()
                        + " in " + f.document().name() + " on " + f.firstStated()).toList());
        // The chart counts each dated entity once, in the month it was first seen.
        assertEquals(java.util.Map.of(java.time.YearMonth.of(2024, 1), 2, java.time.YearMonth.of(2024, 3), 1),
                week.firstSeenPerMonth());

        KnowledgeGraph.Trends quarter = datedGraph().trends(90, 10);
        assertEquals(3, quarter.documents());
        assertEquals(3, quarter.firstSeen().size());
        assertEquals(2, quarter.newestFacts().size());
        assertEquals(1, datedGraph().trends(90, 1).newestFacts().size(), "the limit holds");
    }

    @Test
    void aStoreWithoutDatesHasNoNews() {
        KnowledgeGraph.Trends t = graph().trends(30, 10);
        assertEquals(null, t.newest());
        assertTrue(t.firstSeen().isEmpty() && t.mostMentioned().isEmpty() && t.newestFacts().isEmpty());
    }
}
