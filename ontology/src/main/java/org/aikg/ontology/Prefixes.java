package org.aikg.ontology;

import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * The prefixes aikg writes RDF with: those {@code aikg.ttl} declares ({@code aikg:}, {@code rdf:},
 * {@code rdfs:}, {@code owl:}, {@code skos:}, {@code dcterms:}, {@code prov:}, {@code xsd:}, {@code schema:},
 * {@code foaf:}, {@code sh:}, {@code wd:}, ...), so exports and served descriptions read as the documentation
 * does, and RDF/XML never falls back to Jena's invented {@code j.0:} names.
 *
 * <p>Thread-safety: every method returns a new mapping; nothing is shared.
 */
public final class Prefixes {
    private Prefixes() {
    }

    /** The project's prefixes, as a new mutable mapping. */
    public static PrefixMapping standard() {
        Map<String, String> map = Ontology.ontologyPrefixes();
        return PrefixMapping.Factory.create().setNsPrefixes(map);
    }

    /**
     * The project's prefixes plus {@code ns1:}, {@code ns2:}, ... for every other namespace the given triples
     * use as a predicate or a class ({@code rdf:type} object). RDF/XML must write each of those as a qualified
     * name; without a prefix Jena invents {@code j.0:}.
     *
     * @param triples the triples to be written; read once
     */
    public static PrefixMapping covering(Iterator<Triple> triples) {
        PrefixMapping prefixes = standard();
        int next = 1;
        while (triples.hasNext()) {
            Triple t = triples.next();
            next = cover(prefixes, t.getPredicate(), next);
            if (t.getPredicate().equals(RDF.type.asNode())) {
                next = cover(prefixes, t.getObject(), next);
            }
        }
        return prefixes;
    }

    private static int cover(PrefixMapping prefixes, Node node, int next) {
        if (!node.isURI()) {
            return next;
        }
        String uri = node.getURI();
        int split = Util.splitNamespaceXML(uri);
        if (split <= 0 || split >= uri.length()) {
            return next;  // no XML local name: RDF/XML cannot write it whatever the prefixes
        }
        String ns = uri.substring(0, split);
        if (prefixes.getNsURIPrefix(ns) != null) {
            return next;
        }
        while (prefixes.getNsPrefixURI("ns" + next) != null) {
            next++;
        }
        prefixes.setNsPrefix("ns" + next, ns);
        return next + 1;
    }
}
