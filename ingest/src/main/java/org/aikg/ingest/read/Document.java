package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One read document: the original content, the clean text NLP runs on, and the map between them.
 *
 * <p>{@code offsets[i]} is the index in {@code original} of {@code text.charAt(i)}; the array has
 * {@code text.length() + 1} entries and the last one is {@code original.length()}. Offsets never
 * decrease. Characters the reader inserted (the {@code "\n\n"} between blocks, the space that joins
 * two wrapped lines, the {@code " ; "} between table cells) map to a nearby original position: the
 * line break they replace, the cell's pipe, or the position just after the previous block. A
 * character decoded from an HTML entity maps to the entity's {@code &}.
 *
 * <p>For speed neither {@code offsets} nor {@code lineStarts} is copied, in or out: callers must not
 * modify them. The lists are copied and unmodifiable. Because the arrays are compared by identity,
 * {@code equals} of two documents is only true for the same arrays.
 *
 * <p>Immutable by contract and thread-safe.
 *
 * @param path       where the document came from
 * @param original   the content as decoded, including any BOM and front matter
 * @param format     the syntax it was read as
 * @param metadata   title, date and author when known
 * @param text       the clean text
 * @param offsets    clean index to original index, see above
 * @param blocks     the blocks of the clean text, in order, not overlapping
 * @param links      the links, in order of their start
 * @param lineStarts index in {@code original} at which each line starts (first is 0); computed once
 *                   by the eight-argument constructor so {@link #lineColumn} is a binary search
 */
public record Document(Path path, String original, Format format, Metadata metadata, String text,
        int[] offsets, List<Block> blocks, List<Link> links, int[] lineStarts) {

    /** A small span of the original content: [{@code start}, {@code end}). */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    public Document {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(lineStarts, "lineStarts");
        if (offsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offsets must have text.length() + 1 entries, has "
                    + offsets.length + " for " + text.length() + " chars");
        }
        if (lineStarts.length == 0 || lineStarts[0] != 0) {
            throw new IllegalArgumentException("lineStarts must start with 0");
        }
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }

    /** A document whose line starts are computed from {@code original}. */
    public Document(Path path, String original, Format format, Metadata metadata, String text,
            int[] offsets, List<Block> blocks, List<Link> links) {
        this(path, original, format, metadata, text, offsets, blocks, links, lineStartsOf(original));
    }

    /** This document as if read from {@code newPath} (its identity: see {@code DocumentIris.identity}). */
    public Document withPath(Path newPath) {
        return new Document(newPath, original, format, metadata, text, offsets, blocks, links, lineStarts);
    }

    /** The index in {@link #original()} of clean character {@code cleanIndex}. */
    public int originalOffset(int cleanIndex) {
        Objects.checkIndex(cleanIndex, offsets.length);
        return offsets[cleanIndex];
    }

    /**
     * The original span of the clean span [{@code start}, {@code end}): from the first character's
     * original position to just after the last character's. An empty clean span maps to an empty
     * span at {@code offsets[start]}.
     */
    public Span originalSpan(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        if (start == end) {
            return new Span(offsets[start], offsets[start]);
        }
        return new Span(offsets[start], offsets[end - 1] + 1);
    }

    /** Line and column (1-based) of an index into {@link #original()}; {@code original.length()} is allowed. */
    public LineColumn lineColumn(int originalOffset) {
        Objects.checkIndex(originalOffset, original.length() + 1);
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= originalOffset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new LineColumn(lo + 1, originalOffset - lineStarts[lo] + 1);
    }

    /** The clean text of {@code block}. */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }

    @Override
    public String toString() {
        return "Document[" + path + ", " + format + ", " + text.length() + " clean chars, "
                + blocks.size() + " blocks, " + links.size() + " links]";
    }

    /** Line starts, counting {@code \n}, {@code \r\n} and a lone {@code \r} as one line break each. */
    static int[] lineStartsOf(CharSequence s) {
        IntList starts = new IntList(Math.max(16, s.length() / 40));
        starts.add(0);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        return starts.toArray();
    }
}
