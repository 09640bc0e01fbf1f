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
        assertTrue(Plausibility.codeIdentifier("GradientSolverOpt"));
        assertTrue(Plausibility.codeIdentifier("RandomUnderSampler"));
        assertTrue(Plausibility.codeIdentifier("WordEmbeddingVector"));
        assertTrue(Plausibility.codeIdentifier("QLSolver"));
        assertTrue(Plausibility.codeIdentifier("PolicyPGSolver"));
    }

    @Test
    void modelNamesGluedFromWordsAreNames() {
        assertFalse(Plausibility.codeIdentifier("AlphaGeometry"));
        assertFalse(Plausibility.codeIdentifier("MusicGen"));
        assertFalse(Plausibility.codeIdentifier("MobileNetV2"));
        assertFalse(Plausibility.codeIdentifier("GPTNeo"));
        assertFalse(Plausibility.codeIdentifier("DeepSeekCoder"));
        assertFalse(Plausibility.codeIdentifier("iPhone"));
        assertFalse(Plausibility.codeIdentifier("Stable Diffusion"));
    }

    @Test
    void aLicenceNamedLikeAnOrganization() {
        String text = "Released under the MIT licence.\nResearchers at MIT built it.";
        int first = text.indexOf("MIT");
        int second = text.indexOf("MIT", first + 1);
        assertTrue(Plausibility.licenceNear(text, Mention.of(first, first + 3, "MIT", EntityType.ORGANIZATION, 0.9, "t")));
        assertFalse(Plausibility.licenceNear(text, Mention.of(second, second + 3, "MIT", EntityType.ORGANIZATION, 0.9, "t")));
    }

    @Test
    void aSentenceOfNamesWithAVerbInLowerCaseIsProse() {
        Plausibility p = Plausibility.bundled();
        assertFalse(p.titleCase(TokenizedSentences.sentence("Lumen-3 was trained by Harbor Robotics and Vexar Labs.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH)));
        assertTrue(p.titleCase(TokenizedSentences.sentence("Scaling Sparse Experts Beyond Dense Transformers",
                org.aikg.ingest.read.Block.Kind.HEADING)));
        // small words stay in lower case in a title
        assertTrue(p.titleCase(TokenizedSentences.sentence("Learning Robust Policies from Noisy Human Feedback",
                org.aikg.ingest.read.Block.Kind.HEADING)));
    }
}
