package org.aikg.ingest.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    /** Splits {@code text} after every ". " (as a sentence detector may), then joins as the annotator does. */
    private static List<String> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            spans.add(new Span(from, i + 1));
            from = i + 2;
        }
        spans.add(new Span(from, text.length()));
        return Arrays.stream(Annotator.joinLowercaseStarts(text, spans.toArray(new Span[0])))
                .map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void aMiddleInitialInAListOfNamesEndsNoSentence() {
        assertEquals(List.of("By Ada K. Lind, Tomas Berg and Mei R. Okafor."),
                sentences("By Ada K. Lind, Tomas Berg and Mei R. Okafor."));
        assertEquals(List.of("Written by Tomas Berg and Ada K. Lind."), sentences("Written by Tomas Berg and Ada K. Lind."));
    }

    @Test
    void aCapitalAtASentencesEndStillEndsIt() {
        assertEquals(List.of("We chose Plan B.", "Then, we waited."), sentences("We chose Plan B. Then, we waited."));
        assertEquals(List.of("It rated Model X.", "However the rest failed."),
                sentences("It rated Model X. However the rest failed."));
    }
}
