package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.junit.jupiter.api.Test;

class NameFindingTest {
    /** A finder that knows one name and finds it only where the sentence first writes it. */
    private static MentionFinder firstOf(String name, EntityType type) {
        return (doc, s) -> {
            int at = s.text().indexOf(name);
            return at < 0 ? List.of() : List.of(Mention.of(s.start() + at, s.start() + at + name.length(), name, type, 0.8, "t"));
        };
    }

    private static List<String> found(String text, MentionFinder finder) {
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        return new NameFinding(List.of(finder), 0.5, null).find(TokenizedSentences.document(s)).stream()
                .map(m -> m.surface() + "@" + m.start()).toList();
    }

    @Test
    void aNameFoundOnceIsFoundAgain() {
        String text = "Lumen beats its rivals, and users say Lumen talks well.";
        assertEquals(List.of("Lumen@0", "Lumen@38"), found(text, firstOf("Lumen", EntityType.MODEL)));
    }

    @Test
    void cuesReadANameFoundAgain() {
        // "Kestrel" is found in the first sentence only; once found again in the second, "builds on" types Plover
        String text = "Kestrel tags birds, and Kestrel builds on Plover for speed.";
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        List<String> got = new NameFinding(List.of(firstOf("Kestrel", EntityType.MODEL), CueFinder.bundled()), 0.5, null)
                .find(TokenizedSentences.document(s)).stream().map(m -> m.surface() + "@" + m.start() + ":" + m.type()).toList();
        assertEquals(List.of("Kestrel@0:MODEL", "Kestrel@24:MODEL", "Plover@42:MODEL"), got);
    }

    @Test
    void aNameFoundOnceIsNotPartOfALongerName() {
        // "Lumen Voice" is a name of its own, not "Lumen" and a word
        String text = "Lumen beats its rivals, and Lumen Voice talks well.";
        assertEquals(List.of("Lumen@0"), found(text, firstOf("Lumen", EntityType.MODEL)));
    }

    @Test
    void aSurnameAfterAnotherGivenNameIsSomeoneElse() {
        String text = "Tomas Berg wrote it, Berg says, and Mei Berg and Dr Berg agree.";
        assertEquals(List.of("Tomas Berg@0", "Berg@21", "Berg@52"), found(text, firstOf("Tomas Berg", EntityType.PERSON)));
    }

    /** A finder that finds the first {@code times} places a name is written, each with a middling certainty. */
    private static MentionFinder unsure(String name, int times) {
        return (doc, s) -> {
            List<Mention> out = new java.util.ArrayList<>();
            for (int at = s.text().indexOf(name); at >= 0 && out.size() < times; at = s.text().indexOf(name, at + 1)) {
                out.add(Mention.of(s.start() + at, s.start() + at + name.length(), name, EntityType.ORGANIZATION, 0.6, "t"));
            }
            return out;
        };
    }

    @Test
    void partOfAHyphenedWordIsNoPersonNamedElsewhere() {
        String text = "Tomas Berg wrote it, and the Berg-Lind test checks it.";
        assertEquals(List.of("Tomas Berg@0"), found(text, firstOf("Tomas Berg", EntityType.PERSON)));
    }

    @Test
    void aNameFoundTwiceWithSomeDoubtIsFoundEverywhere() {
        String text = "Harbor hired staff, Harbor opened labs, and people now visit Harbor often.";
        assertEquals(List.of("Harbor@0", "Harbor@20", "Harbor@61"), found(text, unsure("Harbor", 2)));
    }

    @Test
    void aNameFoundOnceWithSomeDoubtIsNotLookedForAgain() {
        String text = "Harbor hired staff, Harbor opened labs, and people now visit Harbor often.";
        assertEquals(List.of("Harbor@0"), found(text, unsure("Harbor", 1)));
    }

    @Test
    void aModelNamedWithItsVersionIsFoundWithoutIt() {
        String text = "Wren 1.2 is out, and Wren now reads German.";
        assertEquals(List.of("Wren 1.2@0", "Wren@21"), found(text, firstOf("Wren 1.2", EntityType.MODEL)));
        assertEquals(null, NameFinding.family("GPT-4"));
        assertEquals("Lumen", NameFinding.family("Lumen-2"));
    }

    @Test
    void aGuessTwoKindsOfEvidenceAgreeOnIsCreditedToTheFirmerOne() {
        String text = "Ana Lind joined Kestrel Institute in 2020.";
        int at = text.indexOf("Kestrel Institute");
        MentionFinder learned = (doc, s) -> List.of(Mention.of(at, at + 17, "Kestrel Institute", EntityType.ORGANIZATION, 0.76, "statistical"));
        MentionFinder suffix = (doc, s) -> List.of(Mention.of(at, at + 17, "Kestrel Institute", EntityType.ORGANIZATION, 0.7, "pattern:org-suffix"));
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        List<Mention> found = new NameFinding(List.of(learned, suffix), 0.5, null).find(TokenizedSentences.document(s));
        assertEquals(1, found.size());
        assertEquals("pattern:org-suffix", found.get(0).finder());
        assertEquals(0.76, found.get(0).confidence(), 1e-9);
    }

    @Test
    void aNameTheDocumentTypesFirmlyKeepsThatTypeWhereAGuessTypedItOtherwise() {
        Mention title = Mention.of(0, 6, "Quiler", EntityType.MODEL, 0.8, "pattern:title-subject");
        Mention guess = Mention.of(40, 46, "Quiler", EntityType.ORGANIZATION, 0.6, "statistical");
        Mention other = Mention.of(60, 66, "Velto", EntityType.ORGANIZATION, 0.6, "statistical");
        List<Mention> got = NameFinding.oneTypePerName("x".repeat(80), List.of(title, guess, other));
        assertEquals(List.of(EntityType.MODEL, EntityType.MODEL, EntityType.ORGANIZATION), got.stream().map(Mention::type).toList());
        // a name firmly typed two ways is left as found; a paper keeps its type
        Mention firmOrg = Mention.of(20, 26, "Quiler", EntityType.ORGANIZATION, 0.9, "pattern:org-suffix");
        Mention paper = Mention.of(70, 76, "Quiler", EntityType.PAPER, 0.6, "statistical");
        // what the words around a name say of it ("Quiler was founded in 2019") is no guess: a company and its product
        // may share a name
        Mention founded = Mention.of(40, 46, "Quiler", EntityType.ORGANIZATION, 0.6, "pattern:company-verb");
        assertEquals(EntityType.ORGANIZATION, NameFinding.oneTypePerName("x".repeat(80), List.of(title, founded)).get(1).type());
        assertEquals(List.of(EntityType.MODEL, EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.PAPER),
                NameFinding.oneTypePerName("x".repeat(80), List.of(title, firmOrg, guess, paper)).stream().map(Mention::type).toList());
    }

    @Test
    void aModelsNameWithAVersionIsAVersionOfIt() {
        String text = "Wrenfold tags birds; Wrenfold 2.1, Wrenfold v3 and WRENFOLD aside, Wrenfold 2 times faster.";
        assertEquals(List.of("Wrenfold@0", "Wrenfold 2.1@21", "Wrenfold v3@35", "Wrenfold@67"),
                found(text, firstOf("Wrenfold", EntityType.MODEL)));
        // a version glued on is a version; a folder or a file named after the model is not the model
        assertEquals(List.of("Wrenfold@0", "Wrenfold3@21"), found("Wrenfold tags birds, Wrenfold3 sings, see Wrenfold3/docs/intro.md and Wrenfold.json.",
                firstOf("Wrenfold", EntityType.MODEL)));
        assertEquals(8, NameFinding.versionAfter("QUILLER3 runs", 7));
        assertEquals(-1, NameFinding.versionAfter("QUILLER3.tar.gz", 7)); // a file, not a version
        assertEquals(-1, NameFinding.versionAfter("quiller3_db", 7));
        assertEquals(-1, NameFinding.versionAfter("Wren 2019 was", 4)); // a year is no version
        // scores, sizes, times and patch releases are no model's version
        assertEquals(-1, NameFinding.versionAfter("Wren 84.3 and Heron 80.1", 4));
        assertEquals(-1, NameFinding.versionAfter("Wren 2.5 GB of memory", 4));
        assertEquals(-1, NameFinding.versionAfter("Wren 10.5 hours on a GPU", 4));
        assertEquals(-1, NameFinding.versionAfter("Wren 1.2.3 fixes a bug", 4));
        assertEquals(-1, NameFinding.versionAfter("Wren v1.2.3 fixes a bug", 4));
        assertEquals(9, NameFinding.versionAfter("Wren v2.5 is out", 4));
        // a guess that stopped short of the version ("Wren 2" of "Wren 2.1") is the whole version of the firm name
        String release = "Wren tags birds. Wren 2.1 is out.";
        Mention firm = Mention.of(0, 4, "Wren", EntityType.MODEL, 0.8, "pattern:title-subject");
        Mention guess = Mention.of(17, 23, "Wren 2", EntityType.MODEL, 0.5, "pattern:model-shape");
        // a version guessed twice is named as surely as its family's copies are ("Wren 2.1 ... Wren 2.1")
        String twice = "Wren 2.1 tags birds. Wren 2.1 is out.";
        List<Mention> guesses = List.of(Mention.of(0, 8, "Wren 2.1", EntityType.MODEL, 0.6, "statistical"),
                Mention.of(21, 29, "Wren 2.1", EntityType.MODEL, 0.6, "statistical"));
        assertEquals(List.of(NameFinding.VERSION, NameFinding.VERSION),
                NameFinding.oneTypePerName(twice, guesses).stream().map(Mention::finder).toList());
        assertEquals(List.of("statistical"), NameFinding.oneTypePerName(twice, guesses.subList(0, 1)).stream()
                .map(Mention::finder).toList());
        Mention version = NameFinding.oneTypePerName(release, List.of(firm, guess)).get(1);
        assertEquals("Wren 2.1", version.surface());
        assertEquals(NameFinding.VERSION, version.finder());
    }

    @Test
    void aGenerationAfterASurnameBelongsToTheName() {
        String text = "Thanks to Frank Lind III and Tomas Berg, Jr. for the patches.";
        Mention frank = Mention.of(10, 20, "Frank Lind", EntityType.PERSON, 0.9, "test");
        Mention tomas = Mention.of(29, 39, "Tomas Berg", EntityType.PERSON, 0.9, "test");
        List<Mention> got = NameFinding.withGenerations(text, List.of(frank, tomas));
        assertEquals(List.of("Frank Lind III", "Tomas Berg, Jr."), got.stream().map(Mention::surface).toList());
        // a numeral after a comma counts phases or names a role
        String phases = "Phase I was led by Ana Lind, II by Tomas Berg.";
        assertEquals("Ana Lind", NameFinding.withGenerations(phases, List.of(Mention.of(19, 27, "Ana Lind", EntityType.PERSON, 0.9, "test"))).get(0).surface());
        String nurse = "Thanks to Mei Okafor, IV nurse, for the help.";
        assertEquals("Mei Okafor", NameFinding.withGenerations(nurse, List.of(Mention.of(10, 20, "Mei Okafor", EntityType.PERSON, 0.9, "test"))).get(0).surface());
        // a list's guess that the generation is a name of its own gives way
        Mention jr = Mention.of(41, 43, "Jr", EntityType.PERSON, 0.6, "pattern:list");
        assertEquals(List.of("Frank Lind III", "Tomas Berg, Jr."),
                NameFinding.withGenerations(text, List.of(frank, tomas, jr)).stream().map(Mention::surface).toList());
        // not a person's: "Corvid II" is a model's version
        Mention corvid = Mention.of(0, 6, "Corvid", EntityType.MODEL, 0.9, "test");
        assertEquals("Corvid", NameFinding.withGenerations("Corvid II is out.", List.of(corvid)).get(0).surface());
    }

    @Test
    void aTitleOpeningOfPlainWordsDescribesAMethod() {
        assertTrue(NameFinding.describes("Robust Sparse Partitioning"));
        assertTrue(NameFinding.describes("Bootstrap confidence bands"));
        assertTrue(NameFinding.describes("Blind Source Separation"));
        // coined names, or plain words that end in what the thing is, name models
        assertFalse(NameFinding.describes("Corvid"));
        assertFalse(NameFinding.describes("Heron 2"));
        assertFalse(NameFinding.describes("Sparse Gated Transformer"));
        assertFalse(NameFinding.describes("WrenNet small"));
        assertFalse(NameFinding.describes("Deep Heron-2"));
    }

    @Test
    void anInitialBeforeAGivenNameBelongsToTheName() {
        String text = "Ported by F. Mateo Serrano and by Ana Lind.";
        Mention mateo = Mention.of(13, 26, "Mateo Serrano", EntityType.PERSON, 0.9, "test");
        Mention ana = Mention.of(34, 42, "Ana Lind", EntityType.PERSON, 0.9, "test");
        assertEquals(List.of("F. Mateo Serrano", "Ana Lind"),
                NameFinding.withLeadingInitial(text, List.of(mateo, ana)).stream().map(Mention::surface).toList());
        // an initial glued to a word before it is an abbreviation's end, not a given name's initial
        assertEquals("Mateo Serrano", NameFinding.withLeadingInitial("See Fig.A. Mateo Serrano", List.of(
                Mention.of(11, 24, "Mateo Serrano", EntityType.PERSON, 0.9, "test"))).get(0).surface());
        // the letter that ends a code or the line before is no initial of the name that opens the next entry
        assertEquals("Mateo Serrano", NameFinding.withLeadingInitial("doi:10.1/x;2-F. Mateo Serrano", List.of(
                Mention.of(16, 29, "Mateo Serrano", EntityType.PERSON, 0.9, "test"))).get(0).surface());
        assertEquals("Mateo Serrano", NameFinding.withLeadingInitial("Plan F.\nMateo Serrano", List.of(
                Mention.of(8, 21, "Mateo Serrano", EntityType.PERSON, 0.9, "test"))).get(0).surface());
    }
}
