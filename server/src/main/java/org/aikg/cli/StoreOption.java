package org.aikg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "aikg-data",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;
}
