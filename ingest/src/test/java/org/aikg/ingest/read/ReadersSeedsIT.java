package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the real seed corpus. Its location comes from system property {@code aikg.corpus}, else
 * {@code ../../shared/corpus} or {@code ../shared/corpus} relative to the module directory; the test
 * is skipped when none exists.
 */
class ReadersSeedsIT {

    private static Optional<Path> corpus() {
        String prop = System.getProperty("aikg.corpus");
        Stream<Path> candidates = prop != null ? Stream.of(Path.of(prop))
                : Stream.of(Path.of("../../shared/corpus"), Path.of("../shared/corpus"));
        return candidates.filter(p -> Files.isDirectory(p.resolve("seeds"))).findFirst();
    }

    @Test
    void everySeedReadsAndOffsetsHold() throws IOException {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "seed corpus not found");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(corpus.get().resolve("seeds"))) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(seeds.isEmpty());
        for (Path seed : seeds) {
            Document d = DocumentReaders.read(seed);
            assertFalse(d.text().isBlank(), seed.toString());
            assertFalse(d.blocks().isEmpty(), seed.toString());
            Texts.assertOffsetsHold(d);
            Texts.assertBlocksSeparated(d);
            if (seed.getFileName().toString().startsWith("000")) {
                assertEquals(Format.MARKDOWN, d.format());
                assertTrue(d.metadata().title().filter(t -> !t.isBlank()).isPresent());
                assertEquals(Optional.of("2022-04-18"), d.metadata().date());
                assertFalse(d.text().contains("pubDate"), "front matter stays out of the text");
                assertFalse(d.text().contains("**"), "bold markers are removed");
                assertFalse(d.links().isEmpty());
            }
        }
    }

    @Test
    void extraMarkdownReadsAndOffsetsHold() throws IOException {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent() && Files.isDirectory(corpus.get().resolve("extra")),
                "extra corpus not found");
        try (Stream<Path> s = Files.list(corpus.get().resolve("extra"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Document d = DocumentReaders.read(p);
                assertEquals(Format.MARKDOWN, d.format(), p.toString());
                Texts.assertOffsetsHold(d);
                Texts.assertBlocksSeparated(d);
            }
        }
    }
}
