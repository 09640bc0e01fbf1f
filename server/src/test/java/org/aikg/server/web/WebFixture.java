package org.aikg.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aikg.ingest.Extractor;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.server.AikgServer;

/**
 * A server over an in-memory store filled by the real ingester from the sample corpus plus two hostile
 * documents written here: one whose front matter carries markup and script (the Markdown reader keeps front
 * matter verbatim) and a plain-text one whose relation sentence does (the plain-text reader keeps it), so
 * markup reaches titles, authors and evidence sentences in the graph.
 *
 * <p>Not thread-safe; one per test class.
 */
final class WebFixture implements AutoCloseable {

    static final Path SAMPLES = Path.of("../samples/corpus");
    static final String HOSTILE_MD = """
            ---
            title: "Release notes <script>window.__xss = 'title'</script> & <img src=x onerror=\\"window.__xss = 'img'\\">"
            date: 2024-02-01
            author: "<b>mallory</b>"
            ---

            # Notes

            GPT-4 was developed by OpenAI and released in 2023.
            """;
    static final String HOSTILE_TXT = """
            Hostile plain text

            Gemini was developed by Google DeepMind <script>window.__xss = 'plain'</script> in 2023.
            """;

    final KnowledgeStore store;
    final AikgServer server;
    final IngestReport report;
    final String base;

    private WebFixture(KnowledgeStore store, AikgServer server, IngestReport report) {
        this.store = store;
        this.server = server;
        this.report = report;
        this.base = server.webUrl().substring(0, server.webUrl().length() - 1);
    }

    static WebFixture start(Path tempDir) throws IOException {
        Path hostile = tempDir.resolve("hostile");
        Files.createDirectories(hostile);
        Files.writeString(hostile.resolve("hostile.md"), HOSTILE_MD, StandardCharsets.UTF_8);
        Files.writeString(hostile.resolve("hostile-plain.txt"), HOSTILE_TXT, StandardCharsets.UTF_8);
        return start(List.of(SAMPLES, hostile), null);
    }

    /**
     * A server over a store of its own, filled from {@code sources}; with a {@code writeToken} it takes documents
     * and corrections (as {@code aikg serve --write-token}), so a test may change its store without touching
     * the other tests' fixture.
     */
    static WebFixture start(List<Path> sources, String writeToken) throws IOException {
        KnowledgeStore store = KnowledgeStore.inMemory();
        Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), store, 2, 16L << 20);
        IngestReport report = ingester.ingest(sources, IngestListener.NONE);
        AikgServer.Builder builder = AikgServer.builder().dataset(store.dataset()).port(0);
        if (writeToken != null) {
            builder.writes(ingester::ingestOne, c -> store.correct(c, java.time.Instant.now()), writeToken, 16L << 20);
        }
        return new WebFixture(store, builder.build().start(), report);
    }

    /** A server over {@code store} as it is (the test filled it), read-only. */
    static WebFixture serving(KnowledgeStore store) {
        AikgServer server = AikgServer.builder().dataset(store.dataset()).port(0).build().start();
        return new WebFixture(store, server, null);
    }

    /** The IRI of the stored document whose IRI starts with {@code https://w3id.org/aikg/doc/{prefix}}. */
    String document(String prefix) {
        return store.documents().values().stream().filter(iri -> iri.startsWith("https://w3id.org/aikg/doc/" + prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no document " + prefix + " in " + store.documents()));
    }

    /** The local URL of a page. */
    String url(String path) {
        return base + path;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
