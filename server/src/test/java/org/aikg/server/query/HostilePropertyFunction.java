package org.aikg.server.query;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.pfunction.PFuncSimple;

/** A property function a query could name as {@code <java:org.aikg.server.query.HostilePropertyFunction>}. */
public final class HostilePropertyFunction extends PFuncSimple {
    static {
        Tripwire.TRIPPED.incrementAndGet();
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object, ExecutionContext execCxt) {
        Tripwire.TRIPPED.incrementAndGet();
        return QueryIterSingleton.create(binding, execCxt);
    }
}
