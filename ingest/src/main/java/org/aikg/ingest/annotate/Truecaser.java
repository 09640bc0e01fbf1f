package org.aikg.ingest.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.Link;

/**
 * Headline case undone for the models: in a Title Case headline ("Acme Labs Releases Corvid-7B With Longer
 * Context") every word is capitalized, so the tagger reads verbs as proper nouns and the learned name finder
 * runs names into the words around them ("Corvid-7B With Longer Context"). Newsletters title each item so,
 * usually as the text of its link. Here the common words of such a headline are given the case the
 * document itself writes them in: a word is lower-cased when the document uses it in lower case elsewhere
 * (in prose, outside headlines) at least as often as capitalized inside a sentence, or when it is a
 * function word or a verb of the news (a closed list). Names keep their capitals: the document writes
 * "Acme" capitalized or not at all.
 *
 * <p>Only the token forms the models read change; offsets, and so every name's surface taken from the
 * text, stay as written.
 *
 * <p>Thread-safety: immutable once built; build one per document.
 */
public final class Truecaser {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    /** A word that only headline case capitalized: a capital, then lower-case letters. */
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)?");

    /** Words a headline capitalizes that never start a name: function words and the verbs of the news. */
    private static final Set<String> COMMON = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "via", "into",
            "over", "under", "after", "before", "about", "than", "that", "this", "these", "its", "their", "his", "her",
            "it", "they", "we", "how", "why", "what", "when", "who", "new", "now", "more", "most", "up", "out",
            "off", "amid", "against", "across", "without", "can", "could", "might", "should", "would",
            "has", "have", "had", "not", "no", "says", "said", "releases", "released", "launches", "launched",
            "unveils", "unveiled", "introduces", "introduced", "announces", "announced", "debuts", "debuted",
            "raises", "raised", "acquires", "acquired", "buys", "bought", "joins", "joined", "leaves", "left",
            "hires", "hired", "sues", "sued", "warns", "warned", "plans", "wants", "aims", "seeks", "expands",
            "expanded", "partners", "teams", "builds", "built", "develops", "developed", "trains", "trained",
            "tests", "tested", "shows", "showed", "reveals", "revealed", "open-sources", "ships", "shipped",
            "rolls", "updates", "updated", "adds", "added", "gets", "makes", "made", "brings", "claims", "beats",
            "tops", "outperforms", "enables", "allows", "helps", "uses", "boosts", "cuts", "lets", "offers",
            "faces", "bans", "blocks", "urges", "signs", "invests", "secures", "lands", "wins", "takes", "gives",
            "creates", "reaches", "hits", "sets", "drops", "dropped", "teases", "teased", "arrives", "powers",
            "steps", "resigns", "departs", "returns", "calls", "files", "tells", "thinks", "believes", "explains");

    private final Map<String, int[]> uses; // lower-case key -> {uses in lower case, capitalized uses inside a sentence}

    private Truecaser(Map<String, int[]> uses) {
        this.uses = uses;
    }

    /** The case statistics of {@code document}'s prose; Title Case lines and link texts are not counted. */
    public static Truecaser of(Document document) {
        String text = document.text();
        char[] prose = text.toCharArray();
        for (Link link : document.links()) {
            if (!link.structural() && link.end() <= text.length() && headline(text.substring(link.start(), link.end()))) {
                java.util.Arrays.fill(prose, link.start(), link.end(), ' ');
            }
        }
        Map<String, int[]> uses = new HashMap<>();
        String masked = new String(prose);
        int lineStart = 0;
        while (lineStart < masked.length()) {
            int lineEnd = masked.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = masked.length();
            }
            String line = masked.substring(lineStart, lineEnd);
            if (!headline(line)) {
                count(line, uses);
            }
            lineStart = lineEnd + 1;
        }
        return new Truecaser(uses);
    }

    private static void count(String line, Map<String, int[]> uses) {
        Matcher w = WORD.matcher(line);
        boolean addresses = line.indexOf('@') >= 0; // most lines hold none: then no word is in one
        while (w.find()) {
            String word = w.group();
            if (addresses && inAddress(line, w.start(), w.end())) {
                continue; // "tomas@vexar.example": an address's small letters say nothing of the word's case
            }
            if (word.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c))) {
                uses.computeIfAbsent(word, k -> new int[2])[0]++;
            } else if (CAPITALIZED.matcher(word).matches() && insideSentence(line, w.start())) {
                uses.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new int[2])[1]++;
            }
        }
    }

    /**
     * Whether the word at {@code [start, end)} of {@code line} is part of an e-mail address ("tomas@vexar.example"): people
     * and companies write their names in small letters there, which says nothing of how the prose writes them.
     */
    private static boolean inAddress(String line, int start, int end) {
        // an address is at most 254 characters: look no further either way (a line without spaces stays linear)
        int from = start;
        while (from > 0 && start - from < 254 && !Character.isWhitespace(line.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < line.length() && to - end < 254 && !Character.isWhitespace(line.charAt(to))) {
            to++;
        }
        for (int k = from + 1; k < to; k++) {
            if (line.charAt(k) == '@') {
                return true;
            }
        }
        return false;
    }

    /** After a lower-case word, a digit or a comma: not where a sentence starts. */
    private static boolean insideSentence(String line, int at) {
        int i = at - 1;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || i == at - 1) {
            return false;
        }
        char c = line.charAt(i);
        return Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == ';';
    }

    /**
     * True for headline case: at least four words of four letters or more, three in four of them
     * capitalized. {@code Plausibility.titleCase} has the same measure over words that may hold hyphens;
     * here a hyphen ends a word, so "Open-Source" is two words of four letters or more, not one.
     */
    public static boolean headline(String text) {
        int words = 0;
        int upper = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (w.group().length() >= 4) {
                words++;
                if (Character.isUpperCase(w.group().charAt(0))) {
                    upper++;
                }
            }
        }
        return words >= 4 && upper * 4 >= words * 3;
    }

    /**
     * The spans of {@code sentenceText} (offsets relative to it) written in headline case: the whole
     * sentence when it is, else each link text in it that is.
     */
    public static List<int[]> headlineSpans(String sentenceText, int sentenceStart, List<Link> links) {
        List<int[]> spans = new ArrayList<>();
        if (headline(sentenceText) && !nameList(sentenceText)) {
            spans.add(new int[] {0, sentenceText.length()});
            return spans;
        }
        int end = sentenceStart + sentenceText.length();
        for (int k = Link.firstAtOrAfter(links, sentenceStart); k < links.size() && links.get(k).start() < end; k++) {
            Link link = links.get(k);
            String linkText = link.end() <= end && link.end() > link.start()
                    ? sentenceText.substring(link.start() - sentenceStart, link.end() - sentenceStart) : "";
            if (!link.structural() && headline(linkText) && !nameList(linkText)) {
                spans.add(new int[] {link.start() - sentenceStart, link.end() - sentenceStart});
            }
        }
        return spans;
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    private static final Pattern SHORT_NAME = Pattern.compile(
            "(?:[^:]{0,40}:\\s*)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}");

    /**
     * "Ada Lind, Kai You, Bo Chen and Eve Park": a list of three or more short capitalized items is a list
     * of names, not a headline; its capitals are the names'.
     */
    static boolean nameList(String text) {
        String[] items = LIST_SEPARATOR.split(text.strip());
        if (items.length < 3) {
            return false;
        }
        int names = 0;
        for (String item : items) {
            names += SHORT_NAME.matcher(item.strip()).matches() ? 1 : 0;
        }
        return names * 4 >= items.length * 3;
    }

    /**
     * The form the models should read for {@code word} of a headline: lower case when the document writes
     * it so (or it is a common headline word), else as written. The first word of a headline keeps its
     * capital, as the first word of any sentence does.
     */
    public String form(String word, boolean first) {
        if (!CAPITALIZED.matcher(word).matches()) {
            return word; // "GPT", "Corvid-7B", "xAI": shaped, never a common word
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (first) {
            return word;
        }
        if (COMMON.contains(lower)) {
            return lower;
        }
        int[] u = uses.get(lower);
        if (u == null && lower.length() > 3 && lower.endsWith("s")) {
            u = uses.get(lower.substring(0, lower.length() - 1)); // "Models" when prose says "model"
        }
        return u != null && u[0] > 0 && u[0] >= u[1] ? lower : word;
    }
}
