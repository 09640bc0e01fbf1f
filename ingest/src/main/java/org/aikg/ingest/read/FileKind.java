package org.aikg.ingest.read;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is, looked at without opening it: a FIFO opened for reading blocks until someone writes,
 * and a device may never end, so the read stage must know before it opens anything.
 *
 * <p>Stateless and thread-safe.
 */
public enum FileKind {
    REGULAR("a regular file"),
    DIRECTORY("a folder"),
    SYMLINK("a symbolic link"),
    FIFO("a FIFO (named pipe)"),
    SOCKET("a socket"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    OTHER("not a regular file"),
    MISSING("missing");

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** How a message names it: "a FIFO (named pipe)", "a socket"... */
    public String description() {
        return description;
    }

    /** Whether reading it is safe: a regular file. */
    public boolean readable() {
        return this == REGULAR;
    }

    /** What {@code path} itself is; a symbolic link is {@link #SYMLINK}, not what it points to. */
    public static FileKind of(Path path) {
        return kind(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * What {@code path} points to, following symbolic links: never {@link #SYMLINK}; {@link #MISSING}
     * for a dangling link.
     *
     * @throws SymlinkLoopException when the links go round in a loop
     */
    public static FileKind target(Path path) {
        return kind(path);
    }

    private static FileKind kind(Path path, LinkOption... options) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("symbolic links")) {
                throw new SymlinkLoopException(path);  // ELOOP: "Too many levels of symbolic links"
            }
            return OTHER;
        } catch (IOException e) {
            return OTHER;
        }
        if (a.isRegularFile()) {
            return REGULAR;
        }
        if (a.isDirectory()) {
            return DIRECTORY;
        }
        if (a.isSymbolicLink()) {
            return SYMLINK;
        }
        return special(path, options);
    }

    /** A FIFO, socket or device, told apart by the file type bits of its Unix mode where there is one. */
    private static FileKind special(Path path, LinkOption... options) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
            return switch (mode & 0170000) {
                case 0010000 -> FIFO;
                case 0020000 -> CHARACTER_DEVICE;
                case 0060000 -> BLOCK_DEVICE;
                case 0140000 -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return OTHER; // no Unix attributes on this file system
        }
    }

    /** Symbolic links that lead back to themselves. */
    public static final class SymlinkLoopException extends org.aikg.ingest.AikgException {
        private static final long serialVersionUID = 1L;

        SymlinkLoopException(Path path) {
            super(path + ": symbolic link loop");
        }
    }
}
