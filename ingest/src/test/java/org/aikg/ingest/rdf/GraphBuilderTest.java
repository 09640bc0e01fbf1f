package org.aikg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Annotator;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedDocument;
import org.aikg.ingest.resolve.ResolvedMention;
import org.aikg.ontology.AIKG;
import org.aikg.ontology.Ontology;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence {@link GraphBuilder} writes for each {@code aikg:mentions}: a real document (Markdown read and
 * annotated by the real reader and sentence detector) with hand-made mentions, so every expected value is known.
 */
class GraphBuilderTest {
    // Front matter, emphasis and a heading make the clean text differ from the file, so offsets must be mapped.
    private static final String MARKDOWN = """
            ---
            title: Field notes on Brindle
            ---
            # Field notes

            The team at **Ostrava Works** trained *Brindle-9* over the winter. Brindle-9 answers in verse.

            Ostrava Works says Brindle-9 will be opened next spring, and Brindle-9 already has fans.
            """;

    private static final Entity BRINDLE = entity(EntityType.MODEL, "brindle-9", "Brindle-9");
    private static final Entity OSTRAVA = entity(EntityType.ORGANIZATION, "ostravaworks", "Ostrava Works");

    private static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = Annotator.load();
    }

    private static Entity entity(EntityType type, String key, String label) {
        return new Entity(AIKG.ID_BASE + type.segment() + "/" + key, type, label, Set.of(), null, null, null, null);
    }

    /** Every occurrence of each entity's label in the clean text, as one mention each, in text order. */
    private static List<ResolvedMention> mentionsOf(Document doc, Map<Entity, String> finders, Entity... entities) {
        List<ResolvedMention> out = new ArrayList<>();
        for (Entity e : entities) {
            for (int at = doc.text().indexOf(e.label()); at >= 0; at = doc.text().indexOf(e.label(), at + 1)) {
                out.add(new ResolvedMention(Mention.of(at, at + e.label().length(), e.label(), e.type(),
                        e == BRINDLE ? 0.8765 : 0.9, finders.get(e)), e));
            }
        }
        out.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        return out;
    }

    private static DocumentGraph build(AnnotatedDocument annotated, List<ResolvedMention> mentions, Entity... entities) {
        return new GraphBuilder().build(new ResolvedDocument(annotated, List.of(entities), mentions), List.of());
    }

    /** The document's graph as a Jena graph (its quads all sit in one named graph). */
    private static Graph graphOf(DocumentGraph dg) {
        Graph g = GraphMemFactory.createDefaultGraph();
        for (Quad q : dg.quads()) {
            assertEquals(dg.iri(), q.getGraph().getURI());
            g.add(q.asTriple());
        }
        return g;
    }

    /** The one mention assertion of {@code entity}, as property → object (each property used once). */
    private static Map<String, Node> mentionAssertion(Graph g, String doc, Entity entity) {
        List<Node> found = g.find(Node.ANY, RDF.object.asNode(), NodeFactory.createURI(entity.iri()))
                .mapWith(Triple::getSubject)
                .filterKeep(a -> g.contains(a, RDF.predicate.asNode(), AIKG.mentions.asNode()))
                .toList();
        assertEquals(1, found.size(), "mention assertions of " + entity.label() + ": " + found);
        Node a = found.get(0);
        assertEquals(doc + "/mention/" + DocumentIris.sha256(entity.iri().getBytes(StandardCharsets.UTF_8))
                .substring(0, 16), a.getURI());
        Map<String, Node> props = new TreeMap<>();
        for (Triple t : g.find(a, Node.ANY, Node.ANY).toList()) {
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                Node before = props.put(t.getPredicate().getURI(), t.getObject());
                assertNull(before, "two values of " + t.getPredicate() + " on " + a);
            }
        }
        assertTrue(g.contains(a, RDF.type.asNode(), AIKG.Assertion.asNode()));
        assertTrue(g.contains(a, RDF.type.asNode(), RDF.Statement.asNode()));
        return props;
    }

    private static int integer(Map<String, Node> props, Property p) {
        Node n = props.get(p.getURI());
        assertEquals(XSDDatatype.XSDinteger.getURI(), n.getLiteralDatatypeURI(), p.getURI());
        return Integer.parseInt(n.getLiteralLexicalForm());
    }

    private static String string(Map<String, Node> props, Property p) {
        return props.get(p.getURI()).getLiteralLexicalForm();
    }

    @Test
    void eachMentionedEntityHasOneAssertionWithTheSentenceAndSpanOfItsFirstMention() {
        Document doc = DocumentReaders.parse(Path.of("field-notes.md"), MARKDOWN);
        AnnotatedDocument annotated = annotator.annotate(doc);
        List<ResolvedMention> mentions = mentionsOf(doc, Map.of(BRINDLE, "statistical", OSTRAVA, "dictionary"),
                BRINDLE, OSTRAVA);
        assertEquals(6, mentions.size(), mentions.toString());
        DocumentGraph dg = build(annotated, mentions, OSTRAVA, BRINDLE);
        Graph g = graphOf(dg);
        Node d = NodeFactory.createURI(dg.iri());

        // One assertion per entity, however often it is named, and no other mention assertions.
        List<Node> all = g.find(Node.ANY, RDF.predicate.asNode(), AIKG.mentions.asNode()).mapWith(Triple::getSubject)
                .toList();
        assertEquals(2, all.size(), all.toString());
        assertEquals(0, dg.relations(), "mention assertions are not relations");

        String original = doc.original();
        record Expected(Entity entity, String sentence, int count, String finder, String confidence) {}
        for (Expected x : List.of(
                new Expected(OSTRAVA, "The team at Ostrava Works trained Brindle-9 over the winter.", 2, "dictionary",
                        "0.9"),
                new Expected(BRINDLE, "The team at Ostrava Works trained Brindle-9 over the winter.", 4, "statistical",
                        "0.877"))) {
            Map<String, Node> a = mentionAssertion(g, dg.iri(), x.entity());
            String name = x.entity().label();
            assertEquals(d, a.get(RDF.subject.getURI()), name);
            assertEquals(d, a.get(AIKG.statedIn.getURI()), name);
            assertTrue(g.contains(d, AIKG.mentions.asNode(), NodeFactory.createURI(x.entity().iri())), name);
            assertEquals(x.sentence(), string(a, AIKG.evidenceText), name);
            assertEquals(x.count(), integer(a, AIKG.mentionCount), name);
            assertEquals(x.finder(), string(a, AIKG.extractedBy), name);
            assertEquals(x.confidence(), string(a, AIKG.confidence), name);

            // The span is the first mention's, in the file: after the front matter and inside the emphasis.
            int start = integer(a, AIKG.startOffset);
            int end = integer(a, AIKG.endOffset);
            assertEquals(name, original.substring(start, end));
            assertEquals(original.indexOf(name), start, name + " is the first occurrence");
            assertNotEquals(doc.text().indexOf(name), start, "offsets are into the original file, not the clean text");
            int line = integer(a, AIKG.line);
            int column = integer(a, AIKG.column);
            String lineText = original.split("\n", -1)[line - 1];
            assertEquals(name, lineText.substring(column - 1, column - 1 + name.length()), name);
        }
        assertEquals(6, integer(mentionAssertion(g, dg.iri(), OSTRAVA), AIKG.line));
    }

    @Test
    void theEvidenceIsTheSentenceOfTheFirstMentionNotALaterOne() {
        Document doc = DocumentReaders.parse(Path.of("later.md"), """
                # Quiet week

                Nothing much happened. Then Velmora Group hired a new chief.

                Velmora Group also opened an office.
                """);
        Entity velmora = entity(EntityType.ORGANIZATION, "velmoragroup", "Velmora Group");
        List<ResolvedMention> mentions = mentionsOf(doc, Map.of(velmora, "pattern:company-suffix"), velmora);
        Graph g = graphOf(build(annotator.annotate(doc), mentions, velmora));
        Map<String, Node> a = mentionAssertion(g, DocumentIris.documentIri(Path.of("later.md")), velmora);
        assertEquals("Then Velmora Group hired a new chief.", string(a, AIKG.evidenceText));
        assertEquals(2, integer(a, AIKG.mentionCount));
        assertEquals(3, integer(a, AIKG.line));
        assertEquals("pattern:company-suffix", string(a, AIKG.extractedBy));
    }

    @Test
    void aMentionNoSentenceCoversFallsBackToItsSurface() {
        Document doc = DocumentReaders.parse(Path.of("bare.txt"), "We met Tamsin Orr at the fair.\n");
        Entity tamsin = entity(EntityType.PERSON, "tamsinorr", "Tamsin Orr");
        List<ResolvedMention> mentions = mentionsOf(doc, Map.of(tamsin, "pattern:person"), tamsin);
        // No sentences: as for a name found outside every annotated block.
        Graph g = graphOf(build(new AnnotatedDocument(doc, List.of()), mentions, tamsin));
        Map<String, Node> a = mentionAssertion(g, DocumentIris.documentIri(Path.of("bare.txt")), tamsin);
        assertEquals("Tamsin Orr", string(a, AIKG.evidenceText));
        assertEquals(7, integer(a, AIKG.startOffset));
        assertEquals(17, integer(a, AIKG.endOffset));
        assertEquals(1, integer(a, AIKG.line));
        assertEquals(8, integer(a, AIKG.column));
    }

    @Test
    void anEntityWithoutMentionsGetsTheTripleButNoAssertion() {
        Document doc = DocumentReaders.parse(Path.of("none.txt"), "Nothing to see here.\n");
        Graph g = graphOf(build(annotator.annotate(doc), List.of(), BRINDLE));
        assertTrue(g.contains(Node.ANY, AIKG.mentions.asNode(), NodeFactory.createURI(BRINDLE.iri())));
        assertEquals(0, g.find(Node.ANY, RDF.predicate.asNode(), AIKG.mentions.asNode()).toList().size());
    }

    @Test
    void theGraphWithMentionAssertionsConformsToTheShapes() {
        Document doc = DocumentReaders.parse(Path.of("field-notes.md"), MARKDOWN);
        List<ResolvedMention> mentions = mentionsOf(doc, Map.of(BRINDLE, "statistical", OSTRAVA, "dictionary"),
                BRINDLE, OSTRAVA);
        Graph g = graphOf(build(annotator.annotate(doc), mentions, OSTRAVA, BRINDLE));
        // The labels the store's entities graph would add.
        for (Entity e : List.of(OSTRAVA, BRINDLE)) {
            g.add(NodeFactory.createURI(e.iri()), RDFS.label.asNode(), NodeFactory.createLiteralString(e.label()));
        }
        ValidationReport report = Ontology.validate(g);
        assertTrue(report.conforms(), () -> report.getEntries().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void sentenceCoveringFindsTheOnlyCandidate() {
        List<Sentence> sentences = List.of(sentence(0, 0, 10), sentence(1, 12, 30), sentence(2, 31, 40));
        assertSame(sentences.get(1), GraphBuilder.sentenceCovering(sentences, 12, 20));
        assertSame(sentences.get(1), GraphBuilder.sentenceCovering(sentences, 25, 30));
        assertSame(sentences.get(0), GraphBuilder.sentenceCovering(sentences, 0, 3));
        assertNull(GraphBuilder.sentenceCovering(sentences, 11, 12), "between sentences");
        assertNull(GraphBuilder.sentenceCovering(sentences, 28, 33), "across two sentences");
        assertNull(GraphBuilder.sentenceCovering(sentences, 41, 45), "after the last");
        assertNull(GraphBuilder.sentenceCovering(List.of(), 0, 1));
    }

    private static Sentence sentence(int index, int start, int end) {
        return new Sentence(index, start, end, "x".repeat(end - start), List.of(), Block.Kind.PARAGRAPH);
    }
}
