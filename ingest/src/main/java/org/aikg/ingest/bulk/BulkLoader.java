package org.aikg.ingest.bulk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.store.KnowledgeStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads the output of bulk builds ({@link BuildOutput}: N-Quads shards and a manifest) into a store with Jena's
 * own TDB2 loaders, the ones {@code tdb2.tdbloader} runs. The store opens as every aikg store does (the
 * ontology graph is added then), so {@code aikg serve} serves the result unchanged.
 *
 * <p>A document the store already holds is replaced: its graph is dropped before the shards are loaded
 * (a re-run's changed files). An entity keeps one {@code rdfs:label}: the store's, else the first the outputs
 * give in the order they are loaded. Documents the manifest lists as failed are returned, never silently lost.
 * Loading the same output twice changes nothing (a store is a set of quads).
 *
 * <p>Thread-safety: one load at a time per store; the loader takes the store for itself while it runs.
 */
public final class BulkLoader {
    private BulkLoader() {
    }

    private static final org.apache.jena.graph.Node ENTITIES =
            org.apache.jena.graph.NodeFactory.createURI(org.aikg.ontology.AIKG.ENTITIES_GRAPH);
    private static final org.apache.jena.graph.Node LABEL = org.apache.jena.vocabulary.RDFS.label.asNode();

    /** The entities the store's entities graph gives a label. */
    private static java.util.Set<org.apache.jena.graph.Node> labelledEntities(KnowledgeStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            java.util.Set<org.apache.jena.graph.Node> out = new java.util.HashSet<>();
            store.dataset().asDatasetGraph().find(ENTITIES, org.apache.jena.graph.Node.ANY, LABEL, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }

    /** Jena's TDB2 loaders ({@code tdb2.tdbloader --loader=NAME}). */
    public enum Kind {
        /** All indexes at once, many threads: the fastest on a machine with cores to spare. */
        PARALLEL,
        /** Some indexes in parallel: a middle way for few cores. */
        PHASED,
        /** One index at a time, one thread: the least memory. */
        SEQUENTIAL,
        /** Ordinary transactional adds: slow, for small loads. */
        BASIC;

        DataLoader create(DatasetGraph dsg, MonitorOutput out) {
            return switch (this) {
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, out);
                case PHASED -> LoaderFactory.phasedLoader(dsg, out);
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, out);
                case BASIC -> LoaderFactory.basicLoader(dsg, out);
            };
        }

        /** The kind named {@code name} (any case). */
        public static Kind of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new AikgException("no loader " + name + ": one of parallel, phased, sequential, basic");
            }
        }
    }

    /**
     * What a load did.
     *
     * @param documents documents in the manifests that are in the store now (extracted or unchanged)
     * @param replaced  documents the store held before, whose graph the load replaced
     * @param failures  the manifests' failed files, with their reasons
     * @param shards    N-Quads shards loaded
     * @param quads     quads the loader read (duplicates of stored quads included)
     * @param elapsed   wall-clock time of the load
     */
    public record Result(long documents, long replaced, List<ManifestEntry> failures, int shards, long quads,
                         Duration elapsed) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Loads {@code outputs} into {@code store}.
     *
     * @param progress where the loader reports its progress ({@code (fmt, args) -> {}} for silence)
     * @throws AikgException when an output is not a build's output or the loader fails: the documents the load
     *                       was to replace are put back (saved before they were dropped); the basic and sequential
     *                       loaders then leave the store as it was, while the parallel and phased ones, which Jena
     *                       does not make fully transactional, may leave quads they loaded: run the load again
     */
    public static Result load(KnowledgeStore store, List<BuildOutput> outputs, Kind kind, MonitorOutput progress) {
        long t0 = System.nanoTime();
        List<ManifestEntry> failures = new ArrayList<>();
        long documents = 0;
        long replaced = 0;
        // a document extracted again by a later output is that output's: earlier outputs' quads of it are stale
        java.util.Map<String, Integer> latest = new java.util.HashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            for (ManifestEntry e : outputs.get(i).manifest()) {
                if (e.stored() && ManifestEntry.EXTRACTED.equals(e.status())) {
                    latest.put(e.iri(), i);
                }
            }
        }
        java.util.Set<String> replacing = new java.util.LinkedHashSet<>();
        for (BuildOutput out : outputs) {
            for (ManifestEntry e : out.manifest()) {
                if (!e.stored()) {
                    failures.add(e);
                    continue;
                }
                documents++;
                // a changed file's new graph replaces the old one, as a local ingest does; an unchanged one's
                // quads were loaded by the run that extracted it
                if (ManifestEntry.EXTRACTED.equals(e.status()) && store.contentHash(e.iri()).isPresent()) {
                    replacing.add(e.iri());
                }
            }
        }
        // the replaced graphs are saved before they are dropped, and put back if the load fails: otherwise a failed
        // load (a broken shard, a full disk) would leave the store without them until a load succeeds
        java.nio.file.Path saved = null;
        if (!replacing.isEmpty()) {
            try {
                saved = java.nio.file.Files.createTempFile("aikg-replaced-", ".nq");
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(saved))) {
                    replaced = store.dropGraphs(replacing, out);
                }
            } catch (java.io.IOException e) {
                deleteQuietly(saved);
                throw new AikgException("cannot save the documents the load replaces in " + saved + ": " + e.getMessage(), e);
            }
        }
        Result r;
        try {
            r = loadShards(store, outputs, kind, progress, latest, documents, replaced, failures, t0);
        } catch (RuntimeException e) {
            if (saved == null) {
                throw e;
            }
            try {
                store.restoreGraphs(saved);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                // the saved graphs are kept: they are the only copy left
                throw new AikgException(e.getMessage() + "; the " + replaced + " documents it was to replace could"
                        + " not be put back (" + again.getMessage() + "): their graphs are saved in " + saved, e);
            }
            deleteQuietly(saved);
            throw new AikgException(e.getMessage() + "; the " + replaced + " documents it was to replace were put"
                    + " back as they were", e);
        }
        deleteQuietly(saved);
        store.collectOrphanEntities();
        return r;
    }

    private static void deleteQuietly(java.nio.file.Path p) {
        if (p != null) {
            try {
                java.nio.file.Files.deleteIfExists(p);
            } catch (java.io.IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    private static Result loadShards(KnowledgeStore store, List<BuildOutput> outputs, Kind kind, MonitorOutput progress,
                                     java.util.Map<String, Integer> latest, long documents, long replaced,
                                     List<ManifestEntry> failures, long t0) {
        // one rdfs:label per entity: the one the store holds, else the first the outputs give (EntityGraph's rule,
        // as a local ingest into this store would keep it); a build made elsewhere may have chosen another
        java.util.Set<org.apache.jena.graph.Node> labelled = labelledEntities(store);
        DataLoader loader = kind.create(store.dataset().asDatasetGraph(), progress);
        int shards = 0;
        loader.startBulk();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                int index = i;
                org.apache.jena.riot.system.StreamRDF into = new org.apache.jena.riot.system.StreamRDFWrapper(loader.stream()) {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        Integer owner = latest.get(q.getGraph().isURI() ? q.getGraph().getURI() : "");
                        if (owner != null && owner != index) {
                            return;
                        }
                        if (ENTITIES.equals(q.getGraph()) && LABEL.equals(q.getPredicate()) && !labelled.add(q.getSubject())) {
                            return;
                        }
                        super.quad(q);
                    }
                };
                for (java.nio.file.Path shard : outputs.get(i).shards()) {
                    org.apache.jena.riot.RDFParser.source(shard).lang(org.apache.jena.riot.Lang.NQUADS).parse(into);
                    shards++;
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new AikgException("bulk load failed: " + e.getMessage(), e);
        }
        // facts users rejected stay out of a bulk-loaded store too
        store.reapplyRejections();
        store.reindex(); // the loader wrote the graphs directly: count them again
        return new Result(documents, replaced, failures, shards, loader.countQuads(),
                Duration.ofNanos(System.nanoTime() - t0));
    }
}
