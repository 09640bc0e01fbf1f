package org.aikg.server.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What a query may make the query engine do beyond reading the store. By default nothing: a query that
 * names a {@code SERVICE} (also {@code SERVICE SILENT}) or calls a {@code <java:...>} function or property
 * function is refused before it runs, so a query sent to a "read-only" server cannot make that server send
 * requests to other hosts (server-side request forgery) or load and initialise classes by name. Endpoints
 * given to {@link #allowingServices} may be called: a {@code SERVICE} IRI is allowed when it starts with one
 * of them at a boundary ({@code http://a.example/sparql} allows {@code http://a.example/sparql} and
 * {@code http://a.example/sparql/x}, not {@code http://a.example/sparqlx} or {@code http://a.example.evil/}).
 *
 * <p>Two layers, because a static reading cannot see everything ({@code SERVICE ?endpoint},
 * {@code CALL(?iri)}): {@link #check(Query)} refuses with a message before execution, and
 * {@link #applyTo(Context)} closes the engine itself for the execution (function and property-function
 * registries that never load a class by name, a SERVICE executor that refuses endpoints not allowed).
 *
 * <p>Thread-safety: immutable.
 *
 * @param allowedServices endpoint prefixes SERVICE may call, absolute http(s) IRIs; empty: none
 */
public record QueryPolicy(List<String> allowedServices) {

    /** No SERVICE, no Java functions. */
    public static final QueryPolicy CLOSED = new QueryPolicy(List.of());

    public QueryPolicy {
        allowedServices = List.copyOf(allowedServices);
        for (String prefix : allowedServices) {
            requireHttpUrl(prefix);
        }
    }

    /** A policy that lets SERVICE call endpoints under the given prefixes (none: {@link #CLOSED}). */
    public static QueryPolicy allowingServices(List<String> prefixes) {
        return new QueryPolicy(prefixes);
    }

    /** Whether a SERVICE may call this endpoint. */
    public boolean allowsService(String endpoint) {
        for (String prefix : allowedServices) {
            if (endpoint.equals(prefix)) {
                return true;
            }
            if (endpoint.startsWith(prefix)) {
                char next = endpoint.charAt(prefix.length());
                if (prefix.endsWith("/") || next == '/' || next == '?' || next == '#') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an IRI names a Java class, which Jena would load and initialise to call it. */
    static boolean namesJavaClass(String iri) {
        return iri != null && iri.strip().toLowerCase(Locale.ROOT).startsWith("java:");
    }

    /**
     * Refuses a query that reaches beyond what this policy allows.
     *
     * @throws QueryRefusedException saying what was refused and how to allow it, where it can be allowed
     */
    public void check(Query query) {
        QueryReach reach = QueryReach.of(query);
        for (Node service : reach.services()) {
            if (!service.isURI()) {
                throw new QueryRefusedException("SERVICE " + service + " refused: this server does not send requests to"
                        + " other servers, and an endpoint chosen at run time cannot be checked");
            }
            if (!allowsService(service.getURI())) {
                throw new QueryRefusedException("SERVICE <" + service.getURI() + "> refused: this server does not send"
                        + " requests to other servers" + (allowedServices.isEmpty()
                                ? " (start it with --allow-service PREFIX to allow an endpoint)"
                                : " except under " + allowedServices));
            }
        }
        for (String f : reach.functions()) {
            if (namesJavaClass(f)) {
                throw new QueryRefusedException("function <" + f + "> refused: functions are not loaded by Java class name");
            }
        }
        for (String p : reach.predicates()) {
            if (namesJavaClass(p)) {
                throw new QueryRefusedException("property function <" + p + "> refused: functions are not loaded by Java"
                        + " class name");
            }
        }
    }

    /**
     * Sets this policy in a query execution context: SERVICE allowed only to the allowed endpoints (not at
     * all when there are none) and function registries that do not load classes named {@code java:}.
     */
    public void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, !allowedServices.isEmpty());
        ServiceExecutorRegistry services = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(services);
        // Prepended, so it runs before the HTTP executor it guards.
        services.addSingleLink(new AllowListServiceExecutor(this));
        ServiceExecutorRegistry.set(context, services);
        FunctionRegistry.set(context, new ClosedFunctionRegistry(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, new ClosedPropertyFunctionRegistry(PropertyFunctionRegistry.get()));
    }

    private static void requireHttpUrl(String prefix) {
        try {
            URI uri = new URI(prefix);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("an allowed SERVICE endpoint is an http(s) URL: " + prefix);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("an allowed SERVICE endpoint is an http(s) URL: " + prefix, e);
        }
    }
}
