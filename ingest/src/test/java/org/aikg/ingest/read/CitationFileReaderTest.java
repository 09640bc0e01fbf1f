package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CITATION.cff files: authors named as people are, affiliations, and the cited paper as a reference entry. */
class CitationFileReaderTest {
    private static final String CFF = """
            # how to cite this package
            cff-version: 1.2.0
            message: "Please cite the paper below."
            title: "Kestrel: fast speech alignment"
            authors:
              - family-names: Lind
                given-names: Ana
                affiliation: University of Oslo
              - family-names: Vries
                name-particle: de
                given-names: Omar
                affiliation: "Velto Labs, Lisbon"
              - name: "The Kestrel Team"
            preferred-citation:
              type: article
              title: "Kestrel: Forced Alignment with Tiny Transducers"
              authors:
                - family-names: Lind
                  given-names: Ana
                - family-names: Berg
                  given-names: Tomas
                  affiliation: Harbor University
              journal: "Journal of Speech Tools"
              year: 2023
              doi: 10.48550/arXiv.2301.01234
            """;


    @Test
    void isPickedByItsFirstKeyAfterComments() {
        assertTrue(CitationFileReader.looksLikeCff(CFF));
        assertTrue(DocumentReaders.readerFor(CFF) instanceof CitationFileReader);
        assertTrue(!CitationFileReader.looksLikeCff("title: Kestrel\ncff-version: 1.2.0\n"));
    }

    @Test
    void authorsAreNamedGivenNameFirstWithTheirAffiliations() {
        Document d = DocumentReaders.parse(Path.of("CITATION.cff"), CFF);
        List<String> items = Texts.texts(d, Block.Kind.LIST_ITEM);
        assertEquals(List.of("Ana Lind (University of Oslo)", "Omar de Vries (Velto Labs, Lisbon)", "The Kestrel Team",
                "Tomas Berg (Harbor University)"), items);
        assertEquals(List.of("Kestrel: fast speech alignment"), Texts.texts(d, Block.Kind.HEADING));
        // one phrase is an organization by construction; "Velto Labs, Lisbon" is left to the name finders
        assertEquals(List.of("University of Oslo", "Harbor University"), Texts.marked(d, Link.AFFILIATION_MARK));
    }

    @Test
    void theCitedPaperIsAReferenceEntryWithItsArxivId() {
        Document d = DocumentReaders.parse(Path.of("CITATION.cff"), CFF);
        assertEquals(List.of("Ana Lind, Tomas Berg. Kestrel: Forced Alignment with Tiny Transducers. Journal of Speech Tools, "
                + "2023. arXiv:2301.01234."), Texts.texts(d, Block.Kind.REFERENCE));
        assertTrue(d.links().stream().anyMatch(l -> l.url().equals("https://arxiv.org/abs/2301.01234")));
        assertEquals(List.of("Ana Lind", "Omar de Vries", "Ana Lind", "Tomas Berg", "Tomas Berg"), Texts.marked(d, Link.AUTHOR_MARK));
    }

    @Test
    void everyValueMapsToItsLineAndOffsetsNeverGoBack() {
        Document d = DocumentReaders.parse(Path.of("CITATION.cff"), CFF);
        int berg = d.text().indexOf("Tomas Berg");
        assertEquals(CFF.indexOf("Berg"), d.originalOffset(berg), "a person maps to the start of their entry");
        int journal = d.text().indexOf("Journal of Speech Tools");
        assertEquals(CFF.indexOf("Journal of Speech Tools"), d.originalOffset(journal));
        for (int i = 1; i <= d.text().length(); i++) {
            assertTrue(d.originalOffset(i) >= d.originalOffset(i - 1), "offset goes back at " + i);
        }
    }

    @Test
    void aFileThatIsNotYamlIsReadAsText() {
        String broken = "cff-version: 1.2.0\ntitle: [unclosed\nauthors: Ana Lind\n";
        Document d = DocumentReaders.parse(Path.of("CITATION.cff"), broken);
        assertTrue(d.text().contains("Ana Lind"), d.text());
    }
}
