package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aikg.ingest.AikgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cue of the bundled book on its own examples, with no model loaded: a {@code fires} example yields
 * exactly the names in [brackets], typed as the cue says; a {@code silent} one yields nothing from the cue.
 */
class CueFinderTest {
    private static final CueFinder BOOK = CueFinder.bundled();

    static Stream<Arguments> fires() {
        return BOOK.cues().stream().flatMap(c -> c.fires().stream().map(e -> Arguments.of(c.id(), e)));
    }

    static Stream<Arguments> silent() {
        return BOOK.cues().stream().flatMap(c -> c.silent().stream().map(e -> Arguments.of(c.id(), e)));
    }

    private static CueFinder only(String id) {
        return new CueFinder(BOOK.cues().stream().filter(c -> c.id().equals(id)).toList());
    }

    /** "a [X] b" → the text without brackets and "start-end" of each bracketed name. */
    private static List<String> expected(String example, StringBuilder text) {
        List<String> spans = new ArrayList<>();
        int open = -1;
        for (char ch : example.toCharArray()) {
            if (ch == '[') {
                open = text.length();
            } else if (ch == ']') {
                spans.add(open + "-" + text.length());
            } else {
                text.append(ch);
            }
        }
        return spans;
    }

    @ParameterizedTest(name = "{0} fires on: {1}")
    @MethodSource("fires")
    void firesExactlyItsNames(String id, String example) {
        StringBuilder text = new StringBuilder();
        List<String> want = expected(example, text);
        assertTrue(!want.isEmpty(), "a 'fires' example brackets its names: " + example);
        CueFinder finder = only(id);
        EntityType type = finder.cues().get(0).type();
        List<Mention> found = TokenizedSentences.found(finder, text.toString());
        assertEquals(want, found.stream().map(m -> m.start() + "-" + m.end()).toList(), example);
        assertTrue(found.stream().allMatch(m -> m.type() == type && m.finder().equals("cue:" + id)), example);
    }

    @ParameterizedTest(name = "{0} is silent on: {1}")
    @MethodSource("silent")
    void silentOnItsCounterExamples(String id, String example) {
        assertEquals(List.of(), TokenizedSentences.found(only(id), example).stream().map(Mention::surface).toList());
    }

    @Test
    void aRunOfCapitalizedWordsIsOneNameAndGluedPiecesBelongToIt() {
        List<Mention> found = TokenizedSentences.found(BOOK, "We fine-tuned Harbor Voice-2b on call transcripts.");
        assertEquals(List.of("Harbor Voice-2b"), found.stream().map(Mention::surface).toList());
    }

    @Test
    void aCueWithoutContextIsRefusedWithItsLine() {
        String yaml = "cues:\n  - id: ok\n    type: Model\n    after: weights\n    confidence: 0.5\n    fires: ['[X] weights']\n"
                + "  - id: bare\n    type: Model\n    confidence: 0.5\n    fires: ['[X]']\n";
        AikgException e = assertThrows(AikgException.class, () -> CueFinder.parse(yaml, Path.of("cues.yaml")));
        assertTrue(e.getMessage().startsWith("cues.yaml:7:1: cue bare"), e.getMessage());
    }

    @Test
    void anUnknownLexiconEntryIsRefused() {
        String yaml = "cues:\n  - id: bad\n    type: Model\n    before: '@nothing'\n    confidence: 0.5\n    fires: ['[X]']\n";
        assertThrows(AikgException.class, () -> CueFinder.parse(yaml, Path.of("cues.yaml")));
    }
}
