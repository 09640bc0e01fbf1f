package org.aikg.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aikg.ontology.AIKG;
import org.aikg.ontology.Prefixes;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Resolves aikg IRIs locally with content negotiation: {@code /id/{type}/{key}} and {@code /doc/{slug}} (the
 * IRIs {@code https://w3id.org/aikg/id/...} and {@code .../doc/...}), and {@code /entity?iri=} and
 * {@code /document?iri=} for any IRI. A browser gets the HTML page; a client that asks for an RDF syntax
 * ({@link RdfSyntax#ALL}: Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads, ...) gets the same description
 * in that syntax, with the project's prefixes: the node's triples in the union graph (as subject and as
 * object) and the assertions about it. The choice is {@link Negotiation}'s: a header that accepts nothing
 * offered is 406, a malformed one is ignored (the page). {@code ?format=KEY} overrides the Accept header
 * (400 for an unknown key). An IRI the graph says nothing about is 404.
 *
 * <p>Thread-safety: stateless apart from the shared {@link KnowledgeGraph}.
 */
final class LinkedData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient KnowledgeGraph graph;
    private final boolean corrections;

    /**
     * @param corrections whether entity pages offer to reject facts (the server takes corrections)
     */
    LinkedData(KnowledgeGraph graph, boolean corrections) {
        this.graph = graph;
        this.corrections = corrections;
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
        Negotiation.Choice choice;
        if (formatParam != null) {
            Optional<RdfSyntax> syntax = RdfSyntax.byKey(formatParam);
            if (syntax.isEmpty()) {
                Responses.badRequest(response, "Unknown format " + formatParam + "; use one of "
                        + RdfSyntax.ALL.stream().map(RdfSyntax::key).toList() + ".");
                return;
            }
            choice = new Negotiation.Rdf(syntax.get());
        } else {
            choice = Negotiation.choose(request.getHeader("Accept"));
        }
        if (choice instanceof Negotiation.Rdf rdf) {
            rdf(response, iri.get(), rdf.syntax());
        } else if (choice instanceof Negotiation.NotAcceptable) {
            Responses.body(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain; charset=utf-8",
                    ("None of the media types in the Accept header is offered. Offered: "
                            + String.join(", ", Negotiation.offered()) + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            html(response, iri.get(), page(request.getParameter("page")));
        }
    }

    private void rdf(HttpServletResponse response, String iri, RdfSyntax syntax) throws IOException {
        Model description = graph.describe(iri);
        if (description.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("The graph has nothing about " + iri + "\n");
            return;
        }
        // The project's prefixes, and for RDF/XML one for every namespace it must abbreviate (never j.0:).
        description.setNsPrefixes(syntax.lang().equals(Lang.RDFXML)
                ? Prefixes.covering(description.getGraph().find()) : Prefixes.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, syntax.format());
        Responses.body(response, HttpServletResponse.SC_OK, syntax.contentType(), out.toByteArray());
    }

    /** The page of an entity's relations and documents asked for: {@code ?page=N}, 1 when absent or not a page. */
    private static int page(String param) {
        try {
            int n = param == null ? 1 : Integer.parseInt(param.strip());
            // past the last page is an empty page; far past it would only cost sorting
            return Math.max(1, Math.min(n, 1_000_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void html(HttpServletResponse response, String iri, int page) throws IOException {
        boolean document = iri.startsWith(AIKG.DOC_BASE);
        if (document) {
            var view = graph.document(iri);
            if (view.isPresent()) {
                Responses.html(response, HttpServletResponse.SC_OK, Pages.document(view.get()));
                return;
            }
        }
        var view = graph.entity(iri, page);
        if (view.isEmpty()) {
            Responses.notFound(response, "The graph has nothing about " + iri + ".");
            return;
        }
        Responses.html(response, HttpServletResponse.SC_OK, Pages.entity(view.get(), corrections));
    }

}
