package org.aikg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aikg.ingest.rdf.DocumentIris;
import org.aikg.ingest.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aikg drop FILE...}: remove documents from the store. */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = {"Removes documents from the store, by the path they were ingested from (the file may be gone).",
                "With --missing, removes every stored document whose file no longer exists."})
final class DropCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to drop.")
    List<Path> files = List.of();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--missing", description = "Drop every document whose source file is gone.")
    boolean missing;

    @Override
    public Integer call() {
        if (files.isEmpty() && !missing) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the files to drop, or use --missing");
        }
        int dropped = 0;
        int unknown = 0;
        try (KnowledgeStore ks = store.openExisting()) {
            for (Path f : files) {
                if (ks.drop(DocumentIris.documentIri(f))) {
                    dropped++;
                    System.out.println("dropped " + f);
                } else {
                    unknown++;
                    System.err.println("not in the store: " + f);
                }
            }
            if (missing) {
                for (var e : ks.documents().entrySet()) {
                    Path p = Path.of(java.net.URI.create(e.getKey()));
                    if (!java.nio.file.Files.exists(p) && ks.drop(e.getValue())) {
                        dropped++;
                        System.out.println("dropped " + p + " (file is gone)");
                    }
                }
            }
        }
        System.out.println(dropped + " document" + (dropped == 1 ? "" : "s") + " dropped");
        return unknown > 0 ? 1 : 0;
    }
}
