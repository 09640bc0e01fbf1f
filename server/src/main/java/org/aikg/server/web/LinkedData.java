package org.aikg.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aikg.ontology.AIKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Resolves aikg IRIs locally with content negotiation: {@code /id/{type}/{key}} and {@code /doc/{slug}} (the
 * IRIs {@code https://w3id.org/aikg/id/...} and {@code .../doc/...}), and {@code /entity?iri=} and
 * {@code /document?iri=} for any IRI. A browser gets the HTML page; a client that asks for Turtle, JSON-LD or
 * N-Triples gets the same description in that syntax: the node's triples in the union graph (as subject and
 * as object) and the assertions about it. {@code ?format=ttl|jsonld|nt} overrides the Accept header.
 * An IRI the graph says nothing about is 404.
 *
 * <p>Thread-safety: stateless apart from the shared {@link KnowledgeGraph}.
 */
final class LinkedData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The RDF syntaxes offered besides HTML. */
    enum Format {
        TURTLE("ttl", "Turtle", "text/turtle", RDFFormat.TURTLE_PRETTY),
        JSONLD("jsonld", "JSON-LD", "application/ld+json", RDFFormat.JSONLD_PRETTY),
        NTRIPLES("nt", "N-Triples", "application/n-triples", RDFFormat.NTRIPLES_UTF8);

        private final String key;
        private final String label;
        private final String mediaType;
        private final RDFFormat rdfFormat;

        Format(String key, String label, String mediaType, RDFFormat rdfFormat) {
            this.key = key;
            this.label = label;
            this.mediaType = mediaType;
            this.rdfFormat = rdfFormat;
        }

        String key() {
            return key;
        }

        String label() {
            return label;
        }

        String mediaType() {
            return mediaType;
        }
    }

    private final transient KnowledgeGraph graph;

    LinkedData(KnowledgeGraph graph) {
        this.graph = graph;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String servletPath = request.getServletPath();
        Optional<String> iri;
        if (servletPath.equals("/entity") || servletPath.equals("/document")) {
            String p = request.getParameter("iri");
            iri = p == null || p.isBlank() ? Optional.empty() : Optional.of(p.strip());
            if (iri.isEmpty()) {
                Responses.badRequest(response, "Say which node to show: " + servletPath + "?iri=...");
                return;
            }
        } else {
            iri = Links.iri(servletPath, request.getPathInfo());
        }
        response.setHeader("Vary", "Accept");
        if (iri.isEmpty()) {
            Responses.notFound(response, "No such page.");
            return;
        }
        String formatParam = request.getParameter("format");
        Optional<Format> format;
        if (formatParam != null) {
            format = byKey(formatParam);
            if (format.isEmpty()) {
                Responses.badRequest(response, "Unknown format " + formatParam + "; use ttl, jsonld or nt.");
                return;
            }
        } else {
            format = negotiate(request.getHeader("Accept"));
        }
        if (format.isPresent()) {
            rdf(response, iri.get(), format.get());
        } else {
            html(response, iri.get());
        }
    }

    private void rdf(HttpServletResponse response, String iri, Format format) throws IOException {
        Model description = graph.describe(iri);
        if (description.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("The graph has nothing about " + iri + "\n");
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, format.rdfFormat);
        Responses.body(response, HttpServletResponse.SC_OK, format.mediaType + "; charset=utf-8", out.toByteArray());
    }

    private void html(HttpServletResponse response, String iri) throws IOException {
        boolean document = iri.startsWith(AIKG.DOC_BASE);
        if (document) {
            var view = graph.document(iri);
            if (view.isPresent()) {
                Responses.html(response, HttpServletResponse.SC_OK, Pages.document(view.get()));
                return;
            }
        }
        var view = graph.entity(iri);
        if (view.isEmpty()) {
            Responses.notFound(response, "The graph has nothing about " + iri + ".");
            return;
        }
        Responses.html(response, HttpServletResponse.SC_OK, Pages.entity(view.get()));
    }

    static Optional<Format> byKey(String key) {
        for (Format f : Format.values()) {
            if (f.key.equalsIgnoreCase(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The RDF syntax the Accept header prefers, or empty for HTML. Each offer gets the quality of the most
     * specific range that matches it; the highest quality wins and HTML wins ties, so a browser's
     * {@code text/html,...,*}{@code /*;q=0.8} and a missing header both get the page.
     */
    static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<String[]> ranges = new ArrayList<>();
        List<Double> qualities = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash < 0) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new String[] {range.substring(0, slash), range.substring(slash + 1)});
            qualities.add(q);
        }
        double best = quality("text/html", ranges, qualities);
        best = Math.max(best, quality("application/xhtml+xml", ranges, qualities));
        Format chosen = null;
        for (Format f : Format.values()) {
            double q = quality(f.mediaType, ranges, qualities);
            if (q > best) {
                best = q;
                chosen = f;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private static double quality(String mediaType, List<String[]> ranges, List<Double> qualities) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        String sub = mediaType.substring(mediaType.indexOf('/') + 1);
        int specificity = -1;
        double q = 0;
        for (int i = 0; i < ranges.size(); i++) {
            String[] r = ranges.get(i);
            int s;
            if (r[0].equals(type) && r[1].equals(sub)) {
                s = 2;
            } else if (r[0].equals(type) && r[1].equals("*")) {
                s = 1;
            } else if (r[0].equals("*") && r[1].equals("*")) {
                s = 0;
            } else {
                continue;
            }
            if (s > specificity) {
                specificity = s;
                q = qualities.get(i);
            }
        }
        return q;
    }
}
