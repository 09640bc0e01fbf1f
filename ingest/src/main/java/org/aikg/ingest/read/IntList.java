package org.aikg.ingest.read;

import java.util.Arrays;

/** A growable int array, to keep per-character bookkeeping unboxed. Not thread-safe. */
final class IntList {
    private int[] data;
    private int size;

    IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
        }
        data[size++] = v;
    }

    int get(int i) {
        return data[i];
    }

    void set(int i, int v) {
        data[i] = v;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int last() {
        return data[size - 1];
    }

    int removeLast() {
        return data[--size];
    }

    void truncate(int newSize) {
        size = newSize;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** The backing array, valid up to {@link #size()}; avoids a copy for large buffers. */
    int[] raw() {
        return data;
    }
}
