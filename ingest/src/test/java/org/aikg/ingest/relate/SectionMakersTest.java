package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionMakersTest {
    @Test
    void headingsThatIntroduceAMakersModels() {
        assertTrue(SectionMakers.makerHeading("ORG models"));
        assertTrue(SectionMakers.makerHeading("## ORG Models"));
        assertTrue(SectionMakers.makerHeading("ORG's open-weight LLMs"));
        assertTrue(SectionMakers.makerHeading("The ORG model family"));
        assertTrue(SectionMakers.makerHeading("Models from ORG"));
        assertTrue(SectionMakers.makerHeading("Chat models released by ORG:"));
    }

    @Test
    void otherHeadingsAreNot() {
        assertFalse(SectionMakers.makerHeading("ORG"));
        assertFalse(SectionMakers.makerHeading("Why ORG models fail at arithmetic"));
        assertFalse(SectionMakers.makerHeading("Comparing our models with ORG"));
        assertFalse(SectionMakers.makerHeading("Models we tested against ORG models and others"));
        assertFalse(SectionMakers.makerHeading("ORG news"));
        assertFalse(SectionMakers.makerHeading("ORG supported models")); // a host's list, not a maker's
        assertFalse(SectionMakers.makerHeading("ORG hosted LLMs"));
    }
}
