package org.aikg.ingest.read;

/**
 * Digits written raised ({@code <sup>2</sup>} in HTML and markdown) as the superscript characters that say so in
 * plain text ("Lind²"): an affiliation's or a footnote's index stays apart from the name it follows, as it is
 * on the page, instead of running into it ("Lind2").
 *
 * <p>Stateless and thread-safe.
 */
final class Superscripts {
    private Superscripts() {}

    private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹";

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
                b.setCharAt(i, RAISED.charAt(c - '0'));
            }
        }
        return b == null ? text : b.toString();
    }

    /** The ASCII digit a raised digit stands for, or 0 when {@code c} is none. */
    static char digit(char c) {
        int k = RAISED.indexOf(c);
        return k < 0 ? 0 : (char) ('0' + k);
    }
}
