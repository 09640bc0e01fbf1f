package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    static final String SAMPLE = String.join("\n",
            "Short Title Here",
            "",
            "This paragraph is wrapped",
            "across three lines of text",
            "and ends here.",
            "",
            "- a bullet point",
            "\u2022 another bullet",
            "1. numbered point",
            "",
            "More at https://example.com/x_y. Done **not markup** here.",
            "");

    private final PlainTextReader reader = new PlainTextReader();

    private Document read(String content) {
        Document d = reader.read(Path.of("t.txt"), content);
        Texts.assertOffsetsHold(d);
        Texts.assertBlocksSeparated(d);
        return d;
    }

    @Test
    void paragraphsHeadingsAndLists() {
        Document d = read(SAMPLE);
        assertEquals(Format.TEXT, d.format());
        assertEquals(Optional.of("Short Title Here"), d.metadata().title());
        assertEquals(List.of("Short Title Here"), Texts.texts(d, Block.Kind.HEADING));
        assertEquals(List.of("This paragraph is wrapped across three lines of text and ends here.",
                "More at https://example.com/x_y. Done **not markup** here."), Texts.texts(d, Block.Kind.PARAGRAPH));
        assertEquals(List.of("a bullet point", "another bullet", "numbered point"), Texts.texts(d, Block.Kind.LIST_ITEM));
    }

    @Test
    void anIndentedEntryUnderALineEndingWithAColonIsABlockOfItsOwn() {
        String intro = "Sparrow counts birds from their songs and was written for field work in the\n"
                + "northern marshes; if you use it in your research, please cite the paper below:\n";
        String entry = "    Lind A, Berg T, Okafor N. Counting birds from their songs with small networks.\n"
                + "    Bird Informatics. 2020;3(2):1-9, the second line of the same entry.\n";
        Document d = read(intro + entry);
        assertEquals(2, d.blocks().size());
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).get(1).startsWith("Lind A, Berg T"));
        // a colon with the next line at the same margin goes on as one paragraph
        assertEquals(1, read(intro + entry.replace("    ", "")).blocks().size());
        // back at the margin, the entry has ended
        String thanks = "Thanks to Mei Okafor for the recordings that the tests of this release were run on, all of them.\n";
        Document after = read(intro + entry + thanks);
        assertEquals(3, after.blocks().size());
        // an indented line that goes on in lower case continues the sentence
        assertEquals(1, read(intro + "    the paper that describes the decoder, printed in the proceedings of 2020.\n").blocks().size());
    }

    @Test
    void bareUrlsAreLinksSpanningTheUrl() {
        Document d = read(SAMPLE);
        assertEquals(List.of("https://example.com/x_y -> https://example.com/x_y"), Texts.linkTexts(d));
        Link link = d.links().get(0);
        Document.Span span = d.originalSpan(link.start(), link.end());
        assertEquals("https://example.com/x_y", d.original().substring(span.start(), span.end()));
        Document parens = read("see (https://example.com/a_(b)).");
        assertEquals(List.of("https://example.com/a_(b) -> https://example.com/a_(b)"), Texts.linkTexts(parens));
    }

    @Test
    void titleIsEmptyWhenFirstLineIsASentenceOrLong() {
        assertEquals(Optional.empty(), read("This first line is a sentence.\n\nMore.").metadata().title());
        assertEquals(Optional.empty(), read("x".repeat(130) + "\n\nMore.").metadata().title());
    }

    @Test
    void oneParagraphPerLineTextKeepsLinesApart() {
        String longA = "The first long paragraph talks about models at length " + "and goes on ".repeat(12) + "until it ends.";
        String longB = "The second long paragraph is also written on a single line " + "with more words ".repeat(10) + "here.";
        Document d = read("A Section Name\n" + longA + "\n" + longB + "\nShort closing remark\n");
        assertEquals(List.of("A Section Name", longA, longB, "Short closing remark"),
                d.blocks().stream().map(d::textOf).toList());
    }

    @Test
    void referencesUnderAReferencesLine() {
        Document d = read("Body text here.\n\nReferences:\n\nA. Person. 2020. Thing.\n\n[2] B. Person. 2021. Other.\n");
        assertEquals(List.of("References:"), Texts.texts(d, Block.Kind.HEADING));
        assertEquals(List.of("A. Person. 2020. Thing.", "[2] B. Person. 2021. Other."), Texts.texts(d, Block.Kind.REFERENCE));
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains("Body text here."));
    }

    @Test
    void aBibtexEntryIsOneReferenceReadAsItsFields() {
        Document d = read("Please cite:\n\n@inproceedings{lind2014,\n  author = {Ana Lind and Tomas Berg},\n"
                + "  title = {Bundle Adjustment on Sparse Graphs},\n  year = {2014}\n}\n\nThanks.\n");
        assertEquals(List.of("Ana Lind, Tomas Berg. Bundle Adjustment on Sparse Graphs."), Texts.texts(d, Block.Kind.REFERENCE));
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains("Thanks."));
        // an address with an "@" and a brace that never closes is text as before
        Document mail = read("Write to @team{ if lost.\n");
        assertEquals(List.of(), Texts.texts(mail, Block.Kind.REFERENCE));
    }

    @Test
    void aGroupOfShortLinesIsALineEach() {
        Document d = read("Intro text here.\n\nThanks to\nAna Lind, Harbor University\nTomas Berg, Northwind AI\n\nEnd.\n");
        // a line that ends on a lower-case word runs on into the next
        assertEquals(List.of("Intro text here.", "Thanks to Ana Lind, Harbor University", "Tomas Berg, Northwind AI", "End."),
                Texts.texts(d, Block.Kind.PARAGRAPH));
        // the last line of such a group is no heading, though a blank line follows it
        assertEquals(List.of(), Texts.texts(d, Block.Kind.HEADING));
    }

    @Test
    void linesInColumnsAreTableRows() {
        Document d = read("Contributors:\n\n  Ana Lind        Harbor University\n  Tomas Berg      Northwind AI\n");
        assertEquals(List.of("Ana Lind ; Harbor University", "Tomas Berg ; Northwind AI"), Texts.texts(d, Block.Kind.TABLE_ROW));
    }

    @Test
    void shortWrappedSentencesAndListItemsStayWhole() {
        Document d = read("Corvid-7B was trained by researchers at\nNorthwind AI in 2023.\n\nLumen-2 is a model from\nBrightloom, out in May.\n\n"
                + "- Wren: a speech model released by\n  Northwind AI last year.\n");
        assertEquals(List.of("Corvid-7B was trained by researchers at Northwind AI in 2023.",
                "Lumen-2 is a model from Brightloom, out in May."), Texts.texts(d, Block.Kind.PARAGRAPH));
        assertEquals(List.of("Wren: a speech model released by Northwind AI last year."), Texts.texts(d, Block.Kind.LIST_ITEM));
    }

    @Test
    void proseWrappedNarrowlyStaysOneParagraph() {
        Document d = read("The decoder was\nrewritten in 2004\nby the speech team\nand is now faster.\n");
        assertEquals(List.of("The decoder was rewritten in 2004 by the speech team and is now faster."),
                Texts.texts(d, Block.Kind.PARAGRAPH));
    }
}
