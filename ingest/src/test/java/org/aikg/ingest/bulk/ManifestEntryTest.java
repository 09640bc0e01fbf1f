package org.aikg.ingest.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestEntryTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripsAsOneJsonLine() {
        ManifestEntry ok = new ManifestEntry("file:/x/corpus/a.md", "corpus/a.md", "sha256:ab", "https://w3id.org/aikg/doc/a.md-1",
                ManifestEntry.EXTRACTED, 12, null);
        ManifestEntry failed = new ManifestEntry("file:/x/corpus/b.md", "corpus/b.md", "sha256:cd", null, ManifestEntry.FAILED, 0,
                "corpus/b.md: empty file");
        for (ManifestEntry e : List.of(ok, failed)) {
            assertFalse(e.toJson().contains("\n"));
            assertEquals(e, ManifestEntry.parse(e.toJson()));
        }
        assertFalse(ok.toJson().contains("reason"), "no nulls written");
    }

    @Test
    void refusesAnUnknownStatus() {
        assertThrows(AikgException.class, () -> new ManifestEntry("p", "i", "h", null, "done", 0, null));
    }

    @Test
    void readsTheShardsOfABuildAndIgnoresHadoopsMarkers() throws IOException {
        Files.createDirectories(tmp.resolve("quads"));
        Files.createDirectories(tmp.resolve("manifest"));
        Files.writeString(tmp.resolve("quads/part-r-00000.nq"), "");
        Files.writeString(tmp.resolve("quads/.part-r-00000.nq.crc"), "");
        Files.writeString(tmp.resolve("quads/_SUCCESS"), "");
        ManifestEntry e = new ManifestEntry("p", "corpus/a.md", "sha256:ab", null, ManifestEntry.FAILED, 0, "why");
        Files.writeString(tmp.resolve("manifest/part-r-00000.jsonl"), e.toJson() + "\n");
        BuildOutput out = new BuildOutput(tmp);
        assertEquals(List.of(tmp.resolve("quads/part-r-00000.nq")), out.shards());
        assertEquals(List.of(e), out.manifest());
        assertThrows(AikgException.class, () -> new BuildOutput(tmp.resolve("nothing")).shards());
    }
}
