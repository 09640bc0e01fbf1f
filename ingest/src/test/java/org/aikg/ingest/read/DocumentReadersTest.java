package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.aikg.ingest.AikgException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static String refusal(Path p) {
        return refusal(p, DocumentReaders.DEFAULT_MAX_BYTES);
    }

    private static String refusal(Path p, long max) {
        AikgException e = assertThrows(AikgException.class, () -> DocumentReaders.read(p, max));
        assertTrue(e.getMessage().startsWith(p.toString()), "message starts with the path: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(refusal(write("e.txt", new byte[0])).endsWith(": empty file"));
    }

    @Test
    void binaryWithNul() throws IOException {
        assertTrue(refusal(write("b.bin", "abc\0def".getBytes(StandardCharsets.US_ASCII))).contains(": binary file"));
    }

    @Test
    void binaryByControlCharacters() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        assertTrue(refusal(write("c.bin", bytes)).contains(": binary file"));
    }

    @Test
    void aFewStrayControlCharactersAreTolerated() throws IOException {
        String text = "Readable text with one stray \u0007 bell. ".repeat(20);
        Document d = DocumentReaders.read(write("ok.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.text().startsWith("Readable text"));
    }

    @Test
    void invalidUtf8GivesLineAndColumnOfTheFirstBadByte() throws IOException {
        // damaged UTF-8: a good two-byte sequence (é) earlier in the file says it is not a legacy 8-bit text
        byte[] head = "line \u00e9\nab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = 'c';
        bytes[head.length + 3] = 'd';
        Path p = write("u.txt", bytes);
        String message = refusal(p);
        assertTrue(message.startsWith(p + ":2:3: not valid UTF-8"), message);
        assertTrue(message.contains("byte offset 10"), message);
    }

    @Test
    void latin1AndWindows1252FilesAreReadAsSuch() throws IOException {
        // an AUTHORS file of an old package: Latin-1 umlauts, a Windows-1252 curly quote and en dash
        byte[] bytes = "Main authors:\nJ\u00fcrgen M\u00f6ller \u2013 the \u201ctagger\u201d\nAndr\u00e9 Fran\u00e7ois\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Document d = DocumentReaders.read(write("AUTHORS", bytes));
        assertTrue(d.text().contains("J\u00fcrgen M\u00f6ller \u2013 the \u201ctagger\u201d"), d.text());
        assertTrue(d.text().contains("Andr\u00e9 Fran\u00e7ois"), d.text());
    }

    @Test
    void legacyEightBitMeansNoWellFormedUtf8SequenceAnywhere() {
        byte[] latin1 = "G\u00f6del, Ren\u00e9e".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(DocumentReaders.isLegacyEightBit(latin1));
        byte[] mixed = ("caf\u00e9 ").getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(mixed, mixed.length + 2);
        damaged[mixed.length] = (byte) 0xE9;
        damaged[mixed.length + 1] = 'x';
        assertFalse(DocumentReaders.isLegacyEightBit(damaged));
    }

    @Test
    void tooLargeIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        // no clock here: the 3 GiB file below shows the size is checked before reading
        String message = refusal(big);
        assertTrue(message.contains("file too large") && message.contains("limit is 16777216 bytes"), message);

        // Beyond what one byte[] can hold: reading it would fail differently, so this proves no read.
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024);
        }
        assertTrue(refusal(huge).contains("file too large"));
    }

    @Test
    void customLimit() throws IOException {
        Path p = write("s.txt", "x".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(p, 50).contains("limit is 50 bytes"));
        assertEquals(100, DocumentReaders.read(p, 100).text().length());
    }

    @Test
    void missingFileAndDirectory() {
        assertTrue(refusal(dir.resolve("nope.txt")).endsWith(": no such file"));
        assertTrue(refusal(dir).contains("is a directory"));
    }

    @Test
    void unreadableFileGivesTheIoReason() throws IOException {
        Path p = write("locked.txt", "secret".getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
        assertTrue(refusal(p).contains("cannot read"));
    }

    @Test
    void bomIsSkippedButOffsetsPointIntoTheOriginal() throws IOException {
        byte[] body = "Hello there, world.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Document d = DocumentReaders.read(write("bom.txt", bytes));
        assertEquals("Hello there, world.", d.text());
        assertEquals('\uFEFF', d.original().charAt(0));
        assertEquals(1, d.originalOffset(0));
    }

    @Test
    void readerIsChosenByContentNotExtension() throws IOException {
        Path mdInTxt = write("a.txt", "# Title\n\nSome *text* here.".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.MARKDOWN, DocumentReaders.read(mdInTxt).format());
        Path txtInMd = write("b.md", "Just words.\nNothing else here.".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.TEXT, DocumentReaders.read(txtInMd).format());
        Path linkOnly = write("c.txt", "See [this](https://example.org) now.".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.MARKDOWN, DocumentReaders.read(linkOnly).format());
        Path frontMatter = write("d.txt", "---\ntitle: T\n---\nplain body".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.MARKDOWN, DocumentReaders.read(frontMatter).format());
        Path oneDash = write("e.txt", "A line.\n- one dash item\nMore.".getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.TEXT, DocumentReaders.read(oneDash).format());
    }
}
