package org.aikg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aikg} command line: ingest documents, serve the graph, query and export it.
 *
 * <p>Exit codes: 0 success, 1 some input files failed (the rest were ingested), 2 usage error,
 * 3 any other error, 4 the store's disk is full ({@link org.aikg.ingest.store.DiskFullException}: what was
 * stored before is kept, and the same command resumes once there is room).
 */
@Command(name = "aikg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of AI papers, models, organizations and people from newsletters "
                + "and blog posts, and serves it over SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                StatsCommand.class, DropCommand.class, LoadCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The exit code when the store's disk has no room for a write. */
    public static final int DISK_FULL = 4;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(line.getColorScheme().errorText("aikg: " + ex.getMessage()));
            if (Boolean.getBoolean("aikg.debug")) {
                ex.printStackTrace(line.getErr());
            }
            return ex instanceof org.aikg.ingest.store.DiskFullException ? DISK_FULL : 3;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"aikg " + (v == null ? "development build" : v)};
        }
    }
}
