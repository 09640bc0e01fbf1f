package org.aikg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The shapes accept a graph written the way docs/data-model.md describes, and each malformed variant fails
 * on the constraint it breaks and on no other.
 */
class ShapesTest {
    private static final String DOC = AIKG.DOC_BASE + "state-of-ml-1a2b3c4d";
    private static final String ASSERTION = DOC + "/assertion/0f1e2d3c4b5a6978";
    private static final String MENTION = DOC + "/mention/d3f6834e451bab97";
    private static final String GPT3 = AIKG.ID_BASE + "model/gpt3";
    private static final String OPENAI = AIKG.ID_BASE + "organization/openai";
    private static final String PALM_PAPER = AIKG.ID_BASE + "paper/arxiv-2204.02311";
    private static final String JANE = AIKG.ID_BASE + "person/janedoe";
    private static final String STANFORD = AIKG.ID_BASE + "organization/stanford";

    /**
     * A small graph that follows the data model: a document, five entities, relations, one relation assertion
     * and the mention assertions of the two mentioned entities.
     */
    private static Model wellFormed() {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(DOC)
                .addProperty(RDF.type, AIKG.Document)
                .addProperty(DCTerms.title, "A Year of Progress in Learned Systems")
                .addProperty(DCTerms.source, "posts/state-of-ml.md")
                .addProperty(AIKG.format, "markdown")
                .addProperty(AIKG.contentHash, "sha256:" + "ab".repeat(32));
        Resource gpt3 = m.createResource(GPT3, AIKG.Model).addProperty(SKOS.altLabel, "GPT3");
        // Typed only as a Company: sh:class Organization must see it through the ontology's subClassOf.
        Resource openai = m.createResource(OPENAI, AIKG.Company);
        Resource paper = m.createResource(PALM_PAPER, AIKG.Paper)
                .addProperty(RDFS.label, "PaLM: Scaling Language Modeling with Pathways")
                .addProperty(AIKG.arxivId, "2204.02311");
        Resource jane = m.createResource(JANE, AIKG.Person).addProperty(RDFS.label, "Jane Doe");
        Resource stanford = m.createResource(STANFORD, AIKG.ResearchInstitution).addProperty(RDFS.label, "Stanford");
        doc.addProperty(AIKG.mentions, gpt3).addProperty(AIKG.mentions, openai);

        // What the entities graph adds.
        gpt3.addProperty(RDFS.label, "GPT-3")
                .addProperty(OWL.sameAs, m.createResource(AIKG.WIKIDATA + "Q95726734"))
                .addProperty(AIKG.wikidataId, "Q95726734");
        openai.addProperty(RDF.type, AIKG.Organization).addProperty(RDFS.label, "OpenAI");

        gpt3.addProperty(AIKG.developedBy, openai).addProperty(AIKG.introducedIn, paper);
        paper.addProperty(AIKG.authoredBy, jane).addProperty(AIKG.affiliatedWith, stanford);
        jane.addProperty(AIKG.affiliatedWith, stanford);

        m.createResource(ASSERTION)
                .addProperty(RDF.type, AIKG.Assertion)
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, gpt3)
                .addProperty(RDF.predicate, AIKG.developedBy)
                .addProperty(RDF.object, openai)
                .addLiteral(AIKG.confidence, m.createTypedLiteral(0.9))
                .addProperty(AIKG.evidenceText, "OpenAI released GPT3 in 2020.")
                .addLiteral(AIKG.startOffset, integer(m, 1234))
                .addLiteral(AIKG.endOffset, integer(m, 1263))
                .addLiteral(AIKG.line, integer(m, 42))
                .addLiteral(AIKG.column, integer(m, 1))
                .addProperty(AIKG.extractedBy, "verb-pattern")
                .addProperty(AIKG.statedIn, doc);

        mention(m, MENTION, doc, gpt3, "OpenAI released GPT3 in 2020.", 1250, 1254, 3);
        mention(m, DOC + "/mention/ec943f1b6a508058", doc, openai, "OpenAI released GPT3 in 2020.", 1234, 1240, 1);
        return m;
    }

    /** The assertion of {@code doc aikg:mentions entity}, as the ingester writes it. */
    private static void mention(Model m, String iri, Resource doc, Resource entity, String sentence, long start,
                                long end, long count) {
        m.createResource(iri)
                .addProperty(RDF.type, AIKG.Assertion)
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, doc)
                .addProperty(RDF.predicate, AIKG.mentions)
                .addProperty(RDF.object, entity)
                .addLiteral(AIKG.confidence, m.createTypedLiteral(0.95))
                .addProperty(AIKG.evidenceText, sentence)
                .addLiteral(AIKG.startOffset, integer(m, start))
                .addLiteral(AIKG.endOffset, integer(m, end))
                .addLiteral(AIKG.line, integer(m, 42))
                .addLiteral(AIKG.column, integer(m, 1 + start - 1234))
                .addProperty(AIKG.extractedBy, "dictionary")
                .addProperty(AIKG.statedIn, doc)
                .addLiteral(AIKG.mentionCount, integer(m, count));
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }

    private static ValidationReport validate(Consumer<Model> breakIt) {
        Model m = wellFormed();
        breakIt.accept(m);
        return Ontology.validate(m.getGraph());
    }

    /** Asserts the report fails, and only on {@code path} of {@code focus}. */
    private static void assertFailsOnlyOn(ValidationReport report, String focus, Property path) {
        assertFalse(report.conforms(), "expected a violation on " + path);
        Set<Where> where = report.getEntries().stream()
                .map(e -> new Where(e.focusNode(), e.resultPath()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(new Where(NodeFactory.createURI(focus), new P_Link(path.asNode()))), where,
                () -> describe(report));
    }

    private record Where(Node focus, Path path) {}

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    private static Resource res(Model m, String iri) {
        return m.createResource(iri);
    }

    @Test
    void wellFormedGraphConforms() {
        ValidationReport report = Ontology.validate(wellFormed().getGraph());
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void wellFormedGraphSplitIntoNamedGraphsConformsOverTheUnion() {
        Model all = wellFormed();
        Model entities = ModelFactory.createDefaultModel();
        Model doc = ModelFactory.createDefaultModel();
        // Labels to the entities graph, everything else to the document graph, as the ingester writes them.
        all.listStatements().forEach(s -> (s.getPredicate().equals(RDFS.label)
                || s.getPredicate().equals(AIKG.wikidataId) ? entities : doc).add(s));
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.addGraph(NodeFactory.createURI(AIKG.ENTITIES_GRAPH), entities.getGraph());
        ds.addGraph(NodeFactory.createURI(DOC), doc.getGraph());
        ds.executeRead(() -> {
            ValidationReport report = Ontology.validate(ds);
            assertTrue(report.conforms(), () -> describe(report));
        });
        // The document graph alone lacks the labels of the entities it does not give alt labels to.
        ValidationReport alone = Ontology.validate(doc.getGraph());
        assertFalse(alone.conforms());
    }

    @Test
    void documentWithTwoSources() {
        assertFailsOnlyOn(validate(m -> res(m, DOC).addProperty(DCTerms.source, "posts/elsewhere.md")),
                DOC, DCTerms.source);
    }

    @Test
    void documentNamedByAnAbsolutePath() {
        assertFailsOnlyOn(validate(m -> res(m, DOC).removeAll(DCTerms.source)
                .addProperty(DCTerms.source, m.createResource("file:///data/posts/state-of-ml.md"))), DOC, DCTerms.source);
        assertFailsOnlyOn(validate(m -> res(m, DOC).removeAll(DCTerms.source)
                .addProperty(DCTerms.source, "/data/posts/state-of-ml.md")), DOC, DCTerms.source);
    }

    @Test
    void documentWithoutSource() {
        assertFailsOnlyOn(validate(m -> res(m, DOC).removeAll(DCTerms.source)), DOC, DCTerms.source);
    }

    @Test
    void documentWithLiteralSource() {
        assertFailsOnlyOn(validate(m -> {
            res(m, DOC).removeAll(DCTerms.source);
            res(m, DOC).addProperty(DCTerms.source, "/data/posts/state-of-ml.md");
        }), DOC, DCTerms.source);
    }

    @Test
    void documentWithTwoTitles() {
        assertFailsOnlyOn(validate(m -> res(m, DOC).addProperty(DCTerms.title, "Another title")), DOC, DCTerms.title);
    }

    @Test
    void developedByPointingAtAPerson() {
        assertFailsOnlyOn(validate(m -> res(m, GPT3).addProperty(AIKG.developedBy, res(m, JANE))),
                GPT3, AIKG.developedBy);
    }

    @Test
    void authoredByPointingAtAnOrganization() {
        assertFailsOnlyOn(validate(m -> res(m, PALM_PAPER).addProperty(AIKG.authoredBy, res(m, OPENAI))),
                PALM_PAPER, AIKG.authoredBy);
    }

    @Test
    void partOfPointingAtAModel() {
        assertFailsOnlyOn(validate(m -> res(m, OPENAI).addProperty(AIKG.partOf, res(m, GPT3))), OPENAI, AIKG.partOf);
    }

    @Test
    void variantOfPointingAtAnOrganization() {
        assertFailsOnlyOn(validate(m -> res(m, GPT3).addProperty(AIKG.variantOf, res(m, OPENAI))), GPT3, AIKG.variantOf);
    }

    @Test
    void developedByFromAPersonFailsOnTheSubject() {
        ValidationReport report = validate(m -> res(m, JANE).addProperty(AIKG.developedBy, res(m, OPENAI)));
        assertFalse(report.conforms());
        assertEquals(Set.of(JANE), report.getEntries().stream()
                .map(e -> e.focusNode().getURI()).collect(Collectors.toSet()), () -> describe(report));
    }

    @Test
    void assertionWithConfidenceAboveOne() {
        assertFailsOnlyOn(validate(m -> {
            Resource a = res(m, ASSERTION);
            a.removeAll(AIKG.confidence);
            a.addLiteral(AIKG.confidence, m.createTypedLiteral(1.5));
        }), ASSERTION, AIKG.confidence);
    }

    @Test
    void assertionWithConfidenceAsDecimal() {
        assertFailsOnlyOn(validate(m -> {
            Resource a = res(m, ASSERTION);
            a.removeAll(AIKG.confidence);
            a.addLiteral(AIKG.confidence, m.createTypedLiteral("0.5", XSDDatatype.XSDdecimal));
        }), ASSERTION, AIKG.confidence);
    }

    @Test
    void assertionWithStartAfterEnd() {
        assertFailsOnlyOn(validate(m -> {
            Resource a = res(m, ASSERTION);
            a.removeAll(AIKG.startOffset);
            a.addLiteral(AIKG.startOffset, integer(m, 1300));
        }), ASSERTION, AIKG.startOffset);
    }

    @Test
    void assertionOnLineZero() {
        assertFailsOnlyOn(validate(m -> {
            Resource a = res(m, ASSERTION);
            a.removeAll(AIKG.line);
            a.addLiteral(AIKG.line, integer(m, 0));
        }), ASSERTION, AIKG.line);
    }

    @Test
    void assertionWithTwoObjects() {
        // Add the second triple too, so only the cardinality breaks.
        assertFailsOnlyOn(validate(m -> {
            res(m, ASSERTION).addProperty(RDF.object, res(m, STANFORD));
            res(m, GPT3).addProperty(AIKG.developedBy, res(m, STANFORD));
        }), ASSERTION, RDF.object);
    }

    @Test
    void assertionWithoutEvidence() {
        assertFailsOnlyOn(validate(m -> res(m, ASSERTION).removeAll(AIKG.evidenceText)), ASSERTION, AIKG.evidenceText);
    }

    @Test
    void assertionWithoutStatedIn() {
        assertFailsOnlyOn(validate(m -> res(m, ASSERTION).removeAll(AIKG.statedIn)), ASSERTION, AIKG.statedIn);
    }

    @Test
    void assertionOfANonContractPredicate() {
        assertFailsOnlyOn(validate(m -> {
            Resource a = res(m, ASSERTION);
            a.removeAll(RDF.predicate);
            a.addProperty(RDF.predicate, RDFS.seeAlso);
            // Keep the plain triple present so only the predicate check fires.
            res(m, GPT3).addProperty(RDFS.seeAlso, res(m, OPENAI));
        }), ASSERTION, RDF.predicate);
    }

    @Test
    void assertionWhoseTripleIsMissing() {
        ValidationReport report = validate(m -> res(m, GPT3).removeAll(AIKG.developedBy));
        assertFalse(report.conforms());
        List<ReportEntry> entries = report.getEntries().stream().toList();
        assertEquals(1, entries.size(), () -> describe(report));
        assertEquals(ASSERTION, entries.get(0).focusNode().getURI());
        assertTrue(entries.get(0).message().contains("not in the graph"), entries.get(0).message());
    }

    @Test
    void mentionAssertionWithZeroMentions() {
        assertFailsOnlyOn(validate(m -> {
            Resource a = res(m, MENTION);
            a.removeAll(AIKG.mentionCount);
            a.addLiteral(AIKG.mentionCount, integer(m, 0));
        }), MENTION, AIKG.mentionCount);
    }

    @Test
    void mentionAssertionWithoutCount() {
        assertFailsOnlyOnTheMentionConstraint(validate(m -> res(m, MENTION).removeAll(AIKG.mentionCount)), MENTION);
    }

    @Test
    void mentionAssertionStatedInAnotherDocument() {
        String other = AIKG.DOC_BASE + "other-5e6f7a8b";
        assertFailsOnlyOnTheMentionConstraint(validate(m -> {
            Resource d = m.createResource(other).addProperty(RDF.type, AIKG.Document)
                    .addProperty(DCTerms.source, "posts/other.md");
            res(m, MENTION).removeAll(AIKG.statedIn).addProperty(AIKG.statedIn, d);
        }), MENTION);
    }

    @Test
    void relationAssertionWithAMentionCount() {
        assertFailsOnlyOnTheMentionConstraint(
                validate(m -> res(m, ASSERTION).addLiteral(AIKG.mentionCount, integer(m, 2))), ASSERTION);
    }

    @Test
    void mentionAssertionOfANonDocumentFailsOnTheSubject() {
        // A model "mentioning" an entity: the plain triple is there, so only MentionsShape fires, on the model.
        ValidationReport report = validate(m -> {
            res(m, GPT3).addProperty(AIKG.mentions, res(m, OPENAI));
            Resource a = res(m, MENTION);
            a.removeAll(RDF.subject).addProperty(RDF.subject, res(m, GPT3));
            a.removeAll(RDF.object).addProperty(RDF.object, res(m, OPENAI));
            a.removeAll(AIKG.statedIn).addProperty(AIKG.statedIn, res(m, DOC));
        });
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().getURI().equals(GPT3)),
                () -> describe(report));
    }

    private static void assertFailsOnlyOnTheMentionConstraint(ValidationReport report, String focus) {
        assertFalse(report.conforms());
        List<ReportEntry> entries = report.getEntries().stream().toList();
        assertEquals(1, entries.size(), () -> describe(report));
        assertEquals(focus, entries.get(0).focusNode().getURI());
        assertTrue(entries.get(0).message().contains("mention assertion"), entries.get(0).message());
    }

    @Test
    void paperWithMalformedArxivId() {
        assertFailsOnlyOn(validate(m -> {
            Resource p = res(m, PALM_PAPER);
            p.removeAll(AIKG.arxivId);
            p.addProperty(AIKG.arxivId, "abc");
        }), PALM_PAPER, AIKG.arxivId);
    }

    @Test
    void paperWithVersionedArxivIdIsRejected() {
        assertFailsOnlyOn(validate(m -> {
            Resource p = res(m, PALM_PAPER);
            p.removeAll(AIKG.arxivId);
            p.addProperty(AIKG.arxivId, "2204.02311v2");
        }), PALM_PAPER, AIKG.arxivId);
    }

    @Test
    void fourDigitArxivSequenceNumbersAreAccepted() {
        ValidationReport report = validate(m -> {
            Resource p = res(m, PALM_PAPER);
            p.removeAll(AIKG.arxivId);
            p.addProperty(AIKG.arxivId, "1706.0376");
        });
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void entityWithTwoLabels() {
        assertFailsOnlyOn(validate(m -> res(m, OPENAI).addProperty(RDFS.label, "Open AI")), OPENAI, RDFS.label);
    }

    @Test
    void entityWithNoNameAtAll() {
        ValidationReport report = validate(m -> res(m, JANE).removeAll(RDFS.label));
        assertFalse(report.conforms());
        List<ReportEntry> entries = report.getEntries().stream().toList();
        assertEquals(1, entries.size(), () -> describe(report));
        assertEquals(JANE, entries.get(0).focusNode().getURI());
    }

    @Test
    void entityNamedOnlyByAltLabelConforms() {
        ValidationReport report = validate(m -> {
            res(m, JANE).removeAll(RDFS.label);
            res(m, JANE).addProperty(SKOS.altLabel, "J. Doe");
        });
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void mentionOfANonEntity() {
        assertFailsOnlyOn(validate(m -> res(m, DOC).addProperty(AIKG.mentions, res(m, "https://example.org/x"))),
                DOC, AIKG.mentions);
    }

    @Test
    void shapesAreParsedAndReadOnly() {
        assertTrue(Ontology.shapes().numRootShapes() >= 10, "shapes: " + Ontology.shapes().numRootShapes());
        Node s = NodeFactory.createURI("https://example.org/s");
        assertThrows(RuntimeException.class,
                () -> Ontology.shapes().getGraph().add(s, s, s));
    }
}
