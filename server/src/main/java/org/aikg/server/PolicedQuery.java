package org.aikg.server;

import org.aikg.server.query.QueryPolicy;
import org.aikg.server.query.QueryRefusedException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with a {@link QueryPolicy} check after parsing: a query the policy refuses
 * (SERVICE to an endpoint not allowed, a {@code java:} function) is answered 403 with the policy's reason and
 * never executed.
 *
 * <p>Thread-safety: stateless apart from the immutable policy; Fuseki calls it concurrently.
 */
final class PolicedQuery extends SPARQL_QueryDataset {

    private final QueryPolicy policy;

    PolicedQuery(QueryPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            policy.check(query);
        } catch (QueryRefusedException e) {
            ServletOps.error(HttpSC.FORBIDDEN_403, e.getMessage());
        }
    }
}
