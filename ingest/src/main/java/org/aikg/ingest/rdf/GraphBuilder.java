package org.aikg.ingest.rdf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.relate.Relation;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedDocument;
import org.aikg.ontology.AIKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the RDF of one document (see docs/data-model.md): the document node and its metadata, one
 * {@code aikg:mentions} per entity with the entity's type and alternative spellings, each relation as a
 * plain triple, and for each statement of it an {@code aikg:Assertion} with the evidence text, its
 * character offsets and line/column in the original file, the confidence and the rule.
 *
 * <p>Pure: the same input gives the same quads, so extraction can run anywhere. Thread-safety: stateless.
 */
public final class GraphBuilder {

    /** The document's graph. */
    public DocumentGraph build(ResolvedDocument resolved, List<Relation> relations) {
        Document doc = resolved.document().document();
        String iri = DocumentIris.documentIri(doc.path());
        Node g = NodeFactory.createURI(iri);
        Node d = g;
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, d, RDF.type.asNode(), AIKG.Document.asNode()));
        String source = doc.path().toAbsolutePath().normalize().toUri().toString();
        quads.add(Quad.create(g, d, DCTerms.source.asNode(), NodeFactory.createURI(source)));
        doc.metadata().title().ifPresent(t -> quads.add(Quad.create(g, d, DCTerms.title.asNode(), string(t))));
        doc.metadata().date().ifPresent(t -> quads.add(Quad.create(g, d, DCTerms.date.asNode(), date(t))));
        doc.metadata().author().ifPresent(t -> quads.add(Quad.create(g, d, DCTerms.creator.asNode(), string(t))));
        quads.add(Quad.create(g, d, AIKG.format.asNode(), string(doc.format().name().toLowerCase(java.util.Locale.ROOT))));
        String hash = DocumentIris.contentHash(doc.original().getBytes(StandardCharsets.UTF_8));
        quads.add(Quad.create(g, d, AIKG.contentHash.asNode(), string(hash)));

        for (Entity e : resolved.entities()) {
            Node en = NodeFactory.createURI(e.iri());
            quads.add(Quad.create(g, d, AIKG.mentions.asNode(), en));
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
