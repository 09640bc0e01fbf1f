package org.aikg.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A document's source and IRI: a feed entry's fragment is cut, a '#' in a file's own name is kept. */
class DocumentIrisTest {
    @Test
    void aFeedEntrysFragmentIsNoPartOfTheSource() {
        assertEquals("news/feed.xml", DocumentIris.sourceOf("news/feed.xml#0123abcd"));
    }

    @Test
    void aHashInAFileNameStaysInTheSource() {
        assertEquals("notes/a#x.md", DocumentIris.sourceOf("notes/a#x.md"));
        assertEquals("notes/a#y.md", DocumentIris.sourceOf("notes/a#y.md"));
        assertNotEquals(DocumentIris.documentIri(DocumentIris.sourceOf("notes/a#x.md"), "notes/a#x.md"),
                DocumentIris.documentIri(DocumentIris.sourceOf("notes/a#y.md"), "notes/a#y.md"));
    }
}
