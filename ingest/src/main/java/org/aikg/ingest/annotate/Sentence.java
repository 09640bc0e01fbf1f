package org.aikg.ingest.annotate;

import java.util.List;
import org.aikg.ingest.read.Block;

/**
 * A unit of evidence: a sentence of a paragraph, or a whole heading, list item, table row or reference.
 * Relations are only extracted within one such unit, so each carries the text that states it.
 *
 * @param index  position of the sentence in its document, from 0
 * @param start  start offset in the clean text
 * @param end    end offset (exclusive) in the clean text
 * @param text   the sentence text (a substring of the clean text)
 * @param tokens the tokens, in order
 * @param kind   the kind of block the sentence comes from
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, Block.Kind kind) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token that starts at or after {@code offset}, or {@code tokens().size()}. */
    public int tokenAt(int offset) {
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
}
