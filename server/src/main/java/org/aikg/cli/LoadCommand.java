package org.aikg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aikg.ingest.bulk.BuildOutput;
import org.aikg.ingest.bulk.BulkLoader;
import org.aikg.ingest.bulk.ManifestEntry;
import org.aikg.ingest.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aikg load [--store DIR] OUTPUT...}: bulk-load the Spark job's shards into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads the output of the Spark job (quads/ shards and manifest/, copied to a local disk) into",
                "the store with Jena's TDB2 loader; the ontology is added as for every store, so 'aikg serve' serves it.",
                "Documents the store already holds are replaced. Load runs in the order they were made.",
                "Files the manifest lists as failed are printed with their reason; the exit code is then 1."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "OUTPUT", arity = "1..*", description = "Output folders of the Spark job (its --output).")
    List<Path> outputs;

    @Option(names = "--loader", defaultValue = "parallel", paramLabel = "NAME", description = {
            "Jena's loader: parallel (default; many threads), phased, sequential (least memory) or basic."})
    String loader;

    @Option(names = {"-q", "--quiet"}, description = "No progress from the loader.")
    boolean quiet;

    @Override
    public Integer call() {
        BulkLoader.Kind kind = BulkLoader.Kind.of(loader);
        List<BuildOutput> builds = outputs.stream().map(BuildOutput::new).toList();
        builds.forEach(BuildOutput::shards); // refuses a folder that is no build's output before a store is made
        BulkLoader.Result r;
        try (KnowledgeStore ks = KnowledgeStore.open(store.store)) {
            r = BulkLoader.load(ks, builds, kind, quiet ? (fmt, args) -> { }
                    : (fmt, args) -> System.err.println(String.format(Locale.ROOT, fmt, args)));
        }
        System.out.printf(Locale.ROOT, "%d documents from %d shards (%d quads read, %d documents replaced), %d failed in %.1f s%n",
                r.documents(), r.shards(), r.quads(), r.replaced(), r.failures().size(), r.elapsed().toMillis() / 1000.0);
        for (ManifestEntry f : r.failures()) {
            System.out.println("failed: " + f.reason());
        }
        return r.failures().isEmpty() ? 0 : 1;
    }
}
