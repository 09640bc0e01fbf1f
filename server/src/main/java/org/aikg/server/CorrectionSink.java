package org.aikg.server;

import org.aikg.ingest.store.KnowledgeStore;

/**
 * Records a user's correction of a fact while the server serves: what {@code POST /corrections} calls.
 * Implementations must be thread-safe and write each correction in one transaction.
 */
@FunctionalInterface
public interface CorrectionSink {
    /** Records {@code correction}; throws {@link org.aikg.ingest.AikgException} when it names no valid fact. */
    void correct(KnowledgeStore.Correction correction);
}
