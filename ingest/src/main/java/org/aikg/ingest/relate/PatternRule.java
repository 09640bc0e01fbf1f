package org.aikg.ingest.relate;

import org.aikg.ingest.pattern.TokenPattern;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;

/**
 * One relation rule: a row of {@code rules.yaml}, compiled. For every pair of mentions of a sentence,
 * {@code left} first and {@code right} later, the rule states {@code predicate} between them when the
 * tokens between them match {@code gap}, the tokens before the left mention end with {@code before},
 * the tokens after the right mention start with {@code after}, the mentions' own words match
 * {@code leftName} and {@code rightName}, no {@code unless} pattern matches the
 * gap, and no mention of a {@code blockers} type stands between them.
 *
 * @param id          a unique, descriptive name (it is written with each fact as the rule that found it)
 * @param predicate   the relation stated
 * @param left        type of the mention that comes first in the sentence
 * @param right       type of the mention that comes second
 * @param subjectLeft true when the left mention is the subject, false when the right one is
 * @param gap         what stands between the two mentions
 * @param before      what the left mention must follow, or null
 * @param notBefore   what the left mention must not follow ("with A, joined X": A is not the one who joined), or null
 * @param after       what the right mention must be followed by, or null
 * @param leftName    what the left mention's own words must be (all of them), or null
 * @param rightName   what the right mention's own words must be (all of them), or null
 * @param unless      gap patterns that veto the rule (a comparison, a negation)
 * @param expandLeft  the relation also holds for mentions coordinated before the left one ("A and B from C")
 * @param expandRight the relation also holds for mentions coordinated after the right one ("A's B and C")
 * @param blockers    types of which no other mention may stand between the two
 * @param kinds       the kinds of block the rule reads; empty for all
 * @param maxGap      the longest gap, in tokens
 * @param confidence  the probability that a fact the rule states is right, measured (see README)
 * @param fires       examples the rule must state exactly the given facts for ("sentence => facts")
 * @param silent      examples the rule must state nothing for
 */
public record PatternRule(String id, Predicate predicate, EntityType left, EntityType right, boolean subjectLeft,
                          TokenPattern gap, TokenPattern before, TokenPattern notBefore, TokenPattern after,
                          TokenPattern leftName, TokenPattern rightName, List<TokenPattern> unless,
                          boolean expandLeft, boolean expandRight, Set<EntityType> blockers, Set<Block.Kind> kinds,
                          int maxGap, double confidence, List<String> fires, List<String> silent) {
    public PatternRule {
        unless = List.copyOf(unless);
        blockers = Set.copyOf(blockers);
        kinds = Set.copyOf(kinds);
        fires = List.copyOf(fires);
        silent = List.copyOf(silent);
        EntityType s = subjectLeft ? left : right;
        EntityType o = subjectLeft ? right : left;
        if (!predicate.accepts(s, o)) {
            throw new IllegalArgumentException("rule " + id + ": " + predicate.property().getLocalName()
                    + " does not take " + s + " → " + o);
        }
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("rule " + id + ": confidence must be in (0, 1]");
        }
    }
}
