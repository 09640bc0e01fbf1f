package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
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

    /**
     * "{Organization|A} b [X] c" → the text without marks, "start-end" of each bracketed name, and in
     * {@code known} the names marked {Type|surface}: names found before the cues read them.
     */
    private static List<String> expected(String example, StringBuilder text, List<Mention> known) {
        List<String> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < example.length(); i++) {
            char ch = example.charAt(i);
            if (ch == '[') {
                open = text.length();
            } else if (ch == ']') {
                spans.add(open + "-" + text.length());
            } else if (ch == '{') {
                int bar = example.indexOf('|', i);
                int close = example.indexOf('}', bar);
                String surface = example.substring(bar + 1, close);
                known.add(Mention.of(text.length(), text.length() + surface.length(), surface,
                        EntityType.parse(example.substring(i + 1, bar)), 0.9, "test"));
                text.append(surface);
                i = close;
            } else {
                text.append(ch);
            }
        }
        return spans;
    }

    /** What {@code finder} finds in {@code text}: its plain cues, then those that read the {@code known} names. */
    private static List<Mention> found(CueFinder finder, String text, List<Mention> known) {
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        AnnotatedDocument d = TokenizedSentences.document(s);
        List<Mention> all = new ArrayList<>(finder.find(d, s));
        all.addAll(finder.findAround(d, s, known));
        return all;
    }

    @ParameterizedTest(name = "{0} fires on: {1}")
    @MethodSource("fires")
    void firesExactlyItsNames(String id, String example) {
        StringBuilder text = new StringBuilder();
        List<Mention> known = new ArrayList<>();
        List<String> want = expected(example, text, known);
        assertTrue(!want.isEmpty(), "a 'fires' example brackets its names: " + example);
        CueFinder finder = only(id);
        EntityType type = finder.cues().get(0).type();
        List<Mention> found = found(finder, text.toString(), known);
        assertEquals(want, found.stream().map(m -> m.start() + "-" + m.end()).toList(), example);
        assertTrue(found.stream().allMatch(m -> m.type() == type && m.finder().equals("cue:" + id)), example);
    }

    @ParameterizedTest(name = "{0} is silent on: {1}")
    @MethodSource("silent")
    void silentOnItsCounterExamples(String id, String example) {
        StringBuilder text = new StringBuilder();
        List<Mention> known = new ArrayList<>();
        expected(example, text, known);
        assertEquals(List.of(), found(only(id), text.toString(), known).stream().map(Mention::surface).toList());
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
