package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperTitleFinderTest {
    private static List<String> titles(String text) {
        return TokenizedSentences.found(new PaperTitleFinder(), text).stream()
                .filter(m -> m.type() == EntityType.PAPER).map(Mention::surface).toList();
    }

    @Test
    void aShortQuotedTitleWithAnAuthorYearCitationIsAPaper() {
        assertEquals(List.of("Sparse Voices"), titles("Wren follows \"Sparse Voices\" (Lind, 2020) closely."));
        assertEquals(List.of("Hearing in Noise"), titles("See \u201cHearing in Noise\u201d (Berg and Lind 2019)."));
    }

    @Test
    void wordsAboutALinkAreNoTitle() {
        org.junit.jupiter.api.Assertions.assertFalse(PaperTitleFinder.looksLikeTitle("Paper on ArXiv"));
        org.junit.jupiter.api.Assertions.assertFalse(PaperTitleFinder.looksLikeTitle("Read the Full Paper (PDF)"));
        org.junit.jupiter.api.Assertions.assertFalse(PaperTitleFinder.looksLikeTitle("Project Page and Code"));
        org.junit.jupiter.api.Assertions.assertTrue(PaperTitleFinder.looksLikeTitle("Sparse Voices for Small Radios"));
    }

    @Test
    void aShortQuotedTitleWhereAWorkIsPresentedIsAPaper() {
        assertEquals(List.of("Learning to Listen"), titles("Wren was first presented in \"Learning to Listen\"."));
    }

    @Test
    void shortQuotesWithoutACueAreNotPapers() {
        assertEquals(List.of(), titles("Wren was described in \"Getting Started\" below."));
        assertEquals(List.of(), titles("Click \"Learning to Listen\" to start."));
        // a quotation cited in prose is no title
        assertEquals(List.of(), titles("Some say \"data beats cleverness\" (Roe, 2019)."));
        assertEquals(List.of(), titles("The setup is described in \"Running Wren Offline\" below."));
    }
}
