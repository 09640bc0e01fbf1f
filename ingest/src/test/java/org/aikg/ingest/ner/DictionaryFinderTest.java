package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DictionaryFinderTest {
    @Test
    void aModelsIdInLowerCaseIsTheModelButAWordIsNot() {
        assertTrue(DictionaryFinder.caseFits("corvid-2o", "Corvid-2o", false)); // an API's id of the model
        assertTrue(DictionaryFinder.caseFits("heron-3-mini", "Heron 3 Mini", false));
        assertFalse(DictionaryFinder.caseFits("corvid", "Corvid", false)); // a word without a digit stays a word
        assertFalse(DictionaryFinder.caseFits("heron-mini", "Heron Mini", false));
        // an abbreviation and its number is no id: "the gen-2 chips", "step-3 of the guide"
        assertFalse(DictionaryFinder.caseFits("gen-2", "Gen-2", false));
        assertFalse(DictionaryFinder.caseFits("step-3", "Step-3", false));
    }

    @Test
    void anIdInAPathOrAFilesNameIsNoMention() {
        String p = "See docs/papers/corvid-2.pdf and corvid-2.json.";
        assertTrue(DictionaryFinder.inPath(p, p.indexOf("corvid-2"), p.indexOf("corvid-2") + 8));
        assertTrue(DictionaryFinder.inPath(p, p.lastIndexOf("corvid-2"), p.lastIndexOf("corvid-2") + 8));
        // a shorter id inside a path's longer one is in the path too
        String q = "Weights live in heron-3-mini/weights/ now.";
        assertTrue(DictionaryFinder.inPath(q, q.indexOf("heron-3"), q.indexOf("heron-3") + 7));
        String f = "Open corvid-2/README or heron-3/ first.";
        assertTrue(DictionaryFinder.inPath(f, f.indexOf("corvid-2"), f.indexOf("corvid-2") + 8));
        assertTrue(DictionaryFinder.inPath(f, f.indexOf("heron-3"), f.indexOf("heron-3") + 7));
        String u = "Fetch https://example.org/corvid-2 first.";
        assertTrue(DictionaryFinder.inPath(u, u.indexOf("corvid-2"), u.indexOf("corvid-2") + 8));
        // one slash between ids is an alternative, and a hub's id names the model; a sentence's end is no extension
        String a = "Use corvid-2/heron-3 or velto/corvid-2o. It runs corvid-2.";
        assertFalse(DictionaryFinder.inPath(a, a.indexOf("corvid-2"), a.indexOf("corvid-2") + 8));
        assertFalse(DictionaryFinder.inPath(a, a.indexOf("heron-3"), a.indexOf("heron-3") + 7));
        assertFalse(DictionaryFinder.inPath(a, a.indexOf("corvid-2o"), a.indexOf("corvid-2o") + 9));
        assertFalse(DictionaryFinder.inPath(a, a.lastIndexOf("corvid-2"), a.lastIndexOf("corvid-2") + 8));
        String v = "The id qwen-2.5 is served.";
        assertFalse(DictionaryFinder.inPath(v, v.indexOf("qwen-2"), v.indexOf("qwen-2") + 6));
    }

    @Test
    void wordsRunTogetherAreNoOneWordName() {
        assertFalse(DictionaryFinder.caseFits("N as a", "NASA", false)); // "samples N as a json object"
        assertTrue(DictionaryFinder.caseFits("Open AI", "OpenAI", false)); // a name written apart
        assertTrue(DictionaryFinder.caseFits("corvid 2 mini", "corvid-2-mini", false)); // its marks written as spaces
    }

    @Test
    void aPersonsInitialsAreNoAcronym() {
        assertFalse(DictionaryFinder.caseFits("H.-P", "HP", false)); // "H.-P. Lind", not the company HP
        assertFalse(DictionaryFinder.caseFits("A.B.", "AB", false));
        assertTrue(DictionaryFinder.caseFits("X.AI", "X.AI", false)); // a name written with its points
    }

    @Test
    void aCaseSensitiveNameMatchesItsOwnShape() {
        assertTrue(DictionaryFinder.caseFits("CORVID", "CORVID", true));
        assertTrue(DictionaryFinder.caseFits("Wren", "Wren", true));
        assertFalse(DictionaryFinder.caseFits("wren", "Wren", true)); // the ordinary word
    }

    @Test
    void aNameOfCapitalsAndMarksWrittenAsAPlainWordIsTheWord() {
        assertFalse(DictionaryFinder.caseFits("Did", "D-ID", false));
        assertFalse(DictionaryFinder.caseFits("Xai", "X.AI", false));
        assertFalse(DictionaryFinder.caseFits("Shape", "Shap-E", false));
        assertTrue(DictionaryFinder.caseFits("D-ID", "D-ID", false));
        assertTrue(DictionaryFinder.caseFits("Nvidia", "NVIDIA", false)); // no marks: one name in two casings
    }

    @Test
    void anAcronymWrittenAsAWordIsTheWord() {
        // a model named in capitals ("CORVID") is not the given name or the word written "Corvid"
        assertFalse(DictionaryFinder.caseFits("Corvid", "CORVID", true));
        assertTrue(DictionaryFinder.caseFits("Corvid", "CORVID", false));
    }

    /** A lab, Velto, that names two of its models after itself, and one, Harbor, that does not. */
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            new KbEntry("velto", "Organization", "Velto", List.of(), null, null, "Company", null, null),
            new KbEntry("velto-v2", "Model", "Velto-V2", List.of("Velto V2"), null, null, null, null, null),
            new KbEntry("velto-r1", "Model", "Velto-R1", List.of(), null, null, null, null, null),
            new KbEntry("harbor", "Organization", "Harbor", List.of(), null, null, "Company", null, null),
            new KbEntry("harbor-net", "Model", "HarborNet", List.of(), null, null, null, null, null),
            new KbEntry("quill", "Organization", "Quill", List.of(), null, null, "Company", null, null),
            new KbEntry("heron-ai", "Organization", "Heron AI", List.of(), null, null, "Company", null, null)), Set.of());

    private static List<String> found(String text) {
        return TokenizedSentences.found(new DictionaryFinder(KB), text).stream()
                .map(m -> m.type().name().charAt(0) + ":" + m.surface()).toList();
    }

    @Test
    void aLabThatNamesItsModelsAfterItselfNamesANewVersion() {
        assertEquals(Set.of('v', 'r'), KB.versionLetters(KB.byId("velto").orElseThrow()));
        assertEquals(Set.of(), KB.versionLetters(KB.byId("harbor").orElseThrow()));
        assertEquals(List.of("M:Velto V4"), found("Add Velto V4 to the list of chat models."));
        assertEquals(List.of("M:Velto-R2"), found("The Velto-R2 weights are out."));
        assertEquals(List.of("M:Velto v3.5", "M:Velto-R1"), found("Velto v3.5 replaces Velto-R1 in the app."));
        // the lab itself, a bare number after it (a count, or a version the document spells with its letter), a year,
        // and a lab that names no models so
        assertEquals(List.of("O:Velto"), found("Velto 3 times beat the others."));
        assertEquals(List.of("O:Velto"), found("Velto 3.5 is out."));
        assertEquals(List.of("O:Velto"), found("Velto 2024 was a good year."));
        assertEquals(List.of("O:Velto"), found("Velto released a chat model."));
        assertEquals(List.of("O:Harbor"), found("Harbor V4 ships today."));
        // a letter the lab does not write its versions with; a version of its interface
        assertEquals(List.of("O:Velto"), found("Velto X4 ships today."));
        assertEquals(List.of("O:Velto"), found("Call the Velto v1 API with a key."));
    }

    @Test
    void aGivenNameWrittenAsAWordIsNoModelWithCapitalsInside() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                new KbEntry("wilbert", "Model", "WilBERT", List.of(), null, null, null, null, null)), Set.of("Wilbert"));
        java.util.function.Function<String, List<String>> found = text -> TokenizedSentences.found(new DictionaryFinder(kb), text)
                .stream().map(Mention::surface).toList();
        assertEquals(List.of("WilBERT"), found.apply("We fine-tuned WilBERT on songs."));
        assertEquals(List.of(), found.apply("The index of Wilbert and Arabie (1985) compares partitions."));
        assertEquals(List.of(), found.apply("Thanks to Wilbert Lindqvist for the data."));
        assertEquals(List.of(), found.apply("L. Wilbert and P. Arabie (1985). Comparing partitions."));
        // written as a word but no person's: the model still
        assertEquals(List.of("Wilbert"), found.apply("We compared it with Wilbert and a small baseline."));
    }

    @Test
    void aKnownNameWrittenWithACommaIsFoundWhole() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                new KbEntry("harbor-north", "Organization", "Harbor University, Northfield", List.of(), null, null, "University", null, null),
                new KbEntry("harbor-u", "Organization", "Harbor University", List.of(), null, null, "University", null, null),
                new KbEntry("velto", "Organization", "Velto", List.of(), null, null, "Company", null, null),
                new KbEntry("velto-oslo", "Organization", "Velto Oslo", List.of(), null, null, "Company", null, null)), Set.of());
        java.util.function.Function<String, List<String>> found = text -> TokenizedSentences.found(new DictionaryFinder(kb), text)
                .stream().map(Mention::surface).toList();
        assertEquals(List.of("Harbor University, Northfield"), found.apply("Ana Lind studies at Harbor University, Northfield, in 2024."));
        // a comma parts two names unless the known name itself holds one
        assertEquals(List.of("Velto", "Harbor University"), found.apply("Ana Lind moved from Velto, Oslo to Harbor University."));
    }

    @Test
    void aPluralIsAModelsAndCodeRunsNoNameTogether() {
        assertEquals(List.of("M:HarborNets"), found("Two HarborNets were trained."));
        assertEquals(List.of(), found("Quills of birds are light, and quills are long.")); // a word, no company "Quill"
        assertEquals(List.of("O:Heron AIs"), found("Heron AIs new model is out.")); // a possessive without its apostrophe
        assertEquals(List.of("O:Quills"), found("Quills new model is out."));
        assertEquals(List.of(), found("Call the heronAI plugin first.")); // an identifier of code, not Heron AI
        assertEquals(List.of("O:Heron AI"), found("Heron AI wrote the plugin."));
    }
}
