package org.aikg.ingest.ner;

import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;

/**
 * One way of finding entity mentions in a sentence, in the spirit of OpenNLP's {@code TokenNameFinder}:
 * one interface per capability, several implementations combined by {@link NameFinding}.
 *
 * <p>Implementations must be thread-safe: one instance serves every document of a run.
 */
public interface MentionFinder {
    /** The mentions in {@code sentence}, which belongs to {@code document}. May overlap. */
    List<Mention> find(AnnotatedDocument document, Sentence sentence);
}
