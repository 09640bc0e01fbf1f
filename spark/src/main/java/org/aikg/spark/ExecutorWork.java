package org.aikg.spark;

import java.io.Serializable;
import java.time.Duration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors did during a run, counted as they did it: how many times a document's extraction ran, the
 * time the files took (reading, extraction; summed over task threads), and how many times an executor loaded the
 * models. A document extracted twice (a task run again after its executor was lost, or its cached result
 * dropped) counts twice, so these show work that the outputs cannot.
 *
 * @param extractions times a document's extraction ran (succeeded or failed)
 * @param extraction  the time spent on the files (reading, finding documents, extracting them; the model loads not
 *                    included), summed over task threads
 * @param modelLoads  times an executor JVM loaded the models (once per executor when all goes well)
 * @param modelLoad   the time those loads took in all
 */
public record ExecutorWork(long extractions, Duration extraction, long modelLoads, Duration modelLoad) {

    /**
     * The Spark accumulators executors add to while they work, read on the driver after the run's jobs. Spark
     * merges a task's additions once the task succeeds, so a task that failed adds nothing and its retry counts.
     *
     * <p>Thread-safety: the accumulators are; one instance per run.
     */
    record Counters(LongAccumulator extractions, LongAccumulator workNanos, LongAccumulator modelLoads,
                    LongAccumulator modelLoadNanos) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** New counters registered with {@code sc}. */
        static Counters register(JavaSparkContext sc) {
            return new Counters(sc.sc().longAccumulator("aikg: document extractions"),
                    sc.sc().longAccumulator("aikg: file nanoseconds"),
                    sc.sc().longAccumulator("aikg: model loads"),
                    sc.sc().longAccumulator("aikg: model load nanoseconds"));
        }

        /** One document's extraction ran. */
        void extracted() {
            extractions.add(1);
        }

        /** One file took {@code nanos}, a model load included. */
        void worked(long nanos) {
            workNanos.add(nanos);
        }

        /** An executor loaded the models in {@code nanos}. */
        void loaded(long nanos) {
            modelLoads.add(1);
            modelLoadNanos.add(nanos);
        }

        /** The counts so far (on the driver). */
        ExecutorWork read() {
            // a model load happens inside the first file an executor works on: its time is not the file's
            return new ExecutorWork(extractions.value(), Duration.ofNanos(workNanos.value() - modelLoadNanos.value()), modelLoads.value(),
                    Duration.ofNanos(modelLoadNanos.value()));
        }
    }
}
