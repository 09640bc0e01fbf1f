package org.aikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a run reads are the ones aikg ingest reads in a folder. */
class InputFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderGivesItsFilesAndItsSubFoldersFilesInOrderLeavingOutHiddenOnesAndLinkedFolders() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.createDirectories(docs.resolve("sub"));
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve("b.md"), "b");
        Files.writeString(docs.resolve("_draft.md"), "a name Hadoop's input formats would have left out");
        Files.writeString(docs.resolve("sub/c.md"), "c");
        Files.writeString(docs.resolve(".hidden.md"), "hidden");
        Files.writeString(docs.resolve(".git/config"), "hidden");
        Files.createSymbolicLink(docs.resolve("sub/loop"), docs);

        FileSystem fs = FileSystem.getLocal(new Configuration());
        List<String> files = InputFiles.at(fs, fs.makeQualified(new org.apache.hadoop.fs.Path(docs.toUri())));
        assertEquals(List.of("_draft.md", "b.md", "sub/c.md"), files.stream()
                .map(f -> f.substring(f.indexOf("/docs/") + "/docs/".length())).toList());
        assertEquals(files, files.stream().sorted().toList());
    }

    @Test
    void aFileGivenAloneIsItself() throws Exception {
        Path file = Files.writeString(tmp.resolve("post.md"), "x");
        FileSystem fs = FileSystem.getLocal(new Configuration());
        List<String> files = InputFiles.at(fs, fs.makeQualified(new org.apache.hadoop.fs.Path(file.toUri())));
        assertEquals(1, files.size());
        assertEquals(new org.apache.hadoop.fs.Path(file.toUri()).toUri().getPath(), new org.apache.hadoop.fs.Path(files.get(0)).toUri().getPath());
    }
}
