package org.aikg.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.aikg.ingest.AikgException;

/**
 * A file's bytes, as ingest reads them: folders, what is not a regular file, unreadable, empty and over-large
 * files refused with the path and the reason. A class of its own, apart from {@link DocumentReaders}, so that
 * reading and hashing files (an ingest of unchanged files) does not load the readers' parsers.
 *
 * <p>Thread-safety: stateless.
 */
public final class FileBytes {
    private FileBytes() {
    }

    /**
     * The bytes of {@code path}, refusing folders, unreadable, empty and over-large files (an
     * {@link AikgException} naming the path and the reason).
     */
    public static byte[] load(Path path, long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16) + ": " + maxBytes);
        }
        FileKind kind = FileKind.target(path);
        if (kind == FileKind.DIRECTORY) {
            throw fail(path, "is a directory, not a file");
        }
        if (kind == FileKind.MISSING) {
            throw fail(path, "no such file");
        }
        if (!kind.readable()) {
            // never opened: a FIFO would block until someone writes to it, a device might never end
            throw fail(path, "not a regular file (" + kind.description() + "), not read");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw fail(path, reason(e), e);
        }
        if (size > maxBytes) {
            throw fail(path, "file too large: " + size + " bytes, the limit is " + maxBytes + " bytes");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // Bounded even if the file grew after the size check (or is a device that reports 0).
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw fail(path, reason(e), e);
        }
        if (bytes.length > maxBytes) {
            throw fail(path, "file too large: more than " + maxBytes + " bytes, the limit is " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw fail(path, "empty file");
        }
        return bytes;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static AikgException fail(Path path, String reason) {
        return new AikgException(path + ": " + reason);
    }

    private static AikgException fail(Path path, String reason, Throwable cause) {
        return new AikgException(path + ": " + reason, cause);
    }
}
