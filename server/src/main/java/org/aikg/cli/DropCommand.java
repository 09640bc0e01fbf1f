package org.aikg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aikg.ingest.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aikg drop FILE...}: remove documents from the store. */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = {"Removes documents from the store, by the path they were ingested from (the file may be gone).",
                "With --missing FOLDER..., removes every stored document ingested from those folders whose file no",
                "longer exists there."})
final class DropCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files to drop (with --missing: the folders to check).")
    List<Path> files = List.of();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--missing", description = "Drop every document from the given folders whose file is gone.")
    boolean missing;

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), missing
                    ? "name the folders that were ingested: documents are identified relative to them"
                    : "name the files to drop, or use --missing FOLDER...");
        }
        int dropped = 0;
        int unknown = 0;
        try (KnowledgeStore ks = store.openExisting()) {
            if (!missing) {
                Map<String, String> documents = ks.documents();
                for (Path f : files) {
                    // a document is known by its path under the folder it was ingested from: the file's
                    // absolute path ends with it
                    String abs = f.toAbsolutePath().normalize().toString().replace('\\', '/');
                    boolean any = false;
                    for (var e : documents.entrySet()) {
                        if (abs.endsWith("/" + e.getKey()) && ks.drop(e.getValue())) {
                            any = true;
                            dropped++;
                            System.out.println("dropped " + f);
                        }
                    }
                    if (!any) {
                        unknown++;
                        System.err.println("not in the store: " + f);
                    }
                }
            } else {
                for (Path folder : files) {
                    // a document ingested from FOLDER is identified as "<folder name>/<path under it>"
                    Path abs = folder.toAbsolutePath().normalize();
                    Path root = abs.getParent() == null ? abs : abs.getParent();
                    String prefix = abs.getFileName() + "/";
                    for (var e : ks.documents().entrySet()) {
                        if (e.getKey().startsWith(prefix) && !java.nio.file.Files.exists(root.resolve(e.getKey()))
                                && ks.drop(e.getValue())) {
                            dropped++;
                            System.out.println("dropped " + e.getKey() + " (file is gone)");
                        }
                    }
                }
            }
        }
        System.out.println(dropped + " document" + (dropped == 1 ? "" : "s") + " dropped");
        return unknown > 0 ? 1 : 0;
    }
}
