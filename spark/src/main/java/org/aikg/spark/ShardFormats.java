package org.aikg.spark;

import java.io.IOException;
import org.aikg.ingest.bulk.BuildOutput;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop text outputs whose shards are named for what they hold ({@code part-r-00000.nq}, {@code .jsonl},
 * then {@code .gz} when compressed): Jena's loaders pick the syntax by the file's extension, and the writes keep
 * Hadoop's output committer, so a failed or speculative task leaves no partial shard.
 *
 * <p>Instances are made by Hadoop, one per task; stateless.
 */
final class ShardFormats {
    private ShardFormats() {
    }

    /** N-Quads shards. */
    public static final class NQuadsFormat extends TextOutputFormat<NullWritable, Text> {
        @Override
        public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
            return super.getDefaultWorkFile(context, BuildOutput.NQ + extension);
        }
    }

    /** JSON-lines shards (the manifest). */
    public static final class JsonLinesFormat extends TextOutputFormat<NullWritable, Text> {
        @Override
        public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
            return super.getDefaultWorkFile(context, BuildOutput.JSONL + extension);
        }
    }
}
