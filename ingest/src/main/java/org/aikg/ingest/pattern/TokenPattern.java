package org.aikg.ingest.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * A pattern over a sequence of tokens, the language in which relation rules say what must stand between
 * (or around) two mentions. It compiles to a {@link Pattern} over the tokens written lower-case, each
 * followed by one space. A pattern with nested repetitions can backtrack, so the text it reads is kept
 * short: a gap is at most a rule's {@code maxGap} tokens (at most 30) and a context at most 10.
 *
 * <p>Syntax (tokens are separated by spaces; the pattern must match the whole token sequence):
 * <ul>
 *   <li>{@code word}: that token, case-insensitive. A word is tokenized as the text is
 *       ({@link SimpleTokenizer}), so {@code fine-tuned} stands for the three tokens {@code fine - tuned}
 *       and {@code 's} for {@code ' s}.</li>
 *   <li>{@code @name}: any phrase of the lexicon entry {@code name} (phrases are tokenized the same way).</li>
 *   <li>{@code _}: any one token but {@code ;}.</li>
 *   <li>{@code ~atom}: any one token that {@code atom} does not match ({@code ~@preposition}).</li>
 *   <li>{@code !atom}: a check that consumes nothing: what follows does not start with {@code atom}
 *       (an {@code after} pattern {@code !'} says the mention is not followed by a possessive).</li>
 *   <li>{@code ( a b | c )}: a group of alternative sequences; {@code |} also separates alternatives at the
 *       top level.</li>
 *   <li>{@code ?}, {@code *}, {@code +}, {@code {m,n}} right after an atom: repetition.</li>
 *   <li>{@code \x}: the character x as a literal ({@code \(} is an opening parenthesis token).</li>
 *   <li>{@code <type>}: a name of that type found before the pattern is read ({@code <organization>}): the
 *       reader writes each such name as the one token {@link #mention} gives (name cues that read the types of
 *       the names around a new one; see {@link #readsMentions}).</li>
 * </ul>
 *
 * <p>Thread-safety: immutable.
 */
public final class TokenPattern {
    /** What {@code ^} stands for: a character no tokenizer produces (not the "^" of a "[^4]" footnote mark). */
    public static final String SENTENCE_START = "\uE000";
    /** What {@code $} stands for in an {@code after} context: the end of the sentence (a list item's, a line's). */
    public static final String SENTENCE_END = "\uE001";

    /** What opens the token a found name of some type is written as: a character no tokenizer produces. */
    private static final String MENTION = "\uE002";

    private final String source;
    private final Pattern regex;
    private final boolean readsMentions;

    private TokenPattern(String source, Pattern regex, boolean readsMentions) {
        this.source = source;
        this.regex = regex;
        this.readsMentions = readsMentions;
    }

    /**
     * The one token that stands for a name of type {@code type} (e.g. "organization") in the text a pattern
     * with a {@code <type>} atom reads: one token, whatever the name's length, that no text holds.
     */
    public static String mention(String type) {
        return MENTION + type.toLowerCase(Locale.ROOT);
    }

    /** True when the pattern has a {@code <type>} atom: it reads text in which found names are typed tokens. */
    public boolean readsMentions() {
        return readsMentions;
    }

    /**
     * Compiles {@code source} with the lexicon's phrases.
     *
     * @throws IllegalArgumentException on a syntax error or an unknown lexicon entry, naming the column
     */
    public static TokenPattern compile(String source, Map<String, List<String>> lexicon) {
        Parser parser = new Parser(source, lexicon);
        return new TokenPattern(source, Pattern.compile(parser.parse()), parser.mentions);
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** True when the pattern matches the whole of {@code tokens} (normalized as by {@link #join}). */
    public boolean matches(String joined) {
        return regex.matcher(joined).matches();
    }

    /** True when the pattern matches a prefix of {@code joined}. */
    public boolean matchesPrefix(String joined) {
        return regex.matcher(joined).lookingAt();
    }

    /** How many of {@code tokens} the regex engine's match at their start covers, or -1 for no match. */
    public int prefixTokens(List<String> tokens) {
        String joined = join(tokens);
        var m = regex.matcher(joined);
        if (!m.lookingAt()) {
            return -1;
        }
        int n = 0;
        for (int k = 0; k < m.end(); k++) {
            if (joined.charAt(k) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** True when the pattern matches a suffix of {@code joined} that starts at a token boundary. */
    public boolean matchesSuffix(String joined) {
        var m = regex.matcher(joined);
        for (int from = 0; from <= joined.length(); from = joined.indexOf(' ', from) + 1) {
            m.region(from, joined.length());
            if (m.matches()) {
                return true;
            }
            if (joined.indexOf(' ', from) < 0) {
                break;
            }
        }
        return false;
    }

    /**
     * The normal form patterns match: tokens lower-cased, typographic quotes and dashes folded to ASCII,
     * each followed by one space.
     */
    public static String join(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            b.append(normalize(t)).append(' ');
        }
        return b.toString();
    }

    /** One token in normal form. */
    public static String normalize(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u02bc', '`' -> b.append('\'');
                case '\u201c', '\u201d', '\u201e' -> b.append('"');
                case '\u2013', '\u2014', '\u2212' -> b.append('-');
                case ' ' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A phrase as the regex of its token sequence: "built on" → {@code built on }. */
    static String phrase(String text) {
        StringBuilder b = new StringBuilder();
        for (String t : SimpleTokenizer.INSTANCE.tokenize(text)) {
            b.append(Pattern.quote(normalize(t))).append(' ');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return source;
    }

    /** Recursive descent over the pattern's characters. */
    private static final class Parser {
        private final String s;
        private final Map<String, List<String>> lexicon;
        private int i;
        /** Whether a {@code <type>} atom was read. */
        boolean mentions;

        Parser(String s, Map<String, List<String>> lexicon) {
            this.s = s;
            this.lexicon = lexicon;
        }

        String parse() {
            String r = alternatives();
            skipSpace();
            if (i < s.length()) {
                throw error("unexpected '" + s.charAt(i) + "'");
            }
            return r;
        }

        private String alternatives() {
            List<String> alts = new ArrayList<>();
            alts.add(sequence());
            while (true) {
                skipSpace();
                if (i < s.length() && s.charAt(i) == '|') {
                    i++;
                    alts.add(sequence());
                } else {
                    break;
                }
            }
            return alts.size() == 1 ? alts.get(0) : "(?:" + String.join("|", alts) + ")";
        }

        private String sequence() {
            StringBuilder b = new StringBuilder();
            while (true) {
                skipSpace();
                if (i >= s.length() || s.charAt(i) == '|' || s.charAt(i) == ')') {
                    return b.toString();
                }
                String atom = atom();
                b.append("(?:").append(atom).append(')').append(quantifier());
            }
        }

        private String atom() {
            char c = s.charAt(i);
            if (c == '~' || c == '!') {
                i++;
                if (i >= s.length() || Character.isWhitespace(s.charAt(i))) {
                    throw error("'" + c + "' needs an atom right after it");
                }
                String inner = atom();
                return c == '~' ? "(?!(?:" + inner + "))[^ ;]+ " : "(?!(?:" + inner + "))";
            }
            if (c == '(') {
                i++;
                String inner = alternatives();
                skipSpace();
                if (i >= s.length() || s.charAt(i) != ')') {
                    throw error("missing ')'");
                }
                i++;
                return inner;
            }
            if (c == '<') {
                int close = s.indexOf('>', i);
                if (close < 0 || !s.substring(i + 1, close).matches("[A-Za-z]+")) {
                    throw error("'<' opens a type of name, as in <organization>");
                }
                String type = s.substring(i + 1, close);
                i = close + 1;
                mentions = true;
                return Pattern.quote(mention(type)) + " ";
            }
            boolean macro = c == '@';
            boolean any = c == '_';
            boolean start = c == '^';
            String word = word();
            if (word.isEmpty()) {
                throw error("expected a token");
            }
            if (any && word.equals("_")) {
                return "[^ ;]+ ";
            }
            if (c == '#' && word.equals("#")) {
                return "\\d[^ ;]* "; // a number: "2006", "2003-2008" (the tokenizer parts ranges at their dash)
            }
            if (start && word.equals("^")) {
                return Pattern.quote(SENTENCE_START) + " ";
            }
            if (c == '$' && word.equals("$")) {
                return Pattern.quote(SENTENCE_END) + " ";
            }
            if (macro) {
                List<String> phrases = lexicon.get(word.substring(1));
                if (phrases == null) {
                    throw error("no lexicon entry '" + word.substring(1) + "'");
                }
                List<String> alts = new ArrayList<>(phrases.size());
                // longer phrases first, so "built on top of" is not read as "built on" + rest
                phrases.stream().sorted((a, b) -> b.length() - a.length()).forEach(p -> alts.add(phrase(p)));
                return String.join("|", alts);
            }
            return phrase(word);
        }

        private String word() {
            StringBuilder b = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    b.append(s.charAt(i + 1));
                    i += 2;
                } else if (Character.isWhitespace(c) || "()|?*+{".indexOf(c) >= 0 || (b.length() == 0 && (c == '~' || c == '!'))) {
                    break;
                } else {
                    b.append(c);
                    i++;
                }
            }
            return b.toString();
        }

        private String quantifier() {
            if (i >= s.length()) {
                return "";
            }
            char c = s.charAt(i);
            if (c == '?' || c == '*' || c == '+') {
                i++;
                return String.valueOf(c);
            }
            if (c == '{') {
                int close = s.indexOf('}', i);
                if (close < 0 || !s.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
                    throw error("bad repetition");
                }
                String q = s.substring(i, close + 1);
                i = close + 1;
                return q;
            }
            return "";
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("column " + (i + 1) + " of pattern '" + s + "': " + what);
        }
    }
}
