package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Citation-shaped paragraphs and list items are reference entries under any heading; prose is not. */
class ReferenceShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Lind, A., Berg, T., & Okafor, N. (2021). Sparse decoders for small radios. Journal of Signal Craft, 12(3), 45-60.",
        "A. Lind, T. Berg, and N. Okafor, \"Streaming decoders for small devices,\" in Proc. Interspeech, 2022, pp. 1-5.",
        "Ada Lind, Tomas Berg, and Nia Okafor. 2023. Robust Keyword Spotting in Noisy Rooms. In Proceedings of ACL.",
        "Lind A, Berg T, Okafor N (2020) Evolving acoustic models with genetic programming. In: Proceedings of GECCO, pp 1-8",
        "Berg, T. and Okafor, N. (2018) Learning to prune decoders. Neural Computing, 4, 10-20.",
        "[3] Mei Tanaka, Jo Park, \"A study of beam search for speech,\" IEEE Transactions on Audio, vol. 3, 2017.",
        "Okafor, N. et al. (2019). Cheap tricks for tiny models. arXiv preprint arXiv:1901.00001.",
        "Lind A., Berg T. (2012) Sparse decoders for small radios. Signal Machines 13(4):1-20",
        // authors, title, then the venue with the year last
        "A. Lind, T. Berg, N. Okafor. **Sparse decoders for small radios.** In: Proceedings of Interspeech 2021, pp. 1-5.",
        "Lind A, Berg TK, Okafor N. Sparse decoders for small radios. J Signal Craft. 2021;12(3):45-60.",
        "Okafor M, Park J: Counting birds by their songs. Bird Informatics 2019, 7:101-110.",
        // an author-year label opens the entry: the venue may be any acronym
        "[Lind et al. 2019] A. Lind, T. Berg, N. Okafor, Sparse Decoders for Small Radios, RADIO, 2019.",
        "[Berg and Okafor 2020] T. Berg, N. Okafor, Counting Crows with Tiny Networks, ECAI, 2020.",
        "[Okafor, 2018] Okafor, N. Learning to prune decoders. BIRDS 2018.",
        // the year in brackets after the authors; an arXiv address as the venue
        "Lind A, Berg T, Okafor N. [2005] Heron: counting birds in R. Bird Informatics 21(20):3940-1.",
        "Berg, T. (2018) \"Tiny keyword spotting for radios\" https://arxiv.org/abs/1804.00001",
        // the last initial's period ends the authors, the year last (Nature)
        "Lind, A., Berg, T. & Okafor, N. C. Sparse decoders for small radios. Signal Craft 12, 45-60 (2021).",
        // a preprint server as the venue
        "Ada Lind, Tomas Berg and Nia Okafor (2022) \"Counting birds at scale\" bioRxiv 2022.08.01.000001",
        // the title first, then the authors, then the venue or a year closing a few words
        "Counting birds with small radios. Ada Lind, Tomas Berg and Nia Okafor. Bird Data, 2019.",
        "Sparse decoders for small radios. A. Lind, T. Berg. Journal of Signal Craft 12(3):45-60.",
    })
    void citationsAreReferenceEntriesWithoutAReferencesHeading(String entry) {
        String text = "# Projects that use the toolkit\n\n* " + entry + "\n";
        assertEquals(List.of(Block.Kind.HEADING, Block.Kind.REFERENCE), kinds(text), entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ada Lind and Tomas Berg (2021) showed that small decoders are enough for most radios in the field.",
        "Tomas Berg, 2019 winner of the prize, now leads the group in Oslo and teaches two courses.",
        "Ada Lind, Tomas Berg and Nia Okafor wrote the first version in 2019, in Proceedings they never published.",
        // a lone name and a period: a sentence, whatever follows
        "Ada Lind. She wrote the decoder for the Journal of Radios in 2019, pp. 1-5 of it.",
        "Velto Labs and Quillon Labs. Both sent decoders to the Workshop on Radios in 2021.",
        // the venue must come after a title of its own
        "Ana Lind, Tomas Berg: The Heron model was developed by Velto Labs and shown at the ACL Conference in 2021.",
        "Ana Lind, Tomas Berg. Both worked on the IEEE 754 support in 2020, with help.",
        "Lind, A., Berg, T. Both of them wrote for the Journal of Radios in 2020, pp. 1-5 of it.",
        "We met many people at the fair this year. Ana Lind, Tomas Berg, and others came in 2019.",
        "The decoder grew out of a long project. Ana Lind and Tomas Berg. They wrote most of it over the summer of 2019.",
        "Velto AI: Skua accepted at the ACL Conference, 2024.",
        "Ana Lind, Tomas Berg: Keynote on Heron. Room 3, 14:00-15:00, June 2024.",
        // an author-year label before prose is a citation in a sentence, not an entry
        "[Lind et al. 2019] showed that small decoders suffice, as the Journal of Radios reported in 2019.",
        "[Lind and Berg 2020] Heron is fast, and it was shown at ECAI in 2020.",
        "[Berg 2021] Tomas Berg. He later built Heron at Velto Labs in 2021.",
        "[Vos and Lind 2022] Ana Lind. She trained Kite-4 at Gull Inc during 2022.",
    })
    void proseStaysProse(String sentence) {
        assertFalse(kinds("# Notes\n\n" + sentence + "\n").contains(Block.Kind.REFERENCE), sentence);
    }

    @Test
    void aHardWrappedCitationIsOneEntryAndOneLineEntriesStayApart() {
        String wrapped = "See:\n\n   Lind, A. and Berg, T. (2004) HERON:\n   Counting Birds by  Their Songs.  Journal of\n   Bird Informatics 7.  In press.\n";
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.REFERENCE), kindsOf("n.txt", wrapped));
        String lines = "Lind A (2021) Heron. J Birds 12:1-9.\nPark R (2020) Egret. J Birds 11:3-8.\nBerg T (2019) Crane. J Birds 10:2-4.\n";
        assertEquals(3, kindsOf("n.txt", lines).size());
    }

    private static List<Block.Kind> kindsOf(String name, String text) {
        return DocumentReaders.parse(Path.of(name), text).blocks().stream().map(Block::kind).toList();
    }

    @Test
    void aQuotedCitationIsAnEntry() {
        String text = "# How to cite\n\n> Lind, A., & Berg, T. (2021). Sparse decoders for small radios. Journal of Signal Craft, 12(3), 45-60.\n";
        assertEquals(List.of(Block.Kind.HEADING, Block.Kind.REFERENCE), kinds(text));
        assertEquals(List.of(Block.Kind.HEADING, Block.Kind.QUOTE), kinds("# Notes\n\n> Ana Lind said the decoders were small enough.\n"));
    }

    @Test
    void theEndOfAnAuthorYearLabel() {
        String entry = "[Lind et al. 2019] A. Lind, T. Berg, Title of It, RADIO, 2019.";
        assertEquals(entry.indexOf("A. Lind"), ReferenceShape.authorYearLabelEnd(entry, 0));
        assertEquals(-1, ReferenceShape.authorYearLabelEnd("[12] A. Lind, T. Berg, Title of It, RADIO, 2019.", 0));
        assertEquals(-1, ReferenceShape.authorYearLabelEnd("A. Lind [Lind et al. 2019], Title", 0));
    }

    @Test
    void aBookListsEntryTitleColonAuthorsPublisherYear() {
        String one = "Searching With Birds : J.-P. Lind, Harbor Press, Oslo, 1996";
        int[] f = ReferenceShape.titleFirstFields(one);
        assertEquals("Searching With Birds", one.substring(f[0], f[1]));
        assertEquals("J.-P. Lind", one.substring(f[2], f[3]));
        String two = "Handbook of Bird Songs : Ana Lind and T. Berg (editors), Quill Books, NY, 1991";
        int[] g = ReferenceShape.titleFirstFields(two);
        assertEquals("Ana Lind and T. Berg", two.substring(g[2], g[3]));
        assertTrue(ReferenceShape.isEntry(one, 0, one.length()));
    }

    @Test
    void notesThatUseAColonAreNoBookEntry() {
        assertEquals(null, ReferenceShape.titleFirstFields("Release notes : Ana Lind, who fixed the parser, thanks you all in 2019"));
        assertEquals(null, ReferenceShape.titleFirstFields("Maintainer : Ana Lind, Oslo"));
        assertEquals(null, ReferenceShape.titleFirstFields("Bird Songs Volume Two : Velto Labs, Oslo, 1996"));
        // a colophon's labelled fields: one word, or a label's word, before the colon
        assertEquals(null, ReferenceShape.titleFirstFields("Copyright : Ana Lind, Oslo, 2019"));
        assertEquals(null, ReferenceShape.titleFirstFields("Copyright holder : Tomas Berg, Bergen, 2021"));
        assertEquals(null, ReferenceShape.titleFirstFields("Written by : Ana Lind, Harbor Press, 2018"));
    }

    @Test
    void aLongParagraphIsNoEntry() {
        String entry = "Lind, A. (2021). " + "A very long title that goes on and on. ".repeat(30) + "Journal of Things, 1(2), 3-4.";
        assertFalse(ReferenceShape.isEntry(entry, 0, entry.length()));
        assertTrue(ReferenceShape.isEntry("Lind, A. (2021). Short. Journal of Things, 1(2), 3-4.", 0, 52));
    }

    private static List<Block.Kind> kinds(String markdown) {
        return DocumentReaders.parse(Path.of("t.md"), markdown).blocks().stream().map(Block::kind).toList();
    }

    @Test
    void aTitleAndALongListOfAuthorsIsOneEntry() {
        StringBuilder authors = new StringBuilder();
        String[] given = {"Ana", "Tomas", "Mei", "Jorn", "Nia", "Zora", "Kaito", "Lena", "Omar", "Priya", "Sven", "Ines",
            "Rafael", "Yuki", "Elena", "Marco", "Sofia", "Pavel", "Aiko", "Hugo", "Lucia", "Emil", "Noor", "Felix", "Ida", "Arne",
            "Selma", "Tariq", "Vera", "Joaquin"};
        for (int i = 0; i < given.length; i++) {
            authors.append(i == 0 ? "" : ", ").append(given[i]).append(i % 3 == 0 ? " Q. " : " ").append("Lindqvist-Berg");
        }
        String entry = "Profiling marine bird songs at scale. " + authors + ". Bird Informatics (2023)";
        assertTrue(entry.length() > 700);
        assertEquals(List.of(Block.Kind.HEADING, Block.Kind.REFERENCE), kinds("# Citing\n\n* " + entry + "\n"));
    }
}
