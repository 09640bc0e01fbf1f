package org.aikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.aikg.ingest.bulk.ManifestEntry;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.resolve.Entity;
import org.junit.jupiter.api.Test;

/** A staged outcome reads back as the outcome written, from a buffer longer than its bytes (Hadoop reuses one). */
class StagedOutcomesTest {
    @Test
    void anOutcomeReadsBackEqual() {
        DocOutcome d = new DocOutcome(new ManifestEntry("file:/c/a.md", "c/a.md", "sha256:00", "https://w3id.org/aikg/doc/x",
                ManifestEntry.EXTRACTED, 1, null), 2, List.of("<a> <b> <c> <d> ."),
                List.of(new Entity("https://w3id.org/aikg/id/model/m", EntityType.MODEL, "M", Set.of("M-1"), null, null, null, null)));
        byte[] bytes = StagedOutcomes.serialize(d);
        byte[] reused = java.util.Arrays.copyOf(bytes, bytes.length + 100);
        assertEquals(d, StagedOutcomes.deserialize(reused, bytes.length));
    }
}
