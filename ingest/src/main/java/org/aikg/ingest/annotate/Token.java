package org.aikg.ingest.annotate;

/**
 * One token of a sentence: its span in the document's clean text, its text and its Penn Treebank POS tag.
 *
 * @param start start offset (inclusive) in the clean text
 * @param end   end offset (exclusive) in the clean text
 * @param text  the token's characters as the models read them: as written, but for the common words of a
 *              headline in prose, lower-cased where the document writes them so ({@link Truecaser}); the
 *              written form is always the document text at [start, end)
 * @param tags  the POS tags of the token's sentence (computed when first read, see {@link PosTags})
 * @param index the token's position in its sentence (or sentence piece): its tag is {@code tags.get(index)}
 */
public record Token(int start, int end, String text, PosTags tags, int index) {
    /** A token whose tag is known already. */
    public Token(int start, int end, String text, String pos) {
        this(start, end, text, PosTags.of(pos), 0);
    }

    /** The Penn Treebank tag (NNP, VBD, ...); the sentence is tagged when a tag of it is first asked for. */
    public String pos() {
        return tags.get(index);
    }

    /** True when the token starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True for a proper-noun tag (NNP, NNPS). */
    public boolean properNoun() {
        return pos().startsWith("NNP");
    }
}
