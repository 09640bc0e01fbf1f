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
}
