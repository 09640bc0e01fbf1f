package org.aikg.ingest.annotate;

import java.util.function.Function;

/**
 * The part-of-speech tags of one sentence, computed when a token's tag is first asked for.
 *
 * <p>Why lazily: the POS tagger's beam search cost as much as everything else in annotation together, yet
 * extraction reads a tag only in a few places ({@link Token#properNoun()}, for a few candidate names), so
 * most sentences never need theirs. The tagger always tags the whole sentence, so a tag is the same
 * whether it is computed at once or later.
 *
 * <p>Thread-safety: safe for concurrent use; the tagging function runs at most once per instance
 * (it must be usable on any thread that asks, as {@link Annotator}'s per-thread taggers are).
 */
public final class PosTags {
    private final String[] words;
    private Function<String[], String[]> tagger;
    private String[] tags;

    private PosTags(String[] words, Function<String[], String[]> tagger, String[] tags) {
        this.words = words;
        this.tagger = tagger;
        this.tags = tags;
    }

    /** The tags of {@code words}, made by {@code tagger} (all at once) when one is first read. */
    public static PosTags lazy(String[] words, Function<String[], String[]> tagger) {
        return new PosTags(words.clone(), tagger, null);
    }

    /** Tags known already (tests, tools that tag themselves). */
    public static PosTags of(String... tags) {
        return new PosTags(null, null, tags.clone());
    }

    /** The tag of the {@code i}-th word. */
    public synchronized String get(int i) {
        if (tags == null) {
            tags = tagger.apply(words);
            tagger = null; // the tagger's closure is not kept alive by the document
        }
        return tags[i];
    }

    /** Whether the tags have been computed (for tests). */
    synchronized boolean computed() {
        return tags != null;
    }
}
