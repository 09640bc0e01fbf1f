package org.aikg.ingest.pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token pattern language on its own (the rule and cue books test it on their examples). */
class TokenPatternTest {
    private static final Map<String, List<String>> LEXICON = Map.of("verb", List.of("launches", "rolls out"));

    @Test
    void wordsLexiconPhrasesAndRepetition() {
        TokenPattern p = TokenPattern.compile("the? @verb (its | their)? new*", LEXICON);
        assertTrue(p.matches(TokenPattern.join(List.of("rolls", "out", "its", "new"))));
        assertTrue(p.matches(TokenPattern.join(List.of("The", "launches"))));
        assertFalse(p.matches(TokenPattern.join(List.of("launched", "its"))));
    }

    @Test
    void aTypeInAnglesMatchesOnlyTheTokenAFoundNameOfThatTypeIsWrittenAs() {
        TokenPattern p = TokenPattern.compile("<organization> @verb", LEXICON);
        assertTrue(p.readsMentions());
        assertTrue(p.matchesSuffix(TokenPattern.join(List.of("then", TokenPattern.mention("organization"), "launches"))));
        assertFalse(p.matchesSuffix(TokenPattern.join(List.of(TokenPattern.mention("person"), "launches"))));
        // the words of a name are no typed token, whatever they say
        assertFalse(p.matchesSuffix(TokenPattern.join(List.of("<", "organization", ">", "launches"))));
        assertFalse(TokenPattern.compile("@verb", LEXICON).readsMentions());
    }

    @Test
    void aHashIsOneTokenThatOpensWithADigit() {
        TokenPattern p = TokenPattern.compile("copyright (# | -){0,3} by?", LEXICON);
        assertTrue(p.matches(TokenPattern.join(List.of("Copyright", "2003", "-", "2008"))));
        assertTrue(p.matches(TokenPattern.join(List.of("Copyright", "2019", "by"))));
        assertFalse(p.matches(TokenPattern.join(List.of("Copyright", "and"))));
    }

    @Test
    void anUnclosedTypeIsRefusedWithItsColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenPattern.compile("by <organization", LEXICON));
        assertTrue(e.getMessage().startsWith("column 4 "), e.getMessage());
    }
}
