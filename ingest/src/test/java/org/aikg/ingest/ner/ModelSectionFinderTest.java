package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.junit.jupiter.api.Test;

class ModelSectionFinderTest {
    /** The names the finder reads in the markdown {@code content}, in order. */
    private static List<String> found(String content) {
        AnnotatedDocument d = TokenizedSentences.blocks("README.md", content);
        List<String> out = new ArrayList<>();
        ModelSectionFinder finder = new ModelSectionFinder();
        for (Sentence s : d.sentences()) {
            finder.find(d, s).forEach(m -> out.add(m.surface()));
        }
        return out;
    }

    @Test
    void theItemsOfAListOfModelsOpenWithTheirNames() {
        assertEquals(List.of("corvid-7b-chat", "Heron-2", "Wrenfold 3", "Finch-XL", "SparrowNet Mini"), found("""
                # skyrelay

                ## Supported models

                - `corvid-7b-chat` (Quillon Labs)
                - Heron-2 by Vexar AI
                - Wrenfold 3 — the open model of Harbor Institute
                - **Finch-XL**: trained by the Talon Research team
                - SparrowNet Mini, for phones
                """));
        assertEquals(List.of("Heron-2", "Corvid 7B"), found("""
                ### Available LLMs
                * Heron-2
                * Corvid 7B - a small chat model
                """));
    }

    @Test
    void otherSectionsAndProseItemsNameNoModel() {
        // the heading says the list holds features, not models
        assertEquals(List.of(), found("""
                ## Features

                - Heron-2 support
                - Fast Tokenizer
                """));
        // a heading about training models is no list of them
        assertEquals(List.of(), found("""
                ## Training models

                - Heron-2 — see the guide
                """));
        // prose in a list of models names nothing
        assertEquals(List.of(), found("""
                ## Models

                - All models are cached locally.
                - The default model is picked at start.
                - faster loading (since 2.1)
                """));
    }

    @Test
    void settingsRecordsFilesAndNestedDetailsAreNoModels() {
        assertEquals(List.of("Heron-2"), found("""
                ## Supported models

                - Heron-2
                  - Context Window: 8K tokens
                  - Max Tokens: 4096
                - README.md
                - Order Line: one product in an order
                """));
    }

    @Test
    void aNameIsAFewWordsWrittenAsAName() {
        assertTrue(ModelSectionFinder.named("Heron-2"));
        assertTrue(ModelSectionFinder.named("corvid-7b-chat"));
        assertTrue(ModelSectionFinder.named("Wrenfold 3"));
        assertFalse(ModelSectionFinder.named("faster loading"));
        assertFalse(ModelSectionFinder.named("The default"));
        assertFalse(ModelSectionFinder.named("One Two Three Four Five"));
        assertFalse(ModelSectionFinder.named("LLMs"));
        // a kind of models, or one plain word, is no model's name here
        assertFalse(ModelSectionFinder.named("Vision Models"));
        assertFalse(ModelSectionFinder.named("Legacy"));
        assertTrue(ModelSectionFinder.named("WrenNet"));
    }
}
