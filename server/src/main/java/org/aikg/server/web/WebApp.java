package org.aikg.server.web;

import java.util.Objects;

import org.aikg.queries.NamedQueries;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The web face of the graph, registered on the same Fuseki server as the SPARQL endpoint.
 *
 * <table>
 *   <caption>Paths</caption>
 *   <tr><td>{@code /}, {@code /query}</td><td>what is new ({@code ?new=week|month}), and the SPARQL editor (YASGUI) on the endpoint, with the shipped queries</td></tr>
 *   <tr><td>{@code /search?q=&type=}</td><td>search results page</td></tr>
 *   <tr><td>{@code /id/{type}/{key}}, {@code /doc/{slug}}, {@code /entity?iri=}, {@code /document?iri=}</td>
 *       <td>entity and document pages; Turtle, JSON-LD or N-Triples by content negotiation ({@link LinkedData})</td></tr>
 *   <tr><td>{@code /api/search}, {@code /api/graph}, {@code /api/queries}</td><td>JSON for the pages' scripts</td></tr>
 *   <tr><td>{@code /static/*}, {@code /webjars/*}</td><td>the application's files and the WebJars' ({@link StaticResources})</td></tr>
 * </table>
 *
 * <p>Pages read the graph in-process ({@link KnowledgeGraph}) through the dataset and query context the endpoint
 * uses, so they see the same union default graph and obey the same query timeout.
 *
 * <p>Thread-safety: {@link #register} is meant to be called once per server builder, from the thread that
 * builds the server; the servlets it adds are safe for concurrent requests.
 */
public final class WebApp {

    private WebApp() {
    }

    /**
     * Adds the web application's servlets to a Fuseki server builder.
     *
     * @param builder      the server being built
     * @param dataset      the dataset as served (its default graph the union, directly or through the context)
     * @param context      the SPARQL endpoint's query context (union default graph flag, timeout)
     * @param endpointPath the SPARQL endpoint's path, e.g. {@code /aikg/sparql}
     * @param corrections  whether the server takes corrections at {@code POST /corrections} (it was given a
     *                     write token): entity pages then offer a "Reject" button per fact. The token itself
     *                     never reaches a page; the user types it into the page.
     */
    public static void register(FusekiServer.Builder builder, DatasetGraph dataset, Context context,
            String endpointPath, boolean corrections) {
        Objects.requireNonNull(builder, "builder");
        KnowledgeGraph graph = new KnowledgeGraph(dataset, context);
        QueryPage queryPage = new QueryPage(graph, endpointPath);
        LinkedData linkedData = new LinkedData(graph, corrections);
        // "" is the servlet mapping of exactly "/", which leaves Fuseki's own "/" default (its 404) in place.
        builder.addServlet("", queryPage)
                .addServlet("/query", queryPage)
                .addServlet("/search", new SearchApi(graph, true))
                .addServlet("/api/search", new SearchApi(graph, false))
                .addServlet("/api/graph", new GraphApi(graph))
                .addServlet("/api/queries", new QueriesApi(NamedQueries.shipped()))
                .addServlet("/entity", linkedData)
                .addServlet("/document", linkedData)
                .addServlet("/id/*", linkedData)
                .addServlet("/doc/*", linkedData)
                .addServlet("/static/*", new StaticResources("aikg/web/", false))
                .addServlet("/webjars/*", new StaticResources("META-INF/resources/webjars/", true));
    }
}
