package org.aikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.server.AikgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aikg ingest --server}: the same identities, report and failures as a local ingest, sent over HTTP. */
class RemoteIngestIT {
    private static final String TOKEN = "remote-token-42";

    @TempDir
    Path dir;

    @Test
    void sendsFilesWithTheirIdentitiesAndReportsLikeALocalIngest() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# A\n\nNorthwind Labs released Corvid-2, a small model.\n");
        Files.writeString(notes.resolve("b.txt"), "Ada Lovelace joined Northwind Labs as chief scientist.\n");
        Files.write(notes.resolve("empty.md"), new byte[0]);
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            Ingester ingester = new Ingester(Extractor.standard(KnowledgeBase.load(List.of())), ks, 1,
                    DocumentReaders.DEFAULT_MAX_BYTES);
            AikgServer server = AikgServer.builder().dataset(ks.dataset()).port(0).webApp(false)
                    .writes(ingester::ingestOne, TOKEN, DocumentReaders.DEFAULT_MAX_BYTES).build().start();
            try {
                String base = "http://" + server.host() + ":" + server.port();
                IngestReport first = new RemoteIngest(base, TOKEN, 1 << 20).ingest(List.of(notes), null, IngestListener.NONE);
                assertEquals(2, first.added(), first.toString());
                assertEquals(1, first.failures().size(), first.toString());
                assertTrue(first.failures().get(0).reason().contains("empty.md: empty file"), first.failures().toString());
                assertEquals(java.util.Set.of("notes/a.md", "notes/b.txt"), ks.documents().keySet());

                IngestReport second = new RemoteIngest(base, TOKEN, 1 << 20).ingest(List.of(notes.resolve("a.md")), null,
                        IngestListener.NONE);
                assertEquals(1, second.unchanged(), "the same file is the same document: " + second);

                assertThrows(AikgException.class, () -> new RemoteIngest(base, "not-the-token", 1 << 20)
                        .ingest(List.of(notes), null, IngestListener.NONE));
            } finally {
                server.stop();
            }
        }
    }
}
