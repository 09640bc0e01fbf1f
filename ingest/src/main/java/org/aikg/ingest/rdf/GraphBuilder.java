package org.aikg.ingest.rdf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.relate.Relation;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedDocument;
import org.aikg.ingest.resolve.ResolvedMention;
import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the RDF of one document (see docs/data-model.md): the document node and its metadata, one
 * {@code aikg:mentions} per entity with the entity's type and alternative spellings, each relation as a
 * plain triple, and for each statement of it an {@code aikg:Assertion} with the evidence text, its
 * character offsets and line/column in the original file, the confidence and the rule.
 *
 * <p>Each {@code aikg:mentions} has an {@code aikg:Assertion} too, so a reader can see why the entity is
 * there: the sentence of its first mention, that mention's span, confidence and finder, and
 * {@code aikg:mentionCount}. Only one per (document, entity), however often the entity is named, so the graph
 * grows with the number of entities rather than mentions.
 *
 * <p>Pure: the same input gives the same quads, so extraction can run anywhere. Thread-safety: stateless.
 */
public final class GraphBuilder {

    /** The document's graph. */
    public DocumentGraph build(ResolvedDocument resolved, List<Relation> relations) {
        Document doc = resolved.document().document();
        // a feed entry's path names the feed file and, after '#', the entry: the source is the file
        String file = DocumentIris.sourceOf(DocumentIris.identity(doc.path()));
        String iri = DocumentIris.documentIri(doc);
        Node g = NodeFactory.createURI(iri);
        Node d = g;
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, d, RDF.type.asNode(), AIKG.Document.asNode()));
        // the path relative to the source root, never the ingesting machine's absolute path
        String source = file;
        quads.add(Quad.create(g, d, DCTerms.source.asNode(), string(source)));
        doc.metadata().url().ifPresent(u -> quads.add(Quad.create(g, d, RDFS.seeAlso.asNode(), NodeFactory.createURI(u))));
        doc.metadata().title().ifPresent(t -> quads.add(Quad.create(g, d, DCTerms.title.asNode(), string(t))));
        doc.metadata().date().ifPresent(t -> quads.add(Quad.create(g, d, DCTerms.date.asNode(), date(t))));
        doc.metadata().author().ifPresent(t -> quads.add(Quad.create(g, d, DCTerms.creator.asNode(), string(t))));
        quads.add(Quad.create(g, d, AIKG.format.asNode(), string(doc.format().name().toLowerCase(java.util.Locale.ROOT))));
        String hash = DocumentIris.contentHash(doc.original().getBytes(StandardCharsets.UTF_8));
        quads.add(Quad.create(g, d, AIKG.contentHash.asNode(), string(hash)));

        Map<String, FirstMention> firstMentions = firstMentions(resolved.mentions());
        List<Sentence> sentences = resolved.document().sentences();
        Set<String> mentioned = new HashSet<>();
        for (Entity e : resolved.entities()) {
            Node en = NodeFactory.createURI(e.iri());
            quads.add(Quad.create(g, d, AIKG.mentions.asNode(), en));
            FirstMention first = firstMentions.get(e.iri());
            // Two entity records may share an IRI; the triple is one, so is its assertion.
            if (first != null && mentioned.add(e.iri())) {
                mentionAssertion(quads, g, d, iri, doc, sentences, en, first);
            }
            quads.add(Quad.create(g, en, RDF.type.asNode(), e.type().ontologyClass().asNode()));
            for (String alt : e.altLabels()) {
                quads.add(Quad.create(g, en, SKOS.altLabel.asNode(), string(alt)));
            }
            if (e.arxivId() != null) {
                quads.add(Quad.create(g, en, AIKG.arxivId.asNode(), string(e.arxivId())));
            }
        }
        Set<String> stated = new LinkedHashSet<>();
        for (Relation r : relations) {
            Node s = NodeFactory.createURI(r.subject().iri());
            Node p = r.predicate().property().asNode();
            Node o = NodeFactory.createURI(r.object().iri());
            if (stated.add(r.subject().iri() + " " + p + " " + r.object().iri())) {
                quads.add(Quad.create(g, s, p, o));
            }
            Document.Span span = doc.originalSpan(r.start(), r.end());
            int start = span.start();
            int end = span.end();
            var lc = doc.lineColumn(start);
            Node a = NodeFactory.createURI(iri + "/assertion/" + DocumentIris.sha256(
                    (r.subject().iri() + "|" + p.getURI() + "|" + r.object().iri() + "|" + start + "|" + end)
                            .getBytes(StandardCharsets.UTF_8)).substring(0, 16));
            quads.add(Quad.create(g, a, RDF.type.asNode(), AIKG.Assertion.asNode()));
            quads.add(Quad.create(g, a, RDF.type.asNode(), RDF.Statement.asNode()));
            quads.add(Quad.create(g, a, RDF.subject.asNode(), s));
            quads.add(Quad.create(g, a, RDF.predicate.asNode(), p));
            quads.add(Quad.create(g, a, RDF.object.asNode(), o));
            quads.add(Quad.create(g, a, AIKG.confidence.asNode(),
                    NodeFactory.createLiteralDT(Double.toString(round(r.confidence())), XSDDatatype.XSDdouble)));
            quads.add(Quad.create(g, a, AIKG.evidenceText.asNode(), string(r.evidence())));
            quads.add(Quad.create(g, a, AIKG.startOffset.asNode(), integer(start)));
            quads.add(Quad.create(g, a, AIKG.endOffset.asNode(), integer(end)));
            quads.add(Quad.create(g, a, AIKG.line.asNode(), integer(lc.line())));
            quads.add(Quad.create(g, a, AIKG.column.asNode(), integer(lc.column())));
            quads.add(Quad.create(g, a, AIKG.extractedBy.asNode(), string(r.rule())));
            quads.add(Quad.create(g, a, AIKG.statedIn.asNode(), d));
        }
        return new DocumentGraph(iri, source, hash, quads, resolved.entities(), stated.size());
    }

    /** The first mention of an entity in the document and how many mentions it has in all. */
    private static final class FirstMention {
        Mention mention;
        long count;
    }

    /** Entity IRI → its first mention (smallest start) and mention count, in one pass over the mentions. */
    private static Map<String, FirstMention> firstMentions(List<ResolvedMention> mentions) {
        Map<String, FirstMention> out = new HashMap<>();
        for (ResolvedMention rm : mentions) {
            FirstMention f = out.computeIfAbsent(rm.entity().iri(), k -> new FirstMention());
            // Mentions come in text order, but the smallest start is what "first" means; do not rely on it.
            if (f.mention == null || rm.mention().start() < f.mention.start()) {
                f.mention = rm.mention();
            }
            f.count++;
        }
        return out;
    }

    /**
     * The assertion of {@code doc aikg:mentions entity}. Its IRI depends only on the entity's, so re-ingesting
     * the document writes the same node.
     */
    private static void mentionAssertion(List<Quad> quads, Node g, Node d, String docIri, Document doc,
                                         List<Sentence> sentences, Node en, FirstMention first) {
        Mention m = first.mention;
        Sentence s = sentenceCovering(sentences, m.start(), m.end());
        String evidence = s != null ? s.text() : m.surface();
        Document.Span span = doc.originalSpan(m.start(), m.end());
        var lc = doc.lineColumn(span.start());
        Node a = NodeFactory.createURI(docIri + "/mention/"
                + DocumentIris.sha256(en.getURI().getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        quads.add(Quad.create(g, a, RDF.type.asNode(), AIKG.Assertion.asNode()));
        quads.add(Quad.create(g, a, RDF.type.asNode(), RDF.Statement.asNode()));
        quads.add(Quad.create(g, a, RDF.subject.asNode(), d));
        quads.add(Quad.create(g, a, RDF.predicate.asNode(), AIKG.mentions.asNode()));
        quads.add(Quad.create(g, a, RDF.object.asNode(), en));
        // Clamped: a finder's score is meant to be in [0, 1], and the shapes reject anything outside.
        double confidence = Math.max(0, Math.min(1, round(m.confidence())));
        quads.add(Quad.create(g, a, AIKG.confidence.asNode(),
                NodeFactory.createLiteralDT(Double.toString(confidence), XSDDatatype.XSDdouble)));
        quads.add(Quad.create(g, a, AIKG.evidenceText.asNode(), string(evidence)));
        quads.add(Quad.create(g, a, AIKG.startOffset.asNode(), integer(span.start())));
        quads.add(Quad.create(g, a, AIKG.endOffset.asNode(), integer(span.end())));
        quads.add(Quad.create(g, a, AIKG.line.asNode(), integer(lc.line())));
        quads.add(Quad.create(g, a, AIKG.column.asNode(), integer(lc.column())));
        quads.add(Quad.create(g, a, AIKG.extractedBy.asNode(),
                string(m.finder() == null || m.finder().isEmpty() ? "unknown" : m.finder())));
        quads.add(Quad.create(g, a, AIKG.statedIn.asNode(), d));
        quads.add(Quad.create(g, a, AIKG.mentionCount.asNode(), integer(first.count)));
    }

    /**
     * The first sentence containing [{@code start}, {@code end}), or null. Sentences are in document order and
     * do not overlap, so a binary search finds the last one starting at or before {@code start}, the only
     * candidate; a long document has many sentences and entities, and a scan per entity would be quadratic.
     */
    static Sentence sentenceCovering(List<Sentence> sentences, int start, int end) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) {
            return null;
        }
        Sentence s = sentences.get(lo - 1);
        return s.end() >= end ? s : null;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(n).toString(), XSDDatatype.XSDinteger);
    }

    private static Node date(String iso) {
        return iso.matches("\\d{4}-\\d{2}-\\d{2}")
                ? NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate)
                : string(iso);
    }
}
