package org.aikg.ingest.ner;

import java.util.List;
import java.util.Set;
import org.aikg.ingest.annotate.Token;

/**
 * Helpers over a sentence's tokens shared by the finders. Thread-safety: stateless.
 */
final class TokenSpans {
    private TokenSpans() {}

    /** Punctuation that may stand inside a name: "GPT-3", "fast.ai", "Co:here", "AT&T", "DALL·E". */
    private static final Set<String> INNER_PUNCT = Set.of("-", ".", ":", "·", "&", "/", "+", "_", "'", "’", "‐", "–");

    /** True when the token begins with a letter or digit. */
    static boolean wordy(Token t) {
        return Character.isLetterOrDigit(t.text().codePointAt(0));
    }

    /**
     * True when token {@code j} may continue a name that runs up to token {@code j - 1}: the two are
     * adjacent or one space apart, and a punctuation token is one that stands inside names.
     */
    static boolean continues(String text, List<Token> tokens, int j) {
        Token prev = tokens.get(j - 1);
        Token cur = tokens.get(j);
        int gap = cur.start() - prev.end();
        if (gap > 1 || (gap == 1 && text.charAt(prev.end()) != ' ')) {
            return false;
        }
        if (!wordy(cur) && !INNER_PUNCT.contains(cur.text())) {
            return false;
        }
        // "Meta 's" is a possessive, not part of a name
        return !(wordy(cur) && (prev.text().equals("'") || prev.text().equals("’")) && cur.text().equals("s"));
    }

    /** The covered clean text of tokens [from, to]. */
    static String surface(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
