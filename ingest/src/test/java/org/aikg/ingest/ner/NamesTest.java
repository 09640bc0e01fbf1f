package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keysAsNormalizationDefinesThem() {
        assertEquals("dalle2", Names.key("DALL-E 2"));
        assertEquals("dalle2", Names.key("DALL·E 2"));
        assertEquals("fabio", Names.key("Fábio"));
        assertEquals("", Names.key("--"));
        assertEquals("", Names.key(""));
    }

    @Test
    void theAsciiPathGivesTheKeyOfTheDefinitionForEveryCharacterAndRandomText() {
        for (char c = 0; c < 0x80; c++) {
            assertEquals(Names.unicodeKey(String.valueOf(c)), Names.key(String.valueOf(c)), "char " + (int) c);
        }
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // mostly ASCII, now and then a letter that takes the Unicode path
                s.append(random.nextInt(20) == 0 ? "éÅßﬁ²Ł·".charAt(random.nextInt(7)) : (char) random.nextInt(0x80));
            }
            assertEquals(Names.unicodeKey(s), Names.key(s), s.toString());
        }
    }
}
