package org.aikg.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aikg.ingest.AikgException;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.FileFactory;
import org.apache.jena.dboe.base.file.FileSet;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.trans.bplustree.BPTStateMgr;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;

/**
 * Writes a TDB2 store's live data again as a new generation of packed indexes, so that it takes the room its
 * data needs and not the room its history took.
 *
 * <p>Why: TDB2's B+trees are copy-on-write. Every write transaction copies each block it changes, and its
 * whole path up to the root, to the end of the index file, and the old blocks are never reused, so a store
 * written one document (or one batch) at a time is mostly dead blocks: 4.7 GB for a million quads whose
 * indexes hold 0.2 GB. Jena's own compaction ({@code DatabaseMgr.compact}) copies the quads into a fresh
 * database by inserting them, which leaves every index block about half full (insertion in order splits
 * blocks in halves); here each index is instead rebuilt bottom-up from its records in order, every block
 * full, by the same code Jena's bulk loader uses ({@link BPlusTreeRewriter}). Node ids stay as they are: the
 * node table's data file is copied as it is, so every index record is copied unchanged.
 *
 * <p>Crash safety: the new generation is written into {@code Data-NNNN-tmp}, which TDB2 deletes when it opens
 * a store, checked (each index holds as many records as the one it copies), synced to disk, and only then
 * renamed to {@code Data-NNNN}, in one atomic rename; TDB2 opens the highest-numbered generation. A crash
 * before the rename leaves the old generation live; after it, the new one, which holds the same data. The
 * older generations are deleted by {@link #deleteOlderGenerations} once nothing uses them.
 *
 * <p>Thread-safety: the caller must hold the store (its TDB2 lock) with no write transaction active or to come
 * before the old generation is released: {@link KnowledgeStore#compactAndClose()} does.
 */
public final class StoreCompaction {
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");
    /** Files of a generation that are not copied: TDB2 makes them afresh. */
    private static final Set<String> NOT_COPIED = Set.of("journal.jrnl", "tdb.lock");
    /** The TDB2 node table's index: a 128-bit hash of the node to its 64-bit node id. */
    private static final RecordFactory NODE_INDEX = new RecordFactory(16, 8);
    /** TDB2 node ids are 8 bytes; a tuple index's record is its tuple's ids, in the index's order, no value. */
    private static final int NODE_ID_BYTES = 8;
    /** The file a compacted generation keeps its own size in, so a later run can tell how much it has grown. */
    static final String SIZE_FILE = "aikg-compacted-bytes";

    /**
     * What a compaction did.
     *
     * @param before    the bytes the old generation used ({@link #usedBytes})
     * @param after     the bytes the new generation uses
     * @param records   the index records copied, all indexes together
     * @param millis    how long it took
     * @param generation the new generation's folder
     */
    public record Result(long before, long after, long records, long millis, Path generation) {
    }

    private StoreCompaction() {
    }

    /**
     * Writes the live generation of the store in {@code store} as a new, packed generation and makes it the
     * live one. The old generation stays on disk (the caller's TDB2 still maps it) until
     * {@link #deleteOlderGenerations}.
     *
     * @throws AikgException when the store has no generation, or writing the new one fails (which then is deleted:
     *                       the old generation stays live, unchanged)
     */
    public static Result compact(Path store) {
        long t0 = System.nanoTime();
        Path live = liveGeneration(store);
        if (live == null) {
            throw new AikgException(store + ": no TDB2 generation (Data-NNNN) to compact");
        }
        long before = usedBytes(live);
        Path next = store.resolve(String.format(java.util.Locale.ROOT, "Data-%04d", number(live) + 1));
        Path tmp = store.resolve(next.getFileName() + "-tmp");
        try {
            deleteTree(tmp);
            Files.createDirectory(tmp);
            long records = writeGeneration(live, tmp);
            long after = usedBytes(tmp);
            Files.writeString(tmp.resolve(SIZE_FILE), Long.toString(after));
            syncTree(tmp);
            Files.move(tmp, next, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(store);
            return new Result(before, after, records, (System.nanoTime() - t0) / 1_000_000, next);
        } catch (IOException | RuntimeException | InternalError e) {
            try {
                deleteTree(tmp);
            } catch (IOException | RuntimeException ignored) {
                // TDB2 deletes a Data-NNNN-tmp folder when it next opens the store
            }
            if (e instanceof AikgException a) {
                throw a;
            }
            throw new AikgException(store + ": compaction failed, the store is as it was: " + e, e);
        }
    }

    /** Copies every file of generation {@code from} into {@code to}, indexes rebuilt packed; the records copied. */
    private static long writeGeneration(Path from, Path to) throws IOException {
        Map<String, RecordFactory> indexes = indexes(from);
        long records = 0;
        for (Map.Entry<String, RecordFactory> index : indexes.entrySet()) {
            records += repack(from, to, index.getKey(), index.getValue());
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                if (!NOT_COPIED.contains(name) && !indexes.containsKey(base) && Files.isRegularFile(f)) {
                    // node data (.obj) and its length (.bdf), the store's parameters: as they are
                    Files.copy(f, to.resolve(name));
                }
            }
        }
        return records;
    }

    /**
     * The B+tree indexes of a generation, each with its record layout, as TDB2 builds them: the node tables'
     * hash indexes, and the triple, quad and prefix tuple indexes named by the store's parameters.
     */
    private static Map<String, RecordFactory> indexes(Path generation) {
        StoreParams params = Files.exists(generation.resolve(Names.TDB_CONFIG_FILE))
                ? StoreParamsCodec.read(Location.create(generation)) : StoreParams.getDftStoreParams();
        Map<String, RecordFactory> out = new LinkedHashMap<>();
        out.put(params.getNodeTableBaseName(), NODE_INDEX);
        out.put(params.getPrefixTableBaseName(), NODE_INDEX);
        List<String> tuples = new ArrayList<>();
        tuples.addAll(List.of(params.getTripleIndexes()));
        tuples.addAll(List.of(params.getQuadIndexes()));
        tuples.addAll(List.of(params.getPrefixIndexes()));
        for (String name : tuples) {
            out.put(name, new RecordFactory(NODE_ID_BYTES * name.length(), 0));
        }
        out.keySet().removeIf(name -> !Files.exists(generation.resolve(name + "." + Names.extBptState)));
        return out;
    }

    /** Rebuilds the B+tree {@code name} of generation {@code from} in {@code to}, packed; its records. */
    private static long repack(Path from, Path to, String name, RecordFactory records) {
        BPlusTree old = open(from, name, records);
        try {
            long[] copied = {0};
            Iterator<Record> all = old.iterator();
            Iterator<Record> counted = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return all.hasNext();
                }

                @Override
                public Record next() {
                    copied[0]++;
                    return all.next();
                }
            };
            TreeFiles out = TreeFiles.of(to, name, records, 10, 100); // written once, in order
            BPlusTree packed = BPlusTreeRewriter.packIntoBPlusTree(counted, out.params(), records, out.state(),
                    out.nodes(), out.leaves());
            packed.sync();
            packed.close();
            // the new tree, opened as TDB2 will open it, must hold every record of the old one
            BPlusTree check = open(to, name, records);
            try {
                long n = check.size();
                if (n != copied[0]) {
                    throw new AikgException(from + ": compacting index " + name + " copied " + copied[0]
                            + " records but the new index holds " + n);
                }
            } finally {
                check.close();
            }
            return copied[0];
        } finally {
            old.close();
        }
    }

    /** The B+tree {@code name} in {@code generation} as its last commit left it, to read outside a transaction. */
    private static BPlusTree open(Path generation, String name, RecordFactory records) {
        TreeFiles in = TreeFiles.of(generation, name, records, 100, 10); // read, not written
        BPlusTree tree = BPlusTreeFactory.create(ComponentId.allocLocal(), in.params(), in.state(), in.nodes(), in.leaves());
        tree.nonTransactional();
        return tree;
    }

    /** The files of B+tree {@code name} in a generation folder, as TDB2 lays them out, with their block caches. */
    private record TreeFiles(BPlusTreeParams params, BufferChannel state, BlockMgr nodes, BlockMgr leaves) {
        static TreeFiles of(Path generation, String name, RecordFactory records, int readCache, int writeCache) {
            FileSet files = new FileSet(Location.create(generation), name);
            int block = org.apache.jena.dboe.sys.SystemIndex.BlockSize;
            return new TreeFiles(new BPlusTreeParams(BPlusTreeParams.calcOrder(block, records), records),
                    FileFactory.createBufferChannel(files, Names.extBptState),
                    BlockMgrFactory.create(files, Names.extBptTree, FileMode.direct, block, readCache, writeCache),
                    BlockMgrFactory.create(files, Names.extBptRecords, FileMode.direct, block, readCache, writeCache));
        }
    }

    /** The store's live generation: its highest-numbered {@code Data-NNNN} folder, or null. */
    static Path liveGeneration(Path store) {
        List<Path> all = generations(store);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The store's generations, oldest first. */
    static List<Path> generations(Path store) {
        try (Stream<Path> list = Files.list(store)) {
            return list.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
                    .sorted(java.util.Comparator.comparingInt(StoreCompaction::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes every generation but the live one: what a compaction left for TDB2 to let go of, or a crash
     * between a compaction's rename and this. Call only while holding the store, with TDB2 done with them.
     *
     * @return the bytes freed
     */
    public static long deleteOlderGenerations(Path store) {
        List<Path> all = generations(store);
        long freed = 0;
        for (Path old : all.subList(0, Math.max(0, all.size() - 1))) {
            long b = bytes(old);
            try {
                deleteTree(old);
                freed += b;
            } catch (IOException e) {
                throw new AikgException(old + ": cannot delete this old generation of the store: " + e.getMessage(), e);
            }
        }
        return freed;
    }

    /**
     * The size of the live generation when it was written by a compaction, or -1 when it was not (a store
     * written since its creation, or compacted by an earlier aikg).
     */
    public static long compactedBytes(Path store) {
        Path live = liveGeneration(store);
        if (live == null || !Files.isRegularFile(live.resolve(SIZE_FILE))) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readString(live.resolve(SIZE_FILE)).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static int number(Path generation) {
        Matcher m = GENERATION.matcher(generation.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The bytes of the files under {@code dir}, as listed (a file TDB2 maps grows in 8 MiB steps it may not fill). */
    public static long bytes(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes a generation's data takes: every block its indexes have allocated (live or dead, as each index's
     * state file records them) and its other files. Unlike {@link #bytes}, it leaves out the unwritten ends of
     * the index files TDB2 maps and grows 8 MiB at a time, so it tells a small store's growth too.
     */
    public static long usedBytes(Path generation) {
        Map<String, RecordFactory> indexes = indexes(generation);
        long used = 0;
        for (String name : indexes.keySet()) {
            BufferChannel chan = FileFactory.createBufferChannel(new FileSet(Location.create(generation), name), Names.extBptState);
            try {
                BPTStateMgr state = new BPTStateMgr(chan);
                used += (state.getNodeBlocksLimit() + state.getRecordsBlocksLimit()) * (long) org.apache.jena.dboe.sys.SystemIndex.BlockSize;
            } finally {
                chan.close();
            }
        }
        try (Stream<Path> files = Files.list(generation)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                if (!indexes.containsKey(base) && !name.equals(SIZE_FILE) && Files.isRegularFile(f)) {
                    used += Files.size(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    private static void syncTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
        }
        syncDirectory(dir);
    }

    /** Makes a folder's entries (a rename in it) durable; a no-op where folders cannot be opened (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // not every platform can sync a folder; the rename is still atomic
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
