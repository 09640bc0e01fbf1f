package org.aikg.ingest.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;
import org.aikg.ingest.Ingester;
import org.aikg.ingest.store.KnowledgeStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Ingests hostile inputs and checks what must hold for each: it is either stored or reported (a failure or
 * a skip naming its path, with a reason), no exception escapes the ingester, no failure is an unexpected
 * exception from inside extraction, and the documents stored before are left as they were.
 *
 * <p>Used by {@code HostileInputIT} (a thousand small inputs and the big ones, in CI) and by
 * {@link FuzzBenchmark} (a hundred thousand). Not thread-safe: one run at a time.
 */
public final class FuzzRun {
    private final Ingester ingester;
    private final KnowledgeStore store;
    private final Map<String, Graph> baseline = new HashMap<>();
    private final Tally tally = new Tally();

    /** What a run counted; {@code problems} lists every broken promise, empty when all held. */
    public static final class Tally {
        public int inputs;
        public int stored;
        public int failed;
        public int skipped;
        public final Map<String, Integer> reasons = new TreeMap<>();
        public final List<String> problems = new ArrayList<>();

        @Override
        public String toString() {
            return inputs + " inputs: " + stored + " files stored, " + failed + " failed, " + skipped + " skipped; reasons "
                    + reasons + (problems.isEmpty() ? "" : "; PROBLEMS " + problems);
        }
    }

    public FuzzRun(Ingester ingester, KnowledgeStore store) {
        this.ingester = ingester;
        this.store = store;
    }

    /**
     * Stores a few ordinary documents written into {@code folder} and remembers their graphs: they must
     * come out of every later batch unchanged.
     */
    public void storeBaseline(Path folder) throws IOException {
        Files.createDirectories(folder);
        String[] texts = {
            "# Corvid 2\n\nQuillon AI released Corvid 2 in May. The model was trained on public text.\n",
            "# A paper\n\nAda Lind of the Larkspur Institute introduced the Brindle benchmark in a paper.\n",
            "Moss-7B is built on Corvid 2. It was developed by Quillon AI.\n"};
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(folder.resolve("base-" + i + ".md"), texts[i]);
        }
        IngestReport r = ingester.ingest(List.of(folder), IngestListener.NONE);
        if (r.hasFailures() || r.added() + r.unchanged() + r.replaced() != texts.length) {
            throw new IllegalStateException("the baseline did not go in: " + r);
        }
        store.documents().values().forEach(iri -> baseline.put(iri, graph(iri)));
    }

    /** Ingests the inputs in {@code folder} and checks each; adds to {@link #tally()}. */
    public IngestReport ingest(Path folder, List<HostileDocuments.Input> inputs) {
        Set<Path> finished = new HashSet<>();
        Map<Path, String> failedFiles = new HashMap<>();
        IngestReport report;
        try {
            report = ingester.ingest(List.of(folder), new IngestListener() {
                @Override
                public void finished(Path file, IngestReport.FileResult result) {
                    finished.add(file);
                }
            });
        } catch (RuntimeException | Error e) {
            tally.problems.add("an exception escaped the ingester: " + e);
            return null;
        }
        report.failures().forEach(f -> failedFiles.put(f.file(), f.reason()));
        Set<Path> accounted = new HashSet<>(finished);
        accounted.addAll(failedFiles.keySet());
        report.skipped().forEach(s -> accounted.add(s.file()));
        for (HostileDocuments.Input in : inputs) {
            tally.inputs++;
            boolean found = accounted.contains(in.path())
                    || accounted.stream().anyMatch(p -> p.startsWith(in.path())); // a nested folder's files
            if (!found) {
                tally.problems.add(in.path() + " (" + in.kind() + "): neither stored nor reported");
            }
        }
        for (IngestReport.Failure f : report.failures()) {
            tally.failed++;
            count(f.reason().substring(Math.min(f.reason().length(), f.file().toString().length())));
            if (!f.reason().startsWith(f.file().toString())) {
                tally.problems.add("a failure that does not start with its path: " + f.reason());
            }
            if (f.reason().contains("extraction failed")) {
                tally.problems.add("an unexpected exception in extraction: " + f.reason());
            }
        }
        for (IngestReport.Skipped s : report.skipped()) {
            tally.skipped++;
            count(": skipped: " + s.reason());
        }
        tally.stored += finished.size() - (int) finished.stream().filter(failedFiles::containsKey).count();
        baseline.forEach((iri, graph) -> {
            if (!graph.isIsomorphicWith(graph(iri))) {
                tally.problems.add(iri + ": a document stored before changed");
            }
        });
        return report;
    }

    /** The first words of a reason, without numbers, so that like reasons count together. */
    private void count(String reason) {
        String kind = reason.replaceFirst("^:\\d+:\\d+", "").replaceAll("\\d+", "N");
        int cut = kind.indexOf(" (");
        kind = cut > 0 ? kind.substring(0, cut) : kind;
        kind = kind.length() > 70 ? kind.substring(0, 70) : kind;
        tally.reasons.merge(kind.strip(), 1, Integer::sum);
    }

    public Tally tally() {
        return tally;
    }

    private Graph graph(String iri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Node g = NodeFactory.createURI(iri);
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
