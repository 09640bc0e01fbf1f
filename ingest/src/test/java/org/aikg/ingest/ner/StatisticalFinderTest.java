package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.Token;
import org.junit.jupiter.api.Test;

class StatisticalFinderTest {
    /** Tokens of a space-separated sentence; tags say proper noun for capitalized words. */
    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            out.add(new Token(at, at + w.length(), w, Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void sentencesWithoutNameLikeTokensSkipTheModel() {
        assertFalse(StatisticalFinder.mayHoldAName(tokens("The model was trained on more data .")));
        assertFalse(StatisticalFinder.mayHoldAName(tokens("we tried it again")));
        assertTrue(StatisticalFinder.mayHoldAName(tokens("Quillbrook trained a model .")));
        assertTrue(StatisticalFinder.mayHoldAName(tokens("The model from Quillbrook works .")));
        assertFalse(StatisticalFinder.mayHoldAName(tokens("the gpt - 4o model")));
    }

    @Test
    void implausibleNamesAreDropped() {
        List<Token> t = tokens("I think State of the art is Zorblax - 7 now");
        assertFalse(StatisticalFinder.plausible(t, 0, 1, EntityType.PERSON), "a pronoun");
        assertFalse(StatisticalFinder.plausible(t, 2, 4, EntityType.ORGANIZATION), "ends in a function word");
        assertTrue(StatisticalFinder.plausible(t, 7, 10, EntityType.MODEL));
        assertFalse(StatisticalFinder.plausible(tokens("a paper on Zorbs"), 3, 4, EntityType.PAPER), "one-word title");
    }

    @Test
    void aPersonEndsInAWordAndOneNameHasNoSpacedSlash() {
        assertFalse(StatisticalFinder.plausible(tokens("it needs the SoundCard APIs here"), 3, 5, EntityType.PERSON));
        assertFalse(StatisticalFinder.plausible(tokens("Agent Smith 2 returns"), 0, 3, EntityType.PERSON));
        assertTrue(StatisticalFinder.plausible(tokens("ask Mei Okafor now"), 1, 3, EntityType.PERSON));
        List<Token> pair = tokens("run Corvid 7B / Sparrow 7B locally");
        assertFalse(StatisticalFinder.plausible(pair, 1, 6, EntityType.MODEL));
        assertTrue(StatisticalFinder.plausible(pair, 1, 3, EntityType.MODEL));
    }

    @Test
    void anAcronymInThePluralIsAClassOfModels() {
        assertTrue(Lexicon.genericModel("VLMs"));
        assertTrue(Lexicon.genericModel("GANs"));
        assertFalse(Lexicon.genericModel("GPT-4"));
        assertFalse(Lexicon.genericModel("Falcons"));
    }
}
