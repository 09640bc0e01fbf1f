package org.aikg.ingest.ner;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;

/**
 * The name that opens each item of a list in a section about models: under "## Supported models", "### Available
 * LLMs" or "## Model zoo", an item "Wrenfold 3 — an open model from Harbor Institute" or "`corvid-7b-chat` (Quillon
 * Labs)" names a model by its first words, up to the dash, colon, parenthesis, comma or "by" that starts what is said
 * of it. A documents' convention, not a sentence's: the heading says what the list holds.
 *
 * <p>Only names: one to four words that are written as a name (a capital, or a digit among letters and hyphens, as
 * model ids are written), no function word among them, so an item of prose ("All models are cached locally") names
 * nothing.
 *
 * <p>Thread-safety: safe for concurrent use; it keeps, per thread, the headings of the document that thread read last.
 */
public final class ModelSectionFinder implements MentionFinder {
    /** The finder's name on its mentions. */
    public static final String FINDER = "pattern:model-section";

    /** A short heading that says its section lists models: "Models", "Supported models", "Available LLMs", "Model zoo". */
    private static final Pattern MODEL_HEADING = Pattern.compile("(?i)^\\W*(?:(?:supported|available|pretrained|pre-trained"
            + "|released|included|bundled|default|current|our|the|all|list of)\\s+){0,2}(?:models|llms|checkpoints|model zoo"
            + "|model list|language models|chat models|embedding models)\\W*$");

    /** What ends an item's name: a dash between spaces, a colon, a parenthesis, a comma, "by", "from", or the end. */
    private static final Pattern NAME_END = Pattern.compile("\\s+[—–-]\\s|:\\s|\\s*\\(|,\\s|\\s+(?:by|from|is|are|was)\\s|\\s*$");

    /** One word of a name: a capital first, or a model id's letters, digits, points and hyphens with a digit in it. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d.+'’-]*|[\\p{Ll}\\d][\\p{Ll}\\d.+-]*\\d[\\p{Ll}\\d.+-]*"
            + "|\\d[\\p{L}\\d.]*");

    /** The last word of a label that names a kind of models. */
    private static final Pattern CATEGORY_END = Pattern.compile("(?i)models?|llms?|checkpoints?|variants?");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        if (sentence.kind() != Block.Kind.LIST_ITEM) {
            return List.of();
        }
        if (!Plausibility.underHeading(headings(document.document()), document.document().text(), sentence.start(), MODEL_HEADING)) {
            return List.of();
        }
        // the item's first sentence only, and an item of the list itself, not a detail nested under one
        // ("- Heron-2" then "  - Context Window: 8K tokens")
        Block item = blockAt(document.document().blocks(), sentence.start());
        if (item == null || item.start() != sentence.start() || item.level() > 1) {
            return List.of();
        }
        String s = sentence.text();
        int from = 0;
        while (from < s.length() && "`*_ ".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        Matcher end = NAME_END.matcher(s).region(from, s.length());
        if (!end.find()) {
            return List.of();
        }
        int to = end.start();
        while (to > from && "`*_ ".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        String name = s.substring(from, to);
        if (!named(name) || s.startsWith(":", to) && VALUE_AFTER.matcher(s).region(to, s.length()).lookingAt()) {
            return List.of(); // "Max Tokens: 4096": a setting and its value
        }
        int start = sentence.start() + from;
        return List.of(Mention.of(start, start + name.length(), name, EntityType.MODEL, 0.7, FINDER));
    }

    /** A colon and a figure: what a setting's label is followed by. */
    private static final Pattern VALUE_AFTER = Pattern.compile(":\\s*[\\d$~<>≤≥]");
    /** A file's extension: "README.md", "model.onnx" name files. */
    private static final Pattern FILE = Pattern.compile(".*\\.(?:md|txt|json|ya?ml|py|js|ts|onnx|bin|pt|pth|gguf|safetensors|zip|tar|gz|csv)$");

    /**
     * Whether {@code name} is written as a name: one to four name words, the first not a function word, and written as
     * one (a digit, a hyphen or a capital inside a word): plain capitalized words ("Order Line", "Context Window") are as
     * often a record's or a setting's label as a model's name.
     */
    static boolean named(String name) {
        String[] words = name.split("\\s+");
        if (name.isEmpty() || words.length > 4 || name.indexOf('`') >= 0 || name.indexOf('*') >= 0 || FILE.matcher(name).matches()) {
            return false;
        }
        if (Lexicon.notAName(words[0]) || CATEGORY_END.matcher(words[words.length - 1]).matches()) {
            return false; // "Chat Models: ...": a kind of models that the item goes on to list
        }
        if (!Plausibility.nameShaped(name) && name.indexOf('-') < 0 && !name.chars().anyMatch(Character::isDigit)) {
            return false; // plain words ("Legacy", "Stock Item") are as often a kind, an option or a label as a model's name
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || Lexicon.TITLE_FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return !Lexicon.genericModel(name);
    }

    /** The block that holds {@code offset}, by binary search (blocks are in text order); null if none. */
    private static Block blockAt(List<Block> blocks, int offset) {
        int i = indexAtOrBefore(blocks, offset);
        return i >= 0 && blocks.get(i).end() >= offset ? blocks.get(i) : null;
    }

    /**
     * The headings of the document the calling thread read last: a list item asks for its section's heading, and
     * walking back over a long list for each of its items would cost the square of its length.
     */
    private static final ThreadLocal<Headings> HEADINGS = new ThreadLocal<>();

    private record Headings(org.aikg.ingest.read.Document document, List<Block> blocks) {}

    /** The document's headings ({@link Plausibility#headings}), made once per document and thread. */
    private static List<Block> headings(org.aikg.ingest.read.Document document) {
        Headings h = HEADINGS.get();
        if (h == null || h.document() != document) {
            h = new Headings(document, Plausibility.headings(document));
            HEADINGS.set(h);
        }
        return h.blocks();
    }

    private static int indexAtOrBefore(List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
