package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which headings open a references section. */
class SectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"References", "Reference", "Paper references", "Bibliography:", "Further reading", "Sources",
        "📚 Citations", "Works cited", "7. Sources", "7 Reference", "A.2 References"})
    void referenceHeadings(String heading) {
        assertTrue(Sections.isReferenceHeading(heading), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"API Reference", "Command reference", "Quick Reference", "Data sources", "Installing from sources",
        "Usage", "Referenced models"})
    void otherHeadings(String heading) {
        assertFalse(Sections.isReferenceHeading(heading), heading);
    }
}
