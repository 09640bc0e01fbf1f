package org.aikg.server.query;

import java.util.Iterator;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * A function registry with the functions of another, that never loads a class named by a {@code java:} IRI.
 * Jena's own registry loads (and so initialises) any class on the class path a query names as
 * {@code <java:some.Class>}; this one answers "no such function" instead. Jena's own function namespaces
 * (mapped by Jena to its own library packages) still resolve.
 *
 * <p>Thread-safety: as {@link FunctionRegistry}: lookups may run concurrently; registrations should happen
 * before it is shared.
 */
final class ClosedFunctionRegistry extends FunctionRegistry {

    ClosedFunctionRegistry(FunctionRegistry from) {
        for (Iterator<String> it = from.keys(); it.hasNext(); ) {
            String uri = it.next();
            put(uri, from.get(uri));
        }
    }

    @Override
    public FunctionFactory get(String uri) {
        if (!isRegistered(uri) && QueryPolicy.namesJavaClass(uri)) {
            return null;
        }
        return super.get(uri);
    }
}
