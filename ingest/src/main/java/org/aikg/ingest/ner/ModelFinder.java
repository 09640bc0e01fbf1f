package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Models the dictionary does not know, by context and by shape: a name after "called", "named" or
 * "dubbed"; a name before "model", "architecture" or "chatbot"; and, weakly, words shaped like model names
 * (inner capitals as in "RoseTTAFold", letters with a version as in "XK-1" or "T5", with a trailing version
 * number "Foo 2").
 *
 * <p>Thread-safety: immutable.
 */
public final class ModelFinder implements MentionFinder {
    private static final Set<String> NAMING_CUES = Set.of("called", "named", "dubbed", "codenamed", "nicknamed");
    private static final Set<String> MODEL_NOUNS = Set.of("model", "models", "architecture", "architectures",
            "chatbot", "llm", "network", "system", "algorithm", "agent", "transformer", "decoder", "encoder");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2,}\\p{Ll}{2,}");
    private static final Pattern VERSIONED = Pattern.compile("\\p{L}+\\d+[\\p{L}\\d]*|\\p{Lu}\\p{L}*");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (NAMING_CUES.contains(lower) && i + 1 < tokens.size()) {
                int from = i + 1;
                if (tokens.get(from).text().matches("[“\"‘']") && from + 1 < tokens.size()) {
                    from++;
                }
                int to = run(text, tokens, from);
                if (to >= from && !Lexicon.genericModel(TokenSpans.surface(text, tokens, from, to))) {
                    found.add(mention(text, tokens, from, to, 0.7, "pattern:called"));
                    i = to;
                    continue;
                }
            }
            if (MODEL_NOUNS.contains(lower) && i > 0) {
                int to = i - 1;
                int from = to;
                while (from > 0 && TokenSpans.continues(text, tokens, from) && nameToken(tokens.get(from - 1))) {
                    from--;
                }
                if (nameToken(tokens.get(to)) && from <= to && modelShaped(tokens, from, to, sentence)) {
                    String surface = TokenSpans.surface(text, tokens, from, to);
                    if (!Lexicon.genericModel(surface) && !Lexicon.notAName(tokens.get(from).text())) {
                        found.add(mention(text, tokens, from, to, 0.65, "pattern:model-noun"));
                    }
                }
            }
        }
        shaped(text, tokens, found);
        namedArchitectures(text, tokens, found);
        return found;
    }

    /** Heads that make a capitalized phrase a named architecture: "Temporal Fusion Transformer". */
    private static final Set<String> ARCHITECTURE_HEADS = Set.of("Transformer", "Transformers", "Former", "Mixer",
            "Net", "GAN", "Diffusion", "Diffuser", "Autoencoder");

    /** One to three proper-noun words before an architecture head ("Point Transformers", "Swin Transformer"). */
    private static void namedArchitectures(String text, List<Token> tokens, List<Mention> found) {
        for (int h = 1; h < tokens.size(); h++) {
            if (!ARCHITECTURE_HEADS.contains(tokens.get(h).text()) || !TokenSpans.continues(text, tokens, h)) {
                continue;
            }
            int from = h;
            while (from > 0 && h - from < 3 && tokens.get(from - 1).capitalized() && TokenSpans.wordy(tokens.get(from - 1))
                    && !Lexicon.notAName(tokens.get(from - 1).text()) && (from == h || TokenSpans.continues(text, tokens, from))
                    && TokenSpans.continues(text, tokens, from)) {
                from--;
            }
            if (from < h && !(from == 0 && h - from == 1 && !tokens.get(0).properNoun())) {
                found.add(mention(text, tokens, from, h, 0.65, "pattern:architecture"));
            }
        }
    }

    /** Words shaped like model names, wherever they stand. */
    private static void shaped(String text, List<Token> tokens, List<Mention> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!TokenSpans.wordy(t) || !Character.isLetter(t.text().charAt(0))) {
                continue;
            }
            boolean quoted = i > 0 && "“\"‘'".contains(tokens.get(i - 1).text());
            boolean inner = INNER_CAPITAL.matcher(t.text()).find() && (Names.startsUpper(t.text()) || quoted);
            int to = i;
            // "XK - 1", "GPT - 4o"
            if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && TokenSpans.continues(text, tokens, i + 1)
                    && TokenSpans.continues(text, tokens, i + 2) && Character.isDigit(tokens.get(i + 2).text().charAt(0))
                    && Names.hasUpper(t.text())) {
                to = i + 2;
            } else if (!inner) {
                continue;
            }
            if (to + 1 < tokens.size() && tokens.get(to + 1).text().matches("\\d(\\.\\d)?")
                    && TokenSpans.continues(text, tokens, to + 1)) {
                to++;
            }
            String surface = TokenSpans.surface(text, tokens, i, to);
            if (!Lexicon.genericModel(surface)) {
                found.add(mention(text, tokens, i, to, 0.5, "pattern:model-shape"));
            }
            i = to;
        }
    }

    private static int run(String text, List<Token> tokens, int from) {
        int last = from - 1;
        for (int j = from; j < tokens.size() && j < from + 4; j++) {
            if (j > from && !TokenSpans.continues(text, tokens, j)) {
                break;
            }
            Token t = tokens.get(j);
            if (TokenSpans.wordy(t) && !nameToken(t)) {
                break;
            }
            if (TokenSpans.wordy(t)) {
                last = j;
            }
        }
        return last;
    }

    private static boolean nameToken(Token t) {
        String w = t.text();
        return TokenSpans.wordy(t) && (Names.hasUpper(w) || Character.isDigit(w.charAt(0)) || w.startsWith("µ"))
                && !Lexicon.notAName(w);
    }

    /** The run looks like a name rather than capitalized prose: inner capitals, digits, or a proper noun. */
    private static boolean modelShaped(List<Token> tokens, int from, int to, Sentence s) {
        for (int j = from; j <= to; j++) {
            String w = tokens.get(j).text();
            if (INNER_CAPITAL.matcher(w).find() || w.chars().anyMatch(Character::isDigit)
                    || (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Names.hasUpper(w))) {
                return true;
            }
        }
        return from > 0 && tokens.get(from).properNoun() && VERSIONED.matcher(tokens.get(from).text()).matches();
    }

    private static Mention mention(String text, List<Token> tokens, int from, int to, double conf, String finder) {
        String surface = TokenSpans.surface(text, tokens, from, to);
        return Mention.of(tokens.get(from).start(), tokens.get(to).end(), surface, EntityType.MODEL, conf, finder);
    }
}
