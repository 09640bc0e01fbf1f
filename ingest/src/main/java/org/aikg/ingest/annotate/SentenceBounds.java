package org.aikg.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Cuts a sentence's tokens into pieces no stage can be slow on, before the maxent models see them.
 *
 * <p>OpenNLP's POS tagger and name finder decode with a beam search that copies each hypothesis's
 * outcomes at every step, so their cost grows with the square of the sentence length (measured: 8,600
 * tokens without a period 2 s of tagging, 34,000 tokens 40 s); the pattern finders' regular expressions
 * backtrack over long runs of letters (one 40,000-letter token: 35 s). A piece therefore holds at most
 * {@link #maxTokens} tokens, no token longer than {@link #maxTokenChars} characters (such a token is left
 * out of every piece: it cannot be the name of anything), and no gap of more than {@link #maxGap}
 * characters between two tokens. The text of a piece is thus at most
 * {@code maxTokens × (maxTokenChars + maxGap)} characters, and every per-sentence cost is bounded by a
 * constant: the document's cost is linear in its length.
 *
 * <p>An over-long run is cut at the best break in the second half of its window: after a {@code ;},
 * {@code :}, {@code ?} or {@code !}, else after a comma, closing bracket or dash, else after the window's
 * last token.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxTokens     the most tokens in a piece
 * @param maxTokenChars the longest token kept
 * @param maxGap        the widest space between two tokens of one piece
 */
public record SentenceBounds(int maxTokens, int maxTokenChars, int maxGap) {
    /**
     * 256 tokens: above the longest real sentence in the project's corpora (231 tokens in about 1,300
     * documents; newsletters' longest are reference entries and run-on list items), so no real sentence is
     * cut, while the quadratic part of the beam search at that length is about a twentieth of the tagger's
     * per-token cost. 64 characters and a 64-character gap: no token in those corpora is longer than 40
     * (the tokenizer splits at every change of character class) nor any gap wider than 8.
     */
    public static final SentenceBounds DEFAULT = new SentenceBounds(256, 64, 64);

    private static final Set<String> STRONG_BREAKS = Set.of(";", ":", "?", "!", ".");
    private static final Set<String> WEAK_BREAKS = Set.of(",", ")", "]", "}", "-", "–", "—", "|");

    public SentenceBounds {
        if (maxTokens < 2 || maxTokenChars < 1 || maxGap < 1) {
            throw new IllegalArgumentException("bounds too small: " + maxTokens + ", " + maxTokenChars + ", " + maxGap);
        }
    }

    /**
     * The pieces of a sentence whose tokens are {@code tokens} (spans into {@code text}, in order): lists of
     * indices into {@code tokens}, each non-empty, in order, every token in at most one piece.
     */
    public List<int[]> pieces(CharSequence text, Span[] tokens) {
        List<int[]> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int previousEnd = -1;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            if (t.length() > maxTokenChars) {
                flush(text, tokens, run, out); // the token splits the sentence and is left out
                previousEnd = -1;
                continue;
            }
            if (previousEnd >= 0 && t.getStart() - previousEnd > maxGap) {
                flush(text, tokens, run, out);
            }
            run.add(i);
            previousEnd = t.getEnd();
        }
        flush(text, tokens, run, out);
        return out;
    }

    /** Emits {@code run} as pieces of at most {@link #maxTokens} tokens, cut at the best breaks. */
    private void flush(CharSequence text, Span[] tokens, List<Integer> run, List<int[]> out) {
        int from = 0;
        while (run.size() - from > maxTokens) {
            int cut = cut(text, tokens, run, from);
            out.add(indices(run, from, cut));
            from = cut;
        }
        if (from < run.size()) {
            out.add(indices(run, from, run.size()));
        }
        run.clear();
    }

    /** Where the piece starting at {@code from} ends (exclusive): after the best break in its second half. */
    private int cut(CharSequence text, Span[] tokens, List<Integer> run, int from) {
        int last = from + maxTokens; // exclusive end of the window
        int half = from + maxTokens / 2;
        for (Set<String> breaks : List.of(STRONG_BREAKS, WEAK_BREAKS)) {
            for (int k = last - 1; k >= half; k--) {
                Span t = tokens[run.get(k)];
                if (breaks.contains(text.subSequence(t.getStart(), t.getEnd()).toString())) {
                    return k + 1;
                }
            }
        }
        return last;
    }

    private static int[] indices(List<Integer> run, int from, int to) {
        int[] a = new int[to - from];
        for (int k = from; k < to; k++) {
            a[k - from] = run.get(k);
        }
        return a;
    }
}
