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
        // a verb of using or judging: the models are others'
        assertFalse(SectionMakers.makerHeading("ORG benchmarked models"));
        assertFalse(SectionMakers.makerHeading("ORG evaluated LLMs"));
        assertFalse(SectionMakers.makerHeading("ORG uses models"));
        assertFalse(SectionMakers.makerHeading("ORG's favourite models"));
        // a verb of making keeps the heading a maker's
        assertTrue(SectionMakers.makerHeading("ORG released models"));
        assertTrue(SectionMakers.makerHeading("ORG fine-tuned models"));
        // a family's name that ends in "ed" is no participle
        assertTrue(SectionMakers.makerHeading("ORG Seed models"));
        assertTrue(SectionMakers.makerHeading("ORG Embed models"));
    }

    /** The offsets of each of {@code names} in {@code text}, in order. */
    private static java.util.List<int[]> spans(String text, String... names) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int after = 0;
        for (String n : names) {
            int at = text.indexOf(n, after);
            out.add(new int[] {at, at + n.length()});
            after = at + n.length();
        }
        return out;
    }

    @Test
    void aLineThatListsAMakersModelsAfterAColon() {
        String t = "Velto Labs models: Corvid-7B, Corvid-13B and Corvid-Chat.";
        assertTrue(SectionMakers.inlineShape(t, 0, 10, spans(t, "Corvid-7B", "Corvid-13B", "Corvid-Chat")));
        String p = "Open models from Velto Labs: Corvid-7B, Corvid-13B";
        assertTrue(SectionMakers.inlineShape(p, 17, 27, spans(p, "Corvid-7B", "Corvid-13B")));
    }

    @Test
    void aLineWithMoreThanNamesAfterItsColonIsNot() {
        String t = "Velto Labs models: Corvid-7B beats Heron-2 on most tasks.";
        assertFalse(SectionMakers.inlineShape(t, 0, 10, spans(t, "Corvid-7B", "Heron-2")));
        String u = "Velto Labs supported models: Corvid-7B, Heron-2.";
        assertFalse(SectionMakers.inlineShape(u, 0, 10, spans(u, "Corvid-7B", "Heron-2"))); // a host's list
        String w = "Velto Labs benchmarked models: Corvid-7B, Heron-2.";
        assertFalse(SectionMakers.inlineShape(w, 0, 10, spans(w, "Corvid-7B", "Heron-2")));
        String v = "Velto Labs news: Corvid-7B, Heron-2.";
        assertFalse(SectionMakers.inlineShape(v, 0, 10, spans(v, "Corvid-7B", "Heron-2")));
    }
}
