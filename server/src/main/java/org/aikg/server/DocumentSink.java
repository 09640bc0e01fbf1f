package org.aikg.server;

import org.aikg.ingest.IngestReport;

/**
 * Takes a document into the store while the server serves it: what {@code POST /ingest} calls.
 *
 * <p>Implementations must be thread-safe: requests arrive concurrently. Each document must be written in
 * one write transaction, so that a query never sees part of it.
 */
@FunctionalInterface
public interface DocumentSink {
    /**
     * Ingests {@code content} as the document at identity path {@code path} ({@code folder/name.md}).
     *
     * @return what happened: added, replaced or unchanged, with counts
     * @throws org.aikg.ingest.AikgException when the content cannot be read; the message says why
     */
    IngestReport.FileResult accept(String path, byte[] content);
}
