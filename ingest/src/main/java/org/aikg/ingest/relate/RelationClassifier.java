package org.aikg.ingest.relate;

import org.aikg.ingest.pattern.TokenPattern;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;

/**
 * A learned relation classifier: an OpenNLP maxent model over {@link PairFeatures} of each candidate pair
 * of mentions in a sentence, deciding between no relation and the relation the pair's types allow, with
 * the left or the right mention as subject. It is trained at build time by
 * {@code org.aikg.ingest.train.RelationClassifierTrainer} on the project's own annotated sentences
 * ({@code org/aikg/ingest/relate/train/*.txt}) and loaded once.
 *
 * <p>A fact is stated when the model's probability for it is at least {@code minProbability}; its
 * confidence is the precision measured for its facts (the rule book's {@code confidences: classifier}).
 *
 * <p>Thread-safety: immutable; OpenNLP's {@code MaxentModel.eval} is safe for concurrent use.
 */
public final class RelationClassifier {
    public static final String BUNDLED = "/org/aikg/ingest/relate/aikg-relations.bin";
    /** The probability a fact needs by default; see docs/relation-classifier.md for how it was chosen. */
    public static final double DEFAULT_MIN_PROBABILITY = 0.9;

    private final MaxentModel model;
    /** Gaps the classifier never reads as a relation: comparisons, negations, awards (the rule book's lexicon). */
    private final TokenPattern veto;
    private final double minProbability;
    private final java.util.Map<Predicate, Double> byPredicate = new java.util.EnumMap<>(Predicate.class);
    private final int none;
    private final int left;
    private final int right;

    public RelationClassifier(MaxentModel model, double minProbability) {
        this(model, minProbability, RuleBook.bundled());
    }

    /** @param book the rule book whose {@code compare} and {@code negation} phrases veto a pair */
    public RelationClassifier(MaxentModel model, double minProbability, RuleBook book) {
        this.model = model;
        double confidence = book.confidence("classifier");
        // per relation, the precision judged for it; 0 keeps the classifier off a relation it reads badly
        for (Predicate p : Predicate.values()) {
            byPredicate.put(p, book.confidence("classifier-" + p.property().getLocalName(), confidence));
        }
        this.veto = book.lexicon().containsKey("compare") && book.lexicon().containsKey("negation")
                && book.lexicon().containsKey("award")
                ? TokenPattern.compile("_* (@compare | @negation | @award) _*", book.lexicon()) : null;
        this.minProbability = minProbability;
        this.none = model.getIndex(PairFeatures.NONE);
        this.left = model.getIndex(PairFeatures.LEFT);
        this.right = model.getIndex(PairFeatures.RIGHT);
    }

    /** The model built with the project, or null when the jar has none (a build that skipped training). */
    public static RelationClassifier bundled() {
        return Bundled.CLASSIFIER;
    }

    private static final class Bundled {
        static final RelationClassifier CLASSIFIER = load();

        private static RelationClassifier load() {
            try (InputStream in = RelationClassifier.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new AikgException("the relation classifier " + BUNDLED + " is not on the classpath: "
                            + "build the project with 'mvn package', which trains it");
                }
                // a system property lets an evaluation run try other thresholds (above 1: rules alone)
                double min = Double.parseDouble(System.getProperty("aikg.classifier.minProbability",
                        Double.toString(DEFAULT_MIN_PROBABILITY)));
                return new RelationClassifier(read(in), min);
            } catch (IOException e) {
                throw new AikgException("cannot read the relation classifier: " + e.getMessage(), e);
            }
        }
    }

    /** Reads a model written by the trainer. */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    /** The model's probabilities of none, left-subject and right-subject for the pair (i, j). */
    public double[] probabilities(RuleSentence s, int i, int j) {
        double[] p = model.eval(PairFeatures.of(s, i, j));
        return new double[] {p[none], left < 0 ? 0 : p[left], right < 0 ? 0 : p[right]};
    }

    /**
     * Pairs like those the classifier learned from: prose (not a heading, table row or reference entry),
     * no other mention of either type between the two, no cell or clause separator. Elsewhere it guesses:
     * on the development documents its facts outside these bounds were mostly wrong.
     */
    boolean inDistribution(RuleSentence s, int i, int j) {
        if (s.kind() != Block.Kind.PARAGRAPH && s.kind() != Block.Kind.QUOTE && s.kind() != Block.Kind.LIST_ITEM) {
            return false;
        }
        RuleSentence.Span a = s.mentions().get(i);
        RuleSentence.Span b = s.mentions().get(j);
        for (int k = i + 1; k < j; k++) {
            EntityType t = s.mentions().get(k).type();
            if (t == a.type() || t == b.type()) {
                return false;
            }
        }
        for (String t : s.tokensBetween(a.end(), b.start())) {
            if (t.equals("|") || t.equals(";")) {
                return false;
            }
        }
        return s.tokens().size() >= 6 && (veto == null || !veto.matches(TokenPattern.join(s.tokensBetween(a.end(), b.start()))));
    }

    /** The facts the classifier states in {@code s}, as findings of the rule "classifier". */
    public List<RuleEngine.Finding> classify(RuleSentence s) {
        List<RuleEngine.Finding> out = new ArrayList<>();
        List<RuleSentence.Span> ms = s.mentions();
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                if (s.countBetween(ms.get(i).end(), ms.get(j).start()) > PairFeatures.MAX_GAP) {
                    break; // mentions are in order: every later one is further away
                }
                RuleSentence.Span a = ms.get(i);
                RuleSentence.Span b = ms.get(j);
                if (!PairFeatures.candidatePair(s, i, j)) {
                    continue;
                }
                if (!inDistribution(s, i, j)) {
                    continue;
                }
                double[] p = probabilities(s, i, j);
                Predicate leftSubject = PairFeatures.predicate(a.type(), b.type());
                Predicate rightSubject = PairFeatures.predicate(b.type(), a.type());
                if (leftSubject != null && p[1] >= minProbability && p[1] >= p[2]) {
                    add(out, a.index(), leftSubject, b.index());
                } else if (rightSubject != null && p[2] >= minProbability) {
                    add(out, b.index(), rightSubject, a.index());
                }
            }
        }
        return out;
    }

    private void add(List<RuleEngine.Finding> out, int subject, Predicate predicate, int object) {
        double c = byPredicate.get(predicate);
        if (c > 0) {
            out.add(new RuleEngine.Finding(subject, predicate, object, "classifier", c));
        }
    }
}
