package org.aikg.ingest.read;

import org.jsoup.parser.Parser;

/**
 * Appends text a parser decoded (backslash escapes removed, character references resolved, container
 * prefixes stripped) to a {@link TextBuilder}, giving each character the index in the original
 * content it came from.
 *
 * <p>Parsers report where a run of text was written ({@code original[from, to)}) but not where each of
 * its decoded characters was. This recovers that in one linear pass: equal characters pair up; a
 * backslash before the next character is skipped; a character reference ({@code &amp;},
 * {@code &#8212;}) maps all its decoded characters to its {@code &}; whitespace pairs with any
 * whitespace; a raised digit ({@link Superscripts}) pairs with the digit it stands for; anything else in the original that the decoded text does not have is skipped. A decoded
 * character that cannot be paired maps to the current position, so offsets never go backwards.
 *
 * <p>Stateless and thread-safe.
 */
final class Aligned {
    /** How far ahead a character is searched for before it is taken as inserted by the parser. */
    private static final int LOOKAHEAD = 16;

    private Aligned() {
    }

    /** Appends {@code decoded}, which was written at {@code original[from, to)}, to the open block of {@code out}. */
    static void append(TextBuilder out, CharSequence decoded, String original, int from, int to) {
        append(out, decoded, original, from, to, null);
    }

    /**
     * Like {@link #append(TextBuilder, CharSequence, String, int, int)} for text written at
     * {@code source[from, to)}, where {@code source} is a piece cut out of the original and
     * {@code map[k]} is the original index of {@code source.charAt(k)} ({@code map} has one more entry
     * than {@code source} has characters); a null map means {@code source} is the original.
     */
    static void append(TextBuilder out, CharSequence decoded, String original, int from, int to, int[] map) {
        int n = decoded.length();
        int j = Math.max(0, Math.min(from, original.length()));
        int end = Math.max(j, Math.min(to, original.length()));
        int i = 0;
        int next;
        while (i < n) {
            char c = decoded.charAt(i);
            if (j >= end) {
                out.append(c, at(map, Math.max(from, end - (end > from ? 1 : 0))));
                i++;
                continue;
            }
            char o = original.charAt(j);
            if (o == c || (TextBuilder.isSpace(o) && TextBuilder.isSpace(c)) || (Superscripts.digit(c) != 0 && Superscripts.digit(c) == o)) {
                out.append(c, at(map, j));
                i++;
                j++;
            } else if (o == '\\' && j + 1 < end && original.charAt(j + 1) == c) {
                out.append(c, at(map, j + 1));
                i++;
                j += 2;
            } else if (o == '&' && (next = reference(out, decoded, i, original, j, end, map)) >= 0) {
                i = next;
                j = referenceEnd(original, j, end);
            } else {
                int k = j + 1;
                while (k < end && k - j <= LOOKAHEAD && original.charAt(k) != c) {
                    k++;
                }
                if (k < end && original.charAt(k) == c) {
                    j = k;
                } else {
                    out.append(c, at(map, j));
                    i++;
                }
            }
        }
    }

    /**
     * When {@code original[j..]} is a character reference whose decoded form starts {@code decoded[i..]},
     * appends those characters mapped to {@code j} and returns the next {@code i}; otherwise returns
     * -1 and appends nothing.
     */
    private static int reference(TextBuilder out, CharSequence decoded, int i, String original, int j, int end,
            int[] map) {
        int semi = referenceEnd(original, j, end);
        if (semi < 0) {
            return -1;
        }
        String value = Parser.unescapeEntities(original.substring(j, semi), false);
        if (value.isEmpty() || value.charAt(0) == '&' || i + value.length() > decoded.length()
                || !value.contentEquals(decoded.subSequence(i, i + value.length()))) {
            return -1;
        }
        for (int k = 0; k < value.length(); k++) {
            out.append(value.charAt(k), at(map, j));
        }
        return i + value.length();
    }

    private static int at(int[] map, int j) {
        return map == null ? j : map[j];
    }

    /** The index after the {@code ;} of a reference starting at {@code j}, or -1. */
    private static int referenceEnd(String original, int j, int end) {
        for (int k = j + 1; k < end && k - j <= 33; k++) {
            char ch = original.charAt(k);
            if (ch == ';') {
                return k > j + 1 ? k + 1 : -1;
            }
            if (!(Character.isLetterOrDigit(ch) || ch == '#')) {
                return -1;
            }
        }
        return -1;
    }
}
