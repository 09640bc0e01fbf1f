package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Finds the names the {@link KnowledgeBase} knows, by the longest run of tokens whose normalized
 * concatenation is a known key, so "DALL-E 2", "DALLE2" and "Dall-E 2" all match one entry. A trailing
 * plural "s" is tolerated ("Transformers", "RevGNNs").
 *
 * <p>Case is checked against the matched name: a name with capitals only matches text with capitals (so
 * "clip" and "palm" in prose stay words), and entries marked case-sensitive also need the first letter's
 * case. Cost is a few hash look-ups per token, which keeps it nearly free next to POS tagging.
 *
 * <p>Thread-safety: immutable.
 */
public final class DictionaryFinder implements MentionFinder {
    private static final int MAX_TOKENS = 16;
    private final KnowledgeBase kb;

    public DictionaryFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Whether token {@code j} is a comma glued to the word before it and followed by a capitalized word: the comma of a
     * name such as "University of California, Berkeley", if the knowledge base writes the name so.
     */
    private static boolean innerComma(String text, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.text().equals(",") && t.start() == tokens.get(j - 1).end() && j + 1 < tokens.size()
                && tokens.get(j + 1).start() == t.end() + 1 && tokens.get(j + 1).capitalized();
    }

    /** Whether the known entry {@code m} matched is written with a comma in its label or one of its aliases. */
    private boolean writtenWithComma(Mention m) {
        return m.kbId() != null && kb.byId(m.kbId()).map(e -> e.label().contains(",")
                || e.aliases().stream().anyMatch(a -> a.contains(","))).orElse(false);
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        List<Mention> found = new ArrayList<>();
        String[] keys = new String[tokens.size()]; // each token's key, made once: runs from up to 16 starts read it
        int i = 0;
        while (i < tokens.size()) {
            Mention best = null;
            int bestEnd = i;
            if (TokenSpans.wordy(tokens.get(i))) {
                StringBuilder key = new StringBuilder();
                boolean comma = false;
                for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
                    if (j > i && !TokenSpans.continues(text, tokens, j)) {
                        if (!innerComma(text, tokens, j)) {
                            break;
                        }
                        comma = true;
                    }
                    if (keys[j] == null) {
                        keys[j] = Names.key(tokens.get(j).text());
                    }
                    key.append(keys[j]);
                    if (key.length() > kb.longestKey() + 1) {
                        break;
                    }
                    if (!TokenSpans.wordy(tokens.get(j))) {
                        continue;
                    }
                    Mention m = match(text, sentence.text(), tokens, i, j, key.toString());
                    if (m != null && comma && !writtenWithComma(m)) {
                        m = null; // "Oslo, Velto Labs": a comma parts two names unless the known name holds it
                    }
                    if (m != null) {
                        best = m;
                        bestEnd = j;
                    }
                }
            }
            int familyEnd = best != null && best.type() == EntityType.ORGANIZATION && best.kbId() != null
                    ? familyVersionEnd(tokens, bestEnd, kb.byId(best.kbId()).map(kb::versionLetters).orElse(Set.of())) : -1;
            if (familyEnd > bestEnd) {
                // "DeepSeek V4": a lab that names its models after itself, with a version the dictionary lacks, names a model
                best = Mention.of(tokens.get(i).start(), tokens.get(familyEnd).end(), TokenSpans.surface(text, tokens, i, familyEnd),
                        EntityType.MODEL, 0.8, "dictionary-variant");
                bestEnd = familyEnd;
            } else if (best != null && versionFollows(text, tokens, bestEnd)) {
                best = null; // "CIFAR-10" is not CIFAR: a name with a version the dictionary lacks is something else
            }
            if (best != null && best.type() == EntityType.MODEL) {
                int[] span = variantSpan(tokens, i, bestEnd);
                if (span[0] != i || span[1] != bestEnd) {
                    // "AlphaGeometry 2", "Distil-Whisper": a version or variant of a known model is a model of its own
                    int from = span[0];
                    int to = span[1];
                    best = Mention.of(tokens.get(from).start(), tokens.get(to).end(),
                            TokenSpans.surface(text, tokens, from, to), EntityType.MODEL, 0.8, "dictionary-variant");
                    bestEnd = to;
                }
            }
            if (best != null) {
                found.add(best);
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("times", "x", "days", "years", "months",
            "weeks", "hours", "minutes", "seconds", "billion", "million", "thousand", "b", "m", "k", "percent", "%",
            "of", "to", "and", "or", "gb", "tb", "gpus", "tokens", "parameters", "layers", "steps", "points");

    /**
     * The tokens of a known model's name widened to a variant the dictionary lacks: a version number
     * after it ("AlphaGeometry 2", "Llama 3.1") or a hyphenated word glued before it ("Distil-Whisper").
     */
    private static int[] variantSpan(List<Token> tokens, int from, int to) {
        int start = from;
        int end = to;
        if (from >= 2 && tokens.get(from - 1).text().equals("-") && tokens.get(from - 1).start() == tokens.get(from - 2).end()
                && tokens.get(from).start() == tokens.get(from - 1).end() && tokens.get(from - 2).capitalized()
                && Character.isLetter(tokens.get(from - 2).text().charAt(0))) {
            start = from - 2;
        }
        if (to + 1 < tokens.size() && tokens.get(to + 1).start() == tokens.get(to).end() + 1
                && tokens.get(to + 1).text().matches("\\d{1,2}") && !Character.isDigit(tokens.get(to).text().charAt(0))) {
            int v = minorEnd(tokens, to + 1);
            boolean unit = v + 1 < tokens.size() && UNITS.contains(tokens.get(v + 1).text().toLowerCase(java.util.Locale.ROOT));
            // "3.5-0", "2x": a number glued to more is a score or a size, not a version
            boolean glued = v + 1 < tokens.size() && tokens.get(v + 1).start() == tokens.get(v).end()
                    && (tokens.get(v + 1).text().equals("-") || Character.isLetterOrDigit(tokens.get(v + 1).text().charAt(0)));
            if (!unit && !glued) {
                end = v;
            }
        }
        return new int[] {start, end};
    }

    /**
     * The last token of a version written right after token {@code end}, after a space or a hyphen, with its letter
     * ("V4", "-R2", " v3.5"), or -1. A bare number ("DeepSeek 3") is left alone: it is as often a count, a score or
     * another spelling of a version the document writes with its letter.
     */
    private static int familyVersionEnd(List<Token> tokens, int end, Set<Character> letters) {
        if (letters.isEmpty()) {
            return -1;
        }
        int v = end + 1;
        if (v + 1 < tokens.size() && tokens.get(v).text().equals("-") && tokens.get(v).start() == tokens.get(end).end()
                && tokens.get(v + 1).start() == tokens.get(v).end()) {
            v++;
        } else if (v >= tokens.size() || tokens.get(v).start() != tokens.get(end).end() + 1) {
            return -1;
        }
        // the tokenizer parts "V4" into "V" and "4"
        if (!(v + 1 < tokens.size() && tokens.get(v).text().length() == 1
                && letters.contains(Character.toLowerCase(tokens.get(v).text().charAt(0)))
                && tokens.get(v + 1).start() == tokens.get(v).end() && tokens.get(v + 1).text().matches("\\d{1,2}"))) {
            return -1; // a letter the lab writes its versions with
        }
        v = minorEnd(tokens, v + 1);
        boolean glued = v + 1 < tokens.size() && tokens.get(v + 1).start() == tokens.get(v).end()
                && Character.isLetterOrDigit(tokens.get(v + 1).text().charAt(0));
        // "the Velto v1 API": a version of a service's interface, not a model
        boolean service = v + 1 < tokens.size() && SERVICE_WORDS.contains(tokens.get(v + 1).text().toLowerCase(java.util.Locale.ROOT));
        return glued || service ? -1 : v;
    }

    /** The last token of a version's number at token {@code v}: {@code v}, or the minor number glued after it ("3 . 1"). */
    private static int minorEnd(List<Token> tokens, int v) {
        if (v + 2 < tokens.size() && tokens.get(v + 1).text().equals(".") && tokens.get(v + 1).start() == tokens.get(v).end()
                && tokens.get(v + 2).start() == tokens.get(v + 1).end() && tokens.get(v + 2).text().matches("\\d{1,2}")) {
            return v + 2;
        }
        return v;
    }

    private static final Set<String> SERVICE_WORDS = Set.of("api", "apis", "endpoint", "endpoints", "sdk", "client", "library");

    /** True when "-" and a number follow token {@code end} directly, as in "CIFAR-10". */
    private static boolean versionFollows(String text, List<Token> tokens, int end) {
        return end + 2 < tokens.size() && tokens.get(end + 1).text().equals("-")
                && tokens.get(end + 1).start() == tokens.get(end).end()
                && tokens.get(end + 2).start() == tokens.get(end + 1).end()
                && Character.isDigit(tokens.get(end + 2).text().charAt(0));
    }

    private Mention match(String text, String sentence, List<Token> tokens, int from, int to, String key) {
        String surface = TokenSpans.surface(text, tokens, from, to);
        KbEntry entry = accept(surface, key, sentence);
        if (entry == null && key.length() > 3 && key.endsWith("s")) {
            String singular = surface.substring(0, surface.length() - 1);
            String lastWord = surface.substring(surface.lastIndexOf(' ') + 1);
            entry = lastWord.length() < 3 ? null : accept(singular, key.substring(0, key.length() - 1), sentence);
            if (entry != null && entry.entityType() == EntityType.ORGANIZATION && (writtenAsWord(text, surface)
                    || !WORD_AFTER.matcher(text).region(tokens.get(to).end(), text.length()).lookingAt())) {
                // "Transformers" and "GANs" are models in the plural, "Mikolovs paper" and "Metas model" possessives
                // written without the apostrophe, a noun after them; but "Canvas", which the document also writes
                // "canvas" or leaves without a noun, is a word, no company "Canva" ("FASTA is" is no "fast.ai" either)
                entry = null;
            }
        }
        if (entry == null) {
            return null;
        }
        if (entry.entityType() != EntityType.PERSON && innerCapital(entry.label()) && plainWord(surface)
                && kb.isFirstName(surface) && personFollows(text, tokens, to)) {
            return null; // "Sam Alexander", "Hubert and Arabie (1985)": a given name written as a word, not SAM or HuBERT
        }
        if (!Names.hasUpper(surface) && modelId(surface) && inPath(text, tokens.get(from).start(), tokens.get(to).end())) {
            return null; // ".../papers/corvid-2.pdf": a file's or a path's name, not the model written as an id
        }
        double confidence = entry.strictCase() ? 0.85 : 0.95;
        return new Mention(tokens.get(from).start(), tokens.get(to).end(), surface, entry.entityType(),
                confidence, "dictionary", entry.id(), entry.arxiv(), null);
    }

    private KbEntry accept(String surface, String key, String sentence) {
        for (KbEntry entry : kb.lookup(key)) {
            if (!entry.fitsContext(sentence)) {
                continue;
            }
            for (String name : kb.namesWithKey(entry, key)) {
                if (caseFits(surface, name, entry.strictCase()) && !identifier(surface, name)) {
                    return entry;
                }
            }
        }
        return null;
    }

    /** A word in small letters right after a name: what a possessive is of ("Metas new model"). */
    private static final java.util.regex.Pattern WORD_AFTER = java.util.regex.Pattern.compile(" \\p{Ll}");

    /** Whether the document writes {@code surface} in small letters as a word of its own somewhere ("canvas"). */
    private static boolean writtenAsWord(String text, String surface) {
        String lower = surface.toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            int end = at + lower.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code surface} writes a name of several words as code does: run together, in camel case from a small letter
     * ("googleAI" for "Google AI"), an identifier of a program, not the name.
     */
    static boolean identifier(String surface, String name) {
        return name.indexOf(' ') > 0 && surface.indexOf(' ') < 0 && !surface.isEmpty()
                && Character.isLowerCase(surface.charAt(0)) && Names.hasUpper(surface);
    }

    /**
     * A model's id in an API, in lower case with a digit and a hyphen or point: "gpt-4o", "claude-3-haiku", "qwen2.5".
     * An abbreviation and its number ("gen-2", "step-3", "rev-1") is none, even when a model of the knowledge base is
     * named so in capitals ("Gen-2"): in small letters it is the abbreviation far more often.
     */
    private static final class Ids {
        /** Built once from implausible.yaml's {@code id_abbreviations}. */
        static final java.util.regex.Pattern MODEL_ID = java.util.regex.Pattern.compile(
                "(?=[^\\s]*\\d)(?=[^\\s]*[-.])(?!(?:" + String.join("|", Plausibility.bundled().idAbbreviations().stream()
                        .map(java.util.regex.Pattern::quote).toList()) + ")[-.])\\p{Ll}[\\p{Ll}\\d]*(?:[-.][\\p{Ll}\\d]+)+");
    }

    /** Whether {@code surface}, written in lower case, reads as a model's id in an API (not "gen-2", "step-3"). */
    static boolean modelId(String surface) {
        return Ids.MODEL_ID.matcher(surface).matches();
    }

    /** What opens or closes a run of text around a name: brackets, quotes, code marks and end marks. */
    private static final String RUN_EDGE = "()[]<>{}\"'`,;!?";
    /** A file's extension closing a run: ".pdf", ".json" (a letter first, so "qwen2.5" has none). */
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile(".*\\.\\p{L}[\\p{L}\\d]{0,4}");

    /**
     * Whether {@code [start, end)} lies in a path, a file's name or an address: the run of text around it (up to spaces,
     * brackets and quotes) holds "://", two slashes, or ends in a file's extension ("docs/papers/corvid-2.pdf",
     * "corvid-2.json"), or the name is a folder's ("corvid-2/", "corvid-2/weights"). One slash between two ids is an
     * alternative ("corvid-2/heron-3") and a hub's id names the model ("velto/corvid-2"): the model either way.
     */
    static boolean inPath(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && RUN_EDGE.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && RUN_EDGE.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String run = text.substring(from, to).replaceAll("[.:]+$", "");
        long slashes = run.chars().filter(c -> c == '/' || c == '\\').count();
        if (run.contains("://") || slashes >= 2 || run.length() > end - start && EXTENSION.matcher(run).matches()
                && run.lastIndexOf('.') >= end - from) {
            return true;
        }
        int slash = Math.max(run.indexOf('/'), run.indexOf('\\'));
        if (slash >= end - from) {
            // "corvid-2/" or "corvid-2/weights": a folder named after the model (an alternative has a digit after it)
            String after = run.substring(slash + 1);
            return after.isEmpty() || after.chars().noneMatch(Character::isDigit);
        }
        return false;
    }

    /** A person's initials: "H.-P", "J.R.", "A. B." (each letter with its period, the last one's period may be cut off). */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.[ -]?)+\\p{Lu}?\\.?");

    /** After a cited surname: "and" and another name, then a year ("Hubert and Arabie (1985)"). */
    private static final java.util.regex.Pattern CITED_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:and|&)\\s+(?:\\p{Lu}\\.\\s*){0,3}\\p{Lu}\\p{Ll}+,?\\s*\\(?(?:19|20)\\d{2}\\b|,?\\s*\\(?(?:19|20)\\d{2}\\b");
    /** An initial right before the word: "L. Hubert" is a person. */
    private static final java.util.regex.Pattern INITIAL_BEFORE = java.util.regex.Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\.\\s$");

    /** Whether a surname follows token {@code to} ("Sam Alexander") or the word is cited with a year ("Hubert (1985)"). */
    private static boolean personFollows(String text, List<Token> tokens, int to) {
        if (to + 1 < tokens.size() && tokens.get(to + 1).start() == tokens.get(to).end() + 1
                && plainWord(tokens.get(to + 1).text()) && !Lexicon.notAName(tokens.get(to + 1).text())) {
            return true;
        }
        int start = tokens.get(to).start();
        return CITED_AFTER.matcher(text).region(tokens.get(to).end(), text.length()).lookingAt()
                || INITIAL_BEFORE.matcher(text).region(Math.max(0, start - 4), start).find();
    }

    /** A capital inside the name ("HuBERT", "RoBERTa"): written so, it is no word. */
    private static boolean innerCapital(String name) {
        return name.length() > 1 && name.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    /** A capital, then small letters: written as a word or a given name. */
    private static boolean plainWord(String surface) {
        return surface.length() >= 2 && Character.isUpperCase(surface.charAt(0))
                && surface.substring(1).chars().allMatch(Character::isLowerCase);
    }

    static boolean caseFits(String surface, String name, boolean strict) {
        if (surface.indexOf(' ') > 0 && name.chars().allMatch(Character::isLetterOrDigit)) {
            for (String w : surface.split(" ")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    // "N as a" keys as "nasa": words in small letters run together are no name of one plain word
                    // (a name with marks, "o3-mini", is written apart as often: "o3 mini")
                    return false;
                }
            }
        }
        if (Names.hasUpper(name) && !Names.hasUpper(surface) && !modelId(surface)) {
            return false; // "clip", "palm": words; but "gpt-4o", "claude-3-haiku": an API's id of the model, no word
        }
        if (surface.indexOf('.') > 0 && name.indexOf('.') < 0 && INITIALS.matcher(surface).matches()) {
            return false; // "H.-P. Lind": a person's initials, not the acronym "HP" the knowledge base writes without periods
        }
        if (innerCapital(name) && plainWord(surface) && name.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            // "Did" is a word, not "D-ID"; "Shape" not "Shap-E": a name whose marks part its capitals, written as a
            // plain word, is the word
            return false;
        }
        // An all-caps surface ("ATLAS", "META") is a heading or shouting; accept it for ordinary entries only.
        if (strict) {
            // "Albert" the given name is not "ALBERT" the model: an acronym's letters written as a word are a word
            boolean acronym = name.length() >= 4 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            boolean word = surface.length() >= 2 && Character.isUpperCase(surface.charAt(0))
                    && surface.substring(1).chars().filter(Character::isLetter).allMatch(Character::isLowerCase);
            return Names.startsUpper(surface) == Names.startsUpper(name) && surface.length() <= name.length() + 1
                    && !(acronym && word);
        }
        return true;
    }
}
