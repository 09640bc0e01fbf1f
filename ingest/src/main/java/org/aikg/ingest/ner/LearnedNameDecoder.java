package org.aikg.ingest.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
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
 * the training data). The beam search itself, the label codec and its validator are OpenNLP's own.
 *
 * <p>It relies on what {@code NameFinderME} does in OpenNLP 2.5 (a {@link GISModel} with a uniform prior, a
 * {@code DefaultNameContextGenerator} that appends those four features last, adaptive data cleared after
 * each sentence, as {@link StatisticalFinder} does); {@link #of} returns {@code null} for any other kind of
 * model, and the caller keeps using {@code NameFinderME}.
 *
 * <p>Thread-safety: not thread-safe (the feature generators cache per sentence); one instance per thread.
 */
final class LearnedNameDecoder {
    private static final String[] NO_CONTEXT = new String[0];
    private static final String OTHER = NameFinderME.OTHER;

    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double[] logPrior;
    private final NameContextGenerator features;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final BeamSearch beam;
    private final Map<String, Context> previous = new HashMap<>(); // "po=" + label: the same for every sentence
    private final Map<String, Context> beforePrevious = new HashMap<>(); // "ppo=" + label

    // the sentence being decoded, and the candidate the beam search asked about last (see Scorer)
    private String[] tokens;
    private double[][] shared;
    private String[] tokenClass;
    private int index;
    private String[] labels;

    /** One result: the names found and, for each, its mean label probability (as {@link NameFinderME#probs(Span[])}). */
    record Found(Span[] spans, double[] probs) {}

    @SuppressWarnings("unchecked")
    private LearnedNameDecoder(GISModel model, TokenNameFinderModel nameModel, int beamSize) {
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
        this.beam = new BeamSearch(beamSize, new Scorer());
    }

    /** A decoder for {@code model}, or null when it is not a maxent model this class reproduces. */
    static LearnedNameDecoder of(TokenNameFinderModel model) {
        Object artifact = model.getArtifact("nameFinder.model");
        if (!(artifact instanceof GISModel gis) || !(gis.getDataStructures()[1] instanceof Map<?, ?>)) {
            return null;
        }
        String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return new LearnedNameDecoder(gis, model, size == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(size));
    }

    /** The names in {@code words}, as {@code NameFinderME.find} followed by {@code probs(spans)} would give them. */
    Found find(String[] words) {
        tokens = words;
        shared = new double[words.length][];
        tokenClass = new String[words.length];
        try {
            Sequence best = beam.bestSequence(words, NO_CONTEXT, new Candidate(), validator);
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
            labels = null;
        }
    }

    /** The candidate the beam search asks about: remembered for the {@link Scorer} it calls next. */
    private final class Candidate implements BeamSearchContextGenerator<String> {
        @Override
        public String[] getContext(int i, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
            index = i;
            labels = priorDecisions;
            return NO_CONTEXT;
        }
    }

    /** The model's scores for the current candidate: the token's shared sum, then the candidate's four features. */
    private final class Scorer implements MaxentModel {
        @Override
        public double[] eval(String[] context, double[] out) {
            double[] base = shared[index];
            if (base == null) {
                base = logPrior.clone();
                // the features NameFinderME builds for every candidate before its four: with no labels given,
                // the context generator gives exactly those, in the same order
                for (String feature : features.getContext(index, tokens, null, null)) {
                    add(base, predicates.get(feature));
                }
                shared[index] = base;
                tokenClass[index] = FeatureGeneratorUtil.tokenFeature(tokens[index]);
            }
            String po = index > 0 ? labels[index - 1] : OTHER;
            String ppo = index > 1 ? labels[index - 2] : OTHER;
            System.arraycopy(base, 0, out, 0, base.length);
            add(out, previous.computeIfAbsent(po, l -> predicates.get("po=" + l)));
            add(out, predicates.get("pow=" + po + "," + tokens[index]));
            add(out, predicates.get("powf=" + po + "," + tokenClass[index]));
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

        private static void add(double[] sum, Context c) {
            if (c != null) {
                int[] ids = c.getOutcomes();
                double[] params = c.getParameters();
                for (int k = 0; k < ids.length; k++) {
                    sum[ids[k]] += params[k] * 1.0; // as ArrayMath.sumFeatures (a value of 1 per feature)
                }
            }
        }

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[outcomes.length]);
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBestOutcome(double[] scores) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getAllOutcomes(double[] scores) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getOutcome(int i) {
            return outcomes[i];
        }

        @Override
        public int getIndex(String outcome) {
            return List.of(outcomes).indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return outcomes.length;
        }
    }
}
