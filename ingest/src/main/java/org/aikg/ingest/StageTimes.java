package org.aikg.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an ingest run spends its time: nanoseconds per pipeline stage, summed over documents and threads
 * (so with two threads the sum can exceed the wall time).
 *
 * <p>Cheap enough to be always on: one {@link System#nanoTime} pair per stage per document, added to a
 * {@link LongAdder}. Reported by {@code aikg ingest --timings} and by the benchmark ({@code bench/run.sh}).
 *
 * <p>Thread-safety: safe for concurrent use.
 */
public final class StageTimes {
    /** The pipeline's stages, in order. */
    public enum Stage {
        /** the file read and parsed into documents, the unchanged check */
        READ,
        /** sentences, tokens and POS tags (OpenNLP) */
        ANNOTATE,
        /** the name finders */
        NAMES,
        /** entity resolution */
        RESOLVE,
        /** relation extraction */
        RELATE,
        /** pruning unsupported names and building the document's RDF */
        RDF,
        /** the store's write transaction */
        STORE
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** Adds the time since {@code startNanos} to {@code stage}, and returns now (the next stage's start). */
    public long lap(Stage stage, long startNanos) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - startNanos);
        return now;
    }

    /** The nanoseconds spent in {@code stage} so far. */
    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** One line: each stage's seconds and share of the total, e.g. {@code read 0.2 s (3%), annotate ...}. */
    public String summary() {
        long total = 0;
        for (Stage s : Stage.values()) {
            total += nanos(s);
        }
        StringBuilder b = new StringBuilder();
        for (Stage s : Stage.values()) {
            long n = nanos(s);
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s.name().toLowerCase(java.util.Locale.ROOT))
                    .append(String.format(java.util.Locale.ROOT, " %.2f s (%d%%)", n / 1e9, total == 0 ? 0 : Math.round(100.0 * n / total)));
        }
        return b.toString();
    }
}
