package org.aikg.server.query;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The run-time half of {@link QueryPolicy}: a link in Jena's SERVICE executor chain that passes a call on only
 * when its endpoint (by then a concrete IRI, also for {@code SERVICE ?var}) is allowed, and otherwise fails it
 * before any connection is made. With {@code SERVICE SILENT} Jena turns the failure into no rows, which is
 * still no request.
 *
 * <p>Thread-safety: immutable.
 */
final class AllowListServiceExecutor implements ChainingServiceExecutor {

    private final QueryPolicy policy;

    AllowListServiceExecutor(QueryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        var endpoint = opExecute.getService();
        if (!endpoint.isURI() || !policy.allowsService(endpoint.getURI())) {
            throw new QueryDeniedException("SERVICE " + endpoint + " is not allowed on this server");
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }
}
