package org.aikg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.store.KnowledgeStore;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aikg export --format F [--out FILE]}: write the graph as standard RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the store as RDF. trig, nq and jsonld keep the named graphs (provenance);",
                "ttl and rdfxml write the union of all graphs."})
final class ExportCommand implements Callable<Integer> {
    enum Format {
        ttl(RDFFormat.TURTLE_BLOCKS), trig(RDFFormat.TRIG_BLOCKS), nq(RDFFormat.NQUADS), jsonld(RDFFormat.JSONLD11),
        rdfxml(RDFFormat.RDFXML_PLAIN);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (KnowledgeStore ks = store.openForReading()) {
            if (out == null) {
                OutputStream os = new BufferedOutputStream(System.out, 1 << 16);
                ks.export(format.rdf, os);
                os.flush();
            } else {
                Path folder = out.toAbsolutePath().getParent();
                if (!Files.isDirectory(folder)) {
                    // Else the error names the temporary file, not the folder that is missing.
                    throw new AikgException(out + ": cannot write the export: no folder " + folder);
                }
                Path tmp;
                try {
                    tmp = Files.createTempFile(folder, ".aikg-export", ".tmp");
                } catch (java.nio.file.AccessDeniedException e) {
                    throw new AikgException(out + ": cannot write the export: no permission to write in " + folder, e);
                }
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    ks.export(format.rdf, os);
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(tmp);
                    throw new AikgException(out + ": export failed: " + e.getMessage(), e);
                }
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
            }
        }
        return 0;
    }
}
