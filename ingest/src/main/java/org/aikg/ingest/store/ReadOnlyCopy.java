package org.aikg.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aikg.ingest.AikgException;

/**
 * A temporary, writable copy of a store folder that cannot be written (read-only media, a folder without
 * write permission). TDB2 cannot open a store read-only: it writes a lock file and a journal and maps its
 * index files read-write even to read. So a read-only store is read through a copy in the temporary folder
 * ({@code java.io.tmpdir}), which {@link #close()} deletes. Lock files are not copied: a lock in the
 * original belongs to no process that could use the copy.
 *
 * <p>Thread-safety: not thread-safe; one owner creates and closes it.
 */
final class ReadOnlyCopy implements AutoCloseable {
    private static final String LOCK_FILE = "tdb.lock";

    private final Path copy;
    private final long bytes;

    private ReadOnlyCopy(Path copy, long bytes) {
        this.copy = copy;
        this.bytes = bytes;
    }

    /**
     * Whether TDB2 can open {@code store} in place: the folder, its sub-folders and its files are all
     * writable.
     */
    static boolean isWritable(Path store) {
        try (Stream<Path> all = Files.walk(store)) {
            return all.allMatch(Files::isWritable);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Copies {@code store} to a new temporary folder.
     *
     * @throws AikgException saying what is missing: read permission on the store, or room in the temporary folder
     */
    static ReadOnlyCopy of(Path store) {
        long size = size(store);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            long free = Files.getFileStore(tmp).getUsableSpace();
            if (free < size) {
                throw new AikgException(store + ": the store is not writable, and reading it needs a temporary copy of "
                        + mib(size) + " in " + tmp + ", which has " + mib(free) + " free (set TMPDIR or"
                        + " -Djava.io.tmpdir to a folder with room, or copy the store to writable disk)");
            }
            Path copy = Files.createTempDirectory(tmp, "aikg-readonly-");
            try {
                copyTree(store, copy);
            } catch (IOException | RuntimeException e) {
                delete(copy);
                throw e;
            }
            return new ReadOnlyCopy(copy, size);
        } catch (AccessDeniedException e) {
            throw new AikgException(store + ": the store is not writable, and " + e.getFile()
                    + " cannot be read either: aikg needs read permission on the store folder and its files", e);
        } catch (IOException e) {
            throw new AikgException(store + ": the store is not writable, and copying it to " + tmp + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** The copy's folder. */
    Path folder() {
        return copy;
    }

    /** The copy's size in bytes. */
    long bytes() {
        return bytes;
    }

    /** Deletes the copy; best effort (a file still mapped on some systems may outlive it). */
    @Override
    public void close() {
        delete(copy);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().equals(LOCK_FILE)) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target);
                    // The copy keeps the original's read-only mode otherwise, and TDB2 could not open it.
                    target.toFile().setWritable(true, true);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static long size(Path store) {
        try (Stream<Path> all = Files.walk(store)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (UncheckedIOException e) {
            throw new AikgException(store + ": cannot read the store folder (" + e.getCause().getMessage()
                    + "): aikg needs read permission on the store folder and its files", e);
        } catch (IOException e) {
            throw new AikgException(store + ": cannot read the store folder (" + e.getMessage()
                    + "): aikg needs read permission on the store folder and its files", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary folder is harmless
        }
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
