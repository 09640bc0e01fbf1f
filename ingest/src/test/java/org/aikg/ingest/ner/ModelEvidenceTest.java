package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.DocumentReaders;
import org.junit.jupiter.api.Test;

class ModelEvidenceTest {

    @Test
    void aWordOfModelsInTheSentenceSupportsTheName() {
        assertTrue(supports("We fine-tuned Corvid on court rulings.", "Corvid"));
        assertTrue(supports("Corvid outperforms every baseline on the shared task.", "Corvid"));
        assertTrue(supports("The weights of Corvid are on the hub.", "Corvid"));
        assertTrue(supports("Use the Corvid checkpoint for long inputs.", "Corvid"));
    }

    @Test
    void aNameAloneIsNoModel() {
        assertFalse(supports("Corvid reads the file and prints a summary.", "Corvid"));
        assertFalse(supports("Install WrenTools before you start.", "WrenTools"));
        assertFalse(supports("Press LimitTone to change the pitch.", "LimitTone"));
    }

    @Test
    void aSizeOrANumberAfterAHyphenSupportsTheName() {
        assertTrue(supports("Corvid-7B answers in Danish.", "Corvid-7B"));
        assertTrue(supports("Corvid-7 answers in Danish.", "Corvid-7"));
        assertTrue(supports("Heron-2.5 answers in Danish.", "Heron-2.5"));
    }

    @Test
    void aBareVersionIsHowSoftwareIsNamedToo() {
        assertFalse(supports("Install Wren2 before you start.", "Wren2"));
        assertFalse(supports("Parse the file with ReceiptV4 and print it.", "ReceiptV4"));
        assertFalse(supports("Parse the file with Invoice V4.7 and print it.", "Invoice V4.7"));
        assertTrue(ModelEvidence.guess(Mention.of(0, 12, "Invoice V4.7", EntityType.MODEL, 0.5, "pattern:model-shape")));
        assertFalse(ModelEvidence.guess(Mention.of(0, 12, "Heron 2 Chat", EntityType.MODEL, 0.5, "pattern:model-shape")));
        assertTrue(ModelEvidence.guess(Mention.of(0, 13, "GStreamer 1.2", EntityType.MODEL, 0.5, "statistical")));
        assertFalse(ModelEvidence.guess(Mention.of(0, 7, "Heron 2", EntityType.MODEL, 0.5, "statistical")),
                "a word and a number is how models are named");
        assertFalse(ModelEvidence.guess(Mention.of(0, 16, "Velto Sonnet 3.7", EntityType.MODEL, 0.5, "statistical")));
        assertTrue(supports("We fine-tuned Wren2 on court rulings.", "Wren2"), "the words of models still support it");
    }

    @Test
    void aFamilysPartSupportsTheName() {
        for (String name : List.of("HeronBERT", "BERTino", "xCLIP", "QuailGNNs", "SparrowNet", "PipitFormer")) {
            assertTrue(supports(name + " reads the file.", name), name);
        }
        assertFalse(supports("BERTs read the file.", "BERTs"), "the part and a plural 's' are the part alone");
        assertFalse(supports("Netherby reads the file.", "Netherby"), "'Net' closes a model's name, it opens none");
    }

    @Test
    void aWordOfCodeAfterTheNameMakesItCode() {
        String text = "Add the TranscriptLine type. TranscriptLine models now carry a speaker.";
        ModelEvidence e = evidence(text, "TranscriptLine");
        assertTrue(e.code("TranscriptLine"));
        assertFalse(e.supports("TranscriptLine"), "code wins over a word of models");
        assertTrue(evidence("Call the PipitParser class, then the PipitParser method run().", "PipitParser").code("PipitParser"));
        assertFalse(evidence("Corvid-7B parameter counts are on the card.", "Corvid-7B").code("Corvid-7B"),
                "a size's parameters are no parameter of code");
        assertTrue(supports("Corvid-7B is out. The Corvid-7B class of models is small.", "Corvid-7B"),
                "a version is a model's shape, whatever word follows");
        assertTrue(supports("HeronWave is our speech model. HeronWave error rates fell by half.", "HeronWave"));
        assertTrue(supports("HeronWave is our speech model. The HeronWave endpoint is live.", "HeronWave"));
    }

    @Test
    void anotherFindersCueSupportsTheName() {
        String text = "Corvid reads the file.";
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        ModelEvidence e = new ModelEvidence(Plausibility.bundled().modelEvidence, List.of(s),
                text, List.of(Mention.of(0, 6, "Corvid", EntityType.MODEL, 0.8, "cue:released-by-known-org")), at -> false);
        assertTrue(e.supports("Corvid"));
    }

    @Test
    void aHeadingThatSpeaksOfModelsSupportsTheNamesOfItsSection() {
        String md = "# Wren\n\nReads speech.\n\n## Supported models\n\n- Pipit (French)\n- Heron\n\n## Tools\n\n- Quillby\n";
        var d = DocumentReaders.parse(Path.of("x.md"), md);
        String text = d.text();
        List<Mention> mentions = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String name : List.of("Pipit", "Quillby")) {
            int at = text.indexOf(name);
            mentions.add(Mention.of(at, at + name.length(), name, EntityType.MODEL, 0.6, "pattern:list"));
            int end = text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at);
            sentences.add(new Sentence(sentences.size(), at, end, text.substring(at, end),
                    List.of(new Token(at, at + name.length(), name, "NNP")), Block.Kind.LIST_ITEM));
        }
        ModelEvidence e = ModelEvidence.read(new AnnotatedDocument(d, sentences), mentions);
        assertTrue(e.supports("Pipit"));
        assertFalse(e.supports("Quillby"));
    }

    @Test
    void wordsOfEvaluationSupportAVersionedName() {
        assertTrue(supports("Our evaluation compares Wren2 with the others on coding tasks.", "Wren2"));
        assertTrue(supports("Wren2 leads the benchmark for long inputs.", "Wren2"));
    }

    @Test
    void onlyOneWordModelsTheDictionaryDoesNotKnowFoundByGuessesAreGuesses() {
        assertTrue(ModelEvidence.guess(Mention.of(0, 6, "Corvid", EntityType.MODEL, 0.5, "pattern:model-shape")));
        assertTrue(ModelEvidence.guess(Mention.of(0, 6, "Corvid", EntityType.MODEL, 0.5, NameFinding.COPY)));
        assertFalse(ModelEvidence.guess(Mention.of(0, 10, "Corvid Pro", EntityType.MODEL, 0.5, "statistical")));
        assertFalse(ModelEvidence.guess(Mention.of(0, 6, "Corvid", EntityType.ORGANIZATION, 0.5, "statistical")));
        assertFalse(ModelEvidence.guess(Mention.of(0, 6, "Corvid", EntityType.MODEL, 0.9, "dictionary")));
        assertFalse(ModelEvidence.guess(new Mention(0, 4, "BERT", EntityType.MODEL, 0.5, "statistical", "Q1", null, null)));
    }

    /** Whether one paragraph {@code text} supports the guessed model {@code name} (found where it is first written). */
    private static boolean supports(String text, String name) {
        return evidence(text, name).supports(name);
    }

    /** The evidence of the paragraph {@code text} for {@code name} guessed a model by its shape wherever it is written. */
    private static ModelEvidence evidence(String text, String name) {
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(Mention.of(at, at + name.length(), name, EntityType.MODEL, 0.5, "pattern:model-shape"));
        }
        assertEquals(false, mentions.isEmpty());
        return ModelEvidence.read(TokenizedSentences.document(s), mentions);
    }
}
