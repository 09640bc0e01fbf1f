package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.junit.jupiter.api.Test;

class ReferenceFinderTest {
    /** What the finder reads in one reference entry: "Person:name" (the name in reading order) and "Paper:title". */
    private static List<String> read(String entry) {
        Sentence s = new Sentence(0, 0, entry.length(), entry, List.of(), Block.Kind.REFERENCE);
        List<Mention> found = new ReferenceFinder().find(null, s);
        for (Mention m : found) {
            assertEquals(m.surface(), entry.substring(m.start(), m.end()), "a mention's surface is the text it spans");
        }
        return found.stream()
                .map(m -> m.type().name().charAt(0) + m.type().name().substring(1).toLowerCase() + ":"
                        + (m.type() == EntityType.PERSON && m.title() != null ? m.title() : m.surface()))
                .toList();
    }

    /** The people {@link #read} finds in one entry. */
    private static List<String> people(String entry) {
        return read(entry).stream().filter(f -> f.startsWith("Person:")).toList();
    }

    @Test
    void authorDateEntriesMayNameSurnamesAlone() {
        assertEquals(List.of("Person:Lindqvist", "Paper:Sparse ranking forests for survival data"),
                read("Lindqvist (2009). Sparse ranking forests for survival data. J Mach Learn Res 3:101-120."));
        assertEquals(List.of("Person:Okafor", "Person:Brandt", "Paper:Feature pruning via shallow trees"),
                read("Okafor & Brandt (2015). Feature pruning via shallow trees. Proceedings of the Learning Days, Oslo."));
        assertEquals(List.of("Person:Okafor", "Person:Brandt", "Person:Ito", "Paper:Counting finches in the wild"),
                read("Okafor, Brandt & Ito (2017) Counting finches in the wild. Bird Informatics 4: 1-9."));
        // BibTeX's "Surname, Given and ..." gives every author a given name: here one is missing, so all are surnames
        assertEquals(List.of("Person:Okafor", "Person:Brandt", "Person:Ito", "Paper:Counting finches in the wild"),
                read("Okafor, Brandt and Ito (2017) Counting finches in the wild. Bird Informatics 4: 1-9."));
        // a word the knowledge base knows as a company signs the report, no person
        Sentence s = new Sentence(0, 0, 60, "Velto (2023). Velto-7 technical report. Preprint, 2023.", List.of(), Block.Kind.REFERENCE);
        assertTrue(new ReferenceFinder(n -> true, n -> n.equals("Velto")).find(null, s).stream()
                .noneMatch(m -> m.type() == EntityType.PERSON));
        // one word that signs a company's report is the company
        assertEquals(List.of(), people("Velto (2023). Corvid: a small speech model for phones. Technical report."));
        // acronyms and placeholders are no surnames; without a year in parentheses the style is another
        assertEquals(List.of(), people("NIST (2010). Guide to speech corpora. Report 12."));
        assertEquals(List.of(), people("Anonymous (2010). Notes on speech corpora for small radios. Report 12."));
    }

    @Test
    void aTitleEndsWhereAVenueWithItsVolumeAndPagesFollowsAComma() {
        assertEquals(List.of("Person:M. Lindqvist", "Person:N. Okafor", "Person:T. R. Berg",
                        "Paper:A kernel estimator for sparse and noisy radar returns"),
                read("Lindqvist, M., Okafor, N., and Berg, T. R. (2011), A kernel estimator for sparse and noisy radar "
                        + "returns, Radar Ecology Letters, 14, 210-233."));
        assertEquals(List.of("Person:S. Haddad", "Person:T. Berg", "Paper:A smoothing method for a seasonal migration model"),
                read("Haddad, S. and Berg, T. (2008), A smoothing method for a seasonal migration model, Quantitative "
                        + "Ecology and Field Methods, 22: 1140-1162."));
        assertEquals(List.of("Person:M. Lindqvist", "Person:T. Okafor", "Paper:Blind Source Separation: Methods and Uses"),
                read("M. Lindqvist and T. Okafor (2003) Blind Source Separation: Methods and Uses, Signal Letters, 11(2-3):101-130"));
        // a comma inside the title before capitalized words and a number is no venue: a part, a version, a count
        assertEquals(List.of("Person:A. Lind", "Paper:Bird Counts, Part 2: 1990 to 2000"),
                read("Lind, A. (2012). Bird Counts, Part 2: 1990 to 2000. Radar Letters 4, 1-9."));
        assertEquals(List.of("Person:T. Berg", "Paper:Counting with Heron, Version 2, 3 and 4"),
                read("Berg, T. (2013). Counting with Heron, Version 2, 3 and 4. Bird Software 7, 1-9."));
        assertEquals(List.of("Person:T. Berg", "Paper:Counting Flocks, Harbor Bay 3, 4 and 5"),
                read("Berg, T. (2013). Counting Flocks, Harbor Bay 3, 4 and 5. Bird Software 7, 1-9."));
    }

    @Test
    void aTitleMayAskQuestionsBeforeItsPeriod() {
        assertEquals(List.of("Person:K. Tanaka", "Person:T. R. Berg",
                        "Paper:Does flock size matter? When do radar counts fail? - Evidence from Coastal Stations"),
                read("Tanaka, K. and Berg, T. R. (1999) Does flock size matter? When do radar counts fail? - Evidence from "
                        + "Coastal Stations. Ornithology Review 12, 301-318."));
        // a series or a report's name after the question is no more of the title
        assertEquals(List.of("Person:T. Berg", "Paper:Where do herons sleep"),
                read("Berg, T. (2018). Where do herons sleep? Lecture notes in statistics. Vol 4, 1-9."));
        assertEquals(List.of("Person:A. Lind", "Paper:Is a bigger radar better"),
                read("Lind, A. (2019). Is a bigger radar better? Technical report, Harbor Institute. 12 pp."));
        // the venue follows the question: its name is no more of the title
        assertEquals(List.of("Person:A. Lind", "Paper:Is a bigger radar better"),
                read("Lind, A. (2019). Is a bigger radar better? Bird Letters. 12:1-9."));
        assertEquals(List.of("Person:A. Lind", "Paper:Is a bigger radar better"),
                read("Lind, A. (2019). Is a bigger radar better? Journal of Bird Counts, 12, 1-9."));
    }

    @Test
    void anEditorsNoteAfterTheTitleIsNoPartOfIt() {
        assertEquals(List.of("Person:N. Okafor", "Person:T. Berg", "Paper:Sparse song trees"),
                read("Okafor, N. and Berg, T. (1999). Sparse song trees (with discussion). Journal of Bird Statistics, 93, 935-960."));
        assertEquals("Counting herons", PaperTitleFinder.trimTitle("Counting herons (in press)."));
        assertEquals("Counting herons (in practice)", PaperTitleFinder.trimTitle("Counting herons (in practice)"));
    }

    @Test
    void twoInitialsThenACommaAndAnotherAuthorAreStillAuthors() {
        assertEquals(List.of("Person:M. Lindqvist", "Person:N. Okafor", "Person:T. R. Berg", "Person:S. Haddad",
                        "Paper:birdcount: An R package for counting migrating birds"),
                read("Lindqvist, M., Okafor, N., Berg, T. R., and Haddad, S. (2012), birdcount: An R package for counting "
                        + "migrating birds. Journal of Ecological Software, 41(2):1-22."));
    }

    @Test
    void initialsAfterTheSurnameMayBeSpacedAndTheFirstAuthorWrittenSo() {
        assertEquals(List.of("Person:K.A. Berglund", "Person:T. Marsh", "Person:P.R. Olsen"),
                people("Berglund K. A., Marsh T. and Olsen P. R. (2021) Density clustering of noisy points. Journal of Bird Software 9: 1-22."));
        assertEquals(List.of("Person:M.E. Ruiz", "Person:H.J. Tanaka", "Person:P.L. Moreau"),
                people("Ruiz M.E., Tanaka, H.J., & Moreau, P.L. (1999). Scaling the semantic grid. Psychometrika, 12, 33-50."));
    }

    @Test
    void aQuotedTitleMayOpenTheEntryAndByNameItsAuthors() {
        assertEquals(List.of("Person:Lindqvist", "Person:Okafor", "Person:Brandt", "Paper:Sparse Mixture Scoring for Bird Songs"),
                read("“Sparse Mixture Scoring for Bird Songs” by Lindqvist, Okafor and Brandt, 1994, JBSA, 1255-1270."));
        assertEquals(List.of("Person:Ana Lind", "Person:T. Berg", "Paper:Counting finches with mixtures"),
                read("\"Counting finches with mixtures\" by Ana Lind and T. Berg (2001). Bird Letters 3: 1-9."));
        // a book is no paper; its authors are people
        assertEquals(List.of("Person:Lindqvist", "Person:Okafor"),
                read("“Elements of Flock Learning” (2nd edition, Chapter 3) by Lindqvist and Okafor, 2009, Harbor Press"));
    }

    @Test
    void anInitialWithoutItsPeriodMayPrecedeEtAl() {
        assertEquals(List.of("Person:T. Haddad", "Paper:Fast guide trees for protein alignment"),
                read("Haddad, T et al. (2011) Fast guide trees for protein alignment. Bioinformatics 3(2): 12."));
    }

    @Test
    void surnameFirstAuthorsAreNamedInReadingOrder() {
        assertEquals(List.of("Person:T.K. Lind", "Person:M. Okafor", "Paper:Counting Crows with Small Networks"),
                read("Lind, T.K.; Okafor, M. (2019). Counting Crows with Small Networks. Journal of Bird Vision, 4 (2): 10-20."));
    }

    @Test
    void aColonMayEndTheAuthorsOfAnEntry() {
        assertEquals(List.of("Person:Tomas Berg", "Person:Ana Lind", "Person:Mei Okafor", "Paper:Quail Songs in the Wild"),
                read("Tomas Berg, Ana Lind and Mei Okafor: Quail Songs in the Wild, ICCV 2020."));
        assertEquals(List.of("Person:T. Berg", "Person:A. Lind", "Paper:Quail: Small Models for Large Flocks"),
                read("T. Berg and A. Lind. Quail: Small Models for Large Flocks. In ICCV, 2020."));
    }

    @Test
    void aColonMayEndTheAuthorsBeforeAQuotedTitle() {
        assertEquals(List.of("Person:A. Lind", "Person:A.J. Berg", "Person:C. Okafor", "Person:S.A. Park",
                        "Paper:Heron-Light: A Tool for Counting Birds at Scale"),
                read("[1] A. Lind, A.J. Berg, C. Okafor, S.A. Park: \"Heron-Light: A Tool for Counting Birds at Scale\", Bird Informatics 2012; doi: 10.1000/bi.12."));
        assertEquals(List.of("Person:Ana Lind", "Person:Tomas Berg", "Paper:Small Decoders for Field Radios"),
                read("Ana Lind, Tomas Berg: \u201cSmall Decoders for Field Radios.\u201d Signal Craft (2015) 31 (15): 257-259."));
    }

    @Test
    void aTitleMayComeFirstAndTheAuthorsAfterItsPeriod() {
        assertEquals(List.of("Paper:Counting birds by their songs with small radios", "Person:Ana Lind", "Person:Tomas Berg",
                        "Person:Nia Okafor"),
                read("Counting birds by their songs with small radios. Ana Lind, Tomas Berg & Nia Okafor. Bird Informatics (2019) 7:101-110, PDF"));
        assertEquals(List.of("Paper:Small decoders, fast and cheap, for the field", "Person:Ana Lind", "Person:Tomas Berg"),
                read("Small decoders, fast and cheap, for the field. Ana Lind and Tomas Berg. . Signal Craft (2006) 22:1658-1659."));
        // an abbreviation's period ends no title
        assertFalse(read("Parsing receipts with the U.S. Tax Code. Ana Lind and Tomas Berg. Signal Craft (2021) 4:1-9.")
                .contains("Paper:Parsing receipts with the U.S"));
        // a sentence of prose that names people after a period is no entry of this style
        assertEquals(List.of(), read("We thank the many people who helped us. Ana Lind wrote the decoder in 2019 at home."));
    }

    @Test
    void aVenueAfterTheTitlesPeriodIsNoPartOfIt() {
        assertEquals(List.of("Person:A. Lind", "Paper:Counting Birds by Their Songs: A Tutorial"),
                read("[Lind 2019] A. Lind, Counting Birds by Their Songs: A Tutorial. arXiv:1904.00001, 2019."));
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Small Decoders for Field Radios"),
                read("A. Lind, T. Berg, Small Decoders for Field Radios. Technical Report 12, Harbor Labs, 2020."));
    }

    @Test
    void aProgramsNameInSmallLettersMayOpenATitle() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:N. Okafor",
                        "Paper:heron v2: faster counting of birds with small radios"),
                read("Lind A, Berg T, Okafor N (2021). heron v2: faster counting of birds with small radios. Bird Informatics 9, 11-20."));
        // a sentence in small letters after the year is no title, nor a note, nor two plain words before a colon
        for (String entry : List.of("Lind A, Berg T (2021). see the manual for details. Bird Informatics 9, 11-20.",
                "Lind, A. (2020). accessed: 12 May 2021 from the lab archive. Bird Radio Manual.",
                "Lind, A. (2020). preprint: under review at Bird Letters.",
                "Lind A, Berg T (2021). bird songs: a review of radio counts. Bird Informatics 9, 11-20.")) {
            assertFalse(read(entry).stream().anyMatch(f -> f.startsWith("Paper:")), entry);
        }
    }

    @Test
    void initialsLikeACompanysSuffixAreInitialsInAListOfAuthors() {
        assertEquals(List.of("Person:A.B. Lind", "Person:T. Berg", "Paper:Counting birds by their songs"),
                read("Lind AB, Berg T. Counting birds by their songs. J Bird Inform. 2019;7(2):101-10."));
        // one name and such capitals is a company, not an author; a product's suffix is no one's initials
        assertFalse(read("Velto AB. Counting birds by their songs. J Bird Inform. 2019;7(2):101-10.").contains("Person:A.B. Velto"));
        List<String> products = read("[2] Heron SDK, Corvid API. Documentation for the bird radio. 2022.");
        assertFalse(products.contains("Person:S.D.K. Heron") || products.contains("Person:A.P.I. Corvid"), products.toString());
    }

    @Test
    void aFirstAuthorInvertedWithAMiddleInitial() {
        assertEquals(List.of("Person:Ana B. Lind", "Person:Tomas Berg", "Paper:Counting Birds by Their Songs"),
                read("Lind, Ana B., and Tomas Berg. \"Counting Birds by Their Songs.\" Journal of Bird Informatics 7, no. 2 (2019): 101-110."));
    }

    @Test
    void aCapitalizedParticleOpensASurname() {
        assertEquals(List.of("Person:A. Lind", "Person:N. De Berg", "Person:T. Van Okafor", "Paper:Counting birds by their songs"),
                read("A. Lind, N. De Berg, T. Van Okafor (2016) Counting birds by their songs. Bird Informatics, 33:1-9."));
    }

    @Test
    void aFieldOfNamesIsNoTitle() {
        assertEquals(List.of("Person:T. Berg", "Person:M. de Vries", "Person:J. Müller", "Person:H. Bülthoff",
                "Paper:Fast Point Matching"), read("T. Berg, M. de Vries, J. Müller and H. Bülthoff, Fast Point Matching, ECCV, 2016."));
        assertEquals(List.of("Person:M. Okafor", "Person:J. Park", "Paper:Dense Scene Flow for Small Birds"),
                read("M. Okafor and J. Park, Dense Scene Flow for Small Birds, 3DV, 2014."));
        assertEquals(List.of("Person:T. Berg", "Person:M. de Vries", "Person:J. Müller", "Person:H. Bülthoff",
                "Paper:Fast Point Matching"), read("[Berg2016] T. Berg, M. de Vries, J. Müller and H. Bülthoff, Fast Point Matching, ECCV, 2016."));
        assertEquals(List.of("Person:M. Okafor", "Person:J. Park", "Paper:Dense Scene Flow for Quail"),
                read("M. Okafor and J. Park, Dense Scene Flow for Quail. In 3DV, 2014."));
        assertEquals(List.of("Person:Q.-Y. Zhou", "Person:J. Park", "Person:V. Koltun", "Paper:Corvid: A Modern Library for 3D Birds"),
                read("[Zhou2018] Q.-Y. Zhou, J. Park, and V. Koltun, Corvid: A Modern Library for 3D Birds, arXiv:1801.09847, 2018."));
        assertEquals(List.of("Person:Ana Lind", "Person:Tomas Berg", "Paper:Quail Songs in the Wild"),
                read("3. Paper: Ana Lind and Tomas Berg. Quail Songs in the Wild. 2020."), "a colon after no names is passed over");
        assertEquals(false, ReferenceFinder.onlyAuthors("Harbor Labs"), "an organization is no author list");
        assertEquals(false, ReferenceFinder.onlyAuthors("Velto AI"), "an organization is no author list");
        assertEquals(List.of("Person:R. Haddad"), read("Haddad, R. et al., 2021, fastQuail: Small Models for Birds, "
                + "https://example.org/quail"), "'et al.' is no title");
        assertEquals(List.of("Person:R. Haddad", "Paper:Point Cloud Registration: A Survey"),
                read("R. Haddad, Point Cloud Registration: A Survey, PhD thesis, Harbor University, 2013."));
    }

    @Test
    void springerStyleEndsTheAuthorsWithAColon() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Counting Quail by Their Songs"),
                read("1. Lind, A., Berg, T.: Counting Quail by Their Songs. In: ICCV, pp. 1–9 (2020)"));
        assertEquals(List.of("Person:P. Nowak", "Paper:Learning to Match Scans"),
                read("Nowak, P.: Learning to Match Scans. arXiv preprint arXiv:1603.01234 (2016)"));
        assertEquals(List.of("Person:M. Okafor", "Person:J. Park", "Paper:Sparse Feature Fields for Dense Scenes"),
                read("Okafor, M., Park, J.: Sparse Feature Fields for Dense Scenes. ACM Trans. Graph. 36(4), 1–12 (2017)"));
    }

    @Test
    void aVenueAfterACommaEndsTheTitle() {
        assertEquals(List.of("Person:T.K. Lind", "Paper:Counting crows with small networks"),
                read("Lind, T.K. (2019). Counting crows with small networks, The Annals of Applied Ornithology, 4 (2): 10-20."));
    }

    @Test
    void ieeeStyleQuotedTitleAfterTheAuthorsAndTheYearLast() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Streaming decoders for small radios"),
                read("A. Lind and T. Berg, \"Streaming decoders for small radios,\" in Proc. Interspeech, 2022, pp. 1-5."));
        assertEquals(List.of("Person:Mei Okafor", "Person:Jo Park", "Paper:A study of beam search for speech"),
                read("Mei Okafor, Jo Park, \u201cA study of beam search for speech,\u201d IEEE Trans. Audio, vol. 3, 2017."));
    }

    @Test
    void aTitleFirstThenItsAuthors() {
        assertEquals(List.of("Paper:A simple model of bird song", "Person:Ana Lind"),
                read("A simple model of bird song, Ana Lind, Published in: Proceedings of the Bird Workshop, pages 1-5."));
        assertEquals(List.of("Paper:Counting crows with small networks", "Person:Tomas Berg", "Person:Mei K. Okafor"),
                read("Counting crows with small networks, Tomas Berg and Mei K. Okafor. http://example.org/crows.pdf"));
        assertEquals(List.of("Paper:Streaming decoders for small radios", "Person:T. Berg", "Person:M. Okafor"),
                read("Streaming decoders for small radios, T. Berg, M. Okafor, 2019."));
    }

    @Test
    void anInitialWithoutItsPeriod() {
        assertEquals(List.of("Person:T.K. Lind", "Person:A. Berg", "Person:M. Okafor", "Paper:Counting crows with small networks"),
                read("Lind, T.K., Berg, A, Okafor, M. (2019), Counting crows with small networks, Proc. of the Bird Workshop."));
    }

    @Test
    void anAddressIsNoTitle() {
        assertEquals(List.of("Person:Mei Okafor"),
                read("Okafor, Mei (2019). URL https://www.example.org/corvid"));
        assertEquals(List.of("Person:T.K. Lind"),
                read("Lind, T.K. (2021). Available at www.example.org/lumen, accessed 2022."));
    }

    @Test
    void surnamesThenInitialsWithoutComma() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Sparse decoders for small radios"),
                read("Lind A., Berg T. (2012) Sparse decoders for small radios. Machines 13(4):1-20"));
        assertEquals(List.of("Person:M.K. Okafor", "Person:J. Park", "Paper:Evolving voices"),
                read("Okafor MK, Park J (2020) Evolving voices. In: Advances in Speech, pp 12-30"));
    }

    @Test
    void aQuotedTitleAfterAuthorsEndingInAnInitial() {
        assertEquals(List.of("Person:N. Okafor", "Person:A. Lind", "Paper:Counting birds with tiny networks"),
                read("Okafor, N., Lind, A. \"Counting birds with tiny networks.\" Proceedings of the Workshop on Birds, 2019."));
    }

    @Test
    void aYearInParenthesesBeforeAQuotedTitle() {
        assertEquals(List.of("Person:M. Okafor", "Paper:Corvid: a dataset of bird calls"),
                read("Okafor, M. (2020) \"Corvid: a dataset of bird calls\". Workshop on Sounds."));
    }

    @Test
    void authorsThenTitleWithTheYearLast() {
        assertEquals(List.of("Person:Mei Okafor", "Person:Tomas Lind", "Paper:Sparrow: Listening at Scale"),
                read("Mei Okafor, Tomas Lind. Sparrow: Listening at Scale. 2023."));
        assertEquals(List.of("Person:A. Lind", "Person:M. Okafor", "Paper:Counting Crows in the Wild"),
                read("A. Lind and M. Okafor. Counting Crows in the Wild. In Proc. of a Workshop, 2019."));
    }

    @Test
    void onlyTheFirstAuthorInvertedWithMiddleInitials() {
        assertEquals(List.of("Person:Mei K. Okafor", "Person:Tomas A. Lind", "Person:Ana Berg", "Paper:Counting Crows in the Wild"),
                read("Okafor, Mei K., Tomas A. Lind, Ana Berg. Counting Crows in the Wild, Journal of Birds, 2014."));
    }

    @Test
    void aTitleAmongCommaFieldsBeforeTheYear() {
        assertEquals(List.of("Person:Ada Lind", "Paper:Learning to Count Birds from Their Songs"),
                read("Ada Lind, Learning to Count Birds from Their Songs, University of Somewhere, 2001, URL: https://example.org/x"));
        // short fields only: no title to take
        assertEquals(List.of("Person:Ada Lind"), read("Ada Lind, Somewhere Press, 2001."));
    }

    @Test
    void vancouverAndBmcStylesEndTheAuthorsWithAPeriodOrAColon() {
        assertEquals(List.of("Person:A. Lind", "Person:T.K. Berg", "Person:N. Okafor", "Paper:Sparse decoders for small radios"),
                read("Lind A, Berg TK, Okafor N. Sparse decoders for small radios. J Signal Craft. 2021;12(3):45-60."));
        assertEquals(List.of("Person:M. Okafor", "Person:J. Park", "Paper:Counting birds by their songs"),
                read("Okafor M, Park J: Counting birds by their songs. Bird Informatics 2019, 7:101-110."));
        // "et al." closes the list; the title still follows
        assertEquals(List.of("Person:J. van Dam", "Person:A. Lind", "Paper:Pruning decoders at scale"),
                read("van Dam J, Lind A, et al. Pruning decoders at scale. Neural Comput. 2020;3:1-9."));
    }

    @Test
    void aLinkAddressOrALowerCaseInBeforeTheVenueEndsTheTitle() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Counting birds from their songs"),
                read("A. Lind and T. Berg, Counting birds from their songs in *Proceedings of the Workshop on Birds*, 2019, Oslo"));
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Pruning decoders for small radios"),
                read("A. Lind and T. Berg, Pruning decoders for small radios <https://example.org/p.pdf>, in Proceedings of Radio Days, 2020"));
    }

    @Test
    void theFirstAuthorInvertedWithInitialsWithoutPeriods() {
        assertEquals(List.of("Person:Mei K Okafor", "Person:Tomas A Lind", "Person:Ana Berg", "Paper:Counting Crows in the Wild"),
                read("Okafor, Mei K, Tomas A Lind, and Ana Berg. 2014. “Counting Crows in the Wild.” In Journal of Birds, 3:1–9."));
        assertEquals(List.of("Person:Tomas JK Lind", "Person:Ana Berg", "Paper:Pruning Decoders for Small Radios"),
                read("Lind, Tomas JK, and Ana Berg. 2019. “Pruning Decoders for Small Radios.” In Radio Days, 2:1–5."));
    }

    @Test
    void aPeriodAfterTheLastAuthorBeforeAQuotedTitle() {
        assertEquals(List.of("Person:M. Lind", "Person:E. Berg", "Paper:Counting birds on the wing"),
                read("M. Lind and E. Berg. \"Counting birds on the wing\". In Bird Robots, Volume 3, pp. 1-9, 2014."));
    }

    @Test
    void anEntryWhoseFieldsAllEndWithCommas() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:N. Okafor",
                        "Paper:Heron: a new, fast, and small decoder for bird songs"),
                read("Lind A., Berg T., Okafor N., Heron: a new, fast, and small decoder for bird songs, Journal of Birds 363, 2016, 8-23, 10.1000/birds.7."));
        assertEquals(List.of("Person:R.J.K. Park", "Person:A. Lind", "Paper:Counting birds: can songs tell?"),
                read("Park R.J.K., Lind A., Counting birds: can songs tell?, Bird Letters, 2024, in press, 10.1000/birds.9."));
        assertEquals(List.of("Person:R.J.K. Park", "Person:A. Lind", "Person:T. Berg", "Paper:Song-based counting of birds on hierarchical maps"),
                read("Park R.J.K., Lind A., Berg T., Song-based counting of birds on hierarchical maps, Lecture Notes in Birds 7819, 2013, 160-172, 10.1000/x.9."));
    }

    @Test
    void aPaperInPressHasNoYearYet() {
        assertEquals(List.of("Person:H.K. Lind", "Person:T. Berg", "Person:A.N. Okafor", "Paper:Counting birds by the songs they sing"),
                read("H.K. Lind, T. Berg, A.N. Okafor (in press) Counting birds by the songs they sing. Bird Informatics."));
    }

    private static List<String> readProse(String text) {
        Sentence s = new Sentence(0, 0, text.length(), text, List.of(), Block.Kind.PARAGRAPH);
        return new ReferenceFinder().find(null, s).stream()
                .map(m -> m.type().name().charAt(0) + ":" + m.surface() + "@" + m.start()).toList();
    }

    @Test
    void aFirstAuthorEtAlAndAQuotedTitleCiteAPaperAnywhere() {
        String t = "Heron Architecture - Lind, A., et al. \"Deep Heron Networks for Sky Scenes\"";
        Sentence s = new Sentence(0, 0, t.length(), t, List.of(), Block.Kind.PARAGRAPH);
        assertEquals(List.of("PERSON:Lind, A.", "PAPER:Deep Heron Networks for Sky Scenes"), new ReferenceFinder().find(null, s)
                .stream().map(m -> m.type() + ":" + m.surface()).toList());
        // without "et al." before the quoted title, prose cites nothing so
        assertEquals(List.of(), readProse("Heron Architecture - Lind, A. \"Deep Heron Networks for Sky Scenes\""));
    }

    @Test
    void aCitationThatEndsASentenceOfProse() {
        String t = "The counter is described in Lind A, Berg T, Okafor C (2012). Counting birds by the songs they sing. Bird Informatics 7(2): 1-15.";
        List<String> found = readProse(t);
        assertTrue(found.contains("P:Counting birds by the songs they sing@" + t.indexOf("Counting")), found.toString());
        assertEquals(4, found.size(), found.toString());
        String ieee = "The method was published in A. Lind and T. Berg, \"Counting birds by song,\" Bird Letters, 2019.";
        assertEquals(List.of("P:A. Lind@" + ieee.indexOf("A. Lind"), "P:T. Berg@" + ieee.indexOf("T. Berg"),
                "P:Counting birds by song@" + ieee.indexOf("Counting")), readProse(ieee));
        // no citation after it: nothing
        assertEquals(List.of(), readProse("The counter is described in Section Three of the manual, with examples."));
        assertEquals(List.of(), readProse("It was presented in Oslo at the Harbor Conference in 2019."));
    }

    @Test
    void anEntryWithCommasReadsNoAuthorAsItsTitleNorItsVenueAsPartOfIt() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:N. Okafor", "Paper:Counting birds by song"),
                read("Lind A., Berg T., and Okafor N. (2016). Counting birds by song. Journal of Birds 7, 1-9."));
        assertEquals(List.of("Person:N. Okafor", "Person:A. Lind", "Paper:Deep song models for birds"),
                read("Okafor N., Lind A., Deep song models for birds, PhD thesis, Harbor University, 2018."));
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Counting birds by song"),
                read("Lind A., Berg T., Counting birds by song, Nature Birds, 2016."));
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Corvid-7B: a small model for birds"),
                read("Lind A., Berg T., Corvid-7B: a small model for birds, Journal of Birds 7, 2016, 1-9."));
    }

    @Test
    void aBookIsNoPaperButItsAuthorsArePeople() {
        assertEquals(List.of("Person:T. Lind", "Person:A. Berg"),
                read("Lind, T. and Berg, A. (2002) Counting Birds with Statistics. Fourth edition. Harbor Press."));
        assertEquals(List.of("Person:M. Okafor"),
                read("Okafor, M. (1998) An Introduction to Bird Songs. Quill Books. ISBN 0262000001."));
        assertEquals(List.of("Person:N. Park"),
                read("Park, N. (2006) Song Search - A Practical Approach. Berlin: Springer-Verlag."));
        assertEquals(List.of("Person:T. Lind", "Person:A. Berg", "Person:J. Okafor"),
                read("Lind, T., Berg, A., Okafor, J. (2009). The Elements of Bird Songs. Quill, Oslo. 2nd edition."));
        assertEquals(List.of("Person:T. Lind"),
                read("Lind T. (2023) Counting Birds Using Songs in R. Harbor Hall/CRC, ISBN: 978-1032000001, https://example.org/book/"));
        // proceedings of an edition of a workshop, and a report a press publishes, are papers
        assertEquals(List.of("Person:A. Lind", "Paper:Counting birds by song"),
                read("Lind, A. (2020) Counting birds by song. In Proceedings of the 2nd Edition of the Bird Workshop, pp. 1-9."));
        // an article a press publishes in its journal is a paper
        assertEquals(List.of("Person:T. Lind", "Paper:Counting birds by their songs"),
                read("Lind, T. (2019) Counting birds by their songs. Neural Songs, 9(8), 17-31. Harbor Press."));
    }

    @Test
    void aCompanyOrAProductIsNoVancouverAuthor() {
        assertEquals(List.of(), people("Velto AI. The Skua model card. Technical report, 2024."));
        assertEquals(List.of(), people("Heron UI. A web front end for the Heron parser."));
        // one author and "et al." is an author list
        assertEquals(List.of("Person:A. Lind", "Paper:Parsing with small models"),
                read("Lind A, et al. Parsing with small models [Internet]. Oslo: Velto Press; 2021."));
    }

    @Test
    void aYearAtTheEndIsTheEntrysOnlyWhereAVenueIsNamed() {
        assertEquals(List.of(), read("3. Installing Heron Tools 2024"));
        assertEquals(List.of(), read("Heron Parser Documentation, Velto Labs, 2021"));
    }

    @Test
    void anAuthorYearLabelOpensTheEntryAndNamesNoOneItself() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:N. Okafor", "Paper:Sparse Decoders for Small Radios"),
                read("[Lind et al. 2019] A. Lind, T. Berg, N. Okafor, Sparse Decoders for Small Radios, RADIO, 2019."));
        assertEquals(List.of("Person:T. Berg", "Person:N. Okafor", "Paper:Counting Crows with Tiny Networks"),
                read("[Berg and Okafor 2020] T. Berg, N. Okafor, Counting Crows with Tiny Networks, ECAI, 2020."));
    }

    @Test
    void aQuotedTitleMayOpenWithASmallLetter() {
        assertEquals(List.of("Person:Ana Lind", "Person:Tomas Berg", "Person:Nia Okafor", "Paper:heron: Small Decoders for Radios"),
                read("Lind, Ana, Tomas Berg, and Nia Okafor. 2019. “heron: Small Decoders for Radios.” Journal of Signal Craft 12 (3): 45–60."));
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:sparrow: a toolkit for bird song analysis"),
                read("A. Lind, T. Berg, \"sparrow: a toolkit for bird song analysis,\" IEEE Transactions on Audio, vol. 3, 2017."));
    }

    @Test
    void aTitleRunsUpToTheYearInParentheses() {
        assertEquals(List.of("Person:T. Berg", "Paper:Small Decoders for Radios"),
                read("T. Berg. Small Decoders for Radios (2004), Journal of Signal Craft 35, pp. 773-782."));
    }

    @Test
    void aYearInBracketsBetweenVancouverAuthorsAndTheTitle() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:N. Okafor", "Paper:Heron: counting birds in R"),
                read("Lind A, Berg T, Okafor N. [2005] Heron: counting birds in R. Bird Informatics 21(20):3940-1."));
    }

    @Test
    void onlyTheFirstAuthorInvertedTheOthersInitialsFirst() {
        assertEquals(List.of("Person:T. K. Lind", "Person:A. Berg", "Person:N. Okafor", "Person:R. Park", "Paper:Counting crows in the wild"),
                read("Lind, T. K., A. Berg, N. Okafor, and R. Park. 2004. Counting crows in the wild. Bird Informatics 168:1041-1051."));
        assertEquals(List.of("Person:R. Park", "Person:A. Berg", "Paper:Small decoders for radios"),
                read("Park, R., and A. Berg. 1998. Small decoders for radios. Signal Craft 148:929-936."));
    }

    @Test
    void aPeriodInsideANameEndsNoAuthorList() {
        List<String> found = read("Ana Lind, Tomas Berg, Maria St. Clair and Dana Vos (2020). Gull models in practice. Journal of Gulls, 4(2), 3-9.");
        org.junit.jupiter.api.Assertions.assertTrue(found.contains("Person:Dana Vos") && found.contains("Paper:Gull models in practice"), found.toString());
    }

    @Test
    void aQuotedNameInSmallLettersIsNoTitleUnlessItPresentsAProgram() {
        assertEquals(List.of("Person:K. Okafor"), read("Okafor, K. (2018). \"the gull dataset\", version 2. Zenodo. doi:10.5281/x.1"));
    }

    @Test
    void surnamesWithInitialsThenTheTitleAfterTheLastInitial() {
        // Nature's style: the last initial's period ends the authors, the year comes last
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:M. C. Okafor", "Paper:Sparse alignment of long bird songs"),
                read("Lind, A., Berg, T. & Okafor, M. C. Sparse alignment of long bird songs. Bird Informatics 35, 100-110 (2018)."));
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Paper:Quieter decoders for field radios"),
                read("Lind, A. and Berg, T. Quieter decoders for field radios. Signal Craft 4, 1-9 (2021)."));
        // one author so written may as well end a list written given name first: no title is read from it
        assertFalse(read("Lind, A. Berg, T. Okafor, and M. Park, \"Quail songs\", Bird Data, 2014.").contains("Paper:Berg, T"));
        // what follows such a list may still be authors or an editor's note, not the title
        assertFalse(read("Lind, A., Berg, T. Okafor, N. Tiny radios. Journal of Radios 4, 1-9 (2013).").contains("Paper:Okafor, N"));
        assertFalse(read("Lind, A., Berg, T. In: Okafor, N. (ed.) Radio Handbook, pp. 1-9. Springer (2010)").stream()
                .anyMatch(f -> f.startsWith("Paper:In")));
    }

    @Test
    void aGroupThatSignsAnEntryIsAnOrganization() {
        assertEquals(List.of("Organization:Wren Development Team", "Paper:The Wren user's guide, version 3"),
                read("Wren Development Team (2021). The Wren user's guide, version 3. https://wren.example/docs."));
    }

    @Test
    void theFirstAuthorInvertedMayHaveTwoGivenNamesOrStandAlone() {
        assertEquals(List.of("Person:Ana Maria Lind", "Person:Tomas Berg", "Person:Nia Okafor"),
                people("Lind, Ana Maria, Tomas Berg, and Nia Okafor. 2019. “Small Decoders for Radios.” Journal of Signal Craft 12 (3): 45–60."));
        assertEquals(List.of("Person:Mei Ødegård Tanaka"),
                people("Tanaka, Mei Ødegård. 2021. “Counting Herons from the Air.” In Proceedings of Bird Vision, 4:10–20."));
        // alone, the first author is a person only with a known given name: no co-author confirms the shape
        ReferenceFinder knowing = new ReferenceFinder(java.util.Set.of("Mei")::contains, name -> false);
        String lone = "Tanaka, Mei Ødegård. 2021. “Counting Herons from the Air.” In Proceedings of Bird Vision, 4:10–20.";
        String firm = "Velto, Market Data. 2021. “Counting Herons from the Air.” In Proceedings of Bird Vision, 4:10–20.";
        assertEquals(List.of("Tanaka, Mei Ødegård"), knowing.find(null, new Sentence(0, 0, lone.length(), lone, List.of(),
                Block.Kind.REFERENCE)).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::surface).toList());
        assertEquals(List.of(), knowing.find(null, new Sentence(0, 0, firm.length(), firm, List.of(),
                Block.Kind.REFERENCE)).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::surface).toList());
    }

    @Test
    void aYearBetweenInitialsAndTheTitleNeedsNoMarkAfterIt() {
        assertEquals(List.of("Person:A. Lind", "Person:T. Berg", "Person:N. Okafor", "Paper:Counting Birds by Their Songs"),
                read("Lind A, Berg T, Okafor N, 2012 Counting Birds by Their Songs. Bird Informatics 7(2): 1-9."));
    }
}
