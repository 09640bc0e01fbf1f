package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the bundled rule book on its own examples, with no model loaded: each {@code fires}
 * example gives exactly its facts, each {@code silent} example gives none. A newcomer who adds a row
 * adds its examples, and this test holds the row to them.
 */
class RuleExamplesTest {
    private static final RuleBook BOOK = RuleBook.bundled();
    private static final RuleEngine ENGINE = new RuleEngine(BOOK);

    static Stream<Arguments> fires() {
        return BOOK.rules().stream().flatMap(r -> r.fires().stream().map(e -> Arguments.of(r.id(), e)));
    }

    static Stream<Arguments> silent() {
        return BOOK.rules().stream().flatMap(r -> r.silent().stream().map(e -> Arguments.of(r.id(), e)));
    }

    private static PatternRule rule(String id) {
        return BOOK.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** An example read as a sentence of the first kind of block its rule reads. */
    private static Markup.Example example(String id, String line) {
        PatternRule r = rule(id);
        return Markup.parseLine(line, r.kinds().isEmpty() ? org.aikg.ingest.read.Block.Kind.PARAGRAPH
                : r.kinds().stream().sorted().findFirst().orElseThrow());
    }

    static Set<Markup.Fact> facts(Markup.Example ex, List<PatternRule> rules) {
        Set<Markup.Fact> out = new LinkedHashSet<>();
        List<RuleSentence.Span> byIndex = ex.sentence().mentions().stream()
                .sorted(java.util.Comparator.comparingInt(RuleSentence.Span::index)).toList();
        for (RuleEngine.Finding f : ENGINE.apply(ex.sentence(), rules)) {
            String s = ex.sentence().mentions().stream().filter(m -> m.index() == f.subject()).findFirst().orElseThrow().key();
            String o = ex.sentence().mentions().stream().filter(m -> m.index() == f.object()).findFirst().orElseThrow().key();
            out.add(new Markup.Fact(s, f.predicate(), o));
        }
        assertTrue(byIndex.size() >= 2, "an example needs two marked entities: " + ex.text());
        return out;
    }

    @ParameterizedTest(name = "{0} fires on: {1}")
    @MethodSource("fires")
    void firesExactlyItsFacts(String id, String example) {
        Markup.Example ex = example(id, example);
        assertTrue(!ex.facts().isEmpty(), "a 'fires' example names its facts after ' => ': " + example);
        assertEquals(ex.facts(), facts(ex, List.of(rule(id))), id + " on: " + ex.text());
    }

    @ParameterizedTest(name = "{0} is silent on: {1}")
    @MethodSource("silent")
    void silentOnItsCounterExamples(String id, String example) {
        Markup.Example ex = example(id, example);
        assertEquals(Set.of(), facts(ex, List.of(rule(id))), id + " on: " + ex.text());
    }

    @Test
    void everyRuleHasAParaphraseAndACounterExample() {
        for (PatternRule r : BOOK.rules()) {
            assertTrue(r.fires().size() >= 2, r.id() + " needs two 'fires' examples (a paraphrase)");
            assertTrue(!r.silent().isEmpty(), r.id() + " needs a 'silent' example");
        }
    }
}
