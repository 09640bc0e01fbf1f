package org.aikg.ingest.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.train.SpanScore.Counts;
import org.aikg.ingest.train.SpanScore.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinderEvaluationTest {
    private static final double EPS = 1e-9;

    private static Labeled span(int start, int end, String type) {
        return new Labeled(start, end, type);
    }

    /**
     * Unit 1: one model right, one person given the wrong type, one person missed, one spurious person, and
     * the right model reported twice. Unit 2: one person right, one model missed.
     */
    private static SpanScore handMade() {
        SpanScore score = new SpanScore();
        score.add(List.of(span(0, 5, "model"), span(10, 15, "person"), span(20, 25, "person")),
                List.of(span(0, 5, "model"), span(0, 5, "model"), span(10, 15, "organization"),
                        span(30, 35, "person")));
        score.add(List.of(span(0, 3, "person"), span(5, 9, "model")), List.of(span(0, 3, "person")));
        return score;
    }

    @Test
    void countsPerTypeFollowExactSpanAndTypeMatches() {
        SpanScore score = handMade();
        assertEquals(new Counts(1, 0, 1), score.counts("model"));
        assertEquals(new Counts(1, 1, 2), score.counts("person"));
        assertEquals(new Counts(0, 1, 0), score.counts("organization"));
        assertEquals(List.of("model", "organization", "person"), score.types());
    }

    @Test
    void perTypePrecisionRecallAndF1() {
        SpanScore score = handMade();
        Counts model = score.counts("model");
        assertEquals(1.0, model.precision(), EPS);
        assertEquals(0.5, model.recall(), EPS);
        assertEquals(2.0 / 3, model.f1(), EPS);
        Counts person = score.counts("person");
        assertEquals(0.5, person.precision(), EPS);
        assertEquals(1.0 / 3, person.recall(), EPS);
        assertEquals(0.4, person.f1(), EPS);
        Counts org = score.counts("organization");
        assertEquals(0.0, org.precision(), EPS);
        assertTrue(Double.isNaN(org.recall()), "no gold organizations: recall is undefined");
        assertEquals(0.0, org.f1(), EPS);
    }

    @Test
    void overallIsTheMicroAverage() {
        Counts all = handMade().overall();
        assertEquals(new Counts(2, 2, 3), all);
        assertEquals(0.5, all.precision(), EPS);
        assertEquals(0.4, all.recall(), EPS);
        // 2PR / (P + R) = 0.4 / 0.9
        assertEquals(4.0 / 9, all.f1(), EPS);
        assertEquals(2 * all.precision() * all.recall() / (all.precision() + all.recall()), all.f1(), EPS);
    }

    @Test
    void nothingPredictedLeavesPrecisionUndefined() {
        SpanScore score = new SpanScore();
        score.add(List.of(span(0, 4, "paper")), List.of());
        Counts paper = score.counts("paper");
        assertTrue(Double.isNaN(paper.precision()));
        assertEquals(0.0, paper.recall(), EPS);
        assertEquals(0.0, paper.f1(), EPS);
        assertEquals(Counts.ZERO, score.counts("person"));
        assertTrue(Double.isNaN(Counts.ZERO.f1()));
        assertEquals("–", FinderEvaluation.fmt(paper.precision()));
        assertEquals("0.000", FinderEvaluation.fmt(paper.recall()));
    }

    @Test
    void addAllSumsTwoScores() {
        SpanScore total = new SpanScore();
        total.addAll(handMade());
        total.addAll(handMade());
        assertEquals(new Counts(4, 4, 6), total.overall());
        assertEquals(new Counts(2, 2, 4), total.counts("person"));
    }

    @Test
    void spansAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> span(5, 4, "model"));
        assertThrows(IllegalArgumentException.class, () -> span(0, 4, ""));
    }

    @Test
    void readsAnnotatedSentencesAsCharacterSpans(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.txt");
        Files.writeString(file, """
                <START:model> Foo - 4 <END> beats <START:organization> Acme Labs <END> .
                It was built by <START:person> Jo Bloggs <END> .

                No names here .
                """, StandardCharsets.UTF_8);
        List<FinderEvaluation.GoldDocument> docs = FinderEvaluation.readAnnotated(file, FinderEvaluation.Rendering.SPACED);
        assertEquals(2, docs.size());
        FinderEvaluation.GoldDocument first = docs.get(0);
        assertEquals("Foo - 4 beats Acme Labs .\n\nIt was built by Jo Bloggs .", first.text());
        assertEquals(List.of(span(0, 7, "model"), span(14, 23, "organization"), span(43, 52, "person")),
                first.gold());
        assertEquals("Jo Bloggs", first.text().substring(43, 52));
        assertEquals(List.of(), docs.get(1).gold());
        assertEquals("No names here .", docs.get(1).text());
    }

    @Test
    void malformedLineIsReportedWithItsPosition(@TempDir Path dir) throws IOException {
        Path stray = dir.resolve("stray.txt");
        Files.writeString(stray, "fine .\nstray <END> .\n", StandardCharsets.UTF_8);
        AikgException e = assertThrows(AikgException.class, () -> FinderEvaluation.readAnnotated(stray, FinderEvaluation.Rendering.SPACED));
        assertTrue(e.getMessage().startsWith(stray + ":2:1:"), e.getMessage());

        Path unclosed = dir.resolve("unclosed.txt");
        Files.writeString(unclosed, "fine .\n\n<START:model> never closed .\n", StandardCharsets.UTF_8);
        e = assertThrows(AikgException.class, () -> FinderEvaluation.readAnnotated(unclosed, FinderEvaluation.Rendering.SPACED));
        assertTrue(e.getMessage().startsWith(unclosed + ":3:1:"), e.getMessage());
    }

    @Test
    void detokenizedRenderingKeepsGoldSpansOnTheirNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.txt");
        Files.writeString(file, "[ 2 ] <START:person> Y . Song <END> ( 2021 ) . <START:model> Foo - 1 . 5 <END> "
                + "is the startup ' s model , see https : / / example . org .\n", StandardCharsets.UTF_8);
        FinderEvaluation.GoldDocument doc =
                FinderEvaluation.readAnnotated(file, FinderEvaluation.Rendering.DETOKENIZED).get(0);
        assertEquals("[2] Y. Song (2021). Foo-1.5 is the startup's model, see https://example. org.", doc.text());
        assertEquals(List.of("Y. Song", "Foo-1.5"),
                doc.gold().stream().map(g -> doc.text().substring(g.start(), g.end())).toList());
    }
}
