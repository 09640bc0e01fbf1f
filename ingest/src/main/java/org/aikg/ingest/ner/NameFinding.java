package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Combines the finders into one set of non-overlapping mentions per document.
 *
 * <p>Per sentence, candidates compete by score (confidence, with a bonus for knowledge-base matches, then
 * length); the winner of each overlap stays. Papers named by arXiv links do not compete: a link reading
 * "Mikolov's paper" names a paper and still holds the person "Mikolov". Then, per document, names found
 * with some certainty are looked for again everywhere in the document (the learned finder may see
 * "RevGNN" once and miss it twice), and people's surnames and unique given names are linked back to them.
 *
 * <p>Thread-safety: immutable if its finders are.
 */
public final class NameFinding {
    private final List<MentionFinder> finders;
    private final double minConfidence;

    private final Plausibility plausibility;
    /** The cue finders among the finders whose cues read the types of names found before them. */
    private final List<CueFinder> typedCues;

    public NameFinding(List<MentionFinder> finders, double minConfidence) {
        this(finders, minConfidence, Plausibility.bundled());
    }

    /** @param plausibility the last filter on every mention, or null for none (to measure the finders alone) */
    public NameFinding(List<MentionFinder> finders, double minConfidence, Plausibility plausibility) {
        this.finders = List.copyOf(finders);
        this.minConfidence = minConfidence;
        this.plausibility = plausibility;
        this.typedCues = this.finders.stream().filter(CueFinder.class::isInstance).map(CueFinder.class::cast)
                .filter(CueFinder::readsFoundNames).toList();
    }

    /** The standard line-up: dictionary, arXiv, titles, references, structure, repository ids, model ids, people, organizations, models, cues, title subjects, learned finder. */
    public static NameFinding standard(KnowledgeBase kb, MentionFinder statistical) {
        List<MentionFinder> all = new ArrayList<>(List.of(new DictionaryFinder(kb), new ArxivFinder(),
                new PaperTitleFinder(), new ReferenceFinder(kb::isFirstName, kb::namesNonPerson), new StructureFinder(), new HubIdFinder(kb), new ModelIdFinder(), new ModelSectionFinder(), new PersonFinder(kb), new OrganizationFinder(kb), new ModelFinder(), CueFinder.bundled(), TitleSubjectFinder.bundled()));
        if (statistical != null) {
            all.add(statistical);
        }
        return new NameFinding(all, 0.5);
    }

    /** The finders, in the order they run. */
    public List<MentionFinder> finders() {
        return finders;
    }

    /** All mentions in the document, sorted by start offset. */
    public List<Mention> find(AnnotatedDocument document) {
        List<Mention> result = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Mention> candidates = new ArrayList<>();
            for (MentionFinder f : finders) {
                candidates.addAll(f.find(document, sentence));
            }
            List<Mention> resolved = resolveOverlaps(candidates);
            // cues that read the names found so far ("<organization> launches X") type what is left
            List<Mention> around = new ArrayList<>();
            for (CueFinder c : typedCues) {
                around.addAll(c.findAround(document, sentence, resolved));
            }
            if (!around.isEmpty()) {
                candidates.addAll(around);
                resolved = resolveOverlaps(candidates);
            }
            result.addAll(ListTyping.apply(document.text(), sentence, resolved));
        }
        result = ListTyping.applyToListItems(document, result);
        result = oneTypePerName(document.text(), result);
        result = withGenerations(document.text(), result);
        result = withLeadingInitial(document.text(), result);
        List<Mention> copies = propagate(document, result);
        result.addAll(copies);
        result.addAll(cuesAroundCopies(document, result, copies));
        result = withoutDescriptivePrefixes(result);
        result = accountsOfNamedOrganizations(result);
        result.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return plausibility == null ? result : plausibility.filter(document, result);
    }

    /**
     * An initial and its period right before a person's given name: "F. Mateo Serrano" (the finders read from the given name).
     * On the same line, after no hyphen: a letter that ends a line or a code ("...;2-F.") closes what came before.
     */
    private static final java.util.regex.Pattern LEADING_INITIAL = java.util.regex.Pattern.compile("(?<![\\p{L}\\d.\\-])\\p{Lu}\\.[ \u00A0]$");

    /** Each person's name of two words or more right after an initial, with the initial in it. */
    static List<Mention> withLeadingInitial(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.surface().indexOf(' ') <= 0 || !Character.isUpperCase(m.surface().charAt(0))
                    || m.surface().charAt(1) == '.') {
                out.add(m);
                continue;
            }
            java.util.regex.Matcher g = LEADING_INITIAL.matcher(text).region(Math.max(0, m.start() - 4), m.start());
            if (!g.find() || !aloneIn(mentions, m, g.start(), m.start())) {
                out.add(m);
                continue;
            }
            String initial = text.substring(g.start(), m.start());
            out.add(new Mention(g.start(), m.end(), initial + m.surface(), m.type(), m.confidence(), m.finder(), m.kbId(),
                    m.arxivId(), m.title() == null ? null : initial + m.title()));
        }
        return out;
    }

    /** What follows a surname cited in the text: "et al.", a co-author, the year ("Lind 2012", "Lind & Berg (2012)"). */
    private static final java.util.regex.Pattern CITED_AFTER = java.util.regex.Pattern.compile(
            "(?:\\s+et\\s+al\\.?)?(?:\\s*(?:&|and)\\s*\\p{Lu}[\\p{L}'’-]+)?,?\\s*[(\\[]?(?:19|20)\\d{2}\\b");

    /** A generation written after a person's surname, which belongs to the name: "Frank Lind III", "Tomas Berg, Jr.". */
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile(
            // a comma only before "Jr"/"Sr" ("Ana Lind, II by Tomas Berg" counts phases, "Mei Okafor, IV nurse" is a role)
            "(?:,?\\s(?:Jr\\.?|Sr\\.?)|\\s(?:II|III|IV))(?![\\p{L}\\d])");

    /** Each person's name that a generation follows, with the generation in it (the finders stop at the surname). */
    static List<Mention> withGenerations(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        List<Mention> dropped = new ArrayList<>();
        for (Mention m : mentions) {
            java.util.regex.Matcher g = m.type() == EntityType.PERSON
                    ? GENERATION.matcher(text).region(m.end(), text.length()) : null;
            if (g == null || !g.lookingAt()) {
                out.add(m);
                continue;
            }
            int end = g.end();
            // "Jr" a list took for a name of its own gives way; any other name there keeps the person as found
            List<Mention> inside = mentions.stream().filter(o -> o != m && o.start() >= m.end() && o.end() <= end
                    && WEAK_GENERATION_FINDERS.contains(o.finder())).toList();
            List<Mention> others = mentions.stream().filter(o -> inside.stream().noneMatch(i -> i == o)).toList();
            if (!aloneIn(others, m, m.end(), end)) {
                out.add(m);
                continue;
            }
            dropped.addAll(inside);
            String generation = text.substring(m.end(), end);
            out.add(new Mention(m.start(), end, m.surface() + generation, m.type(), m.confidence(), m.finder(), m.kbId(),
                    m.arxivId(), m.title() == null ? null : m.title() + generation.replace(",", "")));
        }
        out.removeIf(x -> dropped.stream().anyMatch(d -> d == x));
        return out;
    }

    /** Whether no mention but {@code m} itself overlaps {@code [from, to)}. */
    private static boolean aloneIn(List<Mention> mentions, Mention m, int from, int to) {
        return mentions.stream().allMatch(o -> o == m || o.end() <= from || o.start() >= to);
    }

    /** Finders whose one-word guess inside a generation ("Jr") gives way to the name it belongs to. */
    private static final Set<String> WEAK_GENERATION_FINDERS = Set.of("pattern:list", "statistical", "document");

    /**
     * What the cues that read found names type around the names found again ({@code copies}): "Kestrel builds on
     * Plover" names a model once "Kestrel" is known to be one, though this sentence's finders did not know it. A new
     * name never overlaps one found.
     */
    private List<Mention> cuesAroundCopies(AnnotatedDocument document, List<Mention> all, List<Mention> copies) {
        if (copies.isEmpty() || typedCues.isEmpty()) {
            return List.of();
        }
        List<Mention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Mention::start));
        List<Mention> added = new ArrayList<>();
        int ci = 0;
        int mi = 0;
        List<Mention> byStart = new ArrayList<>(copies);
        byStart.sort(Comparator.comparingInt(Mention::start));
        for (Sentence sentence : document.sentences()) {
            while (ci < byStart.size() && byStart.get(ci).start() < sentence.start()) {
                ci++;
            }
            if (ci >= byStart.size()) {
                break;
            }
            if (byStart.get(ci).start() >= sentence.end()) {
                continue;
            }
            while (mi < sorted.size() && sorted.get(mi).start() < sentence.start()) {
                mi++;
            }
            List<Mention> known = new ArrayList<>();
            for (int k = mi; k < sorted.size() && sorted.get(k).start() < sentence.end(); k++) {
                known.add(sorted.get(k));
            }
            for (CueFinder c : typedCues) {
                for (Mention m : c.findAround(document, sentence, known)) {
                    if (known.stream().noneMatch(m::overlaps) && added.stream().noneMatch(m::overlaps)) {
                        added.add(m);
                    }
                }
            }
        }
        return added;
    }

    /**
     * An account name in a repository id ("acme-labs/corvid-2") mentions its organization only when the
     * document also names the organization: the account alone is how the hub files the model, not the
     * document speaking of the company (its model is still found, and tied to a maker the document names).
     */
    private static List<Mention> accountsOfNamedOrganizations(List<Mention> mentions) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.kbId() != null && !m.finder().equals(HubIdFinder.OWNER)) {
                named.add(m.kbId());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.finder().equals(HubIdFinder.OWNER) || named.contains(m.kbId())) {
                out.add(m);
            }
        }
        return out;
    }

    List<Mention> resolveOverlaps(List<Mention> candidates) {
        List<Mention> links = new ArrayList<>();
        List<Mention> rest = new ArrayList<>();
        List<Mention> structure = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.finder().startsWith("structure:")) {
                structure.add(m);
            }
        }
        for (Mention m : candidates) {
            if (Names.key(m.surface()).isEmpty() && m.arxivId() == null) {
                continue;
            }
            if (m.finder().startsWith("structure:")) {
                links.add(m); // what the document's structure says a name is does not compete
            } else if (structure.stream().noneMatch(m::overlaps)) {
                (m.finder().equals("pattern:arxiv-link") ? links : rest).add(m);
            }
        }
        rest = agreed(rest);
        rest.sort(Comparator.comparingDouble(NameFinding::score).reversed().thenComparing(Mention::length,
                Comparator.reverseOrder()));
        List<Mention> kept = new ArrayList<>(links);
        List<Mention> blocking = new ArrayList<>();
        for (Mention m : rest) {
            if (m.confidence() < minConfidence) {
                continue;
            }
            List<Mention> clashes = blocking.stream().filter(m::overlaps).toList();
            if (!clashes.isEmpty()) {
                // a longer name that contains what won so far takes its place: "Temporal Fusion Transformer"
                // over "Transformer", "Google Brain" over "Google"
                // a paper title wins over the names inside it ("GraphCast: Learning ..."); the model a title
                // opens with comes back as a title-prefix mention
                boolean contains = clashes.stream().allMatch(k -> m.start() <= k.start() && k.end() <= m.end()
                        && m.length() > k.length() && (m.type() == k.type() || m.type() == EntityType.PAPER
                        || namesAround(m, k)));
                if (!contains || m.confidence() < 0.65 || (clashes.size() > 1 && !(m.finder().equals("pattern:reference-title")
                                && clashes.stream().allMatch(k -> k.type() == EntityType.MODEL)))
                        || (m.finder().equals("statistical") && m.confidence() < 0.75)) {
                    continue;
                }
                blocking.removeAll(clashes);
                kept.removeAll(clashes);
            }
            if (m.type() == EntityType.PAPER && m.arxivId() == null) {
                // a title inside an arXiv link is that linked paper: give the link the title
                Mention link = links.stream().filter(m::overlaps).findFirst().orElse(null);
                if (link != null) {
                    // a title read in a reference entry beats a link text that holds the whole entry
                    if (link.title() == null || m.finder().equals("pattern:reference-title")
                            && link.title().length() > m.surface().length() && link.title().contains(m.surface())) {
                        kept.remove(link);
                        kept.add(new Mention(link.start(), link.end(), link.surface(), link.type(), link.confidence(),
                                link.finder(), link.kbId(), link.arxivId(), m.surface()));
                    }
                    blocking.add(m);
                    continue;
                }
            }
            kept.add(m);
            blocking.add(m);
        }
        List<Mention> out = attachTitle(kept);
        out.addAll(titlePrefixModels(out));
        return out;
    }

    private static final java.util.regex.Pattern TITLE_PREFIX = java.util.regex.Pattern.compile(
            "^([\\p{L}\\d][\\p{L}\\d.·'’+-]*(?: [\\p{L}\\d][\\p{L}\\d.·'’+-]*){0,2}?)(?::\\s+\\S|"
            + " (?i:technical report|tech report|model card|system card)$)");
    /** A title whose rest says it presents a benchmark, a dataset or an evaluation, not a model. */
    private static final java.util.regex.Pattern DATA_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:benchmark(?:s|ing)?|dataset|data set|corpus|test ?bed|leaderboard|evaluat(?:e|es|ing|ion)|how (?:good|well|far)"
                    + "|suite of tasks|arena)\\b");

    /** Words that make a title's opening a kind of writing, not a model: "Visual Paper Summary: ...". */
    private static final java.util.Set<String> NOT_MODEL_WORDS = java.util.Set.of("paper", "papers", "summary",
            "review", "survey", "guide", "tutorial", "notes", "primer", "overview", "introduction", "explained",
            "illustrated", "lecture", "lessons", "thoughts", "highlights", "recap", "digest", "newsletter", "issue",
            "description", "manual", "handbook", "documentation", "specification", "proposal", "report");

    /** A capitalized word of lower-case letters: a word of a title, not of a coined name. */
    private static final java.util.regex.Pattern PLAIN_TITLE_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Heads that make plain words a model's name ("Switch Transformers", "Neural Turing Machines"). */
    private static final java.util.Set<String> MODEL_HEADS = java.util.Set.of("transformer", "transformers", "net",
            "nets", "network", "networks", "machine", "machines", "model", "models", "diffusion", "former", "mixer",
            "agent", "encoder", "decoder", "autoencoder", "gan");

    /** A word of small letters alone: a word of a title written in sentence case. */
    private static final java.util.regex.Pattern SMALL_WORD = java.util.regex.Pattern.compile("\\p{Ll}+");

    /**
     * "Robust Sparse Partitioning: A Framework for ...", "Bootstrap confidence bands: a guide": plain capitalized
     * words, or one and then words of small letters, none coined (no digit, no inner capital, no acronym) and no
     * model's head noun, describe a method; a model's name is coined ("Corvid", "WrenNet", "Heron-2") or ends in
     * what it is ("Sparse Gated Transformer").
     */
    static boolean describes(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || !PLAIN_TITLE_WORD.matcher(words[0]).matches()
                || MODEL_HEADS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean titleCase = java.util.Arrays.stream(words).allMatch(w -> PLAIN_TITLE_WORD.matcher(w).matches());
        boolean sentenceCase = java.util.Arrays.stream(words).skip(1).allMatch(w -> SMALL_WORD.matcher(w).matches());
        return titleCase || sentenceCase;
    }

    /**
     * {@code mentions} without the models a title's opening gave ({@link #titlePrefixModels}) that only describe a
     * method ({@link #describes}), unless the document names one of their words as a model elsewhere ("the Heron
     * model" ... "Heron Hierarchy: ...").
     */
    private static List<Mention> withoutDescriptivePrefixes(List<Mention> mentions) {
        java.util.Set<String> models = new java.util.HashSet<>();
        for (Mention m : mentions) {
            // the prefix's own copies over the document are no other evidence that it names a model
            if (m.type() == EntityType.MODEL && !m.finder().equals("pattern:title-prefix") && !m.finder().equals(COPY)) {
                models.add(m.surface());
            }
        }
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.finder().equals("pattern:title-prefix") && describes(m.surface()) && !models.contains(m.surface())
                    && java.util.Arrays.stream(m.surface().split(" ")).noneMatch(models::contains)) {
                dropped.add(m.surface());
            }
        }
        if (dropped.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            // the prefix goes, and so do its copies elsewhere in the document
            if (!(m.type() == EntityType.MODEL && dropped.contains(m.surface())
                    && (m.finder().equals("pattern:title-prefix") || m.finder().equals(COPY)))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether {@code m}, of another type than the known name {@code k} inside it, is a name built around it: a given
     * name right before a word the dictionary knows is a person's name ("Ada Watson", "Tomas Tesla": the known word
     * is the surname; not "Ada Lind Twitter", nor "Claude Lind"), and an institution's name may open with a word the
     * dictionary knows as something else ("the Corvid Institute of Speech").
     */
    private static boolean namesAround(Mention m, Mention k) {
        if (k.kbId() == null) {
            return false;
        }
        if (m.finder().equals("pattern:given-name")) {
            return k.end() == m.end() && k.start() > m.start() && m.surface().indexOf(' ') == k.start() - m.start() - 1;
        }
        return m.finder().equals("pattern:university-of") && k.start() == m.start() && k.end() < m.end();
    }

    /** "Releasing X: ...", "Scaling Y: ...": a title opening with a gerund describes an act, not a name. */
    private static boolean isGerund(String lowerWord) {
        return lowerWord.length() > 5 && lowerWord.endsWith("ing") && lowerWord.chars().allMatch(Character::isLetter);
    }

    private static final java.util.regex.Pattern TITLE_PREFIX_AND = java.util.regex.Pattern.compile(" (?:and|&) ");

    private static final java.util.Set<String> NOT_MODEL_PREFIXES = java.util.Set.of("a", "an", "the", "on", "towards",
            "toward", "why", "how", "what", "when", "beyond", "rethinking", "revisiting", "review", "survey",
            "part", "chapter", "appendix", "note", "paper", "abstract", "introduction", "update", "correction");

    /**
     * "BlobGAN: Spatially Disentangled Scene Representations": a title that opens with a name and a colon
     * names the model the paper introduces, as does "Corvid-2 Technical Report" (or model card, system
     * card). The name is a mention of its own, inside the title.
     */
    private static List<Mention> titlePrefixModels(List<Mention> kept) {
        List<Mention> added = new ArrayList<>();
        for (Mention p : kept) {
            if (p.type() != EntityType.PAPER) {
                continue;
            }
            String title = p.title() != null ? p.title() : p.surface();
            java.util.regex.Matcher m = TITLE_PREFIX.matcher(title);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            if (DATA_TITLE.matcher(title.substring(Math.min(title.length(), m.end(1)))).find()) {
                continue; // "Corvid-Bench: A Benchmark for ...": the name is a benchmark's or a dataset's
            }
            String first = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            int at = p.surface().indexOf(name);
            if (at < 0 || NOT_MODEL_PREFIXES.contains(first) || !Names.hasUpper(name) || Lexicon.genericModel(name)
                    || isGerund(first) || java.util.Arrays.stream(name.toLowerCase(java.util.Locale.ROOT).split(" "))
                            .anyMatch(NOT_MODEL_WORDS::contains)
                    || name.split(" ").length > 1 && !name.chars().anyMatch(Character::isDigit)
                    && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.length() > 12) {
                continue;
            }
            // "Corvid and Finch: Open Weights for ...": a title may open with two names, each a model of its own
            int from = 0;
            java.util.regex.Matcher and = TITLE_PREFIX_AND.matcher(name);
            while (true) {
                boolean more = and.find();
                int to = more ? and.start() : name.length();
                String part = name.substring(from, to);
                if (!part.isBlank() && Names.hasUpper(part)) {
                    added.add(Mention.of(p.start() + at + from, p.start() + at + to, part, EntityType.MODEL, 0.75,
                            "pattern:title-prefix"));
                }
                if (!more) {
                    break;
                }
                from = and.end();
            }
        }
        return added;
    }

    /**
     * A reference entry or list item with one paper title and one arXiv link that reads as no title
     * ("Title. https://arxiv.org/abs/...") links that title: the link takes it, so both are one paper.
     */
    private static List<Mention> attachTitle(List<Mention> kept) {
        List<Mention> links = kept.stream().filter(m -> m.finder().startsWith("pattern:arxiv") && m.title() == null).toList();
        List<Mention> titles = kept.stream().filter(m -> m.type() == EntityType.PAPER && m.arxivId() == null
                && !m.finder().startsWith("pattern:arxiv")).toList();
        if (links.size() != 1 || titles.size() != 1) {
            return kept;
        }
        Mention link = links.get(0);
        List<Mention> out = new ArrayList<>(kept);
        out.set(out.indexOf(link), new Mention(link.start(), link.end(), link.surface(), link.type(), link.confidence(),
                link.finder(), link.kbId(), link.arxivId(), Names.clean(titles.get(0).surface())));
        return out;
    }

    /** Finders that guess from a word's shape or from statistics. */
    private static final java.util.Set<String> GUESSES = java.util.Set.of("statistical", "pattern:model-shape",
            "pattern:appositive");

    /**
     * When a guessing finder and a finder of another kind find the very same name with the same type, the
     * guess keeps its certainty but is credited to the other finder: two kinds of evidence agree, and the
     * name must not later count as a lone guess ("Kestrel Institute" by its suffix and by the learned finder).
     */
    private static List<Mention> agreed(List<Mention> candidates) {
        Map<String, Mention> firm = new HashMap<>();
        for (Mention m : candidates) {
            if (!GUESSES.contains(m.finder())) {
                firm.putIfAbsent(m.start() + ":" + m.end() + ":" + m.type(), m);
            }
        }
        if (firm.isEmpty()) {
            return candidates;
        }
        List<Mention> out = new ArrayList<>(candidates.size());
        for (Mention m : candidates) {
            Mention other = GUESSES.contains(m.finder()) ? firm.get(m.start() + ":" + m.end() + ":" + m.type()) : null;
            out.add(other == null ? m : new Mention(m.start(), m.end(), m.surface(), m.type(), m.confidence(),
                    other.finder(), m.kbId() != null ? m.kbId() : other.kbId(), m.arxivId(), m.title()));
        }
        return out;
    }

    private static double score(Mention m) {
        return m.confidence() + (m.kbId() != null ? 0.2 : 0) + Math.min(m.length(), 40) / 1000.0;
    }

    /**
     * Finders whose type for a name is a guess from its shape, its statistics or its list ({@link #GUESSES} and lists):
     * words around a name that say what it is ("was founded", "hired") are no guess of its type.
     */
    private static final Set<String> WEAK_TYPES = java.util.stream.Stream.concat(GUESSES.stream(),
            java.util.stream.Stream.of("pattern:list", NameFinding.COPY)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * One name, one thing, within a document: where the dictionary or a firm finder (a title, a cue, a name's shape of
     * an institution) types a name at 0.7 or more, and only one way, a guess of the same name is that name again: typed
     * otherwise, it is retyped ("Wrenfold - sequence search with profile HMMs" titles a model, so a guess that "Wrenfold"
     * of "download Wrenfold releases" is a company's name is wrong), as a copy (which the checks on guesses and on names written as code read as
     * such). A guessed model written as a firm model's name and a version ("Wrenfold 2.1", "WRENFOLD3") is a version of that
     * model ({@link #VERSION}). Papers keep their type: a title may open with a model's name.
     */
    static List<Mention> oneTypePerName(String text, List<Mention> mentions) {
        Map<String, EntityType> firm = new HashMap<>();
        Map<String, String> firmIds = new HashMap<>();
        Set<String> torn = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PAPER && (m.kbId() != null || !WEAK_TYPES.contains(m.finder()) && m.confidence() >= 0.7)) {
                EntityType was = firm.putIfAbsent(m.surface(), m.type());
                if (was != null && was != m.type()) {
                    torn.add(m.surface());
                }
                if (m.kbId() != null) {
                    firmIds.putIfAbsent(m.surface(), m.kbId());
                }
            }
        }
        firm.keySet().removeAll(torn);
        // a model's versions follow whatever names it as surely as the copies do (NameFinding.propagate), guesses too
        Map<String, EntityType> models = new HashMap<>(firm);
        Map<String, Integer> times = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.MODEL && m.confidence() >= 0.55 && !m.finder().equals(COPY) && !torn.contains(m.surface())
                    && (m.confidence() >= 0.7 || times.merge(m.surface(), 1, Integer::sum) >= 2)) {
                models.putIfAbsent(m.surface(), EntityType.MODEL); // once surely or twice at a middling certainty
            }
        }
        if (models.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == EntityType.PAPER || m.kbId() != null || !WEAK_TYPES.contains(m.finder())) {
                out.add(m);
                continue;
            }
            EntityType type = firm.get(m.surface());
            if (type != null && type != m.type()) {
                out.add(new Mention(m.start(), m.end(), m.surface(), type, Math.max(m.confidence(), 0.6), COPY,
                        firmIds.get(m.surface()), null, null));
                continue;
            }
            if (type != null || m.type() != EntityType.MODEL) {
                out.add(m);
                continue;
            }
            String family = models.containsKey(m.surface()) ? family(m.surface()) : null;
            if (family != null && versionAfter(text, m.start() + family.length()) == m.end()) {
                // "Wrenfold 2.1" guessed twice: the document names that version of its model, as its copies will the family
                out.add(new Mention(m.start(), m.end(), m.surface(), EntityType.MODEL, m.confidence(), VERSION, null, null, null));
                continue;
            }
            int end = versionEnd(text, m, models);
            out.add(end > 0 ? new Mention(m.start(), end, text.substring(m.start(), end), EntityType.MODEL,
                    Math.max(m.confidence(), 0.6), VERSION, null, null, null) : m);
        }
        return out;
    }

    /**
     * Where the version ends that guess {@code m} writes after a model's name the document types firmly ("Wrenfold 2.1",
     * also when the guess stopped short of it: "Wrenfold 2" of "Wrenfold 2.1"), or -1.
     */
    private static int versionEnd(String text, Mention m, Map<String, EntityType> firm) {
        String surface = m.surface();
        for (int i = 1; i < surface.length(); i++) {
            boolean cut = surface.charAt(i) == ' ' || Character.isDigit(surface.charAt(i)) && Character.isLetter(surface.charAt(i - 1));
            if (cut && firm.get(surface.substring(0, i)) == EntityType.MODEL) {
                int end = versionAfter(text, m.start() + i);
                if (end >= m.end()) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** The finder of a version of a model the document names firmly ("Wrenfold 2.1" after "Wrenfold"). */
    static final String VERSION = "document:version";

    /** The finder of a name's copies: the places the document names again what was found with some certainty. */
    static final String COPY = "document";

    /** Finds again, everywhere in the document, the names already found with some certainty. */
    private List<Mention> propagate(AnnotatedDocument document, List<Mention> found) {
        Map<String, Mention> names = new LinkedHashMap<>();
        Map<String, List<Mention>> givenNames = new HashMap<>();
        // a name the finders agree on twice, each time with a middling certainty, is as sure as one found once
        // with a high one ("Brightloom, a speech startup, ..." then "the startup Brightloom ...")
        Map<String, Integer> timesFound = new HashMap<>();
        for (Mention m : found) {
            if (m.type() != EntityType.PAPER && m.confidence() >= 0.55 && !m.finder().startsWith("pattern:arxiv")) {
                timesFound.merge(m.surface() + "\u0000" + m.type(), 1, Integer::sum);
            }
        }
        for (Mention m : found) {
            if (m.type() == EntityType.PAPER) {
                // a title seen once is the same paper wherever it is written out again (e.g. a section heading)
                String title = m.title() != null ? m.title() : m.surface();
                if (title.split("\\s+").length >= 3 && m.confidence() >= 0.7) {
                    names.putIfAbsent(title, m);
                }
                continue;
            }
            if (m.finder().startsWith("pattern:arxiv") || m.surface().length() < 2 || m.confidence() < 0.7
                    && (m.confidence() < 0.55 || timesFound.getOrDefault(m.surface() + "\u0000" + m.type(), 0) < 2)) {
                continue;
            }
            names.putIfAbsent(m.surface(), m);
            String family = m.type() == EntityType.MODEL && m.kbId() == null ? family(m.surface()) : null;
            if (family != null) {
                // "Wren 1.2" named, "Wren" is the same line of models wherever the text drops the version
                names.putIfAbsent(family, Mention.of(m.start(), m.end(), family, EntityType.MODEL, m.confidence(),
                        m.finder()));
            }
            if (m.type() == EntityType.PERSON) {
                String[] parts = m.surface().split("\\s+");
                if (parts.length >= 2 && parts[parts.length - 1].length() > 2) {
                    names.putIfAbsent(parts[parts.length - 1], m);
                    givenNames.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(m);
                }
            }
        }
        givenNames.forEach((given, people) -> {
            if (people.stream().map(Mention::surface).distinct().count() == 1) {
                names.putIfAbsent(given, people.get(0));
            }
        });
        List<Mention> added = new ArrayList<>();
        if (names.isEmpty()) {
            return added;
        }
        String text = document.text();
        Coverage taken = new Coverage();
        for (Mention t : found) {
            if (!t.finder().equals("pattern:arxiv-link")) {
                taken.add(t.start(), t.end());
            }
        }
        // a project that names itself in lower case ("quillnet") is that name wherever the text writes it
        Set<String> lowerNames = new HashSet<>();
        found.stream().filter(m -> m.finder().equals(TitleSubjectFinder.FINDER) && Character.isLowerCase(m.surface().charAt(0)))
                .forEach(m -> lowerNames.add(m.surface()));
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).capitalized() && !Character.isDigit(tokens.get(i).text().charAt(0))
                        && !lowerNames.contains(tokens.get(i).text())) {
                    continue;
                }
                Mention best = null;
                int bestTo = -1;
                for (int j = i; j < tokens.size() && j < i + 40; j++) {
                    if (j > i && !TokenSpans.continues(text, tokens, j)) {
                        break;
                    }
                    Mention known = names.get(TokenSpans.surface(text, tokens, i, j));
                    if (known != null) {
                        best = known;
                        bestTo = j;
                    }
                }
                if (best == null) {
                    continue;
                }
                if (best.type() == EntityType.PERSON && i > 0
                        && PersonFinder.PLACE_ARTICLES.contains(tokens.get(i - 1).text())) {
                    continue; // "Francisco" is a person's given name, "San Francisco" a city
                }
                if (best.finder().equals("pattern:reference-surname")
                        && !CITED_AFTER.matcher(text).region(tokens.get(bestTo).end(), text.length()).lookingAt()) {
                    continue; // a surname that signs a reference is the author where it is cited ("Lind (2012)"); elsewhere
                              // the word may be a company's or a place's
                }
                int versionEnd = best.type() == EntityType.MODEL && best.kbId() == null ? versionAfter(text, tokens.get(bestTo).end()) : -1;
                if (versionEnd > 0) {
                    // "Wrenfold 2.1", "Wrenfold v3", "WRENFOLD3": a version of the model named before, a model of its own
                    while (bestTo + 1 < tokens.size() && tokens.get(bestTo + 1).end() <= versionEnd) {
                        bestTo++;
                    }
                }
                boolean versioned = versionEnd > 0 && tokens.get(bestTo).end() == versionEnd;
                int from = tokens.get(i).start();
                int to = tokens.get(bestTo).end();
                if (best.type() == EntityType.MODEL && (to < text.length() && Character.isLetterOrDigit(text.charAt(to))
                        || DictionaryFinder.inPath(text, from, to) && !alternative(text, to))) {
                    continue; // "Wrenfold3/docs/", "Wrenfold.json": a folder or a file named after the model, not the model
                }
                if (bestTo + 1 < tokens.size() && longerName(text, tokens, bestTo + 1)) {
                    continue; // "Quill" found alone is not "Quill" in "Quill Voice", a longer name of its own
                }
                if (best.type() == EntityType.PERSON && i == bestTo && !best.surface().equals(tokens.get(i).text())
                        && i > 0 && TokenSpans.continues(text, tokens, i) && tokens.get(i - 1).capitalized()
                        && TokenSpans.wordy(tokens.get(i - 1)) && !Lexicon.notAName(tokens.get(i - 1).text())
                        && !PersonFinder.TITLES.contains(tokens.get(i - 1).text())) {
                    continue; // "Tomas Berg" named, "Mei Berg" is someone else, not "Berg" again
                }
                if (lowerNames.contains(best.surface()) && (gluedTo(text, tokens.get(i).start() - 1, -1)
                        || gluedTo(text, tokens.get(bestTo).end(), 1)
                        || i > 0 && DETERMINERS.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT)))) {
                    continue; // "quillnet_train.py", "~/quillnet/", "each file": a path, a file or a word, not the project
                }
                if ((best.type() == EntityType.PERSON || lowerNames.contains(best.surface())) && (hyphenedTo(text, tokens.get(i).start() - 1, -1)
                        || hyphenedTo(text, tokens.get(bestTo).end(), 1))) {
                    continue; // "Sophia-Antipolis", "quillnet-server": part of a hyphened word is no person (or project) named elsewhere
                }
                Mention m = versioned
                        ? Mention.of(tokens.get(i).start(), tokens.get(bestTo).end(), TokenSpans.surface(text, tokens, i, bestTo),
                                EntityType.MODEL, 0.6, VERSION)
                        : new Mention(tokens.get(i).start(), tokens.get(bestTo).end(),
                        TokenSpans.surface(text, tokens, i, bestTo), best.type(), 0.6, COPY, best.kbId(),
                        best.arxivId(), best.title());
                if (!taken.overlaps(m.start(), m.end())) {
                    added.add(m);
                    taken.add(m.start(), m.end());
                    i = bestTo;
                }
            }
        }
        return added;
    }

    /**
     * A version written after a model's name ending at {@code at}: glued on ("3", "2.1") or after a space ("2.1", "v3",
     * "v2.5"; a bare " 2" may be a count: "Wren 2 times"), not part of a path, a file name or a longer word ("wren3_db",
     * "Wren2.tar.gz"), not a patch release ("1.2.3"), and not a score, a size or a time ("Wren 84.3", "Wren 2.5 GB",
     * "Wren 10.5 hours": a major version above {@link #LARGEST_MAJOR}, or a unit or another number after it). Where it
     * ends, or -1.
     */
    static int versionAfter(String text, int at) {
        java.util.regex.Matcher v = VERSION_TAIL.matcher(text).region(at, Math.min(text.length(), at + 16));
        if (!v.lookingAt() || Integer.parseInt(v.group(1) != null ? v.group(1) : v.group(2) != null ? v.group(2) : v.group(3))
                > LARGEST_MAJOR) {
            return -1;
        }
        int end = v.end();
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || gluedTo(text, end, 1)
                || hyphenedTo(text, end, 1))) {
            return -1;
        }
        if (MEASURE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) {
            return -1;
        }
        return end;
    }

    /** The largest major version read as a model's version; a larger number after a name is a score or a count. */
    private static final int LARGEST_MAJOR = 20;

    private static final java.util.regex.Pattern VERSION_TAIL = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:\\.\\d{1,2})?|[ ](\\d{1,2})\\.\\d{1,2}|[ ]v(\\d{1,2})(?:\\.\\d{1,2})?");

    /** What makes the number before it a measure, not a version: a unit, a per cent sign, another number. */
    private static final java.util.regex.Pattern MEASURE_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:[\\d%×]|(?i:x|gb|mb|kb|tb|gib|mib|hours?|h|hrs?|minutes?|mins?|m|seconds?|secs?|s|ms|points?|pts|"
                    + "times|percent|fps|tokens?|days?|weeks?|months?|years?|epochs?|steps?|k|b)(?![\\p{L}\\d]))");

    /** Whether a slash and a capitalized word follow {@code at}: "OPTICS/OPTICSXi", two names, not a folder. */
    private static boolean alternative(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == '/' && Character.isUpperCase(text.charAt(at + 1));
    }

    /** Words before a common noun: a project's name in lower case after one of them is the word, not the name. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "each", "every", "any", "some", "no", "this",
            "these", "those", "another", "per", "slow", "fast");

    /** Whether a mark of a path or a file name ("_", ".", "/", "~") at {@code at} glues a letter or digit on its {@code side}. */
    private static boolean gluedTo(String text, int at, int side) {
        int next = at + side;
        return at >= 0 && at < text.length() && next >= 0 && next < text.length() && "_./~".indexOf(text.charAt(at)) >= 0
                && Character.isLetterOrDigit(text.charAt(next));
    }

    /** Whether a hyphen at {@code at} glues a letter on its {@code side} (-1 before it, 1 after it) to the word beside it. */
    private static boolean hyphenedTo(String text, int at, int side) {
        int next = at + side;
        return at >= 0 && at < text.length() && next >= 0 && next < text.length() && text.charAt(at) == '-'
                && Character.isLetter(text.charAt(next));
    }

    /** "Wren 1.2", "Wren-2", "Wren v3" → "Wren": a one-word name and a version number; null for any other. */
    static String family(String surface) {
        java.util.regex.Matcher v = VERSIONED.matcher(surface);
        if (!v.matches() || Lexicon.notAName(v.group(1))) {
            return null;
        }
        return v.group(1);
    }

    private static final java.util.regex.Pattern VERSIONED =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}{2,}(?:\\p{Lu}\\p{Ll}+)?)[ -]v?\\d+(?:\\.\\d+){0,2}");

    /** Whether token {@code j}, a capitalized word, runs on the name that ends before it. */
    private static boolean longerName(String text, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.capitalized() && t.text().length() > 1 && t.text().chars().allMatch(Character::isLetter)
                && TokenSpans.continues(text, tokens, j);
    }

    /** Character ranges already taken, kept as disjoint intervals so an overlap test is a log-time look-up. */
    private static final class Coverage {
        private final java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();

        boolean overlaps(int start, int end) {
            var e = spans.floorEntry(end - 1);
            return e != null && e.getValue() > start;
        }

        void add(int start, int end) {
            int s = start;
            int e = end;
            var before = spans.floorEntry(start);
            if (before != null && before.getValue() >= start) {
                s = before.getKey();
                e = Math.max(e, before.getValue());
            }
            var next = spans.ceilingEntry(s);
            while (next != null && next.getKey() <= e) {
                e = Math.max(e, next.getValue());
                spans.remove(next.getKey());
                next = spans.ceilingEntry(s);
            }
            spans.put(s, e);
        }
    }
}
