package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CiteRequestsTest {
    @Test
    void aTitleOpenedByARelease() {
        assertTrue(CiteRequests.releaseOf("Wren Version 3", "Wren"));
        assertTrue(CiteRequests.releaseOf("Wren v2", "Wren"));
        assertTrue(CiteRequests.releaseOf("Wren-2.5", "Wren"));
        // another name that only starts the same
        assertFalse(CiteRequests.releaseOf("Wrenfly", "Wren"));
        assertFalse(CiteRequests.releaseOf("Wren-Guard", "Wren"));
        assertFalse(CiteRequests.releaseOf("Corvid 2", "Wren"));
    }
}
