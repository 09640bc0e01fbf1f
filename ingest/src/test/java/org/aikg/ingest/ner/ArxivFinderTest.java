package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.DocumentReaders;
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

    /** The papers (as "surface|title") found in each reference entry of a markdown document. */
    private static List<String> papers(String markdown) {
        Document d = DocumentReaders.parse(Path.of("t.md"), markdown);
        List<Sentence> sentences = d.blocks().stream().filter(b -> b.kind() != Block.Kind.HEADING)
                .map(b -> new Sentence(0, b.start(), b.end(), d.text().substring(b.start(), b.end()), List.of(), b.kind()))
                .toList();
        AnnotatedDocument doc = new AnnotatedDocument(d, sentences);
        return sentences.stream().flatMap(s -> new ArxivFinder().find(doc, s).stream())
                .map(m -> m.surface() + "|" + m.title()).toList();
    }

    @Test
    void aLinkThatIsAWholeReferenceEntryIsAPapersTitle() {
        assertEquals(List.of("Sparse Decoders for Small Radios|Sparse Decoders for Small Radios"),
                papers("# Papers\n\n[Sparse Decoders for Small Radios](https://lab.example/pubs/42)\n"));
        // outside a reference list, or with words around it, a link to some page is no paper
        assertEquals(List.of(), papers("# Notes\n\n[Sparse Decoders for Small Radios](https://lab.example/pubs/42)\n"));
        assertEquals(List.of(), papers("# Papers\n\nSee [Sparse Decoders for Small Radios](https://lab.example/pubs/42) for more.\n"));
        // a page of a team, a blog, a model's weights: not where papers are kept
        assertEquals(List.of(), papers("# References\n\n- [Velto Labs Research Team](https://velto.example/team)\n"));
        assertEquals(List.of(), papers("# References\n\n- [Corvid-7 Model Weights](https://hub.example/velto/corvid-7)\n"));
    }

    @Test
    void aLinkTextEndingWithAYearIsAnEntryNotATitle() {
        assertEquals(List.of("A. Lind, T. Berg, Sparse Decoders for Small Radios, RADIO, 2019|null"),
                papers("# References\n\n- [A. Lind, T. Berg, Sparse Decoders for Small Radios, RADIO, 2019](https://arxiv.org/abs/1901.00001)\n"));
    }
}
