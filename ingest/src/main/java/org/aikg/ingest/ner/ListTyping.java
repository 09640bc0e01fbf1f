package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Lists are made of things of one kind: in "Adept, AI21 Labs, Anthropic, Inceptive and Primer" the names
 * the finders typed as organizations make the untyped name ("Inceptive") and the weakly typed one
 * ("Primer", also a model's name) organizations too.
 *
 * <p>A list is three or more items joined by commas, "and" or "or"; an item is a mention or a run of
 * capitalized words. When at least two mentions and three in five of them share a type, the rest of the
 * list takes it: unnamed items become mentions, and items typed only by weak evidence (word shape, the
 * learned finder, an ambiguous dictionary name) change type.
 *
 * <p>Thread-safety: stateless.
 */
final class ListTyping {
    private ListTyping() {}

    private static final Set<String> JOINERS = Set.of(",", "and", "or", "&");

    /** One item of a list: tokens [from, to] and the mention on them, if any. */
    private record Item(int from, int to, Mention mention) {}

    /**
     * The same for the leads of sibling list items ("* **Adept.** ...", "* **Inceptive.** ..."): a run
     * of list items that each open with a name is a list of things of one kind.
     */
    static List<Mention> applyToListItems(org.aikg.ingest.annotate.AnnotatedDocument doc, List<Mention> mentions) {
        String text = doc.text();
        List<Mention> out = new ArrayList<>(mentions);
        // one pass over blocks and mentions, so long documents stay linear
        int[] itemStarts = doc.document().blocks().stream()
                .filter(b -> b.kind() == org.aikg.ingest.read.Block.Kind.LIST_ITEM).mapToInt(org.aikg.ingest.read.Block::start)
                .sorted().toArray();
        Map<Integer, Mention> byStart = new java.util.HashMap<>();
        for (Mention m : out) {
            if (!m.finder().equals("pattern:arxiv-link")) {
                byStart.putIfAbsent(m.start(), m);
            }
        }
        List<Item> run = new ArrayList<>();
        List<Token> runTokens = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            boolean itemStart = s.kind() == org.aikg.ingest.read.Block.Kind.LIST_ITEM && startsBlock(itemStarts, s);
            if (!itemStart) {
                if (s.kind() != org.aikg.ingest.read.Block.Kind.LIST_ITEM) {
                    close(text, runTokens, run, out);
                    run.clear();
                    runTokens.clear();
                }
                continue;
            }
            Item lead = lead(text, s, byStart::get, runTokens.size());
            if (lead == null) {
                close(text, runTokens, run, out);
                run.clear();
                runTokens.clear();
                continue;
            }
            runTokens.addAll(s.tokens().subList(0, lead.to() - runTokens.size() + 1));
            run.add(lead);
        }
        close(text, runTokens, run, out);
        return out;
    }

    /** True when a list item's block starts at (or just before) the sentence. */
    private static boolean startsBlock(int[] itemStarts, Sentence s) {
        int k = java.util.Arrays.binarySearch(itemStarts, s.start());
        int idx = k >= 0 ? k : -k - 2;
        return idx >= 0 && itemStarts[idx] >= s.start() - 2;
    }

    /** The name an item opens with, up to ".", ",", ":", "(" or a dash; token indexes offset by {@code base}. */
    private static Item lead(String text, Sentence s, java.util.function.IntFunction<Mention> mentions, int base) {
        List<Token> tokens = s.tokens();
        int end = 0;
        while (end < tokens.size() && end < 6 && !".,:(–—-“\"".contains(tokens.get(end).text())) {
            end++;
        }
        Item item = itemAt(text, tokens, 0, mentions);
        if (item == null || (item.mention() == null && (end == 0 || end == tokens.size() || end >= 6
                || item.to() != end - 1))) {
            return null;
        }
        return new Item(base + item.from(), base + item.to(), item.mention());
    }

    static List<Mention> apply(String text, Sentence s, List<Mention> mentions) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 5) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        java.util.function.IntFunction<Mention> mentionAt = startsAt(out);
        List<Item> run = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Item item = itemAt(text, tokens, i, mentionAt);
            if (item == null) {
                close(text, tokens, run, out);
                run.clear();
                i++;
                continue;
            }
            run.add(item);
            int j = item.to() + 1;
            // joiners: ",", "and", ", and", "or"
            int joined = j;
            while (joined < tokens.size() && JOINERS.contains(tokens.get(joined).text()) && joined - j < 2) {
                joined++;
            }
            if (joined == j) {
                close(text, tokens, run, out);
                run.clear();
                i = j;
            } else {
                i = joined;
            }
        }
        close(text, tokens, run, out);
        if (s.kind() == org.aikg.ingest.read.Block.Kind.TABLE_ROW) {
            cells(text, tokens, mentionAt, out);
        }
        return out;
    }

    /**
     * A table row's cells are a list too when each holds a name and nothing else but symbols (a contributors
     * table: "Ana Lind 💻 📖 ; Tomas Berg 🎨 ; ..."); cells of other text are passed over, not joined.
     */
    private static void cells(String text, List<Token> tokens, java.util.function.IntFunction<Mention> mentionAt,
                              List<Mention> out) {
        List<Item> run = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && !tokens.get(end).text().equals(";")) {
                end++;
            }
            Item item = end > i ? itemAt(text, tokens, i, mentionAt) : null;
            if (item != null && item.to() < end
                    && tokens.subList(item.to() + 1, end).stream().noneMatch(TokenSpans::wordy)) {
                run.add(item);
            }
            i = end + 1;
        }
        close(text, tokens, run, out);
    }

    /** The mention (not an arXiv link) that starts at an offset, from a list small enough to scan. */
    private static java.util.function.IntFunction<Mention> startsAt(List<Mention> mentions) {
        return offset -> {
            for (Mention m : mentions) {
                if (m.start() == offset && !m.finder().equals("pattern:arxiv-link")) {
                    return m;
                }
            }
            return null;
        };
    }

    private static Item itemAt(String text, List<Token> tokens, int i, java.util.function.IntFunction<Mention> mentionAt) {
        Token t = tokens.get(i);
        Mention m = mentionAt.apply(t.start());
        if (m != null) {
            int to = i;
            while (to + 1 < tokens.size() && tokens.get(to + 1).end() <= m.end()) {
                to++;
            }
            return new Item(i, to, m);
        }
        if (!t.capitalized() || !TokenSpans.wordy(t) || Lexicon.notAName(t.text())) {
            return null;
        }
        int to = i;
        while (to + 1 < tokens.size() && to - i < 2 && TokenSpans.continues(text, tokens, to + 1)
                && (tokens.get(to + 1).capitalized() || !TokenSpans.wordy(tokens.get(to + 1)))
                && !JOINERS.contains(tokens.get(to + 1).text())) {
            to++;
        }
        while (to > i && !TokenSpans.wordy(tokens.get(to))) {
            to--;
        }
        return new Item(i, to, null);
    }

    /** Whether the token at {@code k} goes on with a word: a letter or digit, or a hyphen glued to one ("-time"). */
    private static boolean gluedWord(List<Token> tokens, int k) {
        String t = tokens.get(k).text();
        if (Character.isLetterOrDigit(t.charAt(0))) {
            return true;
        }
        return t.equals("-") && k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end()
                && Character.isLetterOrDigit(tokens.get(k + 1).text().charAt(0));
    }

    private static void close(String text, List<Token> tokens, List<Item> run, List<Mention> out) {
        if (run.size() == 2) {
            pairOfOneFamily(text, tokens, run, out);
            pairOfPeople(text, tokens, run, out);
        }
        if (run.size() < 3) {
            return;
        }
        if (peopleAmongNames(text, tokens, run, out)) {
            return;
        }
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        int typed = 0;
        for (Item item : run) {
            // a class of code typed by its shape ("ForestSolverOpt") says nothing of what the list holds
            if (item.mention() != null && !Plausibility.codeIdentifier(item.mention().surface())) {
                votes.merge(item.mention().type(), 1, Integer::sum);
                typed++;
            }
        }
        EntityType major = null;
        for (var e : votes.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() * 5 >= typed * 3 && e.getValue() * 2 >= run.size()) {
                major = e.getKey();
            }
        }
        if (major == null || major == EntityType.PAPER) {
            return;
        }
        boolean afterTitle = false;
        for (Item item : run) {
            Mention m = item.mention();
            if (m != null && m.type() == EntityType.PAPER) {
                afterTitle = true;
                continue;
            }
            if (afterTitle && major == EntityType.PERSON) {
                continue; // "A. Lind, T. Berg, Title, Bird Sciences 7, 2016": after a citation's title comes its venue, no author
            }
            if (m == null) {
                String surface = TokenSpans.surface(text, tokens, item.from(), item.to());
                int from = tokens.get(item.from()).start();
                int to = tokens.get(item.to()).end();
                // "..., M. Plumbley, Real-time segmentation of ...": an item cut off inside a word is no name
                boolean cutInWord = item.to() + 1 < tokens.size() && tokens.get(item.to() + 1).start() == to
                        && gluedWord(tokens, item.to() + 1);
                // "..., S. Berg, CEC, 2005": capitals alone are an acronym (a venue, a method), not a person's name
                boolean acronymAsPerson = major == EntityType.PERSON && surface.length() <= 6 && surface.indexOf(' ') < 0
                        && surface.codePoints().noneMatch(Character::isLowerCase); // "ANA LIND" in capitals stays a name
                if (!markedByStructure(out, from, to) && !Lexicon.genericModel(surface) && !cutInWord && !acronymAsPerson) {
                    out.add(Mention.of(from, to, surface, major, 0.6, "pattern:list"));
                }
            } else if (weak(m) && m.type() != EntityType.PAPER && !m.finder().startsWith("structure:")) {
                // a title among a list of authors stays a paper: its words, not its neighbours, say what it is;
                // a guess the list confirms or corrects is the list's finding now
                int at = indexOf(out, m);
                if (at >= 0) {
                    out.set(at, new Mention(m.start(), m.end(), m.surface(), major, m.confidence(), "pattern:list",
                            m.kbId(), m.arxivId(), m.title()));
                }
            }
        }
    }

    /**
     * Two coordinated names of several words that share their first or their last word are siblings of one
     * line ("Quill Chat and Quill Voice", "Sales Bot, Service Bot"): when one is a model, so is the other.
     */
    private static void pairOfOneFamily(String text, List<Token> tokens, List<Item> run, List<Mention> out) {
        Item a = run.get(0);
        Item b = run.get(1);
        Item known = a.mention() != null ? a : b;
        Item other = known == a ? b : a;
        if (other.mention() != null || known.mention() == null || known.mention().type() != EntityType.MODEL
                || known.mention().confidence() < 0.7) {
            return;
        }
        String[] k = known.mention().surface().split(" ");
        String surface = TokenSpans.surface(text, tokens, other.from(), other.to());
        String[] o = surface.split(" ");
        if (k.length < 2 || o.length < 2 || k.length > 3 || o.length > 3
                || !(shared(k[0], o[0]) || shared(k[k.length - 1], o[o.length - 1]))
                || Lexicon.genericModel(surface)) {
            return;
        }
        int from = tokens.get(other.from()).start();
        int to = tokens.get(other.to()).end();
        if (!markedByStructure(out, from, to)) {
            out.add(Mention.of(from, to, surface, EntityType.MODEL, 0.6, "pattern:list"));
        }
    }

    /** Words after which two names joined by "and" are places, methods or products as often as people. */
    private static final Set<String> NOT_BEFORE_PEOPLE = Set.of("the", "from", "between", "of", "in", "at", "on", "to",
            "near", "into", "covered", "compared", "comparing", "using", "use", "uses", "used", "via", "visited", "a", "an");

    /**
     * A person's name as written in prose: two or three capitalized words ("Ana Lind", "Mei-Ling Okafor Berg"), or
     * initials and a surname ("R. Lind").
     */
    private static final java.util.regex.Pattern PERSON_SHAPE = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?){1,2}"
                    // or initials and a surname, as citations write authors: "R. Lind", "L.M.C. Berg"
                    + "|(?:\\p{Lu}\\.\\s?){1,4}\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?");

    /** A name that opens with an initial: a person's as citations write it, never a place's ("in R. Quist and ..."). */
    private static final java.util.regex.Pattern INITIALED = java.util.regex.Pattern.compile("\\p{Lu}\\.");

    /**
     * "Thanks to Ana Lind, Per Lindqvist and Ragnhild Saether": a list of three or more whose only found names are people,
     * one of them found firmly, makes each other item a person when it is shaped as a person's name (two or three
     * capitalized words, none a common word, a place's article or an institution's word), as {@link #pairOfPeople} does
     * for two. True when it typed the list.
     */
    private static boolean peopleAmongNames(String text, List<Token> tokens, List<Item> run, List<Mention> out) {
        boolean firm = false;
        for (Item item : run) {
            Mention m = item.mention();
            if (m != null && m.type() != EntityType.PERSON) {
                return false;
            }
            firm |= m != null && m.confidence() >= 0.7 && !weak(m);
        }
        if (!firm) {
            return false;
        }
        List<Item> unnamed = run.stream().filter(item -> item.mention() == null).toList();
        if (unnamed.isEmpty()) {
            return false;
        }
        for (Item item : unnamed) {
            if (!personShaped(TokenSpans.surface(text, tokens, item.from(), item.to()))) {
                return false;
            }
        }
        for (Item item : unnamed) {
            int from = tokens.get(item.from()).start();
            int to = tokens.get(item.to()).end();
            if (!markedByStructure(out, from, to)) {
                out.add(Mention.of(from, to, TokenSpans.surface(text, tokens, item.from(), item.to()), EntityType.PERSON, 0.6,
                        "pattern:list"));
            }
        }
        return true;
    }

    /**
     * Whether an unnamed item reads as a person's name: two or three capitalized words (or initials and a surname), no
     * place's article first ("San Remo"), no common word, institution noun or field among them ("Harbor Labs", "Speech
     * Processing").
     */
    private static boolean personShaped(String surface) {
        if (!PERSON_SHAPE.matcher(surface).matches() || PersonFinder.PLACE_ARTICLES.contains(surface.split(" ")[0])) {
            return false;
        }
        for (String w : surface.split(" ")) {
            if (Lexicon.notAName(w) || InstitutionWords.bundled().head(w) || InstitutionWords.bundled().field(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Zora Quist and Ana Lind": a name shaped like a person's joined by "and" to a person is a person too, whatever
     * their given name (the finders know "Ana" but not every name). Not across a comma, where the pair may close a
     * longer list of other things.
     */
    private static void pairOfPeople(String text, List<Token> tokens, List<Item> run, List<Mention> out) {
        Item a = run.get(0);
        Item b = run.get(1);
        Item known = a.mention() != null ? a : b;
        Item other = known == a ? b : a;
        if (other.mention() != null || known.mention() == null || known.mention().type() != EntityType.PERSON
                || known.mention().confidence() < 0.7 || weak(known.mention()) || b.from() != a.to() + 2
                || !(tokens.get(a.to() + 1).text().equals("and") || tokens.get(a.to() + 1).text().equals("&"))) {
            return;
        }
        String surface = TokenSpans.surface(text, tokens, other.from(), other.to());
        if (!personShaped(surface) || other == a && a.from() > 0 && !INITIALED.matcher(surface).lookingAt()
                && NOT_BEFORE_PEOPLE.contains(tokens.get(a.from() - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return; // "from Monte Rosa and Ana Lind", "between Green Park and Tomas Berg", "the Apache Spark and ..."
        }
        int from = tokens.get(other.from()).start();
        int to = tokens.get(other.to()).end();
        if (!markedByStructure(out, from, to)) {
            out.add(Mention.of(from, to, surface, EntityType.PERSON, 0.6, "pattern:list"));
        }
    }

    /** What the document's structure marked (a citation's author) is not a list's to retype or split. */
    private static boolean markedByStructure(List<Mention> mentions, int from, int to) {
        return mentions.stream().anyMatch(o -> o.finder().startsWith("structure:") && o.start() < to && from < o.end()
                || inTitle(o, from, to));
    }

    /** Whether {@code [from, to)} is words of a paper's title (of the title inside a link whose text is a whole entry). */
    private static boolean inTitle(Mention o, int from, int to) {
        if (o.type() != EntityType.PAPER || o.title() == null) {
            return false;
        }
        int[] title = o.titleSpan();
        return title[0] < to && from < title[1];
    }

    private static boolean shared(String a, String b) {
        return a.equals(b) && a.length() >= 2 && Character.isUpperCase(a.charAt(0))
                && a.chars().allMatch(Character::isLetterOrDigit);
    }

    /** Position of this very mention (records are equal by value; the last-added copy is the one to change). */
    private static int indexOf(List<Mention> out, Mention m) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k) == m) {
                return k;
            }
        }
        return -1;
    }

    /** Typed by shape, by the learned finder, or by a dictionary name that is also an ordinary word. */
    private static boolean weak(Mention m) {
        return m.finder().equals("pattern:model-shape") || m.finder().equals("statistical")
                || (m.finder().equals("dictionary") && m.confidence() < 0.9);
    }
}
