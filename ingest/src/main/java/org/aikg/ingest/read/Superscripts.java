package org.aikg.ingest.read;

/**
 * Digits written raised ({@code <sup>2</sup>} in HTML and markdown) as the superscript characters that say so in
 * plain text ("Lind²"): an affiliation's or a footnote's index stays apart from the name it follows, as it is
 * on the page, instead of running into it ("Lind2").
 *
 * <p>Stateless and thread-safe.
 */
public final class Superscripts {
    private Superscripts() {}

    /** The raised digits 0 to 9, in order. */
    public static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** An index's text: numbers and the commas, dashes and spaces between them ("1", "1,2", "2-4"), short. */
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("[\\d,\\s\\-–]{1,12}");

    /**
     * {@code text} with its ASCII digits raised when it is an index's text ("1,2"); any other text as it is (a
     * sentence set in a {@code <sup>} keeps its names: "CLD2").
     */
    static String of(String text) {
        if (!INDEX.matcher(text).matches()) {
            return text;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, DIGITS.charAt(c - '0'));
            }
        }
        return b == null ? text : b.toString();
    }

    /** The ASCII digit a raised digit stands for, or 0 when {@code c} is none. */
    static char digit(char c) {
        int k = DIGITS.indexOf(c);
        return k < 0 ? 0 : (char) ('0' + k);
    }

    /** {@code text} with its raised digits written as ASCII digits ("¹⁰" gives "10"); every other character as it is. */
    public static String lowered(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char d = digit(text.charAt(i));
            b.append(d != 0 ? d : text.charAt(i));
        }
        return b.toString();
    }
}
