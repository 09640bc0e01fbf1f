package org.aikg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a run reads, listed on the driver: a file given alone, or every file in a folder and its sub-folders,
 * leaving out what {@code aikg ingest} leaves out of a folder (names starting with '.', symbolic links to
 * folders). The list is then cut into partitions by count, and each task opens its own files.
 *
 * <p>Not Spark's {@code binaryFiles}: it packs small files into a few combined splits whatever partitions are
 * asked for (336 files of 6.2 MB were one task on one core), and each of its file handles carries its whole split,
 * so making the handles of a split of n files costs n² (10,000 files did not get through it in six minutes).
 *
 * <p>Stateless.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The files at {@code input} (qualified Hadoop paths), sorted. */
    static List<String> at(FileSystem fs, Path input) throws IOException {
        FileStatus status = fs.getFileStatus(input);
        List<String> out = new ArrayList<>();
        if (status.isDirectory()) {
            walk(fs, status.getPath(), out);
        } else {
            out.add(status.getPath().toString());
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Whether a folder is a symbolic link. Hadoop's local file system lists a link to a folder as the folder
     * itself, so the local disk is asked; HDFS has links switched off by default and object stores have none.
     */
    private static boolean linked(FileStatus folder) {
        java.net.URI uri = folder.getPath().toUri();
        if ("file".equals(uri.getScheme())) {
            return java.nio.file.Files.isSymbolicLink(java.nio.file.Path.of(uri));
        }
        return folder.isSymlink();
    }

    private static void walk(FileSystem fs, Path folder, List<String> out) throws IOException {
        RemoteIterator<FileStatus> it = fs.listStatusIterator(folder);
        while (it.hasNext()) {
            FileStatus s = it.next();
            if (s.getPath().getName().startsWith(".")) {
                continue;
            }
            if (s.isDirectory()) {
                // a link to a folder is not followed, as aikg ingest does not follow one: it may loop
                if (!linked(s)) {
                    walk(fs, s.getPath(), out);
                }
            } else {
                out.add(s.getPath().toString());
            }
        }
    }
}
