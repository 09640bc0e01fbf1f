package org.aikg.ingest.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Room on the disk that holds a store, and what a write may need there.
 *
 * <p>TDB2 maps its index files into memory and writes copy-on-write: a transaction copies every index block it
 * touches to the end of its file, so a store grows with every write and never in place. When the disk is full,
 * touching a new page of a mapped file is a SIGBUS, which the JVM reports as
 * {@code java.lang.InternalError: a fault occurred in a recent unsafe memory access operation}, thrown from
 * whatever code touched the page; the journal's writes fail with {@code IOException: No space left on device}.
 * So a write is first checked against an upper estimate of what it needs ({@link #check}), and a write that
 * fails anyway (something else filled the disk meanwhile) is recognised by its cause and the disk's state
 * ({@link #diskFull}).
 *
 * <p>The estimate, {@link #BASE_BYTES} plus {@link #BYTES_PER_QUAD} per quad, was measured: writing the 114
 * documents of a 2 MB corpus one transaction each grew the store by 6 KiB to 17 KiB per quad for documents
 * of under 100 quads and by 0.7 KiB to 2.6 KiB per quad for larger ones (0.6 to 4.9 MiB a document, 2.7 KiB a
 * quad overall); the estimate was at least 1.5 times every document's growth.
 *
 * <p>Thread-safety: safe for concurrent use (it keeps no state but the probe, which must be thread-safe).
 */
public final class StoreSpace {
    /** What any write may need besides its quads: journal, node table, the paths from root to leaf it copies. */
    public static final long BASE_BYTES = 2L << 20;
    /** What one quad may need: six quad indexes, each a copied 8 KiB block in the worst case, spread over writes. */
    public static final long BYTES_PER_QUAD = 4096;

    /** The free bytes on the store's disk. A seam: tests pass their own. */
    @FunctionalInterface
    public interface Probe {
        /** Bytes this process may still write on the disk. */
        long usableBytes() throws IOException;
    }

    private final Path store;
    private final Probe probe;

    /**
     * @param store the store's folder (named in messages)
     * @param probe where the free bytes come from
     */
    public StoreSpace(Path store, Probe probe) {
        this.store = store;
        this.probe = probe;
    }

    /** The space of the disk that holds {@code store}, as the file system reports it. */
    public static StoreSpace of(Path store) {
        return new StoreSpace(store, () -> {
            FileStore fs = Files.getFileStore(store);
            return fs.getUsableSpace();
        });
    }

    /** An upper estimate of the bytes writing {@code quads} quads in one transaction adds to a store. */
    public static long needed(int quads) {
        return BASE_BYTES + BYTES_PER_QUAD * Math.max(0, quads);
    }

    /**
     * Refuses a write that may not fit, before it begins.
     *
     * @param what  what is written, for the message (a document's identity path)
     * @param quads how many quads it writes
     * @throws DiskFullException when the disk has less room than {@link #needed} says
     */
    public void check(String what, int quads) {
        long need = needed(quads);
        long free = free();
        if (free >= 0 && free < need) {
            throw new DiskFullException(store, what, need, free, null);
        }
    }

    /**
     * Whether a write that failed with {@code failure} failed for want of room, and if so the exception to throw
     * instead. A failure says so itself when an {@link IOException} in its causes reads "No space left on
     * device" (ENOSPC) or "Disk quota exceeded" (EDQUOT). A fault in a mapped file
     * ({@code InternalError: ... unsafe memory access ...}) can also come from an I/O error or a file cut short
     * by another process, so it counts only when the disk has less room than the write needed.
     *
     * @param what  what was written, for the message
     * @param quads how many quads it wrote
     */
    public Optional<DiskFullException> diskFull(Throwable failure, String what, int quads) {
        boolean says = false;
        boolean mappedFault = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DiskFullException d) {
                return Optional.of(d);
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("disk quota exceeded")) {
                says = true;
            }
            if (t instanceof InternalError && m.contains("unsafe memory access")) {
                mappedFault = true;
            }
        }
        if (!says && !mappedFault) {
            return Optional.empty();
        }
        long free = free();
        if (says || (free >= 0 && free < needed(quads))) {
            return Optional.of(new DiskFullException(store, what, needed(quads), free, failure));
        }
        return Optional.empty();
    }

    /** Free bytes, or -1 when the file system cannot say (then no write is refused for want of room). */
    long free() {
        try {
            return probe.usableBytes();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
