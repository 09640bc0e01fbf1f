package org.aikg.ingest.read;

import java.util.Objects;

/**
 * A structural unit of the clean text: later stages treat each block as a unit, so a sentence never
 * spans two blocks. Blocks are separated in {@link Document#text()} by {@code "\n\n"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  what the block is
 * @param start first index in the clean text (inclusive)
 * @param end   last index in the clean text (exclusive)
 * @param level heading level (1-6) for {@link Kind#HEADING}, nesting depth (1-based) for
 *              {@link Kind#LIST_ITEM}, otherwise 0
 */
public record Block(Kind kind, int start, int end, int level) {

    /** The kinds of block. */
    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        /** One table row; cells are joined with {@code " ; "}. */
        TABLE_ROW,
        QUOTE,
        /**
         * Where a fenced code block was. Code is kept out of the clean text entirely, so a CODE block
         * is always empty ({@code start == end}); it only records that something was left out here.
         */
        CODE,
        /**
         * One entry of a references or bibliography section (under a heading such as References,
         * Bibliography, Papers or Further reading), or a numbered entry such as {@code [1] ...}.
         */
        REFERENCE
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
        }
    }
}
