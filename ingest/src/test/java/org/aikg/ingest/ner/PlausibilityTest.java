package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlausibilityTest {
    @Test
    void identifiersOfCodeAreNotNames() {
        assertTrue(Plausibility.codeIdentifier("FunctionCall"));
        assertTrue(Plausibility.codeIdentifier("HTMLVideoElement"));
        assertTrue(Plausibility.codeIdentifier("InferenceClientInputError"));
        assertTrue(Plausibility.codeIdentifier("quantBytes=1"));
        assertTrue(Plausibility.codeIdentifier("modelUrl"));
        // the types an API takes or returns
        assertTrue(Plausibility.codeIdentifier("HandSegmentation"));
        assertTrue(Plausibility.codeIdentifier("PixelData"));
        assertTrue(Plausibility.codeIdentifier("DecoderSession"));
        assertTrue(Plausibility.codeIdentifier("SpanningTree"));
    }

    @Test
    void modelNamesGluedFromWordsAreNames() {
        assertFalse(Plausibility.codeIdentifier("AlphaGeometry"));
        assertFalse(Plausibility.codeIdentifier("MusicGen"));
        assertFalse(Plausibility.codeIdentifier("MobileNetV2"));
        assertFalse(Plausibility.codeIdentifier("DeepSeekCoder"));
        assertFalse(Plausibility.codeIdentifier("iPhone"));
        assertFalse(Plausibility.codeIdentifier("Stable Diffusion"));
    }
}
