package org.aikg.ingest;

import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.ner.MentionFinder;

/**
 * A finder that passes the document's {@link Checkpoint} before each sentence and then asks the finder
 * it wraps. Name finding runs every finder on a sentence before the next sentence, so wrapping one of
 * them gives the stage a checkpoint per sentence: a document's time budget is checked, and its progress
 * shown, while its names are found.
 *
 * <p>Thread-safe if the wrapped finder is.
 */
final class CheckedFinder implements MentionFinder {
    static final String STAGE = "finding names";

    private final MentionFinder finder;

    CheckedFinder(MentionFinder finder) {
        this.finder = finder;
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        document.checkpoint().reached(STAGE, sentence.start(), document.text().length());
        return finder.find(document, sentence);
    }
}
