package org.aikg.ingest.store;

import java.nio.file.Path;
import java.util.Locale;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.IngestReport;

/**
 * The disk that holds a store has no room for a write: the write was refused before it began
 * ({@link StoreSpace#check}), or it failed for want of space ({@link StoreSpace#diskFull}). Either way the
 * write's transaction was not committed, so the store holds what it held before and opens as before.
 *
 * <p>The message is one paragraph for a person: which document, how much room the write needed (an upper
 * estimate, or unknown when the disk filled during the write) and how much is free, and what to do. The
 * command line ends with its own exit code for it ({@code 4}).
 *
 * <p>Thread-safety: immutable.
 */
public final class DiskFullException extends AikgException {
    private static final long serialVersionUID = 1L;

    private final transient Path store;
    private final String document;
    private final long neededBytes;
    private final long freeBytes;
    private final transient IngestReport report;

    /**
     * @param store       the store's folder
     * @param document    what was being written: a document's identity path, or an operation ("dropping ...")
     * @param neededBytes the estimated room the write needs; negative when not known (the disk filled during it)
     * @param freeBytes   the room left on the store's disk when the write stopped; negative when not known
     * @param cause       the failure the disk's state explained, or null when the write was refused beforehand
     */
    public DiskFullException(Path store, String document, long neededBytes, long freeBytes, Throwable cause) {
        this(store, document, neededBytes, freeBytes, null, cause);
    }

    private DiskFullException(Path store, String document, long neededBytes, long freeBytes, IngestReport report,
                              Throwable cause) {
        super(message(store, document, neededBytes, freeBytes, report), cause);
        this.store = store;
        this.document = document;
        this.neededBytes = neededBytes;
        this.freeBytes = freeBytes;
        this.report = report;
    }

    /** The same failure, stating what the run stored before it stopped. */
    public DiskFullException stoppedAfter(IngestReport stored) {
        return new DiskFullException(store, document, neededBytes, freeBytes, stored, getCause() == null ? this : getCause());
    }

    public Path store() {
        return store;
    }

    public String document() {
        return document;
    }

    /** Estimated bytes the write needed; negative when unknown. */
    public long neededBytes() {
        return neededBytes;
    }

    /** Free bytes on the store's disk when the write stopped; negative when unknown. */
    public long freeBytes() {
        return freeBytes;
    }

    /** What the ingest run stored before it stopped, when an ingest run stopped; else null. */
    public IngestReport report() {
        return report;
    }

    private static String message(Path store, String document, long needed, long free, IngestReport report) {
        StringBuilder m = new StringBuilder("the disk holding the store ").append(store).append(" is full: ");
        m.append(document);
        if (needed >= 0) {
            m.append(" needs up to ").append(mib(needed));
        } else {
            m.append(" ran out of room while being written");
        }
        if (free >= 0) {
            m.append(needed >= 0 ? " and the disk has " : " (the disk has ").append(mib(free))
                    .append(needed >= 0 ? " free" : " free)");
        }
        m.append(". Nothing of it was stored, and the store keeps every document committed before");
        if (report != null) {
            m.append(" (").append(report.added() + report.replaced()).append(" stored by this run)");
        }
        m.append(": it opens, answers queries and serves as before. Free space on that disk, or move the store folder"
                + " to a disk with room, then run the same command again: documents already stored are skipped and it"
                + " goes on from there. A TDB2 store grows with every write (about 2-3 KiB per quad written one document"
                + " at a time), so leave it room.");
        return m.toString();
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
