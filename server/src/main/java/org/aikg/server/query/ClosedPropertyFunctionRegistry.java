package org.aikg.server.query;

import java.util.Iterator;

import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * A property-function registry with the property functions of another, that never loads a class named by a
 * {@code java:} IRI: such a predicate stays an ordinary predicate (and matches nothing). See
 * {@link ClosedFunctionRegistry}.
 *
 * <p>Thread-safety: as {@link PropertyFunctionRegistry}.
 */
final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {

    ClosedPropertyFunctionRegistry(PropertyFunctionRegistry from) {
        for (Iterator<String> it = from.keys(); it.hasNext(); ) {
            String uri = it.next();
            put(uri, from.get(uri));
        }
    }

    @Override
    public boolean manages(String uri) {
        return !(QueryPolicy.namesJavaClass(uri) && !isRegistered(uri)) && super.manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        if (!isRegistered(uri) && QueryPolicy.namesJavaClass(uri)) {
            return null;
        }
        return super.get(uri);
    }
}
