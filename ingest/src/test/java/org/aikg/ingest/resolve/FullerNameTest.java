package org.aikg.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person named by initials in one place and in full in another is called by the full name. */
class FullerNameTest {
    @Test
    void theFullGivenNameWithTheSameInitialAndSurname() {
        assertEquals("Dana Lind", EntityResolver.fullerName("D. Lind", Set.of("Lind D", "Dana Lind")));
        assertEquals("Dana M. Lind", EntityResolver.fullerName("D.M. Lind", Set.of("Dana M. Lind")));
    }

    @Test
    void anotherInitialOrSurnameOrAnInvertedFormIsNotIt() {
        assertEquals("D. Lind", EntityResolver.fullerName("D. Lind", Set.of("Tomas Lind", "Dana Berg", "Lind, Dana")));
        assertEquals("Dana Lind", EntityResolver.fullerName("Dana Lind", Set.of("Dana Q. Lind")));
    }
}
