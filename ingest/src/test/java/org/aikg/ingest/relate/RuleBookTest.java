package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aikg.ingest.AikgException;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    private static final String LEXICON = "lexicon:\n  coordination: [\",\", and]\n";

    @Test
    void aFaultyRuleIsNamedWithItsLine() {
        String yaml = LEXICON + """
                rules:
                  - id: fine
                    relation: developedBy
                    left: Model
                    right: Organization
                    subject: left
                    gap: "by"
                    why: "X by Y"
                    confidence: 0.9
                  - id: broken
                    relation: developedBy
                    left: Model
                    right: Organization
                    subject: middle
                    gap: "by"
                    why: "X by Y"
                    confidence: 0.9
                """;
        AikgException e = assertThrows(AikgException.class, () -> RuleBook.parse(yaml, Path.of("rules.yaml")));
        assertTrue(e.getMessage().startsWith("rules.yaml:12:1: rule broken: "), e.getMessage());
    }

    @Test
    void aSecondRuleOfTheSameIdIsNamedWithTheFirstOnesLine() {
        String yaml = LEXICON + """
                rules:
                  - id: twice
                    relation: developedBy
                    left: Model
                    right: Organization
                    subject: left
                    gap: "by"
                    why: "X by Y"
                    confidence: 0.9
                  - id: twice
                    relation: developedBy
                    left: Model
                    right: Organization
                    subject: left
                    gap: "from"
                    why: "X from Y"
                    confidence: 0.9
                """;
        AikgException e = assertThrows(AikgException.class, () -> RuleBook.parse(yaml, Path.of("rules.yaml")));
        assertTrue(e.getMessage().startsWith("rules.yaml:4:1: rule twice: every rule needs an id of its own"), e.getMessage());
    }

    @Test
    void aRowThatReadsItsMentionsOwnWordsIsKnownSoThatNoAnaphorFeedsIt() {
        String yaml = LEXICON + """
                rules:
                  - id: unit-then-parent
                    relation: partOf
                    left: Organization
                    right: Organization
                    subject: left
                    leftName: "_+ lab"
                    gap: ","
                    confidence: 0.8
                    why: "a unit, then its parent"
                  - id: org-of-org
                    relation: partOf
                    left: Organization
                    right: Organization
                    subject: left
                    gap: "of"
                    confidence: 0.8
                    why: "a unit of its parent"
                """;
        RuleEngine engine = new RuleEngine(RuleBook.parse(yaml, Path.of("rules.yaml")));
        assertTrue(engine.readsNames("unit-then-parent"));
        org.junit.jupiter.api.Assertions.assertFalse(engine.readsNames("org-of-org"));
    }
}
