package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamedAfterTest {
    private final NamedAfter names = new NamedAfter(RuleBook.bundled());

    @Test
    void aWordOrAffixOfItsOwnDerives() {
        assertTrue(names.derivedFrom("DistilBERT", "BERT"));
        assertTrue(names.derivedFrom("Code Llama", "Llama"));
        assertTrue(names.derivedFrom("Med-PaLM 2", "PaLM"));
        assertTrue(names.derivedFrom("Vision Transformer", "Transformer"));
        assertTrue(names.derivedFrom("Corvid-Chemistry", "Corvid"));
    }

    @Test
    void versionsSizesAndVariantsDoNot() {
        assertFalse(names.derivedFrom("Llama 2 70B", "Llama 2"));
        assertFalse(names.derivedFrom("Gemini Pro", "Gemini"));
        assertFalse(names.derivedFrom("GPT-4 Turbo", "GPT-4"));
        assertFalse(names.derivedFrom("GPT-35", "GPT-3"));
        assertFalse(names.derivedFrom("Corvid v2.1", "Corvid"));
        assertFalse(names.derivedFrom("T5", "T"), "a base of fewer than three letters is too ambiguous");
    }
}
