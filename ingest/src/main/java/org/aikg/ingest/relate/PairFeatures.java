package org.aikg.ingest.relate;

import org.aikg.ingest.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.ner.EntityType;

/**
 * The features of a candidate pair of mentions that the relation classifier reads: the two types in
 * order, the words between them (each, the first and last two, bigrams, and their crude stems, which
 * stand in for trigger lemmas), the gap's length, the words just before and after the pair, the types
 * of the mentions standing between them, punctuation cues, and the kind of block (list item, table
 * row, reference entry...). Shared by the trainer and the runtime, so both see the same features.
 *
 * <p>Thread-safety: stateless.
 */
public final class PairFeatures {
    /** Pairs further apart than this many tokens are not candidates. */
    public static final int MAX_GAP = 30;

    private PairFeatures() {}

    /** The outcomes: no relation, or the relation its types allow with the left or the right mention as subject. */
    public static final String NONE = "none";
    public static final String LEFT = "left";
    public static final String RIGHT = "right";

    /**
     * The relation a pair of these types can hold, with the left one as subject (or null when none can):
     * the ontology allows at most one predicate per ordered pair of types.
     */
    public static Predicate predicate(EntityType subject, EntityType object) {
        for (Predicate p : Predicate.values()) {
            if (p.accepts(subject, object)) {
                return p;
            }
        }
        return null;
    }

    /** True when some relation can hold between mentions of these types, in either direction. */
    public static boolean candidate(EntityType a, EntityType b) {
        return predicate(a, b) != null || predicate(b, a) != null;
    }

    /**
     * True when the pair (i, j), i before j, is one the classifier judges: two entities, of types some
     * relation joins, at most {@link #MAX_GAP} tokens apart. The trainer and the runtime ask the same.
     */
    public static boolean candidatePair(RuleSentence s, int i, int j) {
        RuleSentence.Span a = s.mentions().get(i);
        RuleSentence.Span b = s.mentions().get(j);
        return !a.key().equals(b.key()) && candidate(a.type(), b.type())
                && s.countBetween(a.end(), b.start()) <= MAX_GAP;
    }

    /** The context of the pair (i, j), i before j in {@code s.mentions()}. */
    public static String[] of(RuleSentence s, int i, int j) {
        RuleSentence.Span a = s.mentions().get(i);
        RuleSentence.Span b = s.mentions().get(j);
        String types = a.type().segment() + "_" + b.type().segment();
        List<String> f = new ArrayList<>(64);
        f.add("types=" + types);
        f.add("kind=" + s.kind());
        List<String> gap = norm(s.tokensBetween(a.end(), b.start()));
        f.add("len=" + bucket(gap.size()));
        f.add("tlen=" + types + "|" + bucket(gap.size()));
        if (gap.isEmpty()) {
            f.add("gap=empty");
        }
        for (int k = 0; k < gap.size(); k++) {
            String w = gap.get(k);
            f.add("gw=" + w);
            f.add("tgw=" + types + "|" + w);
            String st = stem(w);
            if (!st.equals(w)) {
                f.add("gs=" + st);
                f.add("tgs=" + types + "|" + st);
            }
            if (k + 1 < gap.size()) {
                f.add("gb=" + w + "_" + gap.get(k + 1));
            }
        }
        if (!gap.isEmpty()) {
            f.add("g1=" + gap.get(0));
            f.add("gN=" + gap.get(gap.size() - 1));
            f.add("tg1=" + types + "|" + gap.get(0));
            f.add("tgN=" + types + "|" + gap.get(gap.size() - 1));
            if (gap.size() >= 2) {
                f.add("g12=" + gap.get(0) + "_" + gap.get(1));
                f.add("gN2=" + gap.get(gap.size() - 2) + "_" + gap.get(gap.size() - 1));
            }
            if (gap.size() <= 4) {
                f.add("gapAll=" + String.join("_", gap));
                f.add("tgapAll=" + types + "|" + String.join("_", gap));
            }
        }
        List<String> before = norm(s.tokensBefore(a.start(), 3));
        List<String> after = norm(s.tokensAfter(b.end(), 3));
        if (!before.isEmpty()) {
            f.add("b1=" + before.get(before.size() - 1));
            f.add("tb1=" + types + "|" + before.get(before.size() - 1));
            if (before.size() >= 2) {
                f.add("b2=" + before.get(before.size() - 2) + "_" + before.get(before.size() - 1));
            }
        } else {
            f.add("b1=START");
        }
        if (!after.isEmpty()) {
            f.add("a1=" + after.get(0));
            f.add("ta1=" + types + "|" + after.get(0));
            if (after.size() >= 2) {
                f.add("a2=" + after.get(0) + "_" + after.get(1));
            }
        } else {
            f.add("a1=END");
        }
        int between = 0;
        for (int k = i + 1; k < j; k++) {
            between++;
            EntityType t = s.mentions().get(k).type();
            f.add("mid=" + t.segment());
            f.add("tmid=" + types + "|" + t.segment());
            if (t == a.type() || t == b.type()) {
                f.add("midSame=" + types);
            }
        }
        f.add("nmid=" + Math.min(between, 3));
        if (gap.contains(",")) {
            f.add("comma");
        }
        if (gap.contains("(") || gap.contains(")")) {
            f.add("paren");
        }
        if (gap.contains("'") && gap.indexOf("'") <= 1) {
            f.add("possessive");
        }
        if (gap.contains(";") || gap.contains(":")) {
            f.add("colon");
        }
        return f.toArray(new String[0]);
    }

    private static List<String> norm(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            String n = TokenPattern.normalize(t);
            out.add(n.chars().allMatch(Character::isDigit) ? "0" : n);
        }
        return out;
    }

    private static String bucket(int n) {
        if (n <= 3) {
            return Integer.toString(n);
        }
        return n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 12 ? "9-12" : n <= 20 ? "13-20" : "21+";
    }

    /** A crude suffix stripper: enough to let "released", "releases" and "releasing" share a feature. */
    static String stem(String w) {
        if (w.length() <= 4) {
            return w;
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
