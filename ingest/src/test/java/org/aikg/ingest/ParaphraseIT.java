package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.train.ParaphraseSuite;
import org.junit.jupiter.api.Test;

/**
 * The paraphrase suite (eval/paraphrases/suite.json: the same facts in five phrasings each, written by
 * someone who had not read the rules) through the whole extractor, held to the floor in
 * eval/floors.json. A floor only rises.
 */
class ParaphraseIT {
    @Test
    void sameFactsWhateverThePhrasing() throws Exception {
        check("suite.json", "paraphrases");
    }

    /** The suite written later, by another hand, and never tuned on. */
    @Test
    void sameFactsInPhrasingsNobodyTunedOn() throws Exception {
        check("suite-heldout.json", "paraphrasesHeldout");
    }

    private static void check(String suite, String floorName) throws Exception {
        JsonNode floors = new ObjectMapper().readTree(Files.readString(Path.of("../eval/floors.json")));
        ParaphraseSuite.Score s = ParaphraseSuite.run(Extractor.standard(KnowledgeBase.load(List.of())),
                Path.of("../eval/paraphrases/" + suite));
        System.out.printf(suite + ": %d/%d sentences right (%.3f), facts %d/%d, negatives clean %d/%d%n", s.right(),
                s.sentences(), s.accuracy(), s.factsFound(), s.facts(), s.negativesClean(), s.negatives());
        double floor = floors.path(floorName).path("sentences").asDouble();
        assertTrue(floor > 0, "eval/floors.json has no " + floorName + ".sentences floor");
        assertTrue(s.accuracy() + 1e-9 >= floor, "paraphrase accuracy " + s.accuracy() + " below the floor " + floor
                + "; wrong:\n" + String.join("\n", s.wrong()));
        if (floorName.equals("paraphrases")) {
            assertTrue(s.negativesClean() == s.negatives(), "a sentence stating no relation got one:\n" + String.join("\n", s.wrong()));
        }
    }
}
