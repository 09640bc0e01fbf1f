package org.aikg.ingest.train;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted spans against gold spans by exact match: a prediction is right only when its start, end
 * and type all equal those of a gold span. Counts accumulate per type over any number of units (sentences or
 * documents); {@link #overall()} sums them, which gives micro-averaged precision, recall and F1.
 *
 * <p>Within one call to {@link #add} the gold and the predicted spans are each taken as a set, so a finder
 * that reports the same span twice is counted once. Offsets may be characters or tokens, as long as gold and
 * prediction use the same unit.
 *
 * <p>Thread-safety: not thread-safe; confine an instance to one thread.
 */
public final class SpanScore {

    /** A typed span [{@code start}, {@code end}). */
    public record Labeled(int start, int end, String type) {
        public Labeled {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
            if (type == null || type.isEmpty()) {
                throw new IllegalArgumentException("a span needs a type");
            }
        }
    }

    /**
     * True positives, false positives and false negatives for one type or overall.
     *
     * <p>Precision is NaN when nothing was predicted and recall is NaN when there was nothing to find, since
     * neither is then defined; F1 is computed as 2TP / (2TP + FP + FN), which is 0 when one side is empty and
     * the other is not, and NaN only when both are.
     */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts {
            if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        public int predicted() {
            return truePositives + falsePositives;
        }

        public double precision() {
            return predicted() == 0 ? Double.NaN : (double) truePositives / predicted();
        }

        public double recall() {
            return gold() == 0 ? Double.NaN : (double) truePositives / gold();
        }

        public double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? Double.NaN : 2.0 * truePositives / denominator;
        }

        public Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();

    /** Adds one unit: its gold spans and the spans a finder predicted for it. */
    public void add(Collection<Labeled> gold, Collection<Labeled> predicted) {
        Set<Labeled> goldSet = new HashSet<>(gold);
        Set<Labeled> predictedSet = new HashSet<>(predicted);
        for (Labeled g : goldSet) {
            bump(g.type(), predictedSet.contains(g) ? new Counts(1, 0, 0) : new Counts(0, 0, 1));
        }
        for (Labeled p : predictedSet) {
            if (!goldSet.contains(p)) {
                bump(p.type(), new Counts(0, 1, 0));
            }
        }
    }

    private void bump(String type, Counts delta) {
        byType.merge(type, delta, Counts::plus);
    }

    /** Adds everything {@code other} has counted. */
    public void addAll(SpanScore other) {
        other.byType.forEach(this::bump);
    }

    /** The types seen so far in gold or predictions, sorted. */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /** The counts for {@code type}; zero if it never occurred. */
    public Counts counts(String type) {
        return byType.getOrDefault(type, Counts.ZERO);
    }

    /** The counts summed over all types (micro average). */
    public Counts overall() {
        return byType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
