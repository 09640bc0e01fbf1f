package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R packages' CITATION files: bibentry() and citEntry() calls read as reference entries. */
class RCitationReaderTest {
    private static final String CITATION = """
            # how to cite the wrenfit package
            citHeader("To cite wrenfit in publications use:")
            year <- sub("-.*", "", meta$Date)
            vol <- "12"

            bibentry(bibtype = "Article",
              title = "{wrenfit}: Gradient Boosted Speech Alignment",
              author = c(person("Ana", "Lind", email = "ana@example.org", comment = c(ORCID = "0000-0000")),
                         person(given = c("Tomas", "J."), family = "Berg"),
                         person("Mei", "Okafor", role = c("aut", "cre"))),
              journal = "Journal of Speech Tools",
              year = 2021L,
              volume = vol,
              textVersion = paste("Ana Lind, Tomas J. Berg, Mei Okafor (2021).",
                                  "wrenfit: Gradient Boosted Speech Alignment."))

            bibentry("Manual",
              title = paste0("wrenfit: Alignment Tools, R package version ", meta$Version),
              author = "Omar de Vries and Lind, Ana",
              year = year)

            citEntry(entry = "InProceedings",
              title = "Sparse Alignment with Tiny Transducers",
              author = as.person("Kofi Mensah and Ana Lind [aut]"),
              booktitle = "Proceedings of the Workshop on Speech Tools",
              url = "https://arxiv.org/abs/2301.01234",
              year = "2023")
            """;


    @Test
    void isPickedWhenTheFileIsRCodeCallingBibentry() {
        assertTrue(RCitationReader.looksLikeRCitation(CITATION));
        assertTrue(DocumentReaders.readerFor(CITATION) instanceof RCitationReader);
        assertTrue(RCitationReader.looksLikeRCitation("refs = c(bibentry(\"Article\", title = \"X\"))\n"));
        // a README that shows a bibentry() call is no citation file
        assertFalse(RCitationReader.looksLikeRCitation("# wrenfit\n\nCite it:\n\n```r\nbibentry(\"Article\")\n```\n"));
    }

    @Test
    void eachEntryIsAReferenceWithItsAuthorsNamedGivenNameFirst() {
        Document d = DocumentReaders.parse(Path.of("CITATION"), CITATION);
        assertEquals(List.of("To cite wrenfit in publications use:"), Texts.texts(d, Block.Kind.PARAGRAPH));
        assertEquals(List.of(
                "Ana Lind, Tomas J. Berg, Mei Okafor. wrenfit: Gradient Boosted Speech Alignment. Journal of Speech Tools, 2021.",
                "Omar de Vries, Ana Lind. wrenfit: Alignment Tools, R package version.",
                "Kofi Mensah, Ana Lind. Sparse Alignment with Tiny Transducers. Proceedings of the Workshop on Speech Tools, 2023. arXiv:2301.01234."),
                Texts.texts(d, Block.Kind.REFERENCE));
        assertEquals(List.of("Ana Lind", "Tomas J. Berg", "Mei Okafor", "Omar de Vries", "Ana Lind", "Kofi Mensah", "Ana Lind"),
                Texts.marked(d, Link.AUTHOR_MARK));
        // an article is a paper; a manual is the software's own page
        assertEquals(List.of("wrenfit: Gradient Boosted Speech Alignment"), Texts.marked(d, Link.TITLE_MARK));
        assertEquals(List.of("Sparse Alignment with Tiny Transducers"), Texts.marked(d, "https://arxiv.org/abs/2301.01234"));
    }

    @Test
    void valuesMapToWhereTheFileWritesThem() {
        Document d = DocumentReaders.parse(Path.of("CITATION"), CITATION);
        String text = d.text();
        int journal = text.indexOf("Journal of Speech Tools");
        assertEquals(CITATION.indexOf("Journal of Speech Tools"), d.originalOffset(journal));
        int author = text.indexOf("Mei Okafor");
        assertEquals(CITATION.indexOf("\"Mei\"") + 1, d.originalOffset(author));
    }

    @Test
    void rCodeWithoutAnEntryIsReadAsText() {
        Document d = new RCitationReader().read(Path.of("CITATION"), "x <- 1\nprint(\"Wren\")\n");
        assertEquals("x <- 1 print(\"Wren\")", d.text().strip());
    }

    @Test
    void hostileCodeIsReadWithoutOverflowOrEndlessLoops() {
        String deep = "bibentry(\"Article\", title = \"Wren\", note = " + "(".repeat(200_000) + "\n";
        assertTrue(new RCitationReader().read(Path.of("CITATION"), deep).text().contains("Wren"));
        String nested = "bibentry(\"Article\", title = \"Wren\", author = " + "c(".repeat(5_000) + "person(\"Ana\", \"Lind\")"
                + ")".repeat(5_000) + ")\n";
        new RCitationReader().read(Path.of("CITATION"), nested);
        String unary = "bibentry(\"Article\", title = \"Wren\", year = " + "-".repeat(100_000) + "1)\n";
        assertTrue(new RCitationReader().read(Path.of("CITATION"), unary).text().contains("Wren"));
        // variables defined by themselves
        String self = "a <- person(\"Ana\", \"Lind\")\na <- c(a, person(\"Tomas\", \"Berg\"))\nt <- \"x\"\nt <- paste(t, \"y\")\n"
                + "bibentry(\"Article\", title = t, author = a)\n";
        new RCitationReader().read(Path.of("CITATION"), self);
        // an unclosed string ends with the file
        new RCitationReader().read(Path.of("CITATION"), "bibentry(\"Article\", title = \"Wren");
    }

    @Test
    void manyBlankLinesAreOnePass() {
        String blank = "\n".repeat(50_000) + "x <- 1\n" + "\n".repeat(50_000) + "print(x)\n";
        assertFalse(RCitationReader.looksLikeRCitation(blank));
        assertFalse(CitationFileReader.looksLikeCff("\n".repeat(4_000) + "title: x\n"));
        assertTrue(RCitationReader.looksLikeRCitation("\n".repeat(4_000) + "bibentry(\"Article\", title = \"X\")\n"));
    }

    @Test
    void anArxivIdWithFourDigitsAfterTheDotAndNotesInFileOrder() {
        String c = "citHeader(\"Cite as:\")\nbibentry(\"Article\", title = \"Wren Speech\", author = \"Ana Lind\", eprint = \"1412.6980\")\n"
                + "citFooter(\"Thanks.\")\n";
        Document d = new RCitationReader().read(Path.of("CITATION"), c);
        assertEquals(List.of("Wren Speech"), Texts.marked(d, "https://arxiv.org/abs/1412.6980"));
        assertTrue(d.text().indexOf("Cite as:") < d.text().indexOf("Wren Speech"));
        assertTrue(d.text().indexOf("Wren Speech") < d.text().indexOf("Thanks."));
        // a title written before the authors maps to where the file writes the entry, not to the footer
        int title = d.text().indexOf("Wren Speech");
        assertTrue(d.originalOffset(title) < c.indexOf("citFooter"), String.valueOf(d.originalOffset(title)));
        assertEquals("Corvid & Wren", RCitationReader.clean("\\emph{Corvid} \\& Wren"));
    }
}
