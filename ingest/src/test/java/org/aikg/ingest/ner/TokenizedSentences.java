package org.aikg.ingest.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.DocumentReaders;

/**
 * One-sentence documents for the finders' unit tests, with no model loaded: the annotator's tokenizer
 * (SimpleTokenizer) and a tag that only tells capitalized words (NNP) from the rest (NN).
 */
final class TokenizedSentences {
    private TokenizedSentences() {}

    /** {@code text} as one sentence of the given block kind, starting at offset 0. */
    static Sentence sentence(String text, Block.Kind kind) {
        return new Sentence(0, 0, text.length(), text, tokens(text, 0), kind);
    }

    /** The tokens of {@code text}, which starts at {@code offset} of its document. */
    private static List<Token> tokens(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(text)) {
            String t = s.getCoveredText(text).toString();
            tokens.add(new Token(offset + s.getStart(), offset + s.getEnd(), t, Character.isUpperCase(t.charAt(0)) ? "NNP" : "NN"));
        }
        return tokens;
    }

    /** What {@code finder} finds in {@code text}, read as a one-sentence paragraph document. */
    static List<Mention> found(MentionFinder finder, String text) {
        Sentence s = sentence(text, Block.Kind.PARAGRAPH);
        return finder.find(document(s), s);
    }

    /** A plain-text document made of {@code sentence} alone. */
    static AnnotatedDocument document(Sentence sentence) {
        return new AnnotatedDocument(DocumentReaders.parse(Path.of("t.txt"), sentence.text()), List.of(sentence));
    }

    /**
     * {@code content} read as a document of the kind {@code name} calls for, each of its blocks one untokenized sentence:
     * for finders that read the document's structure, not its words.
     */
    static AnnotatedDocument blocks(String name, String content) {
        org.aikg.ingest.read.Document d = DocumentReaders.parse(Path.of(name), content);
        List<Sentence> sentences = new ArrayList<>();
        for (Block b : d.blocks()) {
            sentences.add(new Sentence(sentences.size(), b.start(), b.end(), d.text().substring(b.start(), b.end()),
                    List.of(), b.kind()));
        }
        return new AnnotatedDocument(d, sentences);
    }

    /** {@code content} read as a document of the kind {@code name} calls for, each block one tokenized sentence. */
    static AnnotatedDocument tokenizedBlocks(String name, String content) {
        org.aikg.ingest.read.Document d = DocumentReaders.parse(Path.of(name), content);
        List<Sentence> sentences = new ArrayList<>();
        for (Block b : d.blocks()) {
            String text = d.text().substring(b.start(), b.end());
            sentences.add(new Sentence(sentences.size(), b.start(), b.end(), text, tokens(text, b.start()), b.kind()));
        }
        return new AnnotatedDocument(d, sentences);
    }
}
