package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class LearnedNameDecoderTest {
    /** Every sentence of the name finder's training files, markup removed, and every line of the sample corpus. */
    private static List<String[]> sentences() throws IOException {
        List<String[]> out = new ArrayList<>();
        Path resources = Path.of("src/main/resources/org/aikg/ingest/ner");
        for (String name : List.of("train.txt", "train-more.txt")) {
            for (String line : Files.readAllLines(resources.resolve(name), StandardCharsets.UTF_8)) {
                String[] words = Arrays.stream(line.trim().split("\\s+"))
                        .filter(w -> !w.isEmpty() && !w.startsWith("<START") && !w.equals("<END>")).toArray(String[]::new);
                if (words.length > 0) {
                    out.add(words);
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] words = SimpleTokenizer.INSTANCE.tokenize(line);
                    if (words.length > 0) {
                        out.add(words);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void findsWhatNameFinderMeFindsWithTheSameProbabilities() throws IOException {
        TokenNameFinderModel model = StatisticalFinder.bundledModel();
        LearnedNameDecoder decoder = LearnedNameDecoder.of(model);
        assertNotNull(decoder, "the bundled model is a maxent model the decoder reads");
        assertTrue(decoder.readsWordFeatures(), "the bundled model has the default features, looked up per word");
        sameAsNameFinderMe(model, decoder);
    }

    @Test
    void findsTheSameWithTheFeaturesTheGeneratorMakes() throws IOException {
        TokenNameFinderModel model = StatisticalFinder.bundledModel();
        LearnedNameDecoder decoder = LearnedNameDecoder.of(model, false);
        assertFalse(decoder.readsWordFeatures());
        sameAsNameFinderMe(model, decoder);
    }

    private static void sameAsNameFinderMe(TokenNameFinderModel model, LearnedNameDecoder decoder) throws IOException {
        NameFinderME me = new NameFinderME(model);
        List<String[]> sentences = sentences();
        assertTrue(sentences.size() > 2000, "sentences: " + sentences.size());
        int names = 0;
        for (String[] words : sentences) {
            Span[] expected = me.find(words);
            double[] expectedProbs = me.probs(expected);
            me.clearAdaptiveData();
            LearnedNameDecoder.Found found = decoder.find(words);
            String sentence = String.join(" ", words);
            assertEquals(List.of(expected), List.of(found.spans()), sentence);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].getType(), found.spans()[i].getType(), sentence);
            }
            assertArrayEquals(expectedProbs, found.probs(), 0.0, sentence); // to the last bit
            names += expected.length;
        }
        assertTrue(names > 1000, "names: " + names);
    }
}
