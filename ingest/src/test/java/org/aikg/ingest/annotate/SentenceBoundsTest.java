package org.aikg.ingest.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The bounds are structural: counted in tokens and characters, never timed. */
class SentenceBoundsTest {
    private static final SentenceBounds BOUNDS = SentenceBounds.DEFAULT;

    private static List<int[]> pieces(String text) {
        return BOUNDS.pieces(text, SimpleTokenizer.INSTANCE.tokenizePos(text));
    }

    @Test
    void aSentenceOf64kTokensBecomesPiecesOfAtMostTheBound() {
        String text = "word ".repeat(64_000);
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        List<int[]> pieces = BOUNDS.pieces(text, tokens);
        assertTrue(pieces.size() >= 64_000 / BOUNDS.maxTokens(), "pieces: " + pieces.size());
        int next = 0;
        for (int[] piece : pieces) {
            assertTrue(piece.length >= 1 && piece.length <= BOUNDS.maxTokens(), "piece of " + piece.length);
            for (int i : piece) {
                assertEquals(next++, i, "every token once, in order");
            }
        }
        assertEquals(tokens.length, next);
    }

    @Test
    void anOrdinarySentenceIsOnePiece() {
        String text = "The lab released a model of 7 billion parameters, trained on public data.";
        List<int[]> pieces = pieces(text);
        assertEquals(1, pieces.size());
        assertEquals(SimpleTokenizer.INSTANCE.tokenizePos(text).length, pieces.get(0).length);
    }

    @Test
    void aSentenceJustAtTheBoundIsNotCut() {
        assertEquals(1, pieces("w ".repeat(BOUNDS.maxTokens())).size());
        assertEquals(2, pieces("w ".repeat(BOUNDS.maxTokens() + 1)).size());
    }

    @Test
    void cutsAfterTheBestBreakInTheSecondHalf() {
        // 199 words, a comma, 9 words, a semicolon, then more words than the bound allows
        String text = "w ".repeat(199) + ", " + "w ".repeat(9) + "; " + "w ".repeat(300);
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        int[] first = BOUNDS.pieces(text, tokens).get(0);
        Span last = tokens[first[first.length - 1]];
        assertEquals(";", last.getCoveredText(text).toString(), "the semicolon beats the comma");

        String commas = "w ".repeat(199) + ", " + "w ".repeat(400);
        Span[] t2 = SimpleTokenizer.INSTANCE.tokenizePos(commas);
        int[] p = BOUNDS.pieces(commas, t2).get(0);
        assertEquals(",", t2[p[p.length - 1]].getCoveredText(commas).toString());

        String none = "w ".repeat(600);
        assertEquals(BOUNDS.maxTokens(), pieces(none).get(0).length, "no break: cut at the bound");
    }

    @Test
    void anOverlongTokenIsLeftOutAndSplitsTheSentence() {
        String text = "before it " + "Ab".repeat(1_000_000) + " after it";
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        List<int[]> pieces = BOUNDS.pieces(text, tokens);
        assertEquals(2, pieces.size());
        for (int[] piece : pieces) {
            for (int i : piece) {
                assertTrue(tokens[i].length() <= BOUNDS.maxTokenChars());
            }
        }
    }

    @Test
    void aWideGapSplitsTheSentence() {
        String text = "left side" + " ".repeat(BOUNDS.maxGap() + 1) + "right side";
        assertEquals(2, pieces(text).size());
        assertEquals(1, pieces("left side" + " ".repeat(BOUNDS.maxGap()) + "right side").size());
    }

    @Test
    void theTextOfAPieceIsBounded() {
        String text = ("x".repeat(BOUNDS.maxTokenChars()) + " ".repeat(BOUNDS.maxGap())).repeat(2_000);
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        for (int[] piece : BOUNDS.pieces(text, tokens)) {
            int chars = tokens[piece[piece.length - 1]].getEnd() - tokens[piece[0]].getStart();
            assertTrue(chars <= BOUNDS.maxTokens() * (BOUNDS.maxTokenChars() + BOUNDS.maxGap()), "piece of " + chars);
        }
    }
}
