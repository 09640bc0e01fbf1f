package org.aikg.ingest.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content hash of every source a store holds as one document, kept in a file beside the store and valid
 * for one exact state of it, so that an ingest can tell that files are unchanged without opening the store.
 *
 * <p>Why: opening a TDB2 store means starting Jena (about a second of CPU for its subsystems and classes),
 * while an ingest of unchanged files needs only their hashes. The file is written when a store that was
 * written is closed ({@link KnowledgeStore#close}), from the store's own data, with a fingerprint of the store's
 * state: the live generation's name, the bytes, sizes and modification times of its index and node-file state
 * files ({@code *.bpt}, {@code *.bdf}), and its journal's size (a commit a crash left in the journal, to be
 * replayed when the store next opens, shows there). Every commit changes at least one of them (TDB2 allocates new blocks
 * for every change, and a state file records the allocation limits and the root), so a store written by
 * anything since (a server's {@code POST /ingest}, {@code drop}, a correction, a process killed before it could
 * write this file) no longer matches, and {@link #read} answers nothing: the caller opens the store.
 *
 * <p>Both the writer and the reader hold every entry in memory, so a store of more than
 * {@link KnowledgeStore#MAX_KEPT_SOURCES} sources keeps none, and is always opened.
 *
 * <p>A store that another process holds (its TDB2 lock names a live process) is not read either, so that the
 * caller opens it and says it is in use, as before.
 *
 * <p>Thread-safety: immutable once read; {@link #write} must run while the caller holds the store.
 */
public final class SourceHashes {
    /** The file, in the store's folder. */
    static final String FILE = "aikg-source-hashes";
    private static final int MAGIC = 0x61696b67; // "aikg"
    private static final int VERSION = 1;

    private final Map<String, String> hashes;

    private SourceHashes(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    /** The content hash stored for the document whose only source is {@code source}, if any. */
    public Optional<String> hashOf(String source) {
        return Optional.ofNullable(hashes.get(source));
    }

    /** How many sources are known. */
    public int size() {
        return hashes.size();
    }

    /**
     * The hashes kept beside the store in {@code store}, when they were written for its present state and no
     * other process holds it; otherwise empty (the caller must open the store to know).
     */
    public static Optional<SourceHashes> read(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file) || heldByAnotherProcess(store)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!matches(in, store)) {
                return Optional.empty();
            }
            int n = in.readInt();
            Map<String, String> hashes = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                hashes.put(in.readUTF(), in.readUTF());
            }
            return Optional.of(new SourceHashes(hashes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or half written: the store itself knows
        }
    }

    /** Whether the hashes file of {@code store} was written for its present state. */
    static boolean current(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 4096))) {
            return matches(in, store);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads the file's header: whether it is this format and its fingerprint is the store's present one. */
    private static boolean matches(DataInputStream in, Path store) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            return false;
        }
        int length = in.readInt();
        if (length < 0 || length > 1024) {
            return false;
        }
        byte[] fingerprint = new byte[length];
        in.readFully(fingerprint);
        byte[] now = fingerprint(store);
        return now != null && Arrays.equals(fingerprint, now);
    }

    /**
     * Writes {@code hashes} (source to content hash) for the present state of the store in {@code store}, whose
     * caller holds it and has committed all it writes; written to a temporary file and renamed, so a reader
     * sees the old file or the new one. A source whose name cannot be written (over 64 KiB) leaves the file out:
     * the store is then always opened.
     *
     * @throws IOException when the file cannot be written (any old one is then deleted)
     */
    static void write(Path store, Map<String, String> hashes) throws IOException {
        Path file = store.resolve(FILE);
        Path tmp = store.resolve(FILE + ".tmp");
        try {
            byte[] fingerprint = fingerprint(store);
            if (fingerprint == null) {
                throw new IOException(store + ": no TDB2 generation");
            }
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(fingerprint.length);
                out.write(fingerprint);
                out.writeInt(hashes.size());
                for (Map.Entry<String, String> e : hashes.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(file);
            if (e instanceof UTFDataFormatException) {
                return;
            }
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** Deletes the hashes kept beside the store in {@code store}, if any. */
    static void delete(Path store) throws IOException {
        Files.deleteIfExists(store.resolve(FILE));
    }

    /**
     * A digest of the store's committed state: the live generation's name and, for each of its state files
     * ({@code *.bpt}: an index's root and allocation limits; {@code *.bdf}: a node file's length), its name,
     * size, modification time and bytes; and the journal's size. Null when the store has no generation.
     */
    static byte[] fingerprint(Path store) throws IOException {
        Path live = StoreCompaction.liveGeneration(store);
        if (live == null) {
            return null;
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(live.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Path> states;
        try (Stream<Path> files = Files.list(live)) {
            states = files.filter(f -> f.toString().endsWith(".bpt") || f.toString().endsWith(".bdf")).sorted().toList();
        }
        for (Path f : states) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            md.update((f.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toInstant())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
        }
        // a commit a crash left in the journal (TDB2 replays it when the store next opens); empty or absent otherwise
        Path journal = live.resolve("journal.jrnl");
        long pending = Files.isRegularFile(journal) ? Files.size(journal) : 0;
        md.update(("journal " + pending).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return md.digest();
    }

    /**
     * Whether TDB2's lock on the store names a process other than this one that is alive (TDB2 writes the
     * holder's process id into {@code tdb.lock} and leaves the file when it closes).
     */
    private static boolean heldByAnotherProcess(Path store) {
        Path lock = store.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try {
            long pid = Long.parseLong(Files.readString(lock).strip());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true; // cannot tell: let TDB2 decide
        }
    }
}
