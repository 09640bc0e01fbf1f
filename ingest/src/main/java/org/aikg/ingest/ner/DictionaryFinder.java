package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Finds the names the {@link KnowledgeBase} knows, by the longest run of tokens whose normalized
 * concatenation is a known key, so "DALL-E 2", "DALLE2" and "Dall-E 2" all match one entry. A trailing
 * plural "s" is tolerated ("Transformers", "RevGNNs").
 *
 * <p>Case is checked against the matched name: a name with capitals only matches text with capitals (so
 * "clip" and "palm" in prose stay words), and entries marked case-sensitive also need the first letter's
 * case. Cost is a few hash look-ups per token, which keeps it nearly free next to POS tagging.
 *
 * <p>Thread-safety: immutable.
 */
public final class DictionaryFinder implements MentionFinder {
    private static final int MAX_TOKENS = 16;
    private final KnowledgeBase kb;

    public DictionaryFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention best = null;
            int bestEnd = i;
            if (TokenSpans.wordy(tokens.get(i))) {
                StringBuilder key = new StringBuilder();
                for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
                    if (j > i && !TokenSpans.continues(text, tokens, j)) {
                        break;
                    }
                    key.append(Names.key(tokens.get(j).text()));
                    if (key.length() > kb.longestKey() + 1) {
                        break;
                    }
                    if (!TokenSpans.wordy(tokens.get(j))) {
                        continue;
                    }
                    Mention m = match(text, tokens, i, j, key.toString());
                    if (m != null) {
                        best = m;
                        bestEnd = j;
                    }
                }
            }
            if (best != null && versionFollows(text, tokens, bestEnd)) {
                best = null; // "CIFAR-10" is not CIFAR: a name with a version the dictionary lacks is something else
            }
            if (best != null) {
                found.add(best);
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** True when "-" and a number follow token {@code end} directly, as in "CIFAR-10". */
    private static boolean versionFollows(String text, List<Token> tokens, int end) {
        return end + 2 < tokens.size() && tokens.get(end + 1).text().equals("-")
                && tokens.get(end + 1).start() == tokens.get(end).end()
                && tokens.get(end + 2).start() == tokens.get(end + 1).end()
                && Character.isDigit(tokens.get(end + 2).text().charAt(0));
    }

    private Mention match(String text, List<Token> tokens, int from, int to, String key) {
        String surface = TokenSpans.surface(text, tokens, from, to);
        KbEntry entry = accept(surface, key);
        if (entry == null && key.length() > 3 && key.endsWith("s")) {
            entry = accept(surface.substring(0, surface.length() - 1), key.substring(0, key.length() - 1));
        }
        if (entry == null) {
            return null;
        }
        double confidence = entry.strictCase() ? 0.85 : 0.95;
        return new Mention(tokens.get(from).start(), tokens.get(to).end(), surface, entry.entityType(),
                confidence, "dictionary", entry.id(), entry.arxiv(), null);
    }

    private KbEntry accept(String surface, String key) {
        for (KbEntry entry : kb.lookup(key)) {
            for (String name : kb.namesWithKey(entry, key)) {
                if (caseFits(surface, name, entry.strictCase())) {
                    return entry;
                }
            }
        }
        return null;
    }

    static boolean caseFits(String surface, String name, boolean strict) {
        if (Names.hasUpper(name) && !Names.hasUpper(surface)) {
            return false;
        }
        // An all-caps surface ("ATLAS", "META") is a heading or shouting; accept it for ordinary entries only.
        if (strict) {
            return Names.startsUpper(surface) == Names.startsUpper(name) && surface.length() <= name.length() + 1;
        }
        return true;
    }
}
