package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlausibilityTest {
    private static final Set<String> LOWER = Set.of("semantic", "part", "segmentation", "deep", "music");

    @Test
    void identifiersOfCodeAreNotNames() {
        assertTrue(Plausibility.codeIdentifier("FunctionCall", LOWER));
        assertTrue(Plausibility.codeIdentifier("HTMLVideoElement", LOWER));
        assertTrue(Plausibility.codeIdentifier("InferenceClientInputError", LOWER));
        assertTrue(Plausibility.codeIdentifier("quantBytes=1", LOWER));
        assertTrue(Plausibility.codeIdentifier("modelUrl", LOWER));
    }

    @Test
    void modelNamesGluedFromWordsAreNames() {
        assertFalse(Plausibility.codeIdentifier("AlphaGeometry", LOWER));
        assertFalse(Plausibility.codeIdentifier("MusicGen", LOWER));
        assertFalse(Plausibility.codeIdentifier("MobileNetV2", LOWER));
        assertFalse(Plausibility.codeIdentifier("DeepSeekCoder", LOWER));
        assertFalse(Plausibility.codeIdentifier("SemanticPartSegmentation", LOWER)); // a class, or a model's name
        assertFalse(Plausibility.codeIdentifier("iPhone", LOWER));
        assertFalse(Plausibility.codeIdentifier("Stable Diffusion", LOWER));
    }
}
