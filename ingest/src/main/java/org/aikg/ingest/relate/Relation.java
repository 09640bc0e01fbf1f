package org.aikg.ingest.relate;

import org.aikg.ingest.resolve.Entity;

/**
 * A relation stated by one sentence (or list item, table row, heading) of a document.
 *
 * @param subject    the subject entity
 * @param predicate  the relation
 * @param object     the object entity
 * @param confidence how sure the rule is, in [0, 1]
 * @param start      start of the evidence in the clean text
 * @param end        end (exclusive) of the evidence in the clean text
 * @param evidence   the evidence text
 * @param rule       the name of the rule that found it
 */
public record Relation(Entity subject, Predicate predicate, Entity object, double confidence, int start, int end,
                       String evidence, String rule) {
    public Relation {
        if (!predicate.accepts(subject.type(), object.type())) {
            throw new IllegalArgumentException(predicate + " does not take " + subject.type() + " → " + object.type());
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
