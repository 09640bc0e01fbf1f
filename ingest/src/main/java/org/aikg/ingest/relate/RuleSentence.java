package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;

/**
 * What the relation rules and the relation classifier see of one sentence: its tokens and its typed
 * mentions, nothing else. Built from an annotated, resolved sentence at run time, and from a marked-up
 * example ({@link Markup}) in tests and training, so rules are tested without any model.
 *
 * <p>Mentions are kept in text order; a mention inside another (a model named in the text of a link to
 * its paper) is dropped from pairing here, the structural rules read those.
 *
 * @param tokens   the tokens in text order
 * @param mentions the mentions in text order, none overlapping
 * @param kind     the kind of block the sentence comes from
 */
public record RuleSentence(List<Tok> tokens, List<Span> mentions, Block.Kind kind) {

    /** A token: its character span (in any coordinate system shared with the mentions) and text. */
    public record Tok(int start, int end, String text) {}

    /**
     * A mention: its character span, type, and a key that is equal for two mentions of one entity.
     *
     * @param index the mention's position in the caller's own list, handed back in findings
     */
    public record Span(int start, int end, EntityType type, String key, int index) {}

    public RuleSentence {
        tokens = List.copyOf(tokens);
        List<Span> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> flat = new ArrayList<>();
        int end = -1;
        for (Span m : sorted) {
            if (m.start() >= end) {
                flat.add(m);
                end = m.end();
            }
        }
        mentions = List.copyOf(flat);
    }

    /** The texts of the tokens lying wholly between character offsets {@code from} and {@code to}. */
    public List<String> tokensBetween(int from, int to) {
        List<String> out = new ArrayList<>();
        toksBetween(from, to).forEach(t -> out.add(t.text()));
        return out;
    }

    /** The tokens (with their offsets) lying wholly between character offsets {@code from} and {@code to}. */
    public List<Tok> toksBetween(int from, int to) {
        List<Tok> out = new ArrayList<>();
        for (int k = firstStartingAtOrAfter(from); k < tokens.size() && tokens.get(k).start() < to; k++) {
            if (tokens.get(k).end() <= to) {
                out.add(tokens.get(k));
            }
        }
        return out;
    }

    /** How many tokens lie wholly between {@code from} and {@code to}, without building them: O(log n). */
    public int countBetween(int from, int to) {
        int a = firstStartingAtOrAfter(from);
        int b = firstStartingAtOrAfter(to);
        int n = b - a;
        if (n > 0 && tokens.get(b - 1).end() > to) {
            n--;
        }
        return Math.max(0, n);
    }

    /** Index of the first token that starts at or after {@code offset} (binary search; tokens are in order). */
    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Up to {@code n} tokens that end at or before {@code offset}, nearest last. */
    public List<String> tokensBefore(int offset, int n) {
        int end = firstStartingAtOrAfter(offset);
        while (end > 0 && tokens.get(end - 1).end() > offset) {
            end--;
        }
        List<String> out = new ArrayList<>();
        for (int k = Math.max(0, end - n); k < end; k++) {
            out.add(tokens.get(k).text());
        }
        return out;
    }

    /** Up to {@code n} tokens that start at or after {@code offset}. */
    public List<String> tokensAfter(int offset, int n) {
        List<String> out = new ArrayList<>();
        for (int k = firstStartingAtOrAfter(offset); k < tokens.size() && out.size() < n; k++) {
            out.add(tokens.get(k).text());
        }
        return out;
    }
}
