package org.aikg.ingest.read;

import java.util.Collection;

/**
 * Writes the clean text of a structured file (CFF, R's CITATION) into a {@link TextBuilder}: pieces the reader
 * inserts (punctuation between fields) stand at the current place, and each value of the file is mapped to
 * where the file writes it, looked for from the previous value on, so offsets never go back; a value not found
 * there (built from several pieces, or unescaped) maps to the current place.
 *
 * <p>Not thread-safe: one per document being read.
 */
final class OrderedText {
    /**
     * Comment lines ("# ...") and blank lines at the start of a file, each matched whole and never given back
     * (possessive), so that a file of many blank lines costs one pass.
     */
    static final String LEADING_COMMENTS = "\\A\\uFEFF?(?:[ \\t\\r\\f]*(?:#[^\\n]*)?\\n)*+[ \\t]*";
    /** An arXiv id in a URL, a DOI ("10.48550/arXiv.N") or a note ("arXiv:N"); group 1 is the id. */
    static final java.util.regex.Pattern ARXIV = java.util.regex.Pattern.compile(
            "(?i)(?:arxiv(?:\\.org)?[:/.\\s]*(?:abs/|pdf/)?|10\\.48550/arxiv\\.)(\\d{4}\\.\\d{4,5})");

    final String original;
    final TextBuilder out;
    private final Outline outline = new Outline();
    private int cursor;
    private int limit;
    /** Where values are looked for from, when a region is set: its start; else -1 (from the current place). */
    private int regionStart = -1;

    OrderedText(String original) {
        this.original = original;
        this.out = new TextBuilder(original);
        this.limit = original.length();
    }

    void block(Block.Kind kind, int level) {
        out.begin(kind, level);
    }

    void end() {
        if (out.inBlock()) {
            outline.ended(out.end(), out);
        }
    }

    /** Inserted text (punctuation between values): at the current place, linked to {@code url} if not null. */
    void piece(String s, String url) {
        int start = out.nextCharIndex();
        for (int k = 0; k < s.length(); k++) {
            out.append(s.charAt(k), cursor);
        }
        if (url != null) {
            out.link(start, out.nextCharIndex(), url);
        }
    }

    /** A value of the file: where it is written after the current place, else at the current place. */
    void value(String s, String url) {
        value(s, s, url);
    }

    /**
     * A value shown as {@code shown} and written in the file as {@code written} (with braces or escapes the
     * reader took out): mapped character by character when the two are the same, else every character to where
     * {@code written} starts; at the current place when the file does not write it after there (before the limit).
     */
    void value(String shown, String written, String url) {
        int at = find(written);
        int start = out.nextCharIndex();
        boolean same = shown.equals(written);
        for (int k = 0; k < shown.length(); k++) {
            out.append(shown.charAt(k), at < 0 ? cursor : same ? at + k : at);
        }
        if (at >= 0) {
            cursor = at + written.length();
        }
        if (url != null) {
            out.link(start, out.nextCharIndex(), url);
        }
    }

    /**
     * Looks for values in {@code [from, to)} only, each from {@code from} on: the part of the file the next block
     * is read from, whose fields the block may write in another order than the file, and so that a value the
     * file repeats further on is not taken from there. (A value found before the last one written still maps no
     * further back than it: offsets never go back.)
     */
    void region(int from, int to) {
        regionStart = Math.max(0, Math.min(from, original.length()));
        cursor = Math.max(cursor, regionStart);
        limit = Math.max(regionStart, Math.min(to, original.length()));
    }

    private int find(String s) {
        int at = s.isEmpty() ? -1 : original.indexOf(s, regionStart >= 0 ? regionStart : cursor);
        return at >= 0 && at + s.length() <= limit ? at : -1;
    }

    /**
     * A person author written as {@code name} ("Given Family"), marked an author, mapped to the first place
     * after the current one where the file writes one of {@code parts} (the fields it was made of).
     */
    void person(String name, Collection<String> parts) {
        int start = out.nextCharIndex();
        int at = -1;
        for (String v : parts) {
            int i = v == null ? -1 : find(v);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int place = at >= 0 ? at : cursor;
        for (int k = 0; k < name.length(); k++) {
            out.append(name.charAt(k), place);
        }
        cursor = Math.max(cursor, place);
        out.link(start, out.nextCharIndex(), Link.AUTHOR_MARK);
    }
}
