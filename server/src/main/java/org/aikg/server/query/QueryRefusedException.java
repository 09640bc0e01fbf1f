package org.aikg.server.query;

import org.aikg.ingest.AikgException;

/**
 * A query that {@link QueryPolicy} does not let run; the message says what was refused and why.
 *
 * <p>Thread-safety: immutable once thrown.
 */
public final class QueryRefusedException extends AikgException {
    private static final long serialVersionUID = 1L;

    public QueryRefusedException(String message) {
        super(message);
    }
}
