package org.aikg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one document may take, as a {@link Checkpoint}: past its deadline the next checkpoint stops
 * the work with the document's path and where it stopped; before it, progress is passed on at most once
 * a second, so a long file shows that it moves.
 *
 * <p>A pathological document becomes a reported failure instead of a stall. The deadline is checked
 * between sentences and stages, so a document may overrun it by one sentence's work, which
 * {@link org.aikg.ingest.annotate.SentenceBounds} keeps small.
 *
 * <p>Not thread-safe: one per document, used by the thread that extracts it.
 */
public final class DocumentBudget implements Checkpoint {
    /** Heard while a document is worked on: which stage, how far (characters of the text). */
    @FunctionalInterface
    public interface Progress {
        void at(Path file, String stage, long done, long total);

        Progress NONE = (file, stage, done, total) -> { };
    }

    private static final long REPORT_EVERY_NANOS = 1_000_000_000L;

    private final Path file;
    private final Duration allowed;
    private final LongSupplier nanoClock;
    private final Progress progress;
    private final long start;
    private long lastReport;

    /**
     * @param file      the document's file, named in the reason when it stops
     * @param allowed   the time allowed; zero or negative for no limit
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     * @param progress  told how far the work got, at most once a second
     */
    public DocumentBudget(Path file, Duration allowed, LongSupplier nanoClock, Progress progress) {
        this.file = file;
        this.allowed = allowed;
        this.nanoClock = nanoClock;
        this.progress = progress;
        this.start = nanoClock.getAsLong();
        this.lastReport = start;
    }

    /** A budget on the system clock. */
    public static DocumentBudget of(Path file, Duration allowed, Progress progress) {
        return new DocumentBudget(file, allowed, System::nanoTime, progress);
    }

    @Override
    public void reached(String stage, long done, long total) {
        long now = nanoClock.getAsLong();
        if (!allowed.isZero() && !allowed.isNegative() && now - start > allowed.toNanos()) {
            String limit = allowed.toSeconds() >= 1 ? allowed.toSeconds() + " s" : allowed.toMillis() + " ms";
            throw new AikgException(file + ": took longer than the " + limit
                    + " allowed per document (--doc-timeout); stopped while " + stage
                    + (total > 0 ? " at " + (done * 100 / total) + "% of the text" : ""));
        }
        if (now - lastReport >= REPORT_EVERY_NANOS) {
            lastReport = now;
            progress.at(file, stage, done, total);
        }
    }
}
