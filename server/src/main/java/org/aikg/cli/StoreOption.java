package org.aikg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "aikg-data",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    /**
     * Opens the store for a command that changes what is already there. Opening a TDB2 folder
     * creates it, so without this check a mistyped {@code --store} would silently create an empty store
     * and answer every query with nothing.
     */
    KnowledgeStore openExisting() {
        requireStore();
        return KnowledgeStore.open(store);
    }

    /**
     * Opens the store for a command that only reads it (query, export, stats, a read-only serve). A store that
     * cannot be written is read through a temporary copy, which is said on standard error.
     */
    KnowledgeStore openForReading() {
        requireStore();
        KnowledgeStore ks = KnowledgeStore.openForReading(store);
        ks.readOnlyCopyBytes().ifPresent(bytes -> System.err.printf(java.util.Locale.ROOT,
                "aikg: %s is not writable: reading a temporary copy (%.1f MiB), deleted when done%n",
                store, bytes / (1024.0 * 1024.0)));
        return ks;
    }

    private void requireStore() {
        if (!isStore(store)) {
            throw new AikgException(store + ": no store here (create one with 'aikg ingest --store "
                    + store + " PATH...', or pass --store DIR)");
        }
    }

    /** Whether {@code dir} holds a TDB2 database (its data lives in {@code Data-NNNN} folders). */
    private static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new AikgException(dir + ": cannot read the store folder: permission denied (aikg needs read"
                    + " permission on the folder and its files)", e);
        } catch (IOException e) {
            throw new AikgException(dir + ": cannot read the store folder: " + e.getMessage(), e);
        }
    }
}
