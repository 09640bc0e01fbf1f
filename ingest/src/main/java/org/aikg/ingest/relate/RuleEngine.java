package org.aikg.ingest.relate;

import org.aikg.ingest.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.ingest.ner.EntityType;

/**
 * Runs a {@link RuleBook} over one {@link RuleSentence}: every rule on every ordered pair of mentions.
 * The engine knows nothing of particular words; what a rule reads is in its row.
 *
 * <p>The {@code before} context starts with the token {@code ^} when it reaches the start of the sentence.
 *
 * <p>Each gap is read three ways, so one row covers them all: as written; without parenthetical asides
 * ("(2023)", "(see below)"); and without a leading appositive ("X, trained on code, was released by Y").
 *
 * <p>Thread-safety: immutable.
 */
public final class RuleEngine {
    /** How far before and after a pair the context patterns look, in tokens. */
    static final int CONTEXT = 10;
    private static final int MAX_ASIDE = 25;
    private static final int MAX_APPOSITIVE = 15;

    private final RuleBook book;
    private final TokenPattern modifierSuffix;
    private final TokenPattern suffixStart;
    /** The ids of the rows that read their mentions' own words. */
    private final java.util.Set<String> nameReaders = new java.util.HashSet<>();

    public RuleEngine(RuleBook book) {
        this.book = book;
        for (PatternRule r : book.rules()) {
            if (r.leftName() != null || r.rightName() != null) {
                nameReaders.add(r.id());
            }
        }
        this.modifierSuffix = book.lexicon().containsKey("modifier_suffix")
                ? TokenPattern.compile(book.lexicon().containsKey("modifier_spaced")
                        // "Transformer based model" but not "based on", "powered by": those are verbs of a clause
                        ? "- @modifier_suffix | @modifier_spaced ~(on | upon | in | at | by | off | out | around | , | . | ; | : | and | or | \\))"
                        : "- @modifier_suffix", book.lexicon()) : null;
        this.suffixStart = book.lexicon().containsKey("modifier_spaced")
                ? TokenPattern.compile("- | @modifier_spaced", book.lexicon()) : TokenPattern.compile("-", book.lexicon());
    }

    /** Whether a gap or context read after a modifier starts with its suffix: "- based", or "based" unhyphenated. */
    private boolean startsWithSuffix(String joined) {
        return suffixStart.matchesPrefix(joined);
    }

    /**
     * A fact a rule states: subject and object as the {@link RuleSentence.Span#index()} of their mentions.
     */
    public record Finding(int subject, Predicate predicate, int object, String rule, double confidence) {}

    /**
     * Whether the rule {@code id} reads what its mentions' own words are ({@code leftName}, {@code rightName}): an
     * anaphor's words ("we", "the company") say nothing of the name it stands for, so such a row reads no anaphor.
     */
    public boolean readsNames(String id) {
        return nameReaders.contains(id);
    }

    /** Every fact the rules state in {@code s}, the most confident rule kept per fact. */
    public List<Finding> apply(RuleSentence s) {
        return apply(s, book.rules());
    }

    /** Every fact the given rules state in {@code s}, the most confident rule kept per fact. */
    public List<Finding> apply(RuleSentence s, List<PatternRule> rules) {
        Map<String, Finding> out = new LinkedHashMap<>();
        List<RuleSentence.Span> ms = s.mentions();
        boolean[] modifier = modifiers(s);
        int reach = 0;
        for (PatternRule r : rules) {
            reach = Math.max(reach, r.maxGap());
        }
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                if (s.countBetween(ms.get(i).end(), ms.get(j).start()) > reach) {
                    break; // mentions are in order: every later one is further away (keeps long sentences linear)
                }
                if (ms.get(i).key().equals(ms.get(j).key())) {
                    continue;
                }
                if (modifier[i] && !startsWithSuffix(TokenPattern.join(s.tokensBetween(ms.get(i).end(), ms.get(j).start())))) {
                    continue; // "the Transformer-based Corvid": Transformer relates to Corvid through its suffix only
                }
                if (insideAside(s, ms.get(i).start(), ms.get(j).start())) {
                    continue; // "Corvid (a rival to Acme's Sparrow) was built by Northwind": Sparrow is in an aside
                }
                Pair pair = null;
                for (PatternRule r : rules) {
                    if (r.left() != ms.get(i).type() || r.right() != ms.get(j).type()
                            || (!r.kinds().isEmpty() && !r.kinds().contains(s.kind()))) {
                        continue;
                    }
                    if (modifier[i] && r.predicate() != Predicate.BASED_ON) {
                        continue; // "X-based model proposed by Org": the suffix makes basedOn, X is no maker's model
                    }
                    if (modifier[j] && r.after() == null) {
                        continue; // "Y-based": Y is an argument only of a row that reads the suffix after it
                    }
                    if (pair == null) {
                        pair = new Pair(s, i, j);
                    }
                    if (modifier[j] && !startsWithSuffix(pair.after)) {
                        continue;
                    }
                    if (pair.gapTokens > r.maxGap() || !matches(r, pair, s, i, j, modifier)) {
                        continue;
                    }
                    for (int a : r.expandLeft() ? groupBefore(s, i, r.right()) : List.of(i)) {
                        for (int b : r.expandRight() ? groupAfter(s, j, r.left()) : List.of(j)) {
                            int subj = r.subjectLeft() ? a : b;
                            int obj = r.subjectLeft() ? b : a;
                            Finding f = new Finding(ms.get(subj).index(), r.predicate(), ms.get(obj).index(), r.id(),
                                    r.confidence());
                            out.merge(f.subject() + " " + f.predicate() + " " + f.object(), f,
                                    (x, y) -> x.confidence() >= y.confidence() ? x : y);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean matches(PatternRule r, Pair p, RuleSentence s, int i, int j, boolean[] modifier) {
        if ((r.before() != null && !r.before().matchesSuffix(p.before))
                || (r.notBefore() != null && r.notBefore().matchesSuffix(p.before))
                || (r.after() != null && !r.after().matchesPrefix(p.after))
                || (r.leftName() != null && !r.leftName().matches(ownWords(s, i)))
                || (r.rightName() != null && !r.rightName().matches(ownWords(s, j)))) {
            return false;
        }
        for (Reading g : p.gaps) {
            if (r.gap().matches(g.joined()) && r.unless().stream().noneMatch(u -> u.matches(g.joined()))
                    && !blocked(s, i, j, r, modifier, g)) {
                return true;
            }
        }
        return false;
    }

    /** The words of mention {@code k} itself, joined as patterns read them. */
    private static String ownWords(RuleSentence s, int k) {
        return TokenPattern.join(s.tokensBetween(s.mentions().get(k).start(), s.mentions().get(k).end()));
    }

    /** A mention of a blocking type between i and j (another mention of i's or j's entity does not block). */
    private static boolean blocked(RuleSentence s, int i, int j, PatternRule r, boolean[] modifier, Reading g) {
        List<RuleSentence.Span> ms = s.mentions();
        for (int k = i + 1; k < j; k++) {
            RuleSentence.Span m = ms.get(k);
            if (m.start() >= g.from() && !g.dropped(m.start()) && !modifier[k] && r.blockers().contains(m.type()) && !m.key().equals(ms.get(i).key()) && !m.key().equals(ms.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    /** True when a parenthesis open before {@code left} closes before {@code right}: left is in an aside. */
    private static boolean insideAside(RuleSentence s, int left, int right) {
        int depth = 0;
        for (String t : s.tokensBefore(left, MAX_ASIDE)) {
            depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
        }
        if (depth <= 0) {
            return false;
        }
        for (String t : s.tokensBetween(left, right)) {
            depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
            if (depth <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Which mentions are modifiers: followed by "-based", "-style" and the like (the lexicon's modifier_suffix). */
    private boolean[] modifiers(RuleSentence s) {
        boolean[] out = new boolean[s.mentions().size()];
        if (modifierSuffix == null) {
            return out;
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = modifierSuffix.matchesPrefix(TokenPattern.join(s.tokensAfter(s.mentions().get(k).end(), 2)));
        }
        return out;
    }

    /**
     * Mention j and the mentions of its type coordinated after it ("B, C and D"); an aside after a member
     * ("Ada Lovelace (Princeton), Karl Benz (Stanford)") does not break the list, unless it names
     * something of the partner's type: then each member has a partner of its own.
     */
    private List<Integer> groupAfter(RuleSentence s, int j, EntityType partner) {
        List<Integer> g = new ArrayList<>(List.of(j));
        List<RuleSentence.Span> ms = s.mentions();
        EntityType t = ms.get(j).type();
        int last = j;
        for (int k = j + 1; k < ms.size(); k++) {
            if (ms.get(k).type() != t) {
                if (ms.get(k).type() != partner && openParens(s.toksBetween(ms.get(last).end(), ms.get(k).start())) > 0) {
                    continue; // inside an aside of the last member
                }
                break;
            }
            if (!coordinated(s, ms.get(last).end(), ms.get(k).start())) {
                break;
            }
            g.add(k);
            last = k;
        }
        return g;
    }

    /** Mention i and the mentions of its type coordinated before it ("A, B and C ..."), asides allowed. */
    private List<Integer> groupBefore(RuleSentence s, int i, EntityType partner) {
        List<Integer> g = new ArrayList<>(List.of(i));
        List<RuleSentence.Span> ms = s.mentions();
        EntityType t = ms.get(i).type();
        int first = i;
        for (int k = i - 1; k >= 0; k--) {
            if (ms.get(k).type() != t) {
                if (ms.get(k).type() != partner && openParens(s.toksBetween(ms.get(k).end(), ms.get(first).start())) < 0) {
                    continue; // inside an aside of the member before
                }
                break;
            }
            if (!coordinated(s, ms.get(k).end(), ms.get(first).start())) {
                break;
            }
            g.add(k);
            first = k;
        }
        return g;
    }

    private boolean coordinated(RuleSentence s, int from, int to) {
        List<RuleSentence.Tok> between = s.toksBetween(from, to);
        // "Ana Lind*, Tomas Berg† and Mei Okafor": marks that point to a footnote (equal contribution, an
        // affiliation) stand between names of a list without ending it
        between = between.stream().filter(t -> !NOTE_MARKS.contains(t.text())).toList();
        return book.coordination().matches(Pair.join(between))
                || book.coordination().matches(Pair.join(withoutAsides(between)));
    }

    private static final java.util.Set<String> NOTE_MARKS = java.util.Set.of("*", "**", "***", "†", "‡", "§", "¶", "∗",
            "#", "¹", "²", "³", "⁴", "⁵");

    /** Opening minus closing parentheses among {@code toks}. */
    private static int openParens(List<RuleSentence.Tok> toks) {
        int depth = 0;
        for (RuleSentence.Tok t : toks) {
            String w = t.text();
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth--;
            }
        }
        return depth;
    }

    /** One reading of a gap: its normal form, and where in the text it starts (after a dropped aside). */
    record Reading(String joined, int from, List<int[]> skipped) {
        Reading(String joined, int from) {
            this(joined, from, List.of());
        }

        /** True when offset lies in an aside this reading dropped. */
        boolean dropped(int offset) {
            for (int[] r : skipped) {
                if (offset >= r[0] && offset < r[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The three readings of a pair's gap and its context, computed once per pair. */
    private static final class Pair {
        final List<Reading> gaps = new ArrayList<>(3);
        final int gapTokens;
        final String before;
        final String after;

        Pair(RuleSentence s, int i, int j) {
            RuleSentence.Span a = s.mentions().get(i);
            RuleSentence.Span b = s.mentions().get(j);
            List<RuleSentence.Tok> gap = s.toksBetween(a.end(), b.start());
            gapTokens = gap.size();
            String asWritten = join(gap);
            gaps.add(new Reading(asWritten, a.end()));
            List<RuleSentence.Tok> noAsides = withoutAsides(gap);
            List<int[]> asides = droppedRanges(gap, noAsides);
            String plain = join(noAsides);
            if (!plain.equals(asWritten)) {
                gaps.add(new Reading(plain, a.end(), asides));
            }
            List<RuleSentence.Tok> noAppositive = withoutLeadingAppositive(noAsides);
            if (noAppositive != null) {
                // mentions inside the dropped appositive no longer stand between the two
                gaps.add(new Reading(join(noAppositive), noAppositive.get(0).start(), asides));
            }
            List<String> ahead = s.tokensBefore(a.start(), CONTEXT + 1);
            // "^" marks the start of the sentence, so a row can read a fronted phrase ("Built by X, Y ...")
            before = (ahead.size() <= CONTEXT ? TokenPattern.SENTENCE_START + " " : "") + TokenPattern.join(ahead.subList(Math.max(0, ahead.size() - CONTEXT), ahead.size()));
            List<String> behind = s.tokensAfter(b.end(), CONTEXT + 1);
            // "$" marks the end of the sentence, so a row can read a name that closes a line ("A, Org")
            after = TokenPattern.join(behind.subList(0, Math.min(CONTEXT, behind.size())))
                    + (behind.size() <= CONTEXT ? TokenPattern.SENTENCE_END + " " : "");
        }

        /** The spans of the tokens in {@code all} that {@code kept} left out. */
        private static List<int[]> droppedRanges(List<RuleSentence.Tok> all, List<RuleSentence.Tok> kept) {
            List<int[]> out = new ArrayList<>();
            java.util.Set<RuleSentence.Tok> in = new java.util.HashSet<>(kept);
            for (RuleSentence.Tok t : all) {
                if (!in.contains(t)) {
                    out.add(new int[] {t.start(), t.end()});
                }
            }
            return out;
        }

        static String join(List<RuleSentence.Tok> toks) {
            List<String> t = new ArrayList<>(toks.size());
            toks.forEach(x -> t.add(x.text()));
            return TokenPattern.join(t);
        }
    }

    /** The gap without balanced parenthetical asides of at most {@value #MAX_ASIDE} tokens. */
    static List<RuleSentence.Tok> withoutAsides(List<RuleSentence.Tok> gap) {
        List<RuleSentence.Tok> out = new ArrayList<>(gap.size());
        for (int k = 0; k < gap.size(); k++) {
            if (gap.get(k).text().equals("(")) {
                int close = -1;
                for (int e = k + 1; e < gap.size() && e <= k + MAX_ASIDE; e++) {
                    if (gap.get(e).text().equals("(")) {
                        break;
                    }
                    if (gap.get(e).text().equals(")")) {
                        close = e;
                        break;
                    }
                }
                if (close > 0) {
                    k = close;
                    continue;
                }
            }
            out.add(gap.get(k));
        }
        return out;
    }

    /** ", launched in 2021, was released by" → "was released by"; null when the gap has no such aside. */
    private static final java.util.Set<String> CLAUSE_JOINERS = java.util.Set.of("and", "or", "but", "nor", "then",
            "while", "whereas", "so", "yet");

    static List<RuleSentence.Tok> withoutLeadingAppositive(List<RuleSentence.Tok> gap) {
        if (gap.isEmpty() || !gap.get(0).text().equals(",")) {
            return null;
        }
        if (gap.size() > 1 && CLAUSE_JOINERS.contains(gap.get(1).text().toLowerCase(java.util.Locale.ROOT))) {
            return null; // ", and C will present X, at Org": a coordinated member or a new clause, not an appositive
        }
        for (int k = 1; k < gap.size() && k <= MAX_APPOSITIVE; k++) {
            String t = gap.get(k).text();
            if (t.equals(";") || t.equals(".")) {
                return null;
            }
            if (t.equals(",")) {
                return k + 1 < gap.size() ? gap.subList(k + 1, gap.size()) : null;
            }
        }
        return null;
    }
}
