package org.aikg.ingest.read;

import java.util.List;
import java.util.Locale;

/** Recognises headings that open a references section, and numbered reference entries. Stateless. */
final class Sections {

    private static final List<String> REFERENCE_HEADINGS = List.of(
            "references", "bibliography", "papers", "further reading", "citations",
            "works cited", "reading list");
    /** Names that open a references section only on their own: "API Reference" and "Data sources" open none. */
    private static final List<String> ALONE = List.of("reference", "sources");

    private Sections() {
    }

    /**
     * Whether a heading's clean text names a references section: it is, or ends with, one of the
     * names ("Paper references" counts), ignoring case, trailing punctuation and emoji; "Reference" and "Sources" count
     * alone only.
     */
    static boolean isReferenceHeading(CharSequence heading) {
        int e = heading.length();
        while (e > 0 && !Character.isLetterOrDigit(heading.charAt(e - 1))) {
            e--;
        }
        int b = 0;
        while (b < e && !Character.isLetterOrDigit(heading.charAt(b))) {
            b++;
        }
        if (e - b > 60) {
            return false;
        }
        // "7. Sources", "A.2 References": a heading's number is no part of its name
        String h = heading.subSequence(b, e).toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceFirst("^(?:[a-z]\\.)?[\\d.]*\\d\\.? ", "");
        for (String name : REFERENCE_HEADINGS) {
            if (h.equals(name) || h.endsWith(" " + name)) {
                return true;
            }
        }
        return ALONE.contains(h);
    }

    /** Whether {@code text[from, to)} starts like {@code [12] ...}. */
    static boolean isNumberedReference(String text, int from, int to) {
        if (from >= to || text.charAt(from) != '[') {
            return false;
        }
        int i = from + 1;
        while (i < to && i - from <= 4 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > from + 1 && i + 1 < to && text.charAt(i) == ']' && (text.charAt(i + 1) == ' '
                || text.charAt(i + 1) == '\t');
    }
}
