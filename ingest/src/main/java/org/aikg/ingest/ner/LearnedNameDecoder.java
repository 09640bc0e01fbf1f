package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Decodes a sentence with a learned (maxent) name-finder model exactly as {@link NameFinderME} does, the same
 * spans, types and probabilities to the last bit, at a fraction of its cost.
 *
 * <p>Why: {@code NameFinderME} was a third of ingest's CPU. Its beam search keeps three candidate label
 * sequences per token, and for each it builds the token's whole feature list again (two dozen strings, most
 * of them the same for every candidate) and looks every feature up in the model's hash map. Only the last
 * four features (the previous labels: {@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}) differ between
 * candidates. Here the others are generated, looked up and summed once per token; each candidate adds its
 * four to a copy of that sum. The model's score is a sum taken feature by feature in list order, and the
 * shared features come first in the list, so the partial sum is the very prefix of the sum the model takes,
 * and the result is bit-for-bit the same ({@code LearnedNameDecoderTest} compares both on every sentence of
 * the training data). The label codec and its validator are OpenNLP's own, and the beam search is
 * OpenNLP's, step for step (see {@link #bestSequence}).
 *
 * <p>It relies on what {@code NameFinderME} does in OpenNLP 2.5 (a {@link GISModel} with a uniform prior, a
 * {@code DefaultNameContextGenerator} that appends those four features last, adaptive data cleared after
 * each sentence, as {@link StatisticalFinder} does); {@link #of} returns {@code null} for any other kind of
 * model, and the caller keeps using {@code NameFinderME}.
 *
 * <p>Thread-safety: not thread-safe (the feature generators cache per sentence); one instance per thread.
 */
final class LearnedNameDecoder {
    private static final String OTHER = NameFinderME.OTHER;
    /** BeamSearch's floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000.0;

    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double[] logPrior;
    private final NameContextGenerator features;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final int beamSize;
    private final double[] scores; // the buffer the scores of one candidate are made in, as BeamSearch's
    private final Map<String, Context> previous = new HashMap<>(); // "po=" + label: the same for every sentence
    private final Map<String, Context> beforePrevious = new HashMap<>(); // "ppo=" + label
    private final Map<String, Integer> outcomeIndex = new HashMap<>();

    /**
     * Whether the model's features are the default generator's (see {@link WordFeatures}), checked on probe
     * sentences when the decoder is made: then they are looked up per word, else built by the generator.
     */
    private final boolean defaultFeatures;
    /** Per word, its features in each window role, looked up once (bounded: cleared when it grows past this). */
    private final Map<String, Context[]> wordFeatures = new HashMap<>();
    private static final int MAX_WORDS = 50_000;
    private final Context def;
    private final Context noPreviousMap;
    private final Context sentenceBegin;

    // the sentence being decoded: its tokens, and per token the shared part of its scores, its token class and
    // (default features) its features by window role
    private String[] tokens;
    private double[][] shared;
    private String[] tokenClass;
    private Context[][] roles;

    /** One result: the names found and, for each, its mean label probability (as {@link NameFinderME#probs(Span[])}). */
    record Found(Span[] spans, double[] probs) {}

    @SuppressWarnings("unchecked")
    private LearnedNameDecoder(GISModel model, TokenNameFinderModel nameModel, int beamSize, boolean byWord) {
        Object[] data = model.getDataStructures();
        this.predicates = (Map<String, Context>) data[1];
        this.outcomes = (String[]) data[2];
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomes, new String[0]);
        this.logPrior = new double[outcomes.length];
        prior.logPrior(logPrior, (Context[]) null, null);
        this.features = nameModel.getFactory().createContextGenerator();
        this.codec = nameModel.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.beamSize = beamSize;
        this.scores = new double[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            outcomeIndex.put(outcomes[o], o);
        }
        this.def = predicates.get("def");
        this.noPreviousMap = predicates.get("pd=null");
        this.sentenceBegin = predicates.get("S=begin");
        this.defaultFeatures = byWord && WordFeatures.sameAs(features);
    }

    /** A decoder for {@code model}, or null when it is not a maxent model this class reproduces. */
    static LearnedNameDecoder of(TokenNameFinderModel model) {
        return of(model, true);
    }

    /** As {@link #of(TokenNameFinderModel)}; {@code byWord} false makes every feature with the generator (tests). */
    static LearnedNameDecoder of(TokenNameFinderModel model, boolean byWord) {
        Object artifact = model.getArtifact("nameFinder.model");
        if (!(artifact instanceof GISModel gis) || !(gis.getDataStructures()[1] instanceof Map<?, ?>)) {
            return null;
        }
        String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return new LearnedNameDecoder(gis, model, size == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(size),
                byWord);
    }

    /** Whether the model's features are looked up per word ({@link WordFeatures}), not made by its generator. */
    boolean readsWordFeatures() {
        return defaultFeatures;
    }

    /** The names in {@code words}, as {@code NameFinderME.find} followed by {@code probs(spans)} would give them. */
    Found find(String[] words) {
        tokens = words;
        shared = new double[words.length][];
        tokenClass = new String[words.length];
        roles = new Context[words.length][];
        try {
            Sequence best = bestSequence(words);
            Span[] spans = codec.decode(best.getOutcomes());
            double[] labelProbs = best.getProbs();
            double[] probs = new double[spans.length];
            for (int s = 0; s < spans.length; s++) {
                double p = 0;
                for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
                    p += labelProbs[i];
                }
                probs[s] = p / spans[s].length();
            }
            return new Found(spans, probs);
        } finally {
            tokens = null;
            shared = null;
            tokenClass = null;
            roles = null;
        }
    }

    /**
     * OpenNLP's {@code BeamSearch.bestSequence}, step for step (the same queues, candidates, validator and
     * cut-offs, so the same sequence), calling {@link #score} directly. A copy of its own and not OpenNLP's
     * class: the POS tagger runs that one too, and a beam search shared by two models with their own context
     * generators, models and validators was compiled by the JIT again and again (each new receiver type threw
     * away the compiled code), about a second of compiler time each time.
     */
    private Sequence bestSequence(String[] words) {
        PriorityQueue<Sequence> prev = new PriorityQueue<>(beamSize);
        PriorityQueue<Sequence> next = new PriorityQueue<>(beamSize);
        prev.add(new Sequence());
        for (int i = 0; i < words.length; i++) {
            int sz = StrictMath.min(beamSize, prev.size());
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] labels = top.getOutcomes().toArray(new String[0]);
                double[] scores = score(i, labels, this.scores);
                double[] sorted = new double[scores.length];
                System.arraycopy(scores, 0, sorted, 0, scores.length);
                Arrays.sort(sorted);
                double min = sorted[StrictMath.max(0, scores.length - beamSize)];
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        String out = outcomes[p];
                        if (validator.validSequence(i, words, labels, out)) {
                            Sequence ns = new Sequence(top, out, scores[p]);
                            if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                                next.add(ns);
                            }
                        }
                    }
                }
                if (next.size() == 0) { // no candidate made it: advance every valid one
                    for (int p = 0; p < scores.length; p++) {
                        String out = outcomes[p];
                        if (validator.validSequence(i, words, labels, out)) {
                            Sequence ns = new Sequence(top, out, scores[p]);
                            if (ns.getScore() > MIN_SEQUENCE_SCORE) {
                                next.add(ns);
                            }
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Sequence> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.size() > 0 ? prev.remove() : null;
    }

    /**
     * The model's scores for label {@code index} after {@code labels}: the token's shared sum, then the four
     * features of the labels before it, normalised as {@code GISModel.eval} does, into {@code out}.
     */
    private double[] score(int index, String[] labels, double[] out) {
        double[] base = shared[index];
        if (base == null) {
            base = logPrior.clone();
            if (defaultFeatures) {
                addDefaultFeatures(base, index);
            } else {
                // the features NameFinderME builds for every candidate before its four: with no labels given, the
                // context generator gives exactly those, in the same order
                for (String feature : features.getContext(index, tokens, null, null)) {
                    add(base, predicates.get(feature));
                }
            }
            shared[index] = base;
            if (tokenClass[index] == null) {
                tokenClass[index] = FeatureGeneratorUtil.tokenFeature(tokens[index]);
            }
        }
        String po = index > 0 ? labels[index - 1] : OTHER;
        String ppo = index > 1 ? labels[index - 2] : OTHER;
        System.arraycopy(base, 0, out, 0, base.length);
        add(out, previous.computeIfAbsent(po, l -> predicates.get("po=" + l)));
        Integer label = defaultFeatures ? outcomeIndex.get(po) : null;
        if (label != null) {
            // per word and previous label, looked up once (the word's class is the word's)
            Context[] r = roles(index);
            int slot = WordFeatures.SIZE + 2 * label;
            if (r[slot] == null) {
                r[slot] = orNone(predicates.get("pow=" + po + "," + tokens[index]));
                r[slot + 1] = orNone(predicates.get("powf=" + po + "," + tokenClass[index]));
            }
            add(out, r[slot]);
            add(out, r[slot + 1]);
        } else {
            add(out, predicates.get("pow=" + po + "," + tokens[index]));
            add(out, predicates.get("powf=" + po + "," + tokenClass[index]));
        }
        add(out, beforePrevious.computeIfAbsent(ppo, l -> predicates.get("ppo=" + l)));
        // GISModel.eval's normalisation, step for step
        double normal = 0.0;
        for (int o = 0; o < out.length; o++) {
            out[o] = StrictMath.exp(out[o]);
            normal += out[o];
        }
        for (int o = 0; o < out.length; o++) {
            out[o] /= normal;
        }
        return out;
    }

    /**
     * Adds the default generator's features of token {@code i} to {@code sum}, in the generator's order (see
     * {@link WordFeatures#of}): its own word features, those of the words before and after it in their window
     * roles, "def", "pd=null", the bigrams, "S=begin". A word's features in every role are looked up once.
     */
    private void addDefaultFeatures(double[] sum, int i) {
        int n = tokens.length;
        for (int w = 0; w < WordFeatures.WINDOW.length; w++) { // the word's class, and the word with its class
            int j = i + WordFeatures.WINDOW[w];
            if (j >= 0 && j < n) {
                add(sum, roles(j)[WordFeatures.CLASS + 2 * w]);
                add(sum, roles(j)[WordFeatures.CLASS + 2 * w + 1]);
            }
        }
        for (int w = 0; w < WordFeatures.WINDOW.length; w++) { // the word
            int j = i + WordFeatures.WINDOW[w];
            if (j >= 0 && j < n) {
                add(sum, roles(j)[WordFeatures.WORD + w]);
            }
        }
        add(sum, def);
        add(sum, noPreviousMap);
        if (i > 0) {
            add(sum, predicates.get("pw,w=" + tokens[i - 1] + "," + tokens[i]));
            add(sum, predicates.get("pwc,wc=" + tokenClass[i - 1] + "," + tokenClass[i]));
        }
        if (i + 1 < n) {
            add(sum, predicates.get("w,nw=" + tokens[i] + "," + tokens[i + 1]));
            add(sum, predicates.get("wc,nc=" + tokenClass[i] + "," + tokenClass[i + 1]));
        }
        if (i == 0) {
            add(sum, sentenceBegin);
        }
    }

    /** Token {@code i}'s features in every window role (and its token class, set on the way). */
    private Context[] roles(int i) {
        Context[] r = roles[i];
        if (r == null) {
            String word = tokens[i];
            r = wordFeatures.get(word);
            if (r == null) {
                if (wordFeatures.size() >= MAX_WORDS) {
                    wordFeatures.clear(); // a bound on memory: a long run meets ever more words
                }
                String[] names = WordFeatures.of(word);
                r = new Context[names.length + 2 * outcomes.length]; // and, filled when met, "pow=" and "powf="
                for (int k = 0; k < names.length; k++) {
                    r[k] = predicates.get(names[k]);
                }
                wordFeatures.put(word, r);
            }
            roles[i] = r;
            if (tokenClass[i] == null) {
                tokenClass[i] = FeatureGeneratorUtil.tokenFeature(word);
            }
        }
        return r;
    }

    /** A feature the model does not know adds nothing: as an empty context, it can be kept like one it knows. */
    private static Context orNone(Context c) {
        return c == null ? NONE : c;
    }

    private static final Context NONE = new Context(new int[0], new double[0]);

    private static void add(double[] sum, Context c) {
        if (c != null) {
            int[] ids = c.getOutcomes();
            double[] params = c.getParameters();
            for (int k = 0; k < ids.length; k++) {
                sum[ids[k]] += params[k] * 1.0; // as ArrayMath.sumFeatures (a value of 1 per feature)
            }
        }
    }

    /**
     * The features of OpenNLP's default name-finder generator (a window of two words each side over the word's
     * class and the word with its class, then over the lower-cased word; "def"; the previous-map feature; the
     * bigrams; "S=begin"), by word: a word's features in each window role depend on the word alone, so they
     * are made and looked up once per word instead of once per word per sentence position.
     */
    static final class WordFeatures {
        /** The window's positions, in the generator's order: the word, then before it, then after it. */
        static final int[] WINDOW = {0, -1, -2, 1, 2};
        private static final String[] PREFIX = {"", "p1", "p2", "n1", "n2"};
        /** Where a word's class features start: class, then word and class, per window position. */
        static final int CLASS = 0;
        /** Where a word's lower-cased word features start, one per window position. */
        static final int WORD = 2 * WINDOW.length;
        /** How many window-role features a word has. */
        static final int SIZE = 3 * WINDOW.length;

        private WordFeatures() {}

        /** A word's features in every window role, indexed as {@link #CLASS} and {@link #WORD} say. */
        static String[] of(String word) {
            String lower = opennlp.tools.util.StringUtil.toLowerCase(word);
            String wordClass = FeatureGeneratorUtil.tokenFeature(word);
            String[] out = new String[SIZE];
            for (int w = 0; w < WINDOW.length; w++) {
                out[CLASS + 2 * w] = PREFIX[w] + "wc=" + wordClass;
                out[CLASS + 2 * w + 1] = PREFIX[w] + "w&c=" + lower + "," + wordClass;
                out[WORD + w] = PREFIX[w] + "w=" + lower;
            }
            return out;
        }

        /** The features of token {@code i}, in the order {@code addDefaultFeatures} adds them. */
        static List<String> expected(String[] tokens, int i) {
            List<String> out = new ArrayList<>();
            for (int part = 0; part < 2; part++) {
                for (int w = 0; w < WINDOW.length; w++) {
                    int j = i + WINDOW[w];
                    if (j >= 0 && j < tokens.length) {
                        String[] f = of(tokens[j]);
                        if (part == 0) {
                            out.add(f[CLASS + 2 * w]);
                            out.add(f[CLASS + 2 * w + 1]);
                        } else {
                            out.add(f[WORD + w]);
                        }
                    }
                }
            }
            out.add("def");
            out.add("pd=null");
            if (i > 0) {
                out.add("pw,w=" + tokens[i - 1] + "," + tokens[i]);
                out.add("pwc,wc=" + FeatureGeneratorUtil.tokenFeature(tokens[i - 1]) + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]));
            }
            if (i + 1 < tokens.length) {
                out.add("w,nw=" + tokens[i] + "," + tokens[i + 1]);
                out.add("wc,nc=" + FeatureGeneratorUtil.tokenFeature(tokens[i]) + "," + FeatureGeneratorUtil.tokenFeature(tokens[i + 1]));
            }
            if (i == 0) {
                out.add("S=begin");
            }
            return out;
        }

        /** Probe sentences of every shape the window and the bigrams have: one word, two, short, long. */
        private static final String[][] PROBES = {
            {"Hi"}, {"OpenAI", "Inc."}, {"GPT-4o", "beats", "Llama", "3"},
            {"In", "May", "2024", ",", "DeepMind", "released", "Gemini", "1.5", "(", "a", "model", ")", "."},
        };

        /** Whether {@code generator} makes exactly these features, in this order, for every probe position. */
        static boolean sameAs(NameContextGenerator generator) {
            for (String[] probe : PROBES) {
                for (int i = 0; i < probe.length; i++) {
                    if (!List.of(generator.getContext(i, probe, null, null)).equals(expected(probe, i))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
