package org.aikg.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.aikg.ingest.AikgException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.DefaultCodec;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The job's one materialisation of its extraction results: the outcomes are written once, by the job that
 * extracts them, to {@value #FOLDER}/ in the output folder (Hadoop sequence files of serialized
 * {@link DocOutcome}s), and the manifest and the shards are both made from what was written. A cache would not
 * do: an executor lost between the two outputs takes its cached blocks with it, Spark extracts that part again,
 * and near the per-document time limit the second result can differ from the first (a document "failed" in the
 * manifest and present in the shards). A file on the cluster's file system survives a lost executor, and Hadoop's
 * output committer keeps exactly one attempt of each task. The folder is deleted once both outputs are written.
 *
 * <p>Stateless; the RDDs it makes are Spark's.
 */
final class StagedOutcomes {
    /** The sub-folder of the output that holds the staged outcomes while the job runs. */
    static final String FOLDER = "staged";

    private StagedOutcomes() {
    }

    /**
     * Runs {@code outcomes} (the extraction) once, writing them to {@code path}. Compressed with zlib in blocks
     * whatever the job's {@code --gzip} says: quads compress well, and a sequence file cannot take gzip without
     * Hadoop's native library.
     */
    static void write(JavaRDD<DocOutcome> outcomes, String path, Configuration hadoop) {
        Configuration conf = new Configuration(hadoop);
        conf.setBoolean(FileOutputFormat.COMPRESS, true);
        conf.set(FileOutputFormat.COMPRESS_TYPE, "BLOCK");
        conf.setClass(FileOutputFormat.COMPRESS_CODEC, DefaultCodec.class, CompressionCodec.class);
        outcomes.mapToPair(d -> new Tuple2<>(NullWritable.get(), new BytesWritable(serialize(d))))
                .saveAsNewAPIHadoopFile(path, NullWritable.class, BytesWritable.class, SequenceFileOutputFormat.class, conf);
    }

    /** The outcomes written at {@code path}, read again wherever they are needed (never extracted again). */
    static JavaRDD<DocOutcome> read(JavaSparkContext sc, String path) {
        // Hadoop's reader reuses one BytesWritable: each record is deserialized before the next is read
        return sc.sequenceFile(path, NullWritable.class, BytesWritable.class)
                .map(t -> deserialize(t._2().getBytes(), t._2().getLength()));
    }

    /** The bytes the staged outcomes take (the scratch room a run needs beside its outputs). */
    static long size(String path, Configuration hadoop) {
        Path p = new Path(path);
        try {
            return p.getFileSystem(hadoop).getContentSummary(p).getLength();
        } catch (IOException e) {
            throw new AikgException(path + ": cannot measure the staged outcomes: " + e.getMessage(), e);
        }
    }

    /** Deletes the staged outcomes once the outputs made from them are written. */
    static void delete(String path, Configuration hadoop) {
        Path p = new Path(path);
        try {
            p.getFileSystem(hadoop).delete(p, true);
        } catch (IOException e) {
            throw new AikgException(path + ": cannot delete the staged outcomes: " + e.getMessage(), e);
        }
    }

    static byte[] serialize(DocOutcome d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DocOutcome deserialize(byte[] bytes, int length) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, 0, length))) {
            return (DocOutcome) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new AikgException("a staged outcome cannot be read: " + e.getMessage(), e);
        }
    }
}
