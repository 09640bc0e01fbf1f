package org.aikg.ingest.read;

import java.util.Optional;

/**
 * What a reader learns from a document's headings as it goes: whether the text is inside a references
 * section (so its paragraphs and list items are reference entries), and the title the headings suggest
 * when the document states none. Shared by the readers so every format reads sections the same way.
 *
 * <p>Not thread-safe; one per read.
 */
final class Outline {
    private int referenceLevel;
    private String firstHeading;
    private String firstH1;
    private boolean any;

    /** The kind a block of {@code kind} gets at this point of the document. */
    Block.Kind kind(Block.Kind kind) {
        if (referenceLevel > 0 && (kind == Block.Kind.PARAGRAPH || kind == Block.Kind.LIST_ITEM)) {
            return Block.Kind.REFERENCE;
        }
        return kind;
    }

    /** The level a block of {@code kind} (as returned by {@link #kind}) gets. */
    int level(Block.Kind kind, int level) {
        return kind == Block.Kind.REFERENCE ? 0 : level;
    }

    /** Takes note of a block just ended ({@code block} may be null when it had no text). */
    void ended(Block block, TextBuilder out) {
        if (block == null) {
            return;
        }
        boolean first = !any;
        any = true;
        if (block.kind() != Block.Kind.HEADING) {
            return;
        }
        String heading = out.text(block.start(), block.end());
        if (first) {
            firstHeading = heading;
        }
        if (firstH1 == null && block.level() == 1) {
            firstH1 = heading;
        }
        if (Sections.isReferenceHeading(heading)) {
            referenceLevel = block.level();
        } else if (referenceLevel > 0 && block.level() <= referenceLevel) {
            referenceLevel = 0;
        }
    }

    /** The first level-1 heading, else the heading that opened the document. */
    Optional<String> title() {
        return Optional.ofNullable(firstH1 != null ? firstH1 : firstHeading);
    }
}
