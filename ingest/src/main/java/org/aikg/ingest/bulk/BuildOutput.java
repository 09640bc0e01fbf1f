package org.aikg.ingest.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.aikg.ingest.AikgException;

/**
 * The folder a bulk build (the Spark job) writes, on a local disk: {@code quads/} holds sorted N-Quads shards
 * ({@code part-NNNNN.nq}, or {@code .nq.gz}) with every document's graph and the entities graph, and
 * {@code manifest/} the JSON lines of {@link ManifestEntry}. The layout is the contract between the job and
 * the bulk loader; the ontology graph is not in the shards (the store adds it when it opens).
 *
 * <p>Immutable and thread-safe.
 *
 * @param folder the build's output folder
 */
public record BuildOutput(Path folder) {
    /** The sub-folder of the N-Quads shards. */
    public static final String QUADS = "quads";
    /** The sub-folder of the manifest shards. */
    public static final String MANIFEST = "manifest";
    /** The extension of a quads shard. */
    public static final String NQ = ".nq";
    /** The extension of a manifest shard. */
    public static final String JSONL = ".jsonl";

    /** The N-Quads shards, sorted by name. */
    public List<Path> shards() {
        return files(QUADS, name -> name.endsWith(NQ) || name.endsWith(NQ + ".gz"));
    }

    /** Every manifest entry, shard by shard. */
    public List<ManifestEntry> manifest() {
        List<ManifestEntry> out = new ArrayList<>();
        for (Path shard : files(MANIFEST, name -> name.endsWith(JSONL) || name.endsWith(JSONL + ".gz"))) {
            try (InputStream raw = Files.newInputStream(shard);
                 InputStream in = shard.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(ManifestEntry.parse(line));
                    }
                }
            } catch (IOException e) {
                throw new AikgException(shard + ": cannot read the manifest: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private List<Path> files(String sub, java.util.function.Predicate<String> name) {
        Path dir = folder.resolve(sub);
        if (!Files.isDirectory(dir)) {
            throw new AikgException(folder + ": not the output of a bulk build (no " + sub + "/ folder in it)");
        }
        // Hadoop's committer leaves _SUCCESS and .crc files beside the shards: only the shards are read
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> name.test(p.getFileName().toString()) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new AikgException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }
}
