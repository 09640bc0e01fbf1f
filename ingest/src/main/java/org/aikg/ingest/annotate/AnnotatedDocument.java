package org.aikg.ingest.annotate;

import java.util.List;
import org.aikg.ingest.read.Document;

/**
 * A document with its sentences, tokens and POS tags.
 *
 * @param document  the document as read
 * @param sentences every sentence of every non-code block, in document order
 */
public record AnnotatedDocument(Document document, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    /** The clean text the offsets of sentences and tokens refer to. */
    public String text() {
        return document.text();
    }
}
