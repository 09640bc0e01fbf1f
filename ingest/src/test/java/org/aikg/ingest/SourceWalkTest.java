package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aikg.ingest.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry of a folder is ingested or listed with a reason, and nothing that could block is opened. */
class SourceWalkTest {
    @TempDir
    Path tmp;

    static boolean mkfifo(Path p) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException noMkfifo) {
            return false;
        }
    }

    private static Map<String, String> skipped(SourceWalk.Found f, Path folder) {
        Map<String, String> m = new TreeMap<>();
        f.skipped().forEach(s -> m.put(folder.relativize(s.file()).toString(), s.reason()));
        return m;
    }

    @Test
    void everyEntryIsIngestedOrListedWithItsReason() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("notes"));
        Files.writeString(folder.resolve("post.md"), "A post.");
        Files.writeString(folder.resolve(".draft.md"), "Hidden.");
        Path hiddenDir = Files.createDirectories(folder.resolve(".git/objects"));
        Files.writeString(hiddenDir.resolve("blob"), "never listed one by one");
        Path sub = Files.createDirectory(folder.resolve("sub"));
        Files.writeString(sub.resolve("inner.txt"), "Inner.");
        Files.createSymbolicLink(folder.resolve("link-to-post.md"), folder.resolve("post.md"));
        Files.createSymbolicLink(folder.resolve("dangling.md"), folder.resolve("gone.md"));
        Files.createSymbolicLink(folder.resolve("loop-a"), folder.resolve("loop-b"));
        Files.createSymbolicLink(folder.resolve("loop-b"), folder.resolve("loop-a"));
        Files.createSymbolicLink(folder.resolve("up"), folder);
        Files.createSymbolicLink(folder.resolve("null.md"), Path.of("/dev/null"));
        boolean fifo = mkfifo(folder.resolve("pipe.md"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(folder.resolve("sock")));

            SourceWalk.Found found = SourceWalk.walk(List.of(folder), null);

            assertEquals(List.of(folder.resolve("link-to-post.md"), folder.resolve("post.md"), sub.resolve("inner.txt")),
                    found.sources().stream().map(Ingester.Source::file).toList());
            Map<String, String> skipped = skipped(found, folder);
            assertEquals("hidden file", skipped.get(".draft.md"));
            assertEquals("hidden folder, not read", skipped.get(".git"));
            assertEquals("dangling symbolic link", skipped.get("dangling.md"));
            assertEquals("symbolic link loop", skipped.get("loop-a"));
            assertEquals("symbolic link loop", skipped.get("loop-b"));
            assertEquals("symbolic link to a folder, not followed", skipped.get("up"));
            assertEquals("symbolic link to a character device, not read", skipped.get("null.md"));
            assertEquals("a socket, not read", skipped.get("sock"));
            if (fifo) {
                assertEquals("a FIFO (named pipe), not read", skipped.get("pipe.md"));
            }
            assertEquals(fifo ? 9 : 8, skipped.size(), skipped.toString());
            assertTrue(found.failures().isEmpty(), found.failures().toString());
        }
    }

    @Test
    void aFifoGivenAsAPathIsAFailureAndIsNeverOpened() throws Exception {
        Path pipe = tmp.resolve("pipe.md");
        assumeTrue(mkfifo(pipe), "mkfifo not available");
        SourceWalk.Found found = SourceWalk.walk(List.of(pipe), null);
        assertTrue(found.sources().isEmpty());
        assertEquals(1, found.failures().size());
        assertTrue(found.failures().get(0).reason().endsWith("pipe.md: not a regular file (a FIFO (named pipe)), not read"),
                found.failures().get(0).reason());
        // and the reader refuses it before opening it (opening a FIFO with no writer would block here)
        AikgException e = org.junit.jupiter.api.Assertions.assertThrows(AikgException.class,
                () -> DocumentReaders.readAll(pipe, DocumentReaders.DEFAULT_MAX_BYTES));
        assertTrue(e.getMessage().contains("not a regular file (a FIFO (named pipe))"), e.getMessage());
    }

    @Test
    void aLinkGivenAsAPathIsFollowedAndAFolderLinkIsWalked() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("real"));
        Files.writeString(folder.resolve("a.md"), "A.");
        Path link = Files.createSymbolicLink(tmp.resolve("alias"), folder);
        SourceWalk.Found found = SourceWalk.walk(List.of(link), null);
        assertEquals(List.of(link.resolve("a.md")), found.sources().stream().map(Ingester.Source::file).toList());
    }
}
