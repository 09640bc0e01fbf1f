package org.aikg.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Document;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits a document into sentences, tokens and POS tags with OpenNLP's English models.
 *
 * <p>The models come from the {@code opennlp-models-*-en} jars on the classpath (never downloaded) and are
 * loaded once per {@code Annotator}. Tokens come from {@link SimpleTokenizer}: it runs at tens of MB/s
 * where the maxent tokenizer manages about one, and the finders downstream match names on normalized
 * token sequences, so its finer splits ("GPT", "-", "3") cost nothing in recall.
 *
 * <p>Each block of the document (heading, paragraph, list item, table row...) is annotated on its own, so
 * a sentence never spans two blocks. Code blocks are skipped.
 *
 * <p>Thread-safety: safe for concurrent use. The models are shared; the OpenNLP tools, which are not
 * thread-safe, are kept one per thread.
 */
public final class Annotator {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<POSTaggerME> tagger;

    private Annotator(SentenceModel sentenceModel, POSModel posModel) {
        this.sentenceModel = sentenceModel;
        this.posModel = posModel;
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.sentenceModel));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(this.posModel, POSTagFormat.PENN));
    }

    /** Loads the English models from the classpath. */
    public static Annotator load() {
        try {
            return new Annotator(new SentenceModel(open(SENTENCE_MODEL)), new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new AikgException("cannot load the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Annotator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new AikgException("OpenNLP model " + resource + " is not on the classpath "
                    + "(the opennlp-models-*-en 1.3.0 jars are needed)");
        }
        return in;
    }

    /** Annotates every non-code block of {@code document}. */
    public AnnotatedDocument annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block.kind() == Block.Kind.CODE || block.end() <= block.start()) {
                continue;
            }
            String blockText = text.substring(block.start(), block.end());
            Span[] spans = splitsSentences(block.kind())
                    ? joinLowercaseStarts(blockText, sentenceDetector.get().sentPosDetect(blockText))
                    : new Span[] {new Span(0, blockText.length())};
            for (Span span : spans) {
                Sentence s = sentence(text, sentences.size(), block.start() + span.getStart(),
                        block.start() + span.getEnd(), block.kind());
                if (s != null) {
                    sentences.add(s);
                }
            }
        }
        return new AnnotatedDocument(document, sentences);
    }

    /** A sentence that ends with one of these did not end: "Lind et al. (2024) show", "Prof. Ada Lind". */
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:\\bet al|\\b(?:Dr|Prof|Mr|Ms|Mrs|Mt|St|vs|cf|Fig|Figs|Eq|Eqs|No|Vol|approx|ca))\\.\\s*$");

    /**
     * A "sentence" that starts with a lower-case letter continues the one before: the detector splits
     * after "?" or "!" inside titles ("the What Does BERT Look At? paper") and after abbreviations.
     */
    static Span[] joinLowercaseStarts(String text, Span[] spans) {
        java.util.List<Span> out = new java.util.ArrayList<>(spans.length);
        for (Span span : spans) {
            int first = span.getStart();
            while (first < span.getEnd() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            boolean afterAbbreviation = !out.isEmpty() && ABBREVIATION_END.matcher(
                    text.substring(out.get(out.size() - 1).getStart(), out.get(out.size() - 1).getEnd())).find();
            if (!out.isEmpty() && first < span.getEnd() && (afterAbbreviation || Character.isLowerCase(text.charAt(first))
                    && !startsWithMixedCaseWord(text, first, span.getEnd()))) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** "xAI", "eBay", "iPhone": a name written lower-case first still starts a sentence. */
    private static boolean startsWithMixedCaseWord(String text, int from, int end) {
        for (int i = from; i < end && Character.isLetterOrDigit(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean splitsSentences(Block.Kind kind) {
        return kind == Block.Kind.PARAGRAPH || kind == Block.Kind.QUOTE || kind == Block.Kind.LIST_ITEM;
    }

    private Sentence sentence(String text, int index, int start, int end, Block.Kind kind) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        String sentenceText = text.substring(start, end);
        Span[] tokenSpans = SimpleTokenizer.INSTANCE.tokenizePos(sentenceText);
        String[] words = new String[tokenSpans.length];
        for (int i = 0; i < tokenSpans.length; i++) {
            words[i] = tokenSpans[i].getCoveredText(sentenceText).toString();
        }
        String[] tags = words.length == 0 ? new String[0] : tagger.get().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(start + tokenSpans[i].getStart(), start + tokenSpans[i].getEnd(), words[i], tags[i]));
        }
        return new Sentence(index, start, end, sentenceText, tokens, kind);
    }
}
