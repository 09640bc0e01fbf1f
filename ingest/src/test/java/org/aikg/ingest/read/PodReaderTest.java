package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Perl's documentation format: headings, items, paragraphs and formatting codes read for their text. */
class PodReaderTest {
    private static final String POD = """
            =head1 NAME

            heron - count birds by their songs

            =head1 DESCRIPTION

            B<heron> reads I<WAV> files. See L<the manual|https://heron.example/manual> and C<heron --help>.

                heron -i song.wav -o counts.txt

            =head1 AUTHORS

            Ana Lind E<lt>ana@harbor.example.eduE<gt>, Harbor University.

            =head1 REFERENCES

            =over

            =item *

            Lind A, Berg T, Okafor N. Heron: counting birds by their songs. I<Bird Informatics> 2019;7:101-110.

            =item *

            T. Berg and A. Lind. B<< Quail: Small Models for Large Flocks >>. In ICCV, 2020.

            =back

            =cut

            sub main { print "x"; }
            """;

    private static List<String> blocks(Document d) {
        return d.blocks().stream().map(b -> b.kind() + ":" + d.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void headingsItemsParagraphsAndCodes() {
        assertTrue(PodReader.looksLikePod(POD));
        Document d = DocumentReaders.parse(Path.of("heron.pod"), POD);
        assertEquals(List.of(
                "HEADING:NAME",
                "PARAGRAPH:heron - count birds by their songs",
                "HEADING:DESCRIPTION",
                "PARAGRAPH:heron reads WAV files. See the manual and heron --help.",
                "CODE:",
                "HEADING:AUTHORS",
                "PARAGRAPH:Ana Lind <ana@harbor.example.edu>, Harbor University.",
                "HEADING:REFERENCES",
                "REFERENCE:Lind A, Berg T, Okafor N. Heron: counting birds by their songs. Bird Informatics 2019;7:101-110.",
                "REFERENCE:T. Berg and A. Lind. Quail: Small Models for Large Flocks. In ICCV, 2020."), blocks(d));
        assertEquals("https://heron.example/manual", d.links().get(0).url());
        assertEquals("the manual", d.text().substring(d.links().get(0).start(), d.links().get(0).end()));
        // every character maps back to where it stands in the file
        int at = d.text().indexOf("Harbor University");
        assertEquals(POD.indexOf("Harbor University"), d.offsets()[at]);
    }

    @Test
    void markdownAndPlainTextAreNotPod() {
        assertFalse(PodReader.looksLikePod("# Heron\n\nCounts birds.\n\n=head1 is how POD opens a heading.\n"));
        assertFalse(PodReader.looksLikePod("Heron\n=====\n\nCounts birds.\n"));
        // a README that shows POD in an example, or a text with a POD section in its middle, is not POD
        assertFalse(PodReader.looksLikePod("# Heron\n\nDocs are POD:\n\n```\n=head1 NAME\n\nHeron\n\n=cut\n```\n"));
        assertFalse(PodReader.looksLikePod("Heron counts birds.\n\n=head1 NAME\n\nHeron\n\n=cut\n\nMore text.\n"));
        // a Perl module with its documentation is
        assertTrue(PodReader.looksLikePod("package Heron;\nuse strict;\n\n=head1 NAME\n\nHeron - birds\n\n=cut\n\n1;\n"));
        assertTrue(PodReader.looksLikePod("# Copyright 2024 Velto Labs\n\npackage Heron;\n\n=head1 NAME\n\nHeron\n\n=cut\n"));
        assertTrue(PodReader.looksLikePod("# generated\n=head1 NAME\n\nHeron\n\n=head1 AUTHOR\n\nAna Lind\n"));
        assertTrue(PodReader.looksLikePod("#!/usr/bin/perl\nuse strict;\n__END__\n\n=head1 NAME\n\nheron\n"));
    }

    @Test
    void anItemWithItsOwnTextAndSkippedBlocks() {
        String pod = "=head1 OPTIONS\n\n=over 4\n\n=item B<-o> I<file>\n\nWhere counts go.\n\n=back\n\n"
                + "=begin html\n\n<p>Not read</p>\n\n=end html\n\n=for comment hidden\n\n=head2 Notes\n\nDone.\n";
        assertEquals(List.of("HEADING:OPTIONS", "LIST_ITEM:-o file", "PARAGRAPH:Where counts go.", "HEADING:Notes",
                "PARAGRAPH:Done."), blocks(DocumentReaders.parse(Path.of("t.pod"), pod)));
    }
}
