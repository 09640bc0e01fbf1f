package org.aikg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.aikg.ingest.IngestListener;
import org.aikg.ingest.IngestReport;

/**
 * A one-line progress bar on a terminal; on a pipe or log, a line at every tenth of the way and for each
 * failure, so CI logs stay short. A file that takes long shows how far into it the work is (on a pipe, at
 * most every ten seconds), so a big file is not taken for a stall.
 *
 * <p>Thread-safe: {@link #working} comes from extracting threads while the others come from the ingesting
 * thread, so every method holds the bar's lock.
 */
final class ProgressBar implements IngestListener {
    private static final long PIPE_PROGRESS_EVERY_NANOS = 10_000_000_000L;
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private int total;
    private int done;
    private int lastDecile = -1;
    private long lastPipeProgress = System.nanoTime() - PIPE_PROGRESS_EVERY_NANOS;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void started(int files) {
        total = files;
        out.printf("ingesting %d file%s%n", files, files == 1 ? "" : "s");
    }

    @Override
    public synchronized void finished(Path file, IngestReport.FileResult result) {
        done++;
        if (result.failed()) {
            if (terminal) {
                out.print("\r\033[K");
            }
            out.println("  failed: " + result.error());
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (terminal) {
            String name = file.getFileName().toString();
            out.printf("\r[%s%s] %d/%d %s\033[K", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                    name.length() > 40 ? name.substring(0, 37) + "..." : name);
            if (done == total) {
                out.println();
            }
        } else {
            int decile = total == 0 ? 10 : done * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                out.printf("  %d/%d files (%d%%)%n", done, total, total == 0 ? 100 : done * 100 / total);
            }
        }
        out.flush();
    }

    @Override
    public synchronized void working(Path file, String stage, long done, long total) {
        String where = shortName(file) + ": " + stage + (total > 0 ? " " + done * 100 / total + "%" : "");
        if (terminal) {
            int filled = total == 0 ? WIDTH : this.done * WIDTH / Math.max(1, this.total);
            out.printf("\r[%s%s] %d/%d %s\033[K", "#".repeat(filled), ".".repeat(WIDTH - filled), this.done, this.total, where);
        } else {
            long now = System.nanoTime();
            if (now - lastPipeProgress < PIPE_PROGRESS_EVERY_NANOS) {
                return;
            }
            lastPipeProgress = now;
            out.println("  working on " + where);
        }
        out.flush();
    }

    private static String shortName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return name.length() > 40 ? name.substring(0, 37) + "..." : name;
    }
}
