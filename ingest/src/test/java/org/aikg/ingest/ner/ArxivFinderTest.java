package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArxivFinderTest {
    @Test
    void arxivAndItsMirrorsNameAPaperByItsId() {
        assertEquals("2204.02311", ArxivFinder.idInUrl("https://arxiv.org/abs/2204.02311v2"));
        assertEquals("2204.02311", ArxivFinder.idInUrl("https://arxiv.org/pdf/2204.02311.pdf"));
        assertEquals("2302.10866", ArxivFinder.idInUrl("https://huggingface.co/papers/2302.10866"));
        assertEquals("2409.17146", ArxivFinder.idInUrl("https://www.alphaxiv.org/abs/2409.17146"));
        assertEquals("1706.03762", ArxivFinder.idInUrl("https://ar5iv.labs.arxiv.org/html/1706.03762"));
        assertEquals("1706.03762", ArxivFinder.idInUrl("https://ar5iv.org/abs/1706.03762"));
    }

    @Test
    void otherPagesOnThoseSitesAreNotPapers() {
        assertNull(ArxivFinder.idInUrl("https://huggingface.co/papers"));
        assertNull(ArxivFinder.idInUrl("https://huggingface.co/models/2302.10866-test"));
        assertNull(ArxivFinder.idInUrl("https://example.com/2302.10866"));
        assertNull(ArxivFinder.idInUrl("https://huggingface.co/papers/230.210866"));
    }
}
