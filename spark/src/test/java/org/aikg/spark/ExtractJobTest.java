package org.aikg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aikg.ingest.rdf.DocumentIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identities from Hadoop paths are the ones a local ingest gives the same files. */
class ExtractJobTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderIsNamedFromItsParentAsALocalIngestNamesIt() throws Exception {
        Path corpus = tmp.resolve("newsletters");
        Files.createDirectories(corpus.resolve("2024"));
        Path file = Files.writeString(corpus.resolve("2024/issue 12.md"), "x");
        String root = ExtractJob.rootOf(null, new org.apache.hadoop.fs.Path(corpus.toUri()), true);
        String hadoopPath = new org.apache.hadoop.fs.Path(file.toUri()).toString();
        assertEquals(DocumentIris.identity(file, DocumentIris.defaultRoot(corpus)), ExtractJob.identity(hadoopPath, root));
        assertEquals("newsletters/2024/issue 12.md", ExtractJob.identity(hadoopPath, root));
    }

    @Test
    void aFileGivenAloneIsNamedByItsFolderAndName() throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("blog")).resolve("post.md"), "x");
        String root = ExtractJob.rootOf(null, new org.apache.hadoop.fs.Path(file.toUri()), false);
        assertEquals("blog/post.md", ExtractJob.identity(new org.apache.hadoop.fs.Path(file.toUri()).toString(), root));
    }

    @Test
    void aSourceRootNamesFilesRelativeToIt() {
        String root = ExtractJob.rootOf(new org.apache.hadoop.fs.Path("hdfs://nn:8020/data"),
                new org.apache.hadoop.fs.Path("hdfs://nn:8020/data/a/b"), true);
        assertEquals("a/b/c.md", ExtractJob.identity("hdfs://nn:8020/data/a/b/c.md", root));
    }
}
