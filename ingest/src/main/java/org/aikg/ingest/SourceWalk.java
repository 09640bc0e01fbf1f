package org.aikg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.List;
import org.aikg.ingest.read.FileKind;

/**
 * Finds the files to ingest under the paths given, and says why each other entry is left alone.
 *
 * <p>In a folder (walked without following symbolic links, though the folder given may itself be one): regular files are ingested, and a symbolic
 * link to a regular file too (under the link's own path). Everything else is <em>skipped</em> with a
 * reason, and nothing skipped is ever opened: hidden files and folders (a name starting with
 * {@code .}; a hidden folder is listed once, not entered), links to folders (not followed: no cycles,
 * nothing outside the folder), dangling links, link loops, links to FIFOs, sockets or devices, and FIFOs,
 * sockets and devices themselves. A sub-folder that cannot be listed is a <em>failure</em>: files in it
 * were not ingested.
 *
 * <p>A path given by itself is ingested if it is, or links to, a regular file, whatever its name; if it is
 * a FIFO, socket or device it is a failure with that reason (the user asked for it and it was not read).
 *
 * <p>Stateless and thread-safe.
 */
public final class SourceWalk {
    private SourceWalk() {
    }

    /**
     * What a walk found.
     *
     * @param sources  the files to ingest, each with its source root, sorted by path
     * @param skipped  entries left alone on purpose, with the reason
     * @param failures entries that should have been read and could not be, with the reason
     */
    public record Found(List<Ingester.Source> sources, List<IngestReport.Skipped> skipped,
                        List<IngestReport.Failure> failures) {
        public Found {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
            failures = List.copyOf(failures);
        }
    }

    /**
     * Walks {@code paths}; each file's identity is relative to {@code root}, or when null to the default
     * root of the path it was found under.
     *
     * @throws AikgException when a path does not exist or lies outside {@code root}
     */
    public static Found walk(List<Path> paths, Path root) {
        List<Ingester.Source> sources = new ArrayList<>();
        List<IngestReport.Skipped> skipped = new ArrayList<>();
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (Path p : paths) {
            Path r = root != null ? root : org.aikg.ingest.rdf.DocumentIris.defaultRoot(p);
            if (root != null && !p.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
                throw new AikgException(p + ": not under the source root " + root);
            }
            FileKind target;
            try {
                target = FileKind.target(p);
            } catch (FileKind.SymlinkLoopException e) {
                failures.add(new IngestReport.Failure(p, e.getMessage()));
                continue;
            }
            if (target == FileKind.MISSING) {
                throw new AikgException(p + ": no such file or folder");
            }
            if (target == FileKind.DIRECTORY) {
                List<Ingester.Source> found = new ArrayList<>();
                walkFolder(p, r, found, skipped, failures);
                found.sort(Comparator.comparing(Ingester.Source::file));
                sources.addAll(found);
            } else if (target == FileKind.REGULAR) {
                sources.add(new Ingester.Source(p, r));
            } else {
                failures.add(new IngestReport.Failure(p, p + ": not a regular file (" + target.description() + "), not read"));
            }
        }
        return new Found(sources, skipped, failures);
    }

    /** What the link {@code p}, met in a folder, points to; null (and a report) when it loops. */
    private static FileKind targetOf(Path p, List<IngestReport.Skipped> skipped) {
        try {
            return FileKind.target(p);
        } catch (FileKind.SymlinkLoopException e) {
            skipped.add(new IngestReport.Skipped(p, "symbolic link loop"));
            return null;
        }
    }

    /**
     * Lists {@code folder} and its sub-folders (an explicit stack: a hostile tree may be thousands deep).
     * The folder itself may be a link to a folder (the user named it); links inside it are not followed.
     */
    private static void walkFolder(Path folder, Path root, List<Ingester.Source> out, List<IngestReport.Skipped> skipped,
                                   List<IngestReport.Failure> failures) {
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(folder);
        while (!folders.isEmpty()) {
            Path dir = folders.pop();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    if (FileKind.of(e) != FileKind.DIRECTORY) {
                        entry(e, root, out, skipped);
                    } else if (hidden(e)) {
                        skipped.add(new IngestReport.Skipped(e, "hidden folder, not read"));
                    } else {
                        folders.push(e);
                    }
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
                failures.add(new IngestReport.Failure(dir, dir + ": cannot list the folder: " + reason(cause)));
            }
        }
    }

    /** One entry of a folder that is not a folder itself (links to folders included: they are not followed). */
    private static void entry(Path file, Path root, List<Ingester.Source> out, List<IngestReport.Skipped> skipped) {
        if (hidden(file)) {
            skipped.add(new IngestReport.Skipped(file, "hidden file"));
            return;
        }
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.REGULAR) {
            out.add(new Ingester.Source(file, root));
            return;
        }
        if (kind != FileKind.SYMLINK) {
            skipped.add(new IngestReport.Skipped(file, kind.description() + ", not read"));
            return;
        }
        FileKind target = targetOf(file, skipped);
        if (target == null) {
            return;
        }
        switch (target) {
            case REGULAR -> out.add(new Ingester.Source(file, root));
            case MISSING -> skipped.add(new IngestReport.Skipped(file, "dangling symbolic link"));
            case DIRECTORY -> skipped.add(new IngestReport.Skipped(file, "symbolic link to a folder, not followed"));
            default -> skipped.add(new IngestReport.Skipped(file, "symbolic link to " + target.description() + ", not read"));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
