package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manual pages: sections, paragraphs, items, tables and escapes read for what they print. */
class RoffReaderTest {
    private static final String PAGE = """
            .\\" a comment
            .TH HERON 1 "May 2024" "heron 2.1"
            .SH NAME
            heron \\- count birds by their songs
            .SH SYNOPSIS
            .B heron
            .I file
            .SH OPTIONS
            .TP
            .BI \\-o " file"
            Where the counts go, as \\fBtext\\fR.
            .SH FIELDS
            .TS
            box;
            l l.
            COUNT\tbirds heard
            RATE\tbirds a minute
            .TE
            .SH EXAMPLE
            .nf
            heron -o counts.txt song.wav
            .fi
            .SH AUTHOR
            Ana Lind at Harbor University wrote
            \\fIheron\\fP\\(em with help.
            .SH REFERENCES
            .IP \\(bu 2
            Lind A. and Berg T. (2019) Counting birds by their songs. Bird Informatics, 7, 101\\-110.
            .IP \\(bu 2
            \\h'-04'Berg T. (2020) Small decoders for radios. Signal Craft, 3, 1\\-9.
            """;

    private static List<String> blocks(Document d) {
        return d.blocks().stream().map(b -> b.kind() + ":" + d.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void sectionsParagraphsItemsTablesAndEscapes() {
        assertTrue(RoffReader.looksLikeRoff(PAGE));
        Document d = DocumentReaders.parse(Path.of("heron.1"), PAGE);
        assertEquals(List.of(
                "HEADING:NAME",
                "PARAGRAPH:heron - count birds by their songs",
                "HEADING:SYNOPSIS",
                "PARAGRAPH:heron file",
                "HEADING:OPTIONS",
                "LIST_ITEM:file",
                "PARAGRAPH:Where the counts go, as text.",
                "HEADING:FIELDS",
                "TABLE_ROW:COUNT ; birds heard",
                "TABLE_ROW:RATE ; birds a minute",
                "HEADING:EXAMPLE",
                "CODE:",
                "HEADING:AUTHOR",
                "PARAGRAPH:Ana Lind at Harbor University wrote heron— with help.",
                "HEADING:REFERENCES",
                "REFERENCE:Lind A. and Berg T. (2019) Counting birds by their songs. Bird Informatics, 7, 101-110.",
                "REFERENCE:Berg T. (2020) Small decoders for radios. Signal Craft, 3, 1-9."), blocks(d));
        assertEquals("HERON", d.metadata().title().orElseThrow());
        int at = d.text().indexOf("Harbor University");
        assertEquals(PAGE.indexOf("Harbor University"), d.offsets()[at]);
    }

    @Test
    void markdownAndPlainTextAreNotManualPages() {
        assertFalse(RoffReader.looksLikeRoff("# Heron\n\n.SH is how a manual page opens a section.\n"));
        assertFalse(RoffReader.looksLikeRoff("Heron\n\nCounts birds.\n.SH NAME\n"));
    }

    @Test
    void aTaggedParagraphBeforeATableAndAuthorsInNoFillLines() {
        String page = ".TH HERON 1\n.SH FIELDS\n.PP\nFields.\n.TP\n.TS\nl l.\nHeron-2\tAna Lind\n.TE\n.SH \"AUTHORS\"\n.nf\nAna Lind, Velto Labs\n"
                + "Tomas Berg, Harbor University\n.fi\n.SH EXAMPLE\n.nf\nheron -o counts.txt < song.wav\n.fi\n";
        assertEquals(List.of("HEADING:FIELDS", "PARAGRAPH:Fields.", "TABLE_ROW:Heron-2 ; Ana Lind", "HEADING:AUTHORS", "PARAGRAPH:Ana Lind, Velto Labs",
                "PARAGRAPH:Tomas Berg, Harbor University", "HEADING:EXAMPLE", "CODE:"), blocks(DocumentReaders.parse(Path.of("h.1"), page)));
    }

    @Test
    void aReadmeShowingAManualPageIsNoManualPage() {
        assertFalse(RoffReader.looksLikeRoff("# Heron\n\n```\n.TH HERON 1\n.SH NAME\n.PP\nheron\n.B x\n```\n"));
    }
}
