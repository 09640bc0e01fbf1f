package org.aikg.ingest.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.DataFiles;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.pattern.TokenPattern;

/**
 * Names the dictionary and the shape finders do not know, typed by the words around them: "a fine-tune of
 * X" names a model, "researchers at X" an organization. Each cue is a row of a YAML book (the bundled one is
 * {@code org/aikg/ingest/ner/name-cues.yaml}, its format in {@code docs/name-cues.md}): the type it gives,
 * a {@link TokenPattern} the words before the name must end with and/or one the words after it must start
 * with, a confidence, and example sentences of the project's own that must and must not yield the name.
 *
 * <p>A name is a run of capitalized or digit-bearing words (and the pieces glued to them, as in
 * "Lumen-2b"), at most five tokens; a run that opens the sentence counts only when tagged a proper noun
 * (a capitalized "Model" before "weights" is no name).
 *
 * <p>Thread-safety: immutable after loading.
 */
public final class CueFinder implements MentionFinder {
    public static final String BUNDLED = "/org/aikg/ingest/ner/name-cues.yaml";
    /** Tokens of context read on either side of a name. */
    static final int CONTEXT = 12;
    private static final int MAX_NAME_TOKENS = 5;

    /**
     * One cue.
     *
     * @param id         its name; mentions it finds carry the finder {@code "cue:" + id}
     * @param type       the type it gives the name
     * @param before     what the words before the name end with, or null for anything
     * @param after      what the words after the name start with, or null for anything
     * @param name       what the name's own words must be, all of them ("two or three words, none an organization's
     *                   word"), or null for any name
     * @param confidence the mentions' confidence
     * @param fires      example sentences that yield the name written in [brackets]
     * @param silent     example sentences in which the cue finds nothing
     * @param opensSentence whether the name may open the sentence though the tagger calls it no proper noun ("Wrenfold
     *                   was developed at ..."): the cue's words say enough (a word the document also writes in small
     *                   letters is still dropped by {@link Plausibility})
     */
    public record Cue(String id, EntityType type, TokenPattern before, TokenPattern after, TokenPattern name,
                      double confidence, List<String> fires, List<String> silent, boolean opensSentence) {
        /** True when the cue reads the types of names found before it ({@code <organization>}). */
        public boolean readsMentions() {
            return (before != null && before.readsMentions()) || (after != null && after.readsMentions());
        }
    }

    private final List<Cue> cues;

    CueFinder(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The cues that ship with aikg; loaded once. */
    public static CueFinder bundled() {
        return Bundled.FINDER;
    }

    private static final class Bundled {
        static final CueFinder FINDER = load(BUNDLED);
    }

    /** The cues, in book order. */
    public List<Cue> cues() {
        return cues;
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        return find(document, sentence, List.of(), false);
    }

    /** True when some cue reads the types of names found before it ({@link #findAround}). */
    public boolean readsFoundNames() {
        return cues.stream().anyMatch(Cue::readsMentions);
    }

    /**
     * The names the cues that read found names ({@code <organization> launches X}) type: {@code known} are the
     * names found so far in the sentence, each read as one token of its type; a new name never overlaps one.
     */
    public List<Mention> findAround(AnnotatedDocument document, Sentence sentence, List<Mention> known) {
        return find(document, sentence, known, true);
    }

    private List<Mention> find(AnnotatedDocument document, Sentence sentence, List<Mention> known, boolean typed) {
        List<Cue> active = cues.stream().filter(c -> c.readsMentions() == typed).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        // the words read, a found name written as one token of its type; at[i] is token i's place among them,
        // cover[i] the found name token i is part of (or null)
        List<String> words = new ArrayList<>(tokens.size());
        int[] at = new int[tokens.size() + 1];
        Mention[] cover = new Mention[tokens.size()];
        Mention inside = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Mention m = covering(known, t);
            cover[i] = m;
            if (m == null) {
                words.add(t.text());
            } else if (m != inside) {
                words.add(TokenPattern.mention(m.type().segment()));
            }
            inside = m;
            at[i] = words.size() - 1;
        }
        at[tokens.size()] = words.size();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int to = nameEnd(text, tokens, i);
            if (to < i) {
                continue;
            }
            // a name that opens the sentence needs the tagger's proper noun, or a cue that says enough on its own
            boolean untaggedStart = i == 0 && !tokens.get(i).properNoun();
            if ((!untaggedStart || active.stream().anyMatch(Cue::opensSentence) && !Lexicon.notAName(tokens.get(i).text()))
                    && noneCovers(cover, i, to)) {
                int from = at[i];
                String before = (from <= CONTEXT ? TokenPattern.SENTENCE_START + " " : "")
                        + TokenPattern.join(words.subList(Math.max(0, from - CONTEXT), from));
                int next = at[to] + 1;
                int end = Math.min(words.size(), next + CONTEXT);
                String after = TokenPattern.join(words.subList(next, end))
                        + (end == words.size() ? TokenPattern.SENTENCE_END + " " : "");
                String surface = TokenSpans.surface(text, tokens, i, to);
                if (surface.codePointCount(0, surface.length()) < 2) {
                    i = to;
                    continue; // "Discriminator (D)": one letter abbreviates, it names nothing
                }
                String own = null;
                for (Cue c : active) {
                    if (c.name() != null && own == null) {
                        List<String> parts = new ArrayList<>(to - i + 1);
                        for (int j = i; j <= to; j++) {
                            parts.add(tokens.get(j).text());
                        }
                        own = TokenPattern.join(parts);
                    }
                    if (untaggedStart && !c.opensSentence()) {
                        continue;
                    }
                    if ((c.before() == null || c.before().matchesSuffix(before))
                            && (c.after() == null || c.after().matchesPrefix(after))
                            && (c.name() == null || c.name().matches(own))
                            && !(c.type() == EntityType.MODEL && Lexicon.genericModel(surface))) {
                        found.add(Mention.of(tokens.get(i).start(), tokens.get(to).end(), surface, c.type(),
                                c.confidence(), "cue:" + c.id()));
                        break;
                    }
                }
            }
            i = to;
        }
        return found;
    }

    private static Mention covering(List<Mention> known, Token t) {
        for (Mention m : known) {
            if (m.start() < t.end() && t.start() < m.end()) {
                return m;
            }
        }
        return null;
    }

    private static boolean noneCovers(Mention[] cover, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (cover[j] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last token of the name starting at token {@code i}, or {@code i - 1} when none starts there (or
     * when token {@code i} continues a name that starts before it).
     */
    private static int nameEnd(String text, List<Token> tokens, int i) {
        if (!startsName(tokens.get(i)) || (i > 0 && TokenSpans.continues(text, tokens, i)
                && !text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).equals(" ")
                && !OPENERS.contains(tokens.get(i - 1).text()))) {
            return i - 1;
        }
        int last = i;
        for (int j = i + 1; j < tokens.size() && j < i + MAX_NAME_TOKENS; j++) {
            Token t = tokens.get(j);
            boolean glued = t.start() == tokens.get(j - 1).end();
            if (!TokenSpans.continues(text, tokens, j) || !(glued || startsName(t))) {
                break;
            }
            if (TokenSpans.wordy(t)) {
                last = j;
            }
        }
        String end = tokens.get(last).text();
        if (last > i && Character.isLowerCase(end.codePointAt(0)) && MODIFIER_ENDS.matcher(end).matches()) {
            return i - 1; // "RL-trained", "GPU-based": a compound modifier, not a name
        }
        return last;
    }

    /** Brackets and quotes a name may open right after: "(Velto)" starts a name, "Lumen-2b" does not at "2b". */
    private static final Set<String> OPENERS = Set.of("(", "[", "\"", "\u201c", "'", "\u2018");

    /** Lower-case last pieces that make a hyphenated word a modifier: participles and "based", "like", "style". */
    private static final Pattern MODIFIER_ENDS =
            Pattern.compile("\\p{L}+(?:ed|ing)|based|like|style|sized|free|only|aware|specific|friendly|ready|compatible");

    private static boolean startsName(Token t) {
        String w = t.text();
        return TokenSpans.wordy(t) && Character.isUpperCase(w.codePointAt(0)) && !Lexicon.notAName(w);
    }

    /** Loads a cue book from a classpath resource. */
    public static CueFinder load(String resource) {
        return parse(DataFiles.resource(resource, "cue book"), Path.of(resource));
    }

    record Doc(Map<String, List<String>> lexicon, List<Row> cues) {}

    record Row(String id, String type, String before, String after, String name, Double confidence, String why,
               List<String> fires, List<String> silent, Boolean opensSentence) {}

    /**
     * Parses a cue book; {@code file} only names it in errors.
     *
     * @throws AikgException with the file, line and column of the fault
     */
    public static CueFinder parse(String yaml, Path file) {
        Doc doc = DataFiles.readYaml(yaml, file, Doc.class);
        Map<String, List<String>> lexicon = new LinkedHashMap<>(doc.lexicon() == null ? Map.of() : doc.lexicon());
        List<Cue> cues = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row r : doc.cues() == null ? List.<Row>of() : doc.cues()) {
            try {
                if (r.id() == null || !ids.add(r.id())) {
                    throw new IllegalArgumentException("every cue needs an id of its own: " + r.id());
                }
                if (r.before() == null && r.after() == null) {
                    throw new IllegalArgumentException("a cue needs 'before' or 'after'");
                }
                if (r.confidence() == null || r.confidence() <= 0 || r.confidence() > 1) {
                    throw new IllegalArgumentException("confidence must be in (0, 1]");
                }
                if (r.fires() == null || r.fires().isEmpty()) {
                    throw new IllegalArgumentException("a cue needs at least one 'fires' example");
                }
                if (r.type() == null) {
                    throw new IllegalArgumentException("a cue needs a type");
                }
                cues.add(new Cue(r.id(), EntityType.parse(r.type()),
                        r.before() == null ? null : TokenPattern.compile(r.before(), lexicon),
                        r.after() == null ? null : TokenPattern.compile(r.after(), lexicon),
                        r.name() == null ? null : TokenPattern.compile(r.name(), lexicon), r.confidence(),
                        List.copyOf(r.fires()), r.silent() == null ? List.of() : List.copyOf(r.silent()),
                        Boolean.TRUE.equals(r.opensSentence())));
            } catch (IllegalArgumentException e) {
                throw AikgException.at(file, DataFiles.lineOf(yaml, r.id()), 1, "cue " + r.id() + ": " + e.getMessage());
            }
        }
        return new CueFinder(cues);
    }
}
