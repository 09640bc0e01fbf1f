package org.aikg.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The shared evaluation's scorer ({@code ../shared/eval/kgeval.py}, run by python3 as CI runs it) on a graph
 * against the seeds' gold annotations.
 *
 * @param script the scorer
 * @param gold   the gold folder
 */
record KgEval(Path script, Path gold) {

    /**
     * What kgeval reports of a graph, every number of it: per document and entity type, per relation type, and
     * the counts (the error lists are left out: their order follows the input's).
     */
    record Scores(JsonNode entities, JsonNode relations, JsonNode counts) {
        double entityF1() {
            return entities.path("all").path("f").asDouble();
        }

        double relationF1() {
            return relations.path("all").path("f").asDouble();
        }
    }

    /** The scorer and the seeds' gold of the shared folder that holds {@code seeds}, when both and python3 are there. */
    static Optional<KgEval> beside(Path seeds) {
        Path shared = seeds.toAbsolutePath().getParent().getParent();
        KgEval k = new KgEval(shared.resolve("eval/kgeval.py"), shared.resolve("eval/gold"));
        if (!Files.isRegularFile(k.script()) || !Files.isDirectory(k.gold())) {
            return Optional.empty();
        }
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0 ? Optional.of(k) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Scores {@code graph}, written as N-Quads to {@code file} (kgeval's {@code --nquads}). */
    Scores score(DatasetGraph graph, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, graph, RDFFormat.NQUADS);
        }
        Path report = file.resolveSibling(file.getFileName() + ".json");
        Process p = new ProcessBuilder(List.of("python3", script.toString(), "--gold", gold.toString(), "--nquads",
                file.toString(), "--json")).redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("kgeval failed on " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while kgeval ran", e);
        }
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        return new Scores(r.get("entities"), r.get("relations"), r.get("counts"));
    }
}
