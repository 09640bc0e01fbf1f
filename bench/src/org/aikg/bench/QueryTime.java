package org.aikg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.aikg.ingest.store.KnowledgeStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * Times query files on a store in-process, without the server: for trying a query's shape before the full
 * benchmark. {@code QueryTime STORE RUNS FILE.rq...} prints rows, p50 and max per file.
 */
public final class QueryTime {
    private QueryTime() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[1]);
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            for (int i = 2; i < args.length; i++) {
                String q = Files.readString(Path.of(args[i]));
                double[] ms = new double[runs];
                double[] cpu = new double[runs];
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long rows = 0;
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    long c = mx.getCurrentThreadCpuTime();
                    try {
                    rows = Txn.calculateRead(store.dataset(), () -> {
                        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q)
                                .timeout(60, java.util.concurrent.TimeUnit.SECONDS).build()) {
                            ResultSet rs = qe.execSelect();
                            long n = 0;
                            while (rs.hasNext()) {
                                rs.next();
                                n++;
                            }
                            return n;
                        }
                    });
                    } catch (org.apache.jena.query.QueryCancelledException e) {
                        rows = -1; // past the 60 s timeout
                    }
                    ms[r] = (System.nanoTime() - t) / 1e6;
                    cpu[r] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "%-50s %7d rows  p50 %8.1f ms  max %8.1f ms  CPU p50 %7.1f ms%n", args[i], rows,
                        ms[(runs - 1) / 2], ms[runs - 1], cpu[(runs - 1) / 2]);
            }
        }
    }
}
