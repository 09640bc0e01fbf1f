package org.aikg.server.query;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;

/** A SPARQL function a query could name as {@code <java:org.aikg.server.query.HostileFunction>}. */
public final class HostileFunction extends FunctionBase0 {
    static {
        // Loading the class is already the harm (a static initialiser runs), so count that.
        Tripwire.TRIPPED.incrementAndGet();
    }

    @Override
    public NodeValue exec() {
        Tripwire.TRIPPED.incrementAndGet();
        return NodeValue.makeString("ran");
    }
}
