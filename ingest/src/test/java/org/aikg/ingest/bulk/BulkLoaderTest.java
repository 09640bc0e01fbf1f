package org.aikg.ingest.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.store.KnowledgeStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading several builds' outputs: a document extracted again by a later build is that build's alone. */
class BulkLoaderTest {
    private static final String DOC = "https://w3id.org/aikg/doc/post.md-12345678";
    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private static Path output(Path dir, String name, String hash, String label) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out.resolve(BuildOutput.QUADS));
        Files.createDirectories(out.resolve(BuildOutput.MANIFEST));
        Files.writeString(out.resolve(BuildOutput.QUADS).resolve("part-00000.nq"),
                "<" + DOC + "> <http://purl.org/dc/terms/source> \"corpus/post.md\" <" + DOC + "> .\n"
                        + "<" + DOC + "> <https://w3id.org/aikg/ontology#contentHash> \"" + hash + "\" <" + DOC + "> .\n"
                        + "<https://w3id.org/aikg/id/model/corvid> <http://www.w3.org/2004/02/skos/core#altLabel> \""
                        + label + "\" <" + DOC + "> .\n");
        Files.writeString(out.resolve(BuildOutput.MANIFEST).resolve("part-00000.jsonl"),
                new ManifestEntry("file:/c/post.md", "corpus/post.md", hash, DOC, ManifestEntry.EXTRACTED, 3, null).toJson() + "\n");
        return out;
    }

    /** An output whose entities graph labels the one entity {@code label}. */
    private static Path labelling(Path dir, String name, String doc, String label) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out.resolve(BuildOutput.QUADS));
        Files.createDirectories(out.resolve(BuildOutput.MANIFEST));
        Files.writeString(out.resolve(BuildOutput.QUADS).resolve("part-00000.nq"),
                "<" + doc + "> <http://purl.org/dc/terms/source> \"corpus/" + name + ".md\" <" + doc + "> .\n"
                        + "<" + doc + "> <https://w3id.org/aikg/ontology#mentions> <" + CORVID + "> <" + doc + "> .\n"
                        + "<" + CORVID + "> <http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\" <"
                        + org.aikg.ontology.AIKG.ENTITIES_GRAPH + "> .\n");
        Files.writeString(out.resolve(BuildOutput.MANIFEST).resolve("part-00000.jsonl"),
                new ManifestEntry("file:/c/" + name + ".md", "corpus/" + name + ".md", "sha256:" + name, doc,
                        ManifestEntry.EXTRACTED, 3, null).toJson() + "\n");
        return out;
    }

    private static final String CORVID = "https://w3id.org/aikg/id/model/corvid";

    private static long count(KnowledgeStore ks, String where) {
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aLaterBuildsExtractionOfADocumentReplacesAnEarlierOnes(@TempDir Path dir) throws IOException {
        Path first = output(dir, "out1", "sha256:aaa", "Corvid one");
        Path second = output(dir, "out2", "sha256:bbb", "Corvid two");
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            BulkLoader.load(ks, List.of(new BuildOutput(first), new BuildOutput(second)), BulkLoader.Kind.BASIC, QUIET);
            assertEquals(1, count(ks, "GRAPH <" + DOC + "> { <" + DOC + "> <https://w3id.org/aikg/ontology#contentHash> ?h }"),
                    "one version of the document, not both");
            assertEquals(1, count(ks, "GRAPH <" + DOC + "> { ?e <http://www.w3.org/2004/02/skos/core#altLabel> \"Corvid two\" }"));
            assertEquals(0, count(ks, "GRAPH <" + DOC + "> { ?e <http://www.w3.org/2004/02/skos/core#altLabel> \"Corvid one\" }"));
        }
    }

    @Test
    void anEntityKeepsTheLabelTheStoreGaveItAndOneLabelAcrossOutputs(@TempDir Path dir) throws IOException {
        String labels = "GRAPH <" + org.aikg.ontology.AIKG.ENTITIES_GRAPH + "> { <" + CORVID
                + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            BulkLoader.load(ks, List.of(new BuildOutput(labelling(dir, "a", DOC + "-a", "Corvid")),
                    new BuildOutput(labelling(dir, "b", DOC + "-b", "CORVID"))), BulkLoader.Kind.BASIC, QUIET);
            assertEquals(1, count(ks, labels + " FILTER(?l = \"Corvid\")"), "the first output's label");
            assertEquals(1, count(ks, labels), "and only it");
            BulkLoader.load(ks, List.of(new BuildOutput(labelling(dir, "c", DOC + "-c", "Corvid-1"))),
                    BulkLoader.Kind.PHASED, QUIET);
            assertEquals(1, count(ks, labels + " FILTER(?l = \"Corvid\")"), "a later build does not add its own");
            assertEquals(1, count(ks, labels));
        }
    }

    @Test
    void aFailedLoadPutsBackTheDocumentsItWasToReplace(@TempDir Path dir) throws IOException {
        Path first = output(dir, "out1", "sha256:aaa", "Corvid one");
        Path second = output(dir, "out2", "sha256:bbb", "Corvid two");
        Files.writeString(second.resolve(BuildOutput.QUADS).resolve("part-00001.nq"), "<broken> shard\n");
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            BulkLoader.load(ks, List.of(new BuildOutput(first)), BulkLoader.Kind.BASIC, QUIET);
            org.aikg.ingest.AikgException e = org.junit.jupiter.api.Assertions.assertThrows(org.aikg.ingest.AikgException.class,
                    () -> BulkLoader.load(ks, List.of(new BuildOutput(second)), BulkLoader.Kind.BASIC, QUIET));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("put back"), e.getMessage());
            assertEquals("sha256:aaa", ks.contentHash(DOC).orElseThrow(), "the replaced document is there as it was");
            assertEquals(1, count(ks, "GRAPH <" + DOC + "> { ?e <http://www.w3.org/2004/02/skos/core#altLabel> \"Corvid one\" }"));
            assertEquals(0, count(ks, "GRAPH <" + DOC + "> { ?e <http://www.w3.org/2004/02/skos/core#altLabel> \"Corvid two\" }"));
        }
    }
}
