package org.aikg.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.Checkpoint;
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
 * Splits a document into sentences, tokens and POS tags with OpenNLP's English models; a sentence is
 * POS-tagged only when a tag of it is first read ({@link PosTags}).
 *
 * <p>The models come from the {@code opennlp-models-*-en} jars on the classpath (never downloaded) and are
 * loaded once per {@code Annotator}. Tokens come from {@link SimpleTokenizer}: it runs at tens of MB/s
 * where the maxent tokenizer manages about one, and the finders downstream match names on normalized
 * token sequences, so its finer splits ("GPT", "-", "3") cost nothing in recall.
 *
 * <p>Each block of the document (heading, paragraph, list item, table row...) is annotated on its own, so
 * a sentence never spans two blocks. Code blocks are skipped. A sentence longer than its
 * {@link SentenceBounds} allow is cut into pieces before the tagger sees it, so annotation, and every
 * stage after it that works sentence by sentence, takes time linear in the document's length whatever its
 * shape.
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
    private final SentenceBounds bounds;

    private Annotator(SentenceModel sentenceModel, POSModel posModel, SentenceBounds bounds) {
        this.bounds = bounds;
        this.sentenceModel = sentenceModel;
        this.posModel = posModel;
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(this.sentenceModel));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(this.posModel, POSTagFormat.PENN));
    }

    /** Loads the English models from the classpath. */
    public static Annotator load() {
        return load(SentenceBounds.DEFAULT);
    }

    /** Loads the English models from the classpath; sentences are cut to {@code bounds}. */
    public static Annotator load(SentenceBounds bounds) {
        try {
            return new Annotator(new SentenceModel(open(SENTENCE_MODEL)), new POSModel(open(POS_MODEL)), bounds);
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
        return annotate(document, Checkpoint.NONE);
    }

    /**
     * Annotates every non-code block of {@code document}, passing {@code checkpoint} after each block and
     * each sentence (it may stop the work by throwing); the result carries the checkpoint for the stages
     * after this one.
     */
    public AnnotatedDocument annotate(Document document, Checkpoint checkpoint) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        Truecaser truecaser = Truecaser.of(document);
        for (Block block : document.blocks()) {
            checkpoint.reached("annotating", block.start(), text.length());
            if (block.kind() == Block.Kind.CODE || block.end() <= block.start()) {
                continue;
            }
            String blockText = text.substring(block.start(), block.end());
            Span[] spans = splitsSentences(block.kind())
                    ? joinLowercaseStarts(blockText, sentenceDetector.get().sentPosDetect(blockText))
                    : new Span[] {new Span(0, blockText.length())};
            for (Span span : spans) {
                checkpoint.reached("annotating", block.start() + span.getStart(), text.length());
                sentences(text, sentences, block.start() + span.getStart(), block.start() + span.getEnd(), block.kind(),
                        checkpoint, truecaser, document.links());
            }
        }
        return new AnnotatedDocument(document, sentences, checkpoint);
    }

    /** A sentence that ends with one of these did not end: "Lind et al. (2024) show", "Prof. Ada Lind". */
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:\\bet al|\\b[eE]\\.g|\\b[iI]\\.e|\\b(?:Dr|Prof|Mr|Ms|Mrs|Mt|St|vs|cf|Fig|Figs|Eq|Eqs|No|Vol|approx|ca))\\.$");
    /** Longer than the longest abbreviation with its period ("approx."), plus one character for {@code \\b}. */
    private static final int ABBREVIATION_TAIL = 9;

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
            boolean afterAbbreviation = !out.isEmpty() && (endsWithAbbreviation(text, out.get(out.size() - 1))
                    || endsWithHyphenedInitials(text, out.get(out.size() - 1))
                    || (endsWithMiddleInitial(text, out.get(out.size() - 1)) || endsWithInitials(text, out.get(out.size() - 1)))
                            && NAME_GOES_ON.matcher(text).region(first, span.getEnd()).lookingAt()
                    || endsWithLoneInitial(text, out.get(out.size() - 1))
                            && AUTHORS_GO_ON.matcher(text).region(first, span.getEnd()).lookingAt()
                    || endsWithAgentInitial(text, out.get(out.size() - 1)) && surnameGoesOn(text, first, span.getEnd()));
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

    /**
     * Whether {@code span} ends with an abbreviation, trailing space aside. Only its last few characters
     * are looked at: matching the whole span, which grows as spans are joined, would make a paragraph of
     * many short lower-case "sentences" quadratic.
     */
    private static boolean endsWithAbbreviation(String text, Span span) {
        int end = span.getEnd();
        while (end > span.getStart() && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--; // the characters of the regular expressions' \s, which this check used to end with
        }
        return ABBREVIATION_END.matcher(text).region(Math.max(span.getStart(), end - ABBREVIATION_TAIL), end)
                .useTransparentBounds(false).useAnchoringBounds(true).find();
    }

    /** A given name and a middle initial end the span: "... and Ada K." (the detector took the initial's period). */
    private static final java.util.regex.Pattern MIDDLE_INITIAL_END = java.util.regex.Pattern.compile(
            "(?:^|\\s)\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\.$");
    /**
     * The next span goes on with a surname in a list of names: "Lind, Tomas Berg ...", "Lind, and ...", "Lind.", "Lind,
     * \"Title,\" ..." (a quoted title after the last author),
     * "K. Lind, ...", "Lind (Harbor University)", "Lind's paper".
     */
    private static final java.util.regex.Pattern NAME_GOES_ON = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\.\\s*){0,3}\\p{Lu}[\\p{L}'’-]+(?:\\s*,\\s*(?:and\\s|[\"“]?\\p{Lu})|\\s+and\\s+\\p{Lu}|\\s*\\(|['’]s\\s|\\.?\\s*$)"
                    + "|(?:\\p{Lu}\\.\\s*){1,3}$");

    /**
     * The next span goes on with a surname and another author's initials: "Wehrens and J. Lind, ...", "Lind, T.
     * Berg": after any word, "... described in R." then such a span is an author list, not a sentence's end
     * ("written in R. Windows and Linux work" is one).
     */
    private static final java.util.regex.Pattern AUTHORS_GO_ON = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(?:\\s*,\\s*|\\s+(?:and|&)\\s+)(?:\\p{Lu}\\.\\s*){1,3}(?:\\p{Lu}|$)");

    /** Whether {@code span} ends with an upper-case letter and its period, the letter a word of its own. */
    private static boolean endsWithLoneInitial(String text, Span span) {
        return isInitial(text, span.getStart(), contentEnd(text, span));
    }

    /** Where {@code span} ends, its trailing whitespace left out. */
    private static int contentEnd(String text, Span span) {
        int end = span.getEnd();
        while (end > span.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean endsWithMiddleInitial(String text, Span span) {
        int end = contentEnd(text, span);
        return MIDDLE_INITIAL_END.matcher(text).region(Math.max(span.getStart(), end - 40), end)
                .useTransparentBounds(false).useAnchoringBounds(true).find();
    }

    /**
     * Whether {@code span} ends with a name's initials that stand alone ("P. K.", "Lind and M.", ", J."): an initial
     * at the span's start, after another initial, after a comma or after a name's "and" or "&" begins a name, not
     * a sentence's end ("... as in Plan B." and "groups A and B." do not).
     */
    static boolean endsWithInitials(String text, Span span) {
        int start = span.getStart();
        int end = contentEnd(text, span);
        if (!isInitial(text, start, end)) {
            return false;
        }
        int q = end - 2;
        while (q > start && Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        if (q == start || text.charAt(q - 1) == ',' || isInitial(text, start, q)) {
            return true;
        }
        // "Lind and M.", "K. and M.": a name or an initial before "and" (not "groups A and B.")
        java.util.regex.Matcher and = NAME_AND.matcher(text).region(Math.max(start, q - 40), q);
        return and.find();
    }

    /**
     * A name's initial after the "by" that introduces who did something ends the span: "developed by J.", "written by
     * Ada K." (the detector took the initial's period for the sentence's end; "switched to Plan B." ends one).
     */
    private static final java.util.regex.Pattern AGENT_INITIAL_END = java.util.regex.Pattern.compile(
            "\\bby\\s+(?:(\\p{Lu}\\p{Ll}+)\\s)?(?:\\p{Lu}\\.\\s?){0,2}\\p{Lu}\\.$");
    /** Words before a letter and its period that name a thing's variant, not a person: "by Plan B.", "by Group C.". */
    private static final java.util.Set<String> NOT_GIVEN = java.util.Set.of("Plan", "Group", "Team", "Grant", "Phase", "Version",
            "Appendix", "Section", "Table", "Figure", "Fig", "Part", "Model", "Type", "Class", "Level", "Step", "Option", "Case",
            "Room", "Building", "Block", "Unit", "Stage", "Round", "Track", "Task", "Method", "Series", "Vitamin", "Exhibit",
            "Annex", "Chapter", "Schedule", "Category", "Grade", "Tier", "Lot", "Set", "Batch", "Cohort", "Arm", "Site");

    private static boolean endsWithAgentInitial(String text, Span span) {
        int end = contentEnd(text, span);
        java.util.regex.Matcher m = AGENT_INITIAL_END.matcher(text).region(Math.max(span.getStart(), end - 40), end)
                .useTransparentBounds(true).useAnchoringBounds(true);
        return m.find() && (m.group(1) == null || !NOT_GIVEN.contains(m.group(1)));
    }

    /** Capitalized words that open sentences far more often than they are surnames. */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "A", "An", "This", "That", "These",
            "Those", "It", "Its", "We", "Our", "I", "You", "Your", "They", "Their", "He", "She", "His", "Her", "Then", "Thus",
            "However", "In", "On", "At", "For", "To", "If", "When", "While", "As", "But", "And", "Or", "So", "There", "Here",
            "See", "Note", "Also", "Each", "All", "Some", "Many", "Most", "No", "Not", "With", "By", "From", "After",
            "Before", "Since", "Please", "Use", "Using", "Run", "One", "Both", "Every", "Other", "Such", "Although",
            "Because", "Now", "Today", "Finally", "First", "Next", "Later", "Further", "More", "What", "How", "Why");

    /** The next span opens with a surname, then the sentence goes on: "Do in collaboration with ...", "Quinlan (1986)". */
    private static boolean surnameGoesOn(String text, int from, int end) {
        int q = from;
        while (q < end && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '-' || text.charAt(q) == '\'')) {
            q++;
        }
        if (q == from || q - from < 2 || !Character.isUpperCase(text.charAt(from)) || q >= end
                || SENTENCE_OPENERS.contains(text.substring(from, q))) {
            return false;
        }
        // a surname goes on with a word in small letters, a comma, a parenthesis or a possessive ("Do in ...",
        // "Quinlan, who", "Quinlan (1986)", "Quinlan's"), or, after a given name alone ("by J."), with the surname
        // ("Ross Quinlan (1986)"); a capitalized word after it opens a name or a sentence of its own
        java.util.regex.Matcher after = SURNAME_THEN.matcher(text).region(q, end);
        return after.lookingAt();
    }

    /** What follows a surname: a word in small letters, a comma, a parenthesis, a possessive, or one more name and one of those. */
    private static final java.util.regex.Pattern SURNAME_THEN = java.util.regex.Pattern.compile(
            "(?:\\s\\p{Lu}[\\p{L}'’-]+)?(?:\\s\\p{Ll}|\\s?,|\\s?\\(|['’]s\\b)");

    /** Initials of a hyphened given name end the span: "H.-P.", "J.-C." (no sentence ends so: a surname follows). */
    private static final java.util.regex.Pattern HYPHENED_INITIALS_END = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])\\p{Lu}\\.-\\p{Lu}\\.$");

    private static boolean endsWithHyphenedInitials(String text, Span span) {
        int end = contentEnd(text, span);
        return HYPHENED_INITIALS_END.matcher(text).region(Math.max(span.getStart(), end - 8), end)
                .useTransparentBounds(true).useAnchoringBounds(true).find();
    }

    /** A surname or an initial, then "and" or "&", at the end of the region. */
    private static final java.util.regex.Pattern NAME_AND = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]+|\\b\\p{Lu}\\.),?\\s+(?:and|&)$");

    /** An upper-case letter and its period end {@code text[start, end)}, the letter a word of its own. */
    private static boolean isInitial(String text, int start, int end) {
        return end - start >= 2 && text.charAt(end - 1) == '.' && Character.isUpperCase(text.charAt(end - 2))
                && (end - 2 == start || !Character.isLetter(text.charAt(end - 3)));
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

    /** The start of the first token at or after {@code offset} (tokens are in order: a binary search). */
    private static int firstTokenAt(Span[] tokens, int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].getStart() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.length ? tokens[lo].getStart() : -1;
    }

    /** The tags of one sentence's words, by the calling thread's tagger (the taggers are not thread-safe). */
    private String[] tag(String[] words) {
        return tagger.get().tag(words);
    }

    private static boolean splitsSentences(Block.Kind kind) {
        return kind == Block.Kind.PARAGRAPH || kind == Block.Kind.QUOTE || kind == Block.Kind.LIST_ITEM;
    }

    /**
     * Adds the sentence text[start, end) to {@code sentences}: tokenized, cut to the bounds, each piece
     * tagged and added as a sentence of its own.
     */
    private void sentences(String text, List<Sentence> sentences, int start, int end, Block.Kind kind,
                           Checkpoint checkpoint, Truecaser truecaser, List<org.aikg.ingest.read.Link> links) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String sentenceText = text.substring(start, end);
        Span[] tokenSpans = SimpleTokenizer.INSTANCE.tokenizePos(sentenceText);
        if (tokenSpans.length == 0) {
            sentences.add(new Sentence(sentences.size(), start, end, sentenceText, List.of(), kind));
            return;
        }
        // headlines in prose (a news item's linked title) are read in the case their words have elsewhere
        List<int[]> headlines = splitsSentences(kind) ? Truecaser.headlineSpans(sentenceText, start, links) : List.of();
        int[] headlineFirst = new int[headlines.size()]; // where each headline's first token starts
        for (int h = 0; h < headlines.size(); h++) {
            headlineFirst[h] = firstTokenAt(tokenSpans, headlines.get(h)[0]);
        }
        List<int[]> pieces = bounds.pieces(sentenceText, tokenSpans);
        if (pieces.size() > 1) {
            checkpoint.reached("annotating", start, text.length());
        }
        int next = 0; // the first headline that does not end before the current token
        for (int[] piece : pieces) {
            boolean whole = pieces.size() == 1 && piece.length == tokenSpans.length;
            // a whole sentence keeps its own trimmed extent; a piece runs from its first token to its last
            int from = whole ? start : start + tokenSpans[piece[0]].getStart();
            int to = whole ? end : start + tokenSpans[piece[piece.length - 1]].getEnd();
            String[] words = new String[piece.length];
            for (int i = 0; i < piece.length; i++) {
                Span t = tokenSpans[piece[i]];
                words[i] = t.getCoveredText(sentenceText).toString();
                while (next < headlines.size() && headlines.get(next)[1] <= t.getStart()) {
                    next++; // headlines and tokens are both in order: one pass over each
                }
                if (next < headlines.size() && t.getStart() >= headlines.get(next)[0] && t.getEnd() <= headlines.get(next)[1]) {
                    words[i] = truecaser.form(words[i], t.getStart() == headlineFirst[next]);
                }
            }
            // tagged only if extraction reads a tag of it: most sentences are never asked (see PosTags)
            PosTags tags = PosTags.lazy(words, this::tag);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                Span t = tokenSpans[piece[i]];
                tokens.add(new Token(start + t.getStart(), start + t.getEnd(), words[i], tags, i));
            }
            sentences.add(new Sentence(sentences.size(), from, to, text.substring(from, to), tokens, kind));
        }
    }
}
