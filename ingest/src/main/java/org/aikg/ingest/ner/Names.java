package org.aikg.ingest.ner;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalization shared by matching and resolution: NFKD, lower case, letters and digits only, so
 * "DALL-E 2", "DALLE2" and "DaLL-E 2" share the key {@code dalle2}. This is also how the evaluation
 * compares names, so one key means one entity everywhere.
 *
 * <p>Thread-safety: stateless.
 */
public final class Names {
    private Names() {}

    /** The normalized key of a name; empty when the name has no letter or digit. */
    public static String key(CharSequence name) {
        // ASCII, nearly every token, is left as it is by NFKD, and its lower case and its letters and digits are
        // ASCII's own: the same key without the normalizer and the code-point stream (hot: run per token)
        int n = name.length();
        char[] out = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return unicodeKey(name);
            }
            if (out == null) {
                out = new char[n];
            }
            if (c >= 'A' && c <= 'Z') {
                out[k++] = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out[k++] = c;
            }
        }
        return k == 0 ? "" : new String(out, 0, k);
    }

    /** {@link #key} by its definition: NFKD, lower case, letters and digits. */
    static String unicodeKey(CharSequence name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** True when the text has an upper-case letter. */
    public static boolean hasUpper(CharSequence s) {
        return s.codePoints().anyMatch(Character::isUpperCase);
    }

    /** True when the text's first letter is upper case. */
    public static boolean startsUpper(CharSequence s) {
        return s.codePoints().filter(Character::isLetter).limit(1).anyMatch(Character::isUpperCase);
    }

    /** Collapses runs of white space to one space and trims. */
    public static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
