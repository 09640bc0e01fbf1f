package org.aikg.ingest.annotate;

import java.util.List;
import org.aikg.ingest.Checkpoint;
import org.aikg.ingest.read.Document;

/**
 * A document with its sentences, tokens and POS tags.
 *
 * @param document  the document as read
 * @param sentences  every sentence of every non-code block, in document order
 * @param checkpoint where the stages after annotation say how far they got and may be stopped
 *                   ({@link Checkpoint#NONE} when nobody listens): the document's time budget
 */
public record AnnotatedDocument(Document document, List<Sentence> sentences, Checkpoint checkpoint) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        java.util.Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** A document nobody times. */
    public AnnotatedDocument(Document document, List<Sentence> sentences) {
        this(document, sentences, Checkpoint.NONE);
    }

    /** The clean text the offsets of sentences and tokens refer to. */
    public String text() {
        return document.text();
    }
}
