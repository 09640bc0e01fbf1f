package org.aikg.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A partition's inputs turned into their outcomes one input at a time, so that a task holds one file's
 * outcomes, not the partition's. Not thread-safe (one task's iterator).
 */
final class FlatIterator<I, O> implements Iterator<O> {
    private final Iterator<I> inputs;
    private final Function<I, List<O>> work;
    private Iterator<O> current = Collections.emptyIterator();

    FlatIterator(Iterator<I> inputs, Function<I, List<O>> work) {
        this.inputs = inputs;
        this.work = work;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && inputs.hasNext()) {
            current = work.apply(inputs.next()).iterator();
        }
        return current.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
