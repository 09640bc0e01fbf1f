package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Accumulates clean text, its offsets into the original, blocks and links. Whitespace is collapsed
 * to single spaces and never starts or ends a block; the {@code "\n\n"} separator is only written
 * once a block gets its first visible character, so empty blocks leave no trace.
 *
 * <p>Callers must append characters in increasing original order so offsets stay monotonic.
 * Not thread-safe; one per read.
 */
final class TextBuilder {

    /** A block that was interrupted (for an image's alt text) and may be resumed. */
    record Suspended(Block.Kind kind, int level) {}

    private final String original;
    private final StringBuilder text;
    private int[] offsets;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private boolean inBlock;
    private Block.Kind kind;
    private int level;
    private int blockStart = -1;
    private boolean pendingSpace;
    private int pendingSpaceOffset;
    private int lastOffset = -1;

    TextBuilder(String original) {
        this.original = original;
        int guess = Math.max(64, original.length());
        this.text = new StringBuilder(guess);
        this.offsets = new int[guess + 1];
    }

    void begin(Block.Kind blockKind, int blockLevel) {
        if (inBlock) {
            end();
        }
        inBlock = true;
        kind = blockKind;
        level = blockLevel;
        blockStart = -1;
        pendingSpace = false;
    }

    /** Ends the current block; returns it, or null when it got no visible character. */
    Block end() {
        Block block = null;
        if (inBlock && blockStart >= 0) {
            block = new Block(kind, blockStart, text.length(), level);
            blocks.add(block);
        }
        inBlock = false;
        pendingSpace = false;
        return block;
    }

    /** Records an empty marker block (used for left-out code) at the current end of the text. */
    void marker(Block.Kind markerKind) {
        if (inBlock) {
            end();
        }
        blocks.add(new Block(markerKind, text.length(), text.length(), 0));
    }

    Suspended suspend() {
        Suspended s = inBlock ? new Suspended(kind, level) : null;
        end();
        return s;
    }

    void resume(Suspended s) {
        if (s != null) {
            begin(s.kind(), s.level());
        }
    }

    boolean inBlock() {
        return inBlock;
    }

    /** Whether the block being built has a visible character yet. */
    boolean blockHasText() {
        return inBlock && blockStart >= 0;
    }

    int blockCount() {
        return blocks.size();
    }

    String text(int start, int end) {
        return text.substring(start, end);
    }

    /** The original index of clean character {@code i} (already appended). */
    int originalOffsetOf(int i) {
        return offsets[i];
    }

    int length() {
        return text.length();
    }

    /** Where the next visible character will land. */
    int nextCharIndex() {
        if (blockStart < 0) {
            return text.length() == 0 ? 0 : text.length() + 2;
        }
        return text.length() + (pendingSpace ? 1 : 0);
    }

    void append(char c, int originalOffset) {
        if (!inBlock) {
            throw new IllegalStateException("append outside a block");
        }
        if (isSpace(c)) {
            if (blockStart >= 0 && !pendingSpace) {
                pendingSpace = true;
                pendingSpaceOffset = originalOffset;
            }
            return;
        }
        if (blockStart < 0) {
            if (text.length() > 0) {
                int sep = Math.min(lastOffset + 1, originalOffset);
                put('\n', sep);
                put('\n', sep);
            }
            blockStart = text.length();
        } else if (pendingSpace) {
            put(' ', pendingSpaceOffset);
        }
        pendingSpace = false;
        put(c, originalOffset);
    }

    /** Records a link over clean [start, end), trimmed of spaces; empty links are dropped. */
    void link(int start, int end, String url) {
        int s = Math.max(0, start);
        int e = Math.min(end, text.length());
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e && !url.isEmpty()) {
            links.add(new Link(s, e, url));
        }
    }

    Document build(Path path, Format format, Metadata metadata) {
        if (inBlock) {
            end();
        }
        int n = text.length();
        int[] out = offsets.length == n + 1 ? offsets : Arrays.copyOf(offsets, n + 1);
        out[n] = original.length();
        // readers may record a block's bare URLs after its marked-up links: keep them in text order
        links.sort(java.util.Comparator.comparingInt(Link::start));
        return new Document(path, original, format, metadata, text.toString(), out, blocks, links);
    }

    private void put(char c, int originalOffset) {
        // Parsers may hand text out of source order (HTML's tree fix-ups); offsets must never go back.
        if (originalOffset < lastOffset) {
            originalOffset = lastOffset;
        }
        int i = text.length();
        if (i + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 16);
        }
        text.append(c);
        offsets[i] = originalOffset;
        lastOffset = originalOffset;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u00A0' || c == '\u2028' || c == '\u2029'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
