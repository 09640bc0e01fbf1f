package org.aikg.ingest.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.DocumentReaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the real models: no sentence given to the tagger (every sentence of the result is tagged as one
 * sequence) exceeds the bound, however the text is shaped. Counted, never timed.
 */
class SentenceBoundsIT {
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = Annotator.load();
    }

    private static AnnotatedDocument annotate(String text) {
        Document d = DocumentReaders.parse(Path.of("hostile.txt"), text);
        return annotator.annotate(d);
    }

    @Test
    void sixtyFourThousandTokensWithoutABreakAreTaggedInBoundedPieces() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"the", "lab", "trained", "a", "model", "on", "text", "and", "code"};
        for (int i = 0; i < 64_000; i++) {
            sb.append(words[i % words.length]).append(' ');
        }
        AnnotatedDocument a = annotate(sb.toString());
        int n = SentenceBounds.DEFAULT.maxTokens();
        assertTrue(a.sentences().size() >= 64_000 / n, "sentences: " + a.sentences().size());
        int tokens = 0;
        for (Sentence s : a.sentences()) {
            assertTrue(s.tokens().size() <= n, "a sentence of " + s.tokens().size() + " tokens");
            assertEquals(s.text(), a.text().substring(s.start(), s.end()));
            tokens += s.tokens().size();
        }
        assertEquals(64_000, tokens, "no token lost");
    }

    @Test
    void aTwoMegabyteTokenReachesNoSentence() {
        AnnotatedDocument a = annotate("Before it. " + "Zq".repeat(1_000_000) + " After it.");
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertTrue(t.text().length() <= SentenceBounds.DEFAULT.maxTokenChars(), "a token of " + t.text().length());
            }
        }
        assertEquals(List.of("Before", "it", ".", "After", "it", "."),
                a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList());
    }

    @Test
    void ordinarySentencesAreLeftWhole() {
        AnnotatedDocument a = annotate("The lab released a model in May. It was trained on public data, the post says.");
        assertEquals(2, a.sentences().size());
        assertEquals("It was trained on public data, the post says.", a.sentences().get(1).text());
    }
}
