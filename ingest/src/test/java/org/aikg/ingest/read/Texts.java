package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Shared checks for the read tests. */
final class Texts {
    private Texts() {
    }

    /** Every letter of the clean text maps back to the same letter; offsets never decrease. */
    static void assertOffsetsHold(Document d) {
        String text = d.text();
        int[] offsets = d.offsets();
        assertEquals(text.length() + 1, offsets.length);
        assertEquals(d.original().length(), offsets[text.length()]);
        String original = d.original();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Checked by hand: building an assertion message per char makes big inputs crawl.
            if (offsets[i] < 0 || offsets[i] >= original.length()) {
                fail("offset out of range at clean index " + i);
            }
            if (i > 0 && offsets[i] < offsets[i - 1]) {
                fail("offsets decrease at clean index " + i);
            }
            // A char decoded from an HTML entity (&#65;) maps to the entity's '&' by design, one a TeX accent makes
            // (\"{o}) to its backslash.
            if (Character.isLetterOrDigit(c) && original.charAt(offsets[i]) != c && original.charAt(offsets[i]) != '&'
                    && original.charAt(offsets[i]) != '\\') {
                fail("clean char " + i + " '" + c + "' maps to '" + original.charAt(offsets[i]) + "'");
            }
        }
        for (Block b : d.blocks()) {
            assertTrue(b.end() <= text.length());
        }
        for (Link l : d.links()) {
            assertTrue(l.end() <= text.length() && l.start() < l.end());
        }
    }

    /** Consecutive non-empty blocks are separated by exactly a blank line. */
    static void assertBlocksSeparated(Document d) {
        Block prev = null;
        for (Block b : d.blocks()) {
            if (b.start() == b.end()) {
                continue;
            }
            if (prev != null) {
                assertEquals("\n\n", d.text().substring(prev.end(), b.start()), "between " + prev + " and " + b);
            }
            prev = b;
        }
    }

    static List<String> texts(Document d, Block.Kind kind) {
        return d.blocks().stream().filter(b -> b.kind() == kind).map(d::textOf).collect(Collectors.toList());
    }

    /** The texts of the spans a reader marked with {@code mark} (a link target or a structure mark), in order. */
    static List<String> marked(Document d, String mark) {
        return d.links().stream().filter(l -> l.url().equals(mark)).map(l -> d.text().substring(l.start(), l.end())).toList();
    }

    static List<String> linkTexts(Document d) {
        List<String> out = new ArrayList<>();
        for (Link l : d.links()) {
            out.add(d.text().substring(l.start(), l.end()) + " -> " + l.url());
        }
        return out;
    }
}
