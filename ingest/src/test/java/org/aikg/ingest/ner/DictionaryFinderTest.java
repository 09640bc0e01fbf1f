package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DictionaryFinderTest {
    @Test
    void aCaseSensitiveNameMatchesItsOwnShape() {
        assertTrue(DictionaryFinder.caseFits("CORVID", "CORVID", true));
        assertTrue(DictionaryFinder.caseFits("Wren", "Wren", true));
        assertFalse(DictionaryFinder.caseFits("wren", "Wren", true)); // the ordinary word
    }

    @Test
    void anAcronymWrittenAsAWordIsTheWord() {
        // a model named in capitals ("CORVID") is not the given name or the word written "Corvid"
        assertFalse(DictionaryFinder.caseFits("Corvid", "CORVID", true));
        assertTrue(DictionaryFinder.caseFits("Corvid", "CORVID", false));
    }
}
