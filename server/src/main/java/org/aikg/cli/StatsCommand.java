package org.aikg.cli;

import java.util.concurrent.Callable;
import org.aikg.ingest.store.KnowledgeStore;
import org.aikg.ingest.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code aikg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts documents, entities and relations in the store.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        StoreStats s;
        try (KnowledgeStore ks = store.openForReading()) {
            s = ks.stats();
        }
        System.out.printf("store       %s%n", store.store.toAbsolutePath());
        System.out.printf("documents   %d%n", s.documents());
        System.out.printf("entities    %d (%s)%n", s.entityCount(), String.join(", ",
                s.entities().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey()).toList()));
        System.out.printf("relations   %d (%d statements with evidence)%n", s.relations(), s.assertions());
        System.out.printf("quads       %d%n", s.quads());
        return 0;
    }
}
