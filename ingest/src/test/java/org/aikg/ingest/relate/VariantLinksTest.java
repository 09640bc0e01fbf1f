package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantLinksTest {
    private static final VariantLinks LINKS = new VariantLinks(List.of("chat", "instruct", "large", "mini"));

    @Test
    void sizesVersionsDatesAndTuningsAfterAFamilysNameMakeAVariant() {
        assertTrue(LINKS.variantSuffix("-7B"));          // Corvid-7B of Corvid
        assertTrue(LINKS.variantSuffix("-7B-Chat"));     // Corvid-7B-Chat of Corvid
        assertTrue(LINKS.variantSuffix(" 2 Instruct"));  // Corvid 2 Instruct of Corvid
        assertTrue(LINKS.variantSuffix("-8x7B"));        // a mixture of experts' size
        assertTrue(LINKS.variantSuffix("-30B-A3B"));     // its active parameters
        assertTrue(LINKS.variantSuffix(" v2.1"));
        assertTrue(LINKS.variantSuffix("-mini-2024-07-18"));
        assertTrue(LINKS.variantSuffix("_large"));
    }

    @Test
    void aNameThatGoesOnInAnotherWayIsNoVariant() {
        assertFalse(LINKS.variantSuffix("ian"));          // Corvidian
        assertFalse(LINKS.variantSuffix("2"));            // Corvid2: read as a name of its own
        assertFalse(LINKS.variantSuffix(" Labs"));        // Corvid Labs
        assertFalse(LINKS.variantSuffix("-Vision-Encoder"));
        assertFalse(LINKS.variantSuffix(" and Heron"));
        assertFalse(LINKS.variantSuffix(""));
    }
}
