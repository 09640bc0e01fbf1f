package org.aikg.ingest.store;

/** What writing a document did to the store. */
public enum WriteOutcome {
    /** The document was new. */
    ADDED,
    /** The document's file changed; its graph was replaced. */
    REPLACED,
    /** The same content was already stored; nothing changed. */
    UNCHANGED
}
