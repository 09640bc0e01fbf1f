package org.aikg.ingest.read;

import java.util.Arrays;

/**
 * The raw content of one block, gathered from one or more lines, with each char's original index.
 * Reused across blocks of a document. Not thread-safe.
 */
final class Source {
    char[] chars = new char[256];
    int[] map = new int[256];
    int length;

    void clear() {
        length = 0;
    }

    boolean isEmpty() {
        return length == 0;
    }

    void add(char c, int originalOffset) {
        if (length == chars.length) {
            int cap = chars.length + (chars.length >> 1) + 16;
            chars = Arrays.copyOf(chars, cap);
            map = Arrays.copyOf(map, cap);
        }
        chars[length] = c;
        map[length] = originalOffset;
        length++;
    }

    /** Adds {@code original[from, to)} at its own offsets. */
    void addRange(String original, int from, int to) {
        int need = length + (to - from);
        if (need > chars.length) {
            int cap = Math.max(need, chars.length + (chars.length >> 1) + 16);
            chars = Arrays.copyOf(chars, cap);
            map = Arrays.copyOf(map, cap);
        }
        original.getChars(from, to, chars, length);
        for (int i = from; i < to; i++) {
            map[length++] = i;
        }
    }
}
