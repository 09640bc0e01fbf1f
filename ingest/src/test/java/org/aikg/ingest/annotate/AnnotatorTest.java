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
    void anInitialAfterByBeginsAName() {
        assertEquals(List.of("The tagger was written by Minh T. Do in a summer at the lab."),
                sentences("The tagger was written by Minh T. Do in a summer at the lab."));
        assertEquals(List.of("The tracker follows Arvind K. Menon's paper on alignment."),
                sentences("The tracker follows Arvind K. Menon's paper on alignment."));
        assertEquals(List.of("The rule learner was developed by J. Ross Lindqvist (1986)."),
                sentences("The rule learner was developed by J. Ross Lindqvist (1986)."));
        // a sentence that ends so, and the next one's opening word
        assertEquals(List.of("It was replaced by plan B.", "Then we tried Corvid."), sentences("It was replaced by plan B. Then we tried Corvid."));
        assertEquals(List.of("We switched to Plan B.", "Corvid did better."), sentences("We switched to Plan B. Corvid did better."));
        assertEquals(List.of("It was replaced by Plan B.", "Ana Lind then left."), sentences("It was replaced by Plan B. Ana Lind then left."));
        assertEquals(List.of("Heron-2 was released by Group B.", "Velto Labs trained Wren-3B."),
                sentences("Heron-2 was released by Group B. Velto Labs trained Wren-3B."));
    }

    @Test
    void initialsOfAHyphenedGivenNameEndNoSentence() {
        assertEquals(List.of("Search and Evolution : J.-P. Lindqvist, Harbor Press, 1994"),
                sentences("Search and Evolution : J.-P. Lindqvist, Harbor Press, 1994"));
        assertEquals(List.of("We read H.-W. Okafor and J.-C. Berg on sampling."),
                sentences("We read H.-W. Okafor and J.-C. Berg on sampling."));
        // a lone initial may still end a sentence
        assertEquals(List.of("We tried plan B.", "Corvid did better."), sentences("We tried plan B. Corvid did better."));
    }

    @Test
    void anInitialAfterAWordOpensAnAuthorListWhenAnotherAuthorsInitialsFollow() {
        assertEquals(List.of("The tagger is described in T. Lindqvist and M. Okafor, Journal of Tagging, 2018."),
                sentences("The tagger is described in T. Lindqvist and M. Okafor, Journal of Tagging, 2018."));
        assertEquals(List.of("See the paper by A. Berg, K. Lind, Bird Songs, 2019."),
                sentences("See the paper by A. Berg, K. Lind, Bird Songs, 2019."));
        assertEquals(List.of("It was published in T. Berg and N. Okafor, \"Counting birds by song,\" Bird Letters, 2019."),
                sentences("It was published in T. Berg and N. Okafor, \"Counting birds by song,\" Bird Letters, 2019."));
        // a language's one-letter name ends a sentence, and what follows is no author list
        assertEquals(List.of("It is written in R.", "Windows and Linux are both supported."),
                sentences("It is written in R. Windows and Linux are both supported."));
    }

    @Test
    void initialsThatStandAloneBeginANameNotASentence() {
        assertEquals(List.of("A. K. Lind and T. Berg and M. R. Okafor, Fast alignment of speech, 2021."),
                sentences("A. K. Lind and T. Berg and M. R. Okafor, Fast alignment of speech, 2021."));
        // surname first: the initials end each name, and a title that follows them is no surname
        assertEquals(List.of("Lind, A., Berg, T. and Okafor, M. R.", "Fast alignment."),
                sentences("Lind, A., Berg, T. and Okafor, M. R. Fast alignment."));
        assertEquals(List.of("We tried plan B.", "Corvid did better."), sentences("We tried plan B. Corvid did better."));
        assertEquals(List.of("We compare groups A and B.", "However, Corvid wins."), sentences("We compare groups A and B. However, Corvid wins."));
        assertEquals(List.of("Ana K. L. Lind (Harbor University)"), sentences("Ana K. L. Lind (Harbor University)"));
    }

    @Test
    void aCapitalAtASentencesEndStillEndsIt() {
        assertEquals(List.of("We chose Plan B.", "Then, we waited."), sentences("We chose Plan B. Then, we waited."));
        assertEquals(List.of("It rated Model X.", "However the rest failed."),
                sentences("It rated Model X. However the rest failed."));
    }

    @Test
    void examplesAfterEgOrIeGoOnTheSentence() {
        assertEquals(List.of("Heron extends earlier tools (e.g. Wren, Corvid and Finch) to radios.", "It runs fast."),
                sentences("Heron extends earlier tools (e.g. Wren, Corvid and Finch) to radios. It runs fast."));
        assertEquals(List.of("It reads one format, i.e. Tomas Berg's tables."),
                sentences("It reads one format, i.e. Tomas Berg's tables."));
        assertEquals(List.of("Other tools, E.g. Wren by Ana Lind, do less."), sentences("Other tools, E.g. Wren by Ana Lind, do less."));
    }
}
