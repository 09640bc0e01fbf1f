package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParentNamesTest {
    private static final ParentNames NAMES = new ParentNames(
            RuleBook.bundled().lexicon().getOrDefault("unit_name_end", List.of()));

    @Test
    void aUnitsNameIsItsParentsAndAUnitsWord() {
        assertTrue(NAMES.unitSuffix(" Research")); // "Velto Research" of "Velto"
        assertTrue(NAMES.unitSuffix(" AI Lab"));
        assertTrue(NAMES.unitSuffix(" Noah's Ark Lab"));
        assertTrue(NAMES.unitSuffix(" AI"));
    }

    @Test
    void otherNamesThatOpenWithTheParentsAreNot() {
        assertFalse(NAMES.unitSuffix("ic Labs")); // "Veltonic Labs": another word
        assertFalse(NAMES.unitSuffix(" Cloud Platform")); // a product
        assertFalse(NAMES.unitSuffix(" and Quillon Labs")); // two organizations
        assertFalse(NAMES.unitSuffix(" University of Oslo Institute"));
        assertFalse(NAMES.unitSuffix(""));
        assertFalse(NAMES.unitSuffix(" Cloud's AI")); // the AI of something, not a unit's name
    }

    @Test
    void twoNamesOfOneOrganizationAreNoUnitAndParent() {
        assertTrue(ParentNames.aliasGap(", also known as ")); // "Velto Labs, also known as Velto"
        assertTrue(ParentNames.aliasGap(" (")); // "Velto Research (Velto)"
        assertTrue(ParentNames.aliasGap(", formerly ")); // "Velto, formerly Velto AI Lab"
        assertTrue(ParentNames.aliasGap(" (a.k.a. \""));
        assertTrue(ParentNames.aliasGap(", now called "));
        assertTrue(ParentNames.aliasGap(" or "));
        assertFalse(ParentNames.aliasGap(", a unit of ")); // "Velto Research, a unit of Velto"
        assertFalse(ParentNames.aliasGap(" (part of "));
        assertFalse(ParentNames.aliasGap(" built it, "));
        assertFalse(ParentNames.aliasGap(", "));
    }
}
