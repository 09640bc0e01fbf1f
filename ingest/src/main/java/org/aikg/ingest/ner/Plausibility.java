package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.DataFiles;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.ReferenceShape;
import org.aikg.ingest.read.ReferenceWords;

/**
 * The last word on a mention: it becomes an entity only when it is a plausible name of its type. Dropped:
 * <ul>
 *   <li>venues, media, licences (and names followed by "license"), and, as models, platforms,
 *       techniques, the named things of computing (hardware, units, formats, metrics), software frameworks
 *       and tools, and datasets and benchmarks: the lists of {@code implausible.yaml};</li>
 *   <li>numbers, years and sizes on their own ("2022", "22B", "3D");</li>
 *   <li>fragments: a span that starts or ends inside a word ("InstructPix2" of "InstructPix2Pix",
 *       "StarCoder" of "StarCoder2"), since the whole word names something else;</li>
 *   <li>in a Title Case line (a heading, a title), a name from a finder that relies on capitals, unless it
 *       has the shape of a name (a digit or an inner capital): every word of such a line is capitalized;</li>
 *   <li>a single ordinary word ("Role", "Team") that the same document also writes in lower case;</li>
 *   <li>a titled work right after a word that makes it a video, course, book or post, not a paper.</li>
 * </ul>
 * A paper title with an unclosed bracket ("Title [16") is cut before the bracket.
 *
 * <p>Thread-safety: immutable.
 */
public final class Plausibility {
    public static final String BUNDLED = "/org/aikg/ingest/ner/implausible.yaml";

    /** The lists of implausible.yaml, as written. */
    record Lists(List<String> venues, List<String> media, List<String> platforms, List<String> techniques,
                 List<String> computing, List<String> frameworks, List<String> datasets, List<String> licence_words,
                 List<String> licences, List<String> not_paper_cues, List<String> title_case_finders,
                 List<String> common_word_finders, List<String> tasks, List<String> model_name_ends,
                 List<String> model_name_starts,
                 List<String> model_context_words, List<String> code_nouns, List<String> towns,
                 List<String> person_roles, List<String> table_labels, List<String> countries,
                 List<String> languages, List<String> software_also_names, List<String> cloud_services,
                 List<String> placeholder_people, List<String> weight_formats, List<String> id_abbreviations,
                 List<String> not_given_before_particle, List<String> regions) {}

    private final Set<String> never = new HashSet<>();
    /** Abbreviations that take a number as a model's id does ("gen-2", "step-3"): {@code id_abbreviations}. */
    private final List<String> idAbbreviations;
    /**
     * Chips, formats, protocols and units ({@code computing}), less the words that end models' names ("GAN") and the
     * precisions and files a model's weights come in ("Corvid 7B GGUF" is a model's variant).
     */
    private final Set<String> computingWords = new HashSet<>();
    /** Finders that guess an organization from a name's shape or neighbours, not from what the text says of it. */
    private static final Set<String> WEAK_ORGANIZATION_FINDERS = Set.of("statistical", "pattern:list", "document",
            "pattern:org-context");
    /**
     * Software, formats and hardware that name no person, nor an organization a weak finder guessed: frameworks and
     * computing, less {@code software_also_names}.
     */
    private final Set<String> softwareWords = new HashSet<>();
    /** Licences alone: what a version after a name cannot make something else ("GPL-3"). */
    private final Set<String> licences = new HashSet<>();
    /** Towns whose names read as a person's ("Ann Arbor"). */
    private final Set<String> towns = new HashSet<>();
    private final Set<String> tableLabels = new HashSet<>();
    /**
     * Countries, regions and human languages: places and tongues, no organization or model is named by one alone
     * (people may be: "Jordan", "Minh Thai", so persons are not read against them).
     */
    private final Set<String> placesAndLanguages = new HashSet<>();
    /** A comma and a country, a state or a province that ends the phrase: what follows a town's name ("in Harbor, Ohio."). */
    private final Pattern townBefore;
    /** "in" or "near" before a town's name. */
    private static final Pattern IN_TOWN = Pattern.compile("\\b(?:[Ii]n|[Nn]ear)\\s+$");
    /** "Ana Lind (maintainer)": a person's role or area in parentheses, in a list of credits. */
    private final Pattern roleInParentheses;
    private final Set<String> notModels = new HashSet<>();
    private final Set<String> platforms = new HashSet<>();
    /** Datasets and benchmarks: no organization or person is named so. */
    private final Set<String> datasets = new HashSet<>();
    /** Cloud services that host and run models: neither a model nor the company that runs them. */
    private final Set<String> cloudServices = new HashSet<>();
    /** The services' names as written, longest first: to tell "Amazon" from the "Amazon" that opens "Amazon Bedrock". */
    private final Pattern cloudServiceName;
    private final Set<String> licenceWords = new HashSet<>();
    private final Set<String> notPaperCues = new HashSet<>();
    private final Set<String> titleCaseFinders;
    private final Set<String> commonWordFinders;
    /** The words {@link ModelEvidence} reads a document's guessed models with. */
    final ModelEvidence.Words modelEvidence;

    /** A month and a year, or a month, a day and a year: "Mar-2013", "Sept. 2024", "March 5, 2024". */
    private static final Pattern DATE = Pattern.compile("(?i)(?:jan|january|feb|february|mar|march|apr|april|may|jun|june"
            + "|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\\.?[ /-]?"
            + "(?:\\d{4}|\\d{1,2},? \\d{4})");
    /** Whether {@code text[start, end)} opens a longer name of a cloud service written there ("Amazon" of "Amazon Bedrock"). */
    private boolean partOfCloudService(String text, int start, int end) {
        if (cloudServiceName == null) {
            return false;
        }
        Matcher service = cloudServiceName.matcher(text).region(start, text.length());
        if (service.lookingAt() && service.end() > end) {
            return true;
        }
        // "Bedrock Converse" of "Amazon Bedrock Converse": a name that starts inside a service's name is part of it
        service = cloudServiceName.matcher(text).region(Math.max(0, start - 40), Math.min(text.length(), end));
        while (service.find()) {
            if (service.start() < start && service.end() > start) {
                return true;
            }
        }
        return false;
    }

    /**
     * A state's or a country's code after a town in a citation, then a comma, an end mark or the year: ", MA, 1992",
     * ", NY." ("AI" and "ML" are words of names, not codes: "Velto, AI Lab").
     */
    private static final Pattern PLACE_CODE_AFTER = Pattern.compile(
            ",\\s?(?!AI\\b|ML\\b)\\p{Lu}{2}\\b(?=\\s*(?:[,.;:)]|$|(?:19|20)\\d{2}\\b))");
    /** A publisher's name right before a town in a citation: "Harbor Press, ". */
    private static final Pattern PUBLISHER_BEFORE = Pattern.compile("\\b" + ReferenceShape.PUBLISHER_WORD + ",\\s?$");

    /**
     * An IPv4 address or network: "10.0.0.1", "224.0.0.0/4" (a number of two or three digits, or a mask; four one-digit
     * numbers are a release as often: "Wren 2.0.1.3").
     */
    private static final Pattern IP_ADDRESS = Pattern.compile(
            "\\b(?=[\\d.]*\\d{2}|\\d{1,3}(?:\\.\\d{1,3}){3}/)\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?\\b");
    /** A release number with its point after a space at a name's end: "Bun 1.0", "Wren 2.3.1". */
    private static final Pattern DOTTED_RELEASE = Pattern.compile(" v?\\d+\\.\\d+(?:\\.\\d+)?$");

    /** Whether an underscore is glued to either end of {@code m}: it is a piece of an identifier ("QUILL_API_KEY"). */
    private static boolean gluedToUnderscore(String text, Mention m) {
        // the underscore must join two words: "Wren_" alone is a reStructuredText link, "_Wren_" emphasis
        return m.start() > 1 && text.charAt(m.start() - 1) == '_' && Character.isLetterOrDigit(text.charAt(m.start() - 2))
                || m.end() + 1 < text.length() && text.charAt(m.end()) == '_' && Character.isLetterOrDigit(text.charAt(m.end() + 1));
    }

    /** A catalogue's number: the scheme, then the number ("ISBN 0-201-00000-1", "PMID: 1234", "doi:10.1/x"). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)(?:ISBN|ISSN|PMID|PMCID|DOI|OCLC|LCCN)(?:-1[03])?:?\\s*[\\dX(]");
    private static final Pattern SIZE_OR_NUMBER = Pattern.compile("\\d+(?:b|m|k|t|d|p|x|bn|gb|tb|mb|px|fps|hz|ms|gpu|gpus)?|\\d+x\\d+[a-z]?");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("[ -]?v?\\d+(?:\\.\\d+){0,2}$");
    /** Initials written with periods: "G.E.", "J. R.", "A.". */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?){1,3}|(?:\\p{Lu}\\.){1,2}\\p{Lu}");
    /** A capitalized word in lower case after its first letter, right after a space: a surname ("Hinton", "van"). */
    private static final Pattern SURNAME_AFTER = Pattern.compile("\\.?\\s(?:(?:van|von|de|der|da|di|le|la) )*\\p{Lu}\\p{Ll}");

    /** What comes before a platform that is a channel: "on", "via", "join us on", "follow us on", "in our". */
    private static final Pattern CHANNEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:on|via|join|follow|in)(?:\\s+us)?(?:\\s+on)?\\s+(?:our\\s+|the\\s+)?$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    Plausibility(Lists lists) {
        lists.licences().forEach(n -> licences.add(Names.key(n)));
        lists.towns().forEach(n -> towns.add(Names.key(n)));
        lists.table_labels().forEach(n -> tableLabels.add(n.toLowerCase(Locale.ROOT)));
        lists.countries().forEach(n -> placesAndLanguages.add(Names.key(n)));
        List<String> regions = new ArrayList<>(lists.countries());
        regions.addAll(lists.regions());
        townBefore = Pattern.compile("\\s*,\\s*(?:" + String.join("|", regions.stream().map(Pattern::quote).toList()) + ")\\s*(?:[,.;:)]|$)");
        lists.languages().forEach(n -> placesAndLanguages.add(Names.key(n)));
        roleInParentheses = Pattern.compile("(?i)\\((?:[^()\\n]{0,40}[,/;&] ?| ?)(?:" + String.join("|",
                lists.person_roles().stream().map(Pattern::quote).toList()) + ")(?: ?[,/;&][^()\\n]{0,40}| ?)\\)");
        for (List<String> l : List.of(lists.venues(), lists.media(), lists.licences(), lists.tasks(),
                lists.placeholder_people())) {
            l.forEach(n -> never.add(Names.key(n)));
        }
        for (List<String> l : List.of(lists.platforms(), lists.techniques(), lists.computing(), lists.frameworks(),
                lists.datasets())) {
            l.forEach(n -> notModels.add(Names.key(n)));
        }
        lists.computing().forEach(n -> computingWords.add(Names.key(n)));
        lists.model_name_ends().forEach(n -> computingWords.remove(Names.key(n)));
        lists.weight_formats().forEach(n -> computingWords.remove(Names.key(n)));
        idAbbreviations = List.copyOf(lists.id_abbreviations());
        lists.not_given_before_particle().forEach(w -> notGivenBeforeParticle.add(w.toLowerCase(Locale.ROOT)));
        for (List<String> l : List.of(lists.computing(), lists.frameworks())) {
            l.forEach(n -> softwareWords.add(Names.key(n)));
        }
        lists.software_also_names().forEach(n -> {
            softwareWords.remove(Names.key(n));
        });
        lists.platforms().forEach(n -> platforms.add(Names.key(n)));
        lists.datasets().forEach(n -> datasets.add(Names.key(n)));
        lists.cloud_services().forEach(n -> cloudServices.add(Names.key(n)));
        cloudServiceName = lists.cloud_services().isEmpty() ? null : Pattern.compile(lists.cloud_services().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")(?![\\p{L}\\d])")));
        lists.licence_words().forEach(w -> licenceWords.add(w.toLowerCase(Locale.ROOT)));
        lists.not_paper_cues().forEach(w -> notPaperCues.add(w.toLowerCase(Locale.ROOT)));
        titleCaseFinders = Set.copyOf(lists.title_case_finders());
        commonWordFinders = Set.copyOf(lists.common_word_finders());
        modelEvidence = new ModelEvidence.Words(lists.model_name_ends(), lists.model_name_starts(),
                lists.model_context_words(), lists.code_nouns());
    }

    /** How many blocks of a list around a finding are read for a role in parentheses. */
    private static final int LIST_REACH = 40;

    /**
     * True when the parentheses {@code m} stands in hold a role: in its block, or in the list items or table rows
     * around it, some parentheses hold a role or area of work.
     */
    boolean roleSlot(org.aikg.ingest.read.Document document, Mention m) {
        String text = document.text();
        if (!(m.start() > 0 && text.charAt(m.start() - 1) == '(' && m.end() < text.length() && text.charAt(m.end()) == ')')) {
            return false; // "Ana Lind (Velto, maintainer)": beside a role, a name may still be where one works
        }
        List<Block> blocks = document.blocks();
        int at = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).start() <= m.start() && m.end() <= blocks.get(i).end()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return false;
        }
        Block.Kind kind = blocks.get(at).kind();
        // in running text one person's role ("Ana Lind (lead author) and Tomas Berg (Velto)") says nothing of
        // another's parentheses; in a list, roles in a third of the parentheses make the slot one of roles
        if (kind != Block.Kind.LIST_ITEM && kind != Block.Kind.TABLE_ROW) {
            return false;
        }
        int from = at;
        int to = at;
        while (from > 0 && at - from < LIST_REACH && blocks.get(from - 1).kind() == kind) {
            from--;
        }
        while (to + 1 < blocks.size() && to - at < LIST_REACH && blocks.get(to + 1).kind() == kind) {
            to++;
        }
        long roles = roleInParentheses.matcher(text).region(blocks.get(from).start(), blocks.get(to).end()).results().count();
        long parentheses = PARENTHESES.matcher(text).region(blocks.get(from).start(), blocks.get(to).end()).results().count();
        return roles > 0 && roles * 3 >= parentheses;
    }

    private static final Pattern PARENTHESES = Pattern.compile("\\([^()\\n]{1,80}\\)");

    private final Set<String> notGivenBeforeParticle = new HashSet<>();

    /**
     * Whether {@code word} opens names of places and institutions that a surname's particle follows ("Rio de Janeiro",
     * "Universidad de Chile"): {@code not_given_before_particle}.
     */
    boolean notGivenBeforeParticle(String word) {
        return notGivenBeforeParticle.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The abbreviations that, with a number after them in small letters, are no model's id ("gen-2"). */
    List<String> idAbbreviations() {
        return idAbbreviations;
    }

    /** The bundled lists; loaded once. */
    public static Plausibility bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Plausibility INSTANCE = load();

        private static Plausibility load() {
            return new Plausibility(DataFiles.readYaml(DataFiles.resource(BUNDLED, "list of implausible names"),
                    java.nio.file.Path.of(BUNDLED), Lists.class));
        }
    }

    /** The plausible mentions of {@code mentions}, in their order, paper titles with unclosed brackets cut. */
    public List<Mention> filter(AnnotatedDocument document, List<Mention> mentions) {
        String text = document.document().text();
        Set<String> lowerWords = lowerCaseWords(text);
        List<Sentence> sentences = document.sentences();
        List<Mention> out = new ArrayList<>(mentions.size());
        int si = 0;
        int grownTo = -1; // the end of the last mention that grew over more of its name
        Sentence cached = null;
        boolean cachedTitleCase = false;
        Set<String> tails = null; // made when a version alone is met
        Set<String> codeNames = null; // made when a guessed one-word model is met
        Set<String> makerWords = null; // made when a model is met
        List<Block> headings = null; // made when a mention's section heading is asked for
        // "-o [FILE]" once makes FILE a placeholder wherever the usage text names it again ("writes to FILE")
        Set<String> placeholders = new HashSet<>();
        Set<NameKey> grownFrom = new HashSet<>();
        for (Mention m : mentions) {
            if (m.kbId() == null && placeholder(text, m)) {
                placeholders.add(m.surface());
            }
        }
        for (Mention m : mentions) {
            if (m.start() < grownTo) {
                continue; // "ViL" inside "CLIP-ViL"
            }
            while (si < sentences.size() && sentences.get(si).end() <= m.start()) {
                si++;
            }
            Sentence s = si < sentences.size() && sentences.get(si).start() <= m.start() ? sentences.get(si) : null;
            if (s != cached) { // once per sentence, not once per mention
                cached = s;
                cachedTitleCase = s != null && titleCase(s);
            }
            // "Ana Lind (Harbor Institute), Tomas Berg (Vexar Labs)": a line of people and their organizations
            // is capitalized throughout, yet the organization after each person is no title's word
            if (m.type() == EntityType.MODEL && m.kbId() == null && accountName(document.document().links(), m)) {
                continue;
            }
            if (m.type() == EntityType.PERSON && m.finder().startsWith("cue:") && (GLUED_WORDS.matcher(m.surface()).find()
                    || m.finder().equals("cue:thanks-to-person-for") && m.surface().indexOf(' ') < 0)) {
                // "thanks to QuillStack for ...": a person's name is no words glued together (but "McCann"), and
                // one word thanked may be a project as well as a person
                continue;
            }
            if (m.kbId() == null && mostlyNumbers(m.surface())) {
                continue; // "TRUE ## 2 1 48": a row of printed output, not a name
            }
            if (m.kbId() == null && (handle(text, m) || fileName(text, m) || placeholders.contains(m.surface())
                    || inUrl(text, m))) {
                continue; // "@QuillDev", "Readme.txt", "--lang LANG", "https://example.org/Corvid": an account, a file, a value to fill in, an address
            }
            if (m.type() == EntityType.MODEL && m.kbId() == null && CODE_NAME_FINDERS.contains(m.finder())
                    && m.surface().indexOf(' ') < 0) {
                if (codeNames == null) {
                    codeNames = codeNames(document.document().original());
                }
                if (codeNames.contains(m.surface())) {
                    continue; // "new Wren.Recognizer()", "wren.Recognizer(...)": the document's code calls it; a class, not a model
                }
            }
            if (m.type() != EntityType.PAPER && m.kbId() == null && VERSION_TAG.matcher(m.surface()).matches()
                    && !(m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1)))) {
                if (tails == null) {
                    tails = tails(mentions);
                }
                if (!tails.contains(m.surface().toLowerCase(Locale.ROOT))) {
                    // "V3.1", "v2", "Version 4" alone: a version of whatever the sentence is about, unless the
                    // document names a model that ends in it ("Corvid-V3" ... "their V3"), or it begins one ("V3-Lite")
                    continue;
                }
            }
            if (s != null && s.kind() == Block.Kind.TABLE_ROW && m.start() == s.start() && m.kbId() == null
                    && (text.startsWith(" ;", m.end()) || m.end() == s.end())
                    && tableLabels.contains(m.surface().toLowerCase(Locale.ROOT))) {
                continue; // "| Developer | Velto | Quillon |": the first cell says what the row holds
            }
            if (m.finder().equals(PAREN_AFFILIATION) && roleSlot(document.document(), m)) {
                continue; // "Ana Lind (Originator), Tomas Berg (GPU)": the list's parentheses hold roles
            }
            boolean licenceAcronym = m.type() == EntityType.ORGANIZATION && LICENCE_ACRONYM.matcher(m.surface()).matches();
            boolean guessedModel = m.type() == EntityType.MODEL && m.kbId() == null && GUESSED_MODEL.contains(m.finder());
            if (licenceAcronym || guessedModel) {
                if (headings == null) {
                    headings = headings(document.document());
                }
                if (licenceAcronym && underHeading(headings, text, m.start(), LICENCE_WORD)) {
                    continue; // "## License" ... "MIT": the section names the licence
                }
                if (guessedModel && m.finder().equals("pattern:list") && m.surface().split(" ").length >= 3
                        && NameFinding.describes(m.surface())) {
                    continue; // "- **Runtime Capability Detection** – ...": plain words label a feature, no model is coined
                }
                if (guessedModel && underHeading(headings, text, m.start(), DEPENDENCY_HEADING)) {
                    continue; // "## Dependencies" ... "QHotkey": a section of software the project builds on, not models
                }
                if (guessedModel && LICENCE_ID.matcher(m.surface()).matches()
                        && (LICENCE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()
                        || underHeading(headings, text, m.start(), LICENCE_WORD) && s != null
                        && (UPPER_LICENCE_ID.matcher(m.surface()).matches()
                        || s.text().replaceAll("[*_`.\\s]", "").equals(m.surface().replaceAll("[.\\s]", ""))))) {
                    // "licensed under QPL-1.0"; "## License" then "QPL-1.0" or "Quill-2.0" alone: a licence's id and version
                    // (a model's versioned name in the License section, "Kestrel-2.0 is released under ...", stays)
                    continue;
                }
            }
            Mention kept = judge(m, text, s, lowerWords, cachedTitleCase && !(m.type() == EntityType.ORGANIZATION
                    && afterPerson(text, out, m)));
            if (kept != null) {
                // a finding kept trimmed or grown: copies of it as found copy a name that stayed
                if (!m.finder().equals(COPY)) {
                    grownFrom.add(NameKey.of(m));
                }
                if (makerWords == null && kept.type() == EntityType.MODEL) {
                    makerWords = makerWords(mentions);
                }
                Mention grown = kept.type() == EntityType.MODEL ? grown(text, kept, makerWords) : kept;
                if (grown != kept) {
                    grownFrom.add(NameKey.of(kept));
                    grownTo = grown.end();
                    // mentions are in order: only the last ones can lie inside the grown name
                    while (!out.isEmpty() && out.get(out.size() - 1).start() >= grown.start()) {
                        out.remove(out.size() - 1);
                    }
                }
                out.add(grown);
            }
        }
        return withoutOrphanCopies(mentions, creditsNotAffiliations(text, out), grownFrom);
    }

    /** The cue that reads the word in parentheses after a person as where they work ("Ana Lind (Velto)"). */
    private static final String PAREN_AFFILIATION = "cue:affiliation-in-parentheses-after-person";
    /** Small words an organization's name has in lower case ("University of Oslo", "Institut für ..."). */
    private static final Set<String> NAME_SMALL_WORDS = Set.of("of", "for", "and", "the", "de", "du", "des", "la",
            "le", "di", "del", "da", "für", "und", "y", "e", "at", "in", "on", "&");

    /**
     * {@code kept} without the organizations read from parentheses after people when the document's parentheses
     * after people say what each did ("Ana Lind (tokenizer, documentation)", "Tomas Berg (CI)"): when at least two
     * of them, and a third of all, hold a lower-case word that no organization's name has, the convention of
     * the document is credits, and a capitalized word there ("(Greenkhorn)") names work, not a workplace.
     */
    private static List<Mention> creditsNotAffiliations(String text, List<Mention> kept) {
        if (kept.stream().noneMatch(m -> m.finder().equals(PAREN_AFFILIATION))) {
            return kept;
        }
        int parentheses = 0;
        int credits = 0;
        for (Mention m : kept) {
            if (m.type() != EntityType.PERSON || !text.startsWith(" (", m.end())) {
                continue;
            }
            int close = text.indexOf(')', m.end() + 2);
            if (close < 0 || close - m.end() > 200) {
                continue;
            }
            parentheses++;
            for (String w : text.substring(m.end() + 2, close).split("[\\s,;/]+")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                        && !NAME_SMALL_WORDS.contains(w)) {
                    credits++;
                    break;
                }
            }
        }
        if (credits < 2 || credits * 3 < parentheses) {
            return kept;
        }
        return kept.stream().filter(m -> !m.finder().equals(PAREN_AFFILIATION)).toList();
    }

    /**
     * {@code kept} without the copies name finding spread over the document (finder "document") of a name whose
     * every own finding was judged implausible: a copy is only as good as what it copies.
     */
    private static List<Mention> withoutOrphanCopies(List<Mention> all, List<Mention> kept, Set<NameKey> grownFrom) {
        Set<NameKey> found = new HashSet<>();
        for (Mention m : all) {
            if (!m.finder().equals(COPY)) {
                found.add(NameKey.of(m));
            }
        }
        for (Mention m : kept) {
            if (!m.finder().equals(COPY)) {
                found.remove(NameKey.of(m));
            }
        }
        found.removeAll(grownFrom);
        if (found.isEmpty()) {
            return kept;
        }
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            if (!(m.finder().equals(COPY) && found.contains(NameKey.of(m)))) {
                out.add(m);
            }
        }
        return out;
    }

    /** A name as written and its type: what a copy and the findings it copies share. */
    private record NameKey(String surface, EntityType type) {
        static NameKey of(Mention m) {
            return new NameKey(m.surface(), m.type());
        }
    }

    /** The finder of a name's copies elsewhere in the document ({@link NameFinding}'s propagation). */
    private static final String COPY = NameFinding.COPY;

    /**
     * A person's name with an author's index mark after it ("Ana Lind¹˒²", "Ana Lind [2]"), an organization's with
     * one before it ("¹ Harbor University"): a line of authors or of their organizations, not a title, however
     * capitalized.
     */
    private static boolean indexed(String text, Mention m) {
        return m.type() == EntityType.PERSON && !IndexMarks.after(text, m.end()).isEmpty()
                || m.type() == EntityType.ORGANIZATION && IndexMarks.before(text, m.start()) != null;
    }

    /**
     * Whether a lower-case word, a comma, a semicolon or an opening parenthesis stands right before {@code at}:
     * an organization's name by its suffix that follows "at", "of" or a comma starts where it seems to, even in a line whose other words are capitalized
     * ("developed by the Speech Group at Harbor University"); what a Title Case line puts at risk is a
     * name's first word. Not in a heading, whose small words are lower case anyway ("Toward a Modular Design for Safe Embodied AI").
     */
    private static boolean lowerCaseWordBefore(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e > 0 && e < at && ",;(".indexOf(text.charAt(e - 1)) >= 0) {
            return true; // "..., Harbor University": a list or an address starts the name just as well
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return e > b && e < at && Character.isLowerCase(text.charAt(b));
    }

    /** A capitalized word glued to a version number by a hyphen: "Heron-3", "Corvid-2.5". */
    private static final Pattern VERSIONED_WORD = Pattern.compile("\\p{Lu}\\p{L}+-\\d+(?:\\.\\d+)?\\b");

    /** {@code m} without its first word {@code first} and the space after it. */
    private static Mention withoutFirstWord(Mention m, String first) {
        int skip = first.length() + 1;
        return Mention.of(m.start() + skip, m.end(), m.surface().substring(skip), m.type(), m.confidence(), m.finder());
    }

    /** Occupations that stand before a name like a title ("Comedian Ana Lind"), never a given name. */
    private static final Set<String> OCCUPATIONS = Set.of("comedian", "actor", "actress", "author", "writer", "singer",
            "rapper", "musician", "director", "journalist", "reporter", "analyst", "investor", "entrepreneur", "founder",
            "cofounder", "co-founder", "ceo", "cto", "researcher", "scientist", "engineer", "designer", "artist",
            "filmmaker", "producer", "novelist", "poet", "economist", "lawyer", "attorney", "billionaire", "chairman",
            "chairwoman", "developer", "programmer", "mathematician", "physicist", "philosopher", "historian", "student",
            "teacher", "coach", "player", "host", "podcaster", "youtuber", "blogger", "influencer", "executive");

    /** A capitalized word of lower-case letters: "Real", "Pure". */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** A word of two letters or more: what every person's name has. */
    private static final Pattern PERSON_WORD = Pattern.compile("\\p{L}{2,}");
    /** A link to an account's page on a code host: its text is the account's name, not a model's. */
    private static final Pattern ACCOUNT_PAGE = Pattern.compile("https?://(?:www\\.)?(?:github\\.com|gitlab\\.com|huggingface\\.co)/([^/?#]+)/?");

    /** Whether the mention is the text of a link to the code-host account of the same name ("[NickDarvey](github.com/NickDarvey)"). */
    static boolean accountName(List<org.aikg.ingest.read.Link> links, Mention m) {
        for (org.aikg.ingest.read.Link l : links) {
            if (l.start() <= m.start() && m.end() <= l.end()) {
                Matcher a = ACCOUNT_PAGE.matcher(l.url());
                if (a.matches() && a.group(1).equalsIgnoreCase(m.surface())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The year a venue's name may end with, in a name key ("kdd96", "acl2023"). */
    private static final Pattern VENUE_YEAR = Pattern.compile("(?<=\\p{L})(?:\\d{2}|\\d{4})$");

    /**
     * Whether a name of three words or more has fewer words with a letter than with digits: a row of numbers.
     * Punctuation alone counts for neither ("Corvid-2 ; 1.5", a name and a table's next cell, is trimmed later).
     */
    static boolean mostlyNumbers(String surface) {
        int lettered = 0;
        int numbers = 0;
        for (String w : surface.split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetter)) {
                lettered++;
            } else if (w.chars().anyMatch(Character::isDigit)) {
                numbers++;
            }
        }
        return lettered + numbers >= 3 && lettered < numbers;
    }

    /** A capital inside a word after three lower-case letters ("QuillStack"), which "McCann", "MacLeod", "DeLuca" and "FitzGerald" have not. */
    private static final Pattern GLUED_WORDS = Pattern.compile("(?<!Fit)\\p{Ll}{3}\\p{Lu}");

    /**
     * Whether the mention is a user handle: written right after an "@" that does not end an e-mail address's
     * local part ("thanks to @QuillDev"), the way code hosts and social networks name accounts, not people,
     * models or companies.
     */
    static boolean handle(String text, Mention m) {
        int at = m.start() - 1;
        return at >= 0 && text.charAt(at) == '@' && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    /** How far back from a name a web address's start is looked for. */
    private static final int URL_REACH = 512;

    /** Whether the mention is a piece of a web address written out in the text ("https://quill.dev/docs/Wren"). */
    static boolean inUrl(String text, Mention m) {
        int b = m.start();
        int floor = Math.max(0, m.start() - URL_REACH); // a long run without spaces is read once per mention: bounded
        while (b > floor && !Character.isWhitespace(text.charAt(b - 1)) && "([<\"'".indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        String before = text.substring(b, m.start());
        return before.contains("://") || before.startsWith("www.");
    }

    /**
     * Extensions of files a README points to; "Notes.txt", "Setup.py" name a file, not what the word may name.
     * Not ".js" or ".cpp": "Wren.js", "Corvid.cpp" name projects after what they port.
     */
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(?:txt|md|rst|py|json|ya?ml|toml|cfg|ini|sh|csv|tsv|xml|lock|pdf)(?![\\p{L}\\p{N}])");

    /** Whether the mention is the stem of a file name: "Copyright.txt", "Setup.py" (not "Corvid-2.5"). */
    static boolean fileName(String text, Mention m) {
        return FILE_EXTENSION.matcher(text).region(m.end(), text.length()).useTransparentBounds(true).lookingAt();
    }

    /** "&amp; Sons", "and Co." after a name ("Co-Authors" and "Company staff" are other words). */
    private static final Pattern FIRM_AFTER = Pattern.compile("\\s*(?:(?:&|and)\\s+(?:Sons\\b|Co\\.|Co(?![\\w-]))"
            // "Quill Pub. Co.", "Berg Publishing", "Lind Verlag": a publisher named after its founder (not "Lind Press
            // officers", where a noun of the press's own makes "press" a word of its own; "Berg Press published" is the firm);
            // the abbreviations and the press's nouns are reference-words.yaml's firm_abbreviations and press_nouns
            + "|\\.?\\s+" + ReferenceWords.anyOf(ReferenceWords.bundled().firm_abbreviations())
            + "|\\s+" + ReferenceShape.PUBLISHER_WORD + "\\b(?!\\s+" + ReferenceWords.anyOf(ReferenceWords.bundled().press_nouns()) + "\\b))");

    /** Whether the person {@code m} names a firm: "&amp; Sons", "and Co." follows the name. */
    static boolean firmName(String text, Mention m) {
        return FIRM_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** An option of a command line: "-d", "--lang", "-o=". */
    private static final Pattern OPTION_BEFORE = Pattern.compile("(?<!\\S)--?[A-Za-z][\\w-]*[ =]\\[?$");

    /**
     * Whether the mention is the placeholder of a command line's usage text: a word in capitals right after an
     * option ("-o FILE", "--lang [LANG]"), the value a user fills in.
     */
    static boolean placeholder(String text, Mention m) {
        String s = m.surface();
        if (s.length() < 2 || !s.chars().allMatch(c -> Character.isUpperCase(c) || c == '_')) {
            return false;
        }
        // transparent bounds: what stands before the window decides whether the option starts a word
        return OPTION_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).useTransparentBounds(true).find();
    }

    /** Whether a finder is in a list of finders, where "cue:*" stands for every name cue ({@link CueFinder}). */
    private static boolean listed(Set<String> finders, String finder) {
        return finders.contains(finder) || finder.startsWith("cue:") && finders.contains("cue:*");
    }

    /** The mention as it may stay, or null when it is not a plausible name. */
    Mention judge(Mention m, String text, Sentence s, Set<String> lowerWords, boolean titleCased) {
        Mention cut = cutAtSemicolon(m); // "Lumo-2 ; 2.5B": a learned finder ran over a table's cell separator
        cut = cut == null ? null : cutUnclosedBracket(cut); // "StableLM-7B (0.283": a name runs into a score
        if (cut == null) {
            return m.arxivId() != null ? m : null;
        }
        m = cut;
        if (m.arxivId() != null) {
            return m; // a link to a paper is a paper whatever its text reads
        }
        if (m.type() == EntityType.PERSON && s != null && s.kind() == Block.Kind.REFERENCE
                && m.end() <= ReferenceShape.authorYearLabelEnd(text, s.start())) {
            return null; // "[Lind and Berg 2020] A. Lind, T. Berg, ...": the label's surnames are the entry's authors
        }
        if (m.type() != EntityType.PAPER && m.kbId() == null && codeIdentifier(m.surface())) {
            return null; // "FunctionCall", "HTMLVideoElement", "quantBytes=1": a README's code, not a name
        }
        if (m.type() != EntityType.PAPER && m.kbId() == null && enumerationLabel(m.surface(), lowerWords)) {
            return null; // "Layer 0", "Panel 5", "Step 2": a common noun and its number label a part, not a thing
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && BENCHMARK_NAME.matcher(m.surface()).find()) {
            return null; // "CorvidBench", "Lumen-Eval", "the MapQA Challenge": a benchmark or a contest, not a model
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && m.surface().indexOf(' ') > 0
                && TECHNIQUE_NAME.matcher(m.surface()).find()) {
            return null; // "Contextual Position Encoding", "Grouped Query Attention": a technique, not a model
        }
        if (m.kbId() == null && IP_ADDRESS.matcher(m.surface()).find()) {
            return null; // "IPv4 10.0.0.0/8": an address of a network, never part of a name
        }
        if (m.arxivId() == null && gluedToUnderscore(text, m)) {
            return null; // "QUILL_API_KEY", "WORKFLOW_SERIALIZE": a word of an identifier in code, not a name
        }
        if (m.type() == EntityType.ORGANIZATION && m.kbId() == null && DOTTED_RELEASE.matcher(m.surface()).find()) {
            return null; // "Bun 1.0", "Wren 2.3.1": a release of software; organizations have no release numbers
        }
        if (m.kbId() == null && (m.finder().equals("pattern:model-noun") || m.finder().equals("statistical"))
                && titleCasePrefixBefore(text, m.start())) {
            return null; // "Resolution Network" of "Super-Resolution Network": a compound word's second half is no name
        }
        if (m.type() == EntityType.ORGANIZATION && s != null && s.kind() == Block.Kind.REFERENCE
                && m.surface().indexOf(' ') < 0
                && (PLACE_CODE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()
                || PUBLISHER_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find())) {
            return null; // "MIT Press, Cambridge, MA, 1992", "Quill, Oxford, NY, 1996": where a publisher is, not who wrote
        }
        if (m.arxivId() == null && IDENTIFIER.matcher(m.surface()).lookingAt()) {
            return null; // "ISBN 0-201-00000-1", "PMID 12345678", "DOI 10.1000/x": a book's or an article's number, not a name
        }
        if (m.type() != EntityType.PAPER && !m.finder().equals("pattern:model-noun") && DATE.matcher(m.surface()).matches()) {
            return null; // "Mar-2013", "Sept. 2024": a date, not a name
        }
        String key = Names.key(m.surface());
        if (key.isEmpty() || never.contains(key) || SIZE_OR_NUMBER.matcher(key).matches()
                || never.contains(VENUE_YEAR.matcher(key).replaceFirst(""))
                || (m.type() == EntityType.MODEL ? licences : never).contains(Names.key(VERSION_SUFFIX.matcher(m.surface()).replaceFirst("")))) {
            return null; // ... "KDD-96", "ACL 2023": a venue with its year; "GPL-3": a licence with its version; "Corvid Weekly #12": a
            // newsletter's issue (but a model may be named after a venue and a number: "CoLT7")
        }
        if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MODEL) && m.kbId() == null
                && placesAndLanguages.contains(key)) {
            return null; // "(Swinburne University, Australia)": a country is a place; "the English language model": a language
        }
        if (m.type() == EntityType.ORGANIZATION && m.surface().indexOf(' ') < 0 && m.start() >= 3
                && IN_TOWN.matcher(text).region(Math.max(0, m.start() - 6), m.start()).useTransparentBounds(true).find()
                && townBefore.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null; // "in Harbor, Ohio": a town, though a university may be called by its name ("at Harbor")
        }
        if ((m.type() == EntityType.MODEL || m.type() == EntityType.ORGANIZATION) && m.kbId() == null && cloudServices.contains(key)) {
            return null; // "Vertex AI", "Amazon Bedrock": a service that runs models, neither a model nor a company
        }
        if ((m.type() == EntityType.MODEL || m.type() == EntityType.ORGANIZATION) && partOfCloudService(text, m.start(), m.end())) {
            return null; // "Amazon" of "Amazon Bedrock": the start of a service's name is no maker there
        }
        if (m.type() != EntityType.MODEL && m.type() != EntityType.PAPER && m.kbId() == null && datasets.contains(key)) {
            return null; // "MNIST" typed an organization by statistics: a dataset is no maker and no person
        }
        // "Tan, H." keys as "tanh": only a name written as the software is written is the software
        if (m.kbId() == null && m.surface().indexOf(',') < 0 && (m.type() == EntityType.ORGANIZATION
                && softwareWords.contains(key) && WEAK_ORGANIZATION_FINDERS.contains(m.finder())
                || m.type() == EntityType.PERSON && softwareWords.contains(key) && m.surface().indexOf(' ') < 0)) {
            return null; // "LAPACK" or "SDK" guessed an organization, "Vulkan" a person: a library, an interface, a format
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && (notModels.contains(key)
                || notModels.contains(Names.key(VERSION_SUFFIX.matcher(m.surface()).replaceFirst(""))))) {
            return null; // "WebGL 1.0", "TensorFlow 2": a version of software that is no model is no model either
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && m.surface().indexOf(' ') > 0
                && computingWords.contains(Names.key(m.surface().substring(m.surface().lastIndexOf(' ') + 1)))) {
            return null; // "the Armv8-R AArch64 architecture", "convert NCHW models": what ends in a format or a chip is no model
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && Lexicon.genericModel(m.surface())) {
            return null; // "GANs", "GP", "Latin-1": a class of models, a method or an encoding, whichever finder guessed it
        }
        if (m.kbId() == null && REPEATED_LETTER.matcher(m.surface()).matches()) {
            return null; // "XX", "ZZ": a placeholder or a variable of code (an argument of a function), no name
        }
        // "W_Q", "snake_case": an identifier of code, not a name
        if (m.surface().indexOf('_') >= 0 && m.arxivId() == null) {
            return null;
        }
        // "CR = 1", "k = 2": a parameter and its value (a paper's title may hold one: "Data + Code = Programs")
        if (m.type() != EntityType.PAPER && m.surface().indexOf('=') >= 0) {
            return null;
        }
        // "John Quill & Sons", "Berg and Co.": a firm (a publisher, a shop) named after its founder, not a person
        if (m.type() == EntityType.PERSON && firmName(text, m)) {
            return null;
        }
        // "A & B" is two names run together ("AT&T" is one organization, but no model or person is so named)
        if ((m.type() == EntityType.MODEL || m.type() == EntityType.PERSON) && m.surface().contains("&")) {
            return null;
        }
        // "Releasing 3B", "Introducing Corvid": a model's name does not open with a gerund (people's may: "Chengming")
        if ((m.type() == EntityType.MODEL || m.type() == EntityType.ORGANIZATION) && m.kbId() == null
                && SOFTWARE_PART.matcher(m.surface()).find()) {
            return null; // "Chrome Extension", "iOS Shortcut", "Corvid Python Bindings": a piece of software, not a model
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && m.surface().indexOf(' ') > 0) {
            String first = m.surface().substring(0, m.surface().indexOf(' '));
            if (first.length() > 5 && first.endsWith("ing") && first.chars().allMatch(Character::isLetter)
                    && Character.isUpperCase(first.charAt(0)) && first.substring(1).chars().allMatch(Character::isLowerCase)) {
                return null;
            }
        }
        if (m.type() != EntityType.PERSON && DOTTED_INITIALS.matcher(m.surface()).matches()
                && SURNAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null; // "G.E. Hinton", "J.R. Lind": a person's initials before a surname, not a company's acronym
        }
        if (m.type() == EntityType.ORGANIZATION && platforms.contains(Names.key(m.surface()))
                && CHANNEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
            return null; // "follow us on Twitter", "join our Slack": where a project talks, not a company it names
        }
        if (m.type() == EntityType.ORGANIZATION && (followedBy(text, m.end(), licenceWords)
                || LICENCE_ACRONYM.matcher(m.surface()).matches() && licenceNear(text, m))) {
            return null; // "MIT License"; "License: [MIT](LICENSE)", "licensed under MIT": the licence
        }
        if (m.surface().indexOf(' ') < 0 && m.end() + 2 < text.length() && text.charAt(m.end()) == '.'
                && CODE_SUFFIX.matcher(text).region(m.end() + 1, text.length()).lookingAt()) {
            return null; // "Node" of "Node.js", "ASP" of "ASP.NET": a name cut before the suffix that names the software
        }
        if (m.type() == EntityType.MODEL && m.kbId() == null && GUESSED_MODEL.contains(m.finder())) {
            Matcher count = COUNT_BEFORE_HYPHEN.matcher(m.surface());
            if (count.find() && COUNTED_UNIT.matcher(text).region(m.end(), text.length()).lookingAt()) {
                // "WrenNet 3" of "WrenNet 3-bit builds": a count of what follows, no part of the name; what is left must be
                // written as a name ("Hierarchical 3" of "a Hierarchical 3-layer tagger" names nothing)
                String rest = m.surface().substring(0, count.start());
                if (!nameShaped(rest)) {
                    return null;
                }
                m = new Mention(m.start(), m.start() + rest.length(), rest, m.type(), m.confidence(), m.finder(), m.kbId(),
                        m.arxivId(), null);
            }
            if (SPACED_DASH.matcher(m.surface()).find()) {
                return null; // "Recognition - 7" of "Recognition - 7 emotions": a label and its text
            }
        }
        if (fragment(text, m)) {
            m = extendModel(text, m);
            if (m == null) {
                return null;
            }
        }
        if (m.type() == EntityType.PERSON && !PERSON_WORD.matcher(m.surface()).find()) {
            return null; // "X.X", "J. R.": initials alone name no one
        }
        boolean dictionary = m.kbId() != null;
        if (!dictionary && s != null && m.type() != EntityType.PAPER && s.kind() != Block.Kind.REFERENCE
                && s.kind() != Block.Kind.TABLE_ROW
                && (m.type() != EntityType.PERSON || s.kind() == Block.Kind.HEADING && !CREDIT_HEADING.matcher(s.text()).lookingAt())
                && listed(titleCaseFinders, m.finder()) && !nameShaped(m.surface()) && titleCased
                && !(m.finder().equals("pattern:org-suffix") && s.kind() != Block.Kind.HEADING
                        && lowerCaseWordBefore(text, m.start()))
                && !indexed(text, m)) {
            return null;
        }
        if (!dictionary && m.type() == EntityType.PERSON && towns.contains(key)) {
            return null; // "Ann Arbor", "Sophia Antipolis": a town whose name reads as a person's
        }
        String first = m.surface().indexOf(' ') > 0 ? m.surface().substring(0, m.surface().indexOf(' ')) : null;
        if (!dictionary && first != null && m.type() == EntityType.PERSON && OCCUPATIONS.contains(first.toLowerCase(Locale.ROOT))
                && m.surface().indexOf(' ', first.length() + 1) > 0) {
            // "Comedian Ana Lind", "Novelist Jo Park Berg": an occupation before a name is no given name
            return judge(withoutFirstWord(m, first), text, s, lowerWords, titleCased);
        }
        if (!dictionary && first != null && m.type() == EntityType.MODEL && m.finder().equals("pattern:model-noun")
                && PLAIN_WORD.matcher(first).matches() && lowerWords.contains(first.toLowerCase(Locale.ROOT))) {
            // "Real Corvid models", "Pure Lumen models": an adjective the document also writes in lower case
            // opens no name; the name is what follows it
            return judge(withoutFirstWord(m, first), text, s, lowerWords, titleCased);
        }
        if (!dictionary && listed(commonWordFinders, m.finder()) && m.surface().indexOf(' ') < 0
                && !nameShaped(m.surface()) && lowerWords.contains(m.surface().toLowerCase(Locale.ROOT))
                && !(m.finder().equals(COPY) && Character.isLowerCase(m.surface().charAt(0)))) {
            // (a project naming itself in lower case, "quillnet", was found so: its copies are the name again)
            return null;
        }
        if (m.type() == EntityType.PAPER && s != null && notAPaper(text, s, m)) {
            return null;
        }
        return m;
    }

    /** One capital written twice or more: "XX", "ZZZ". */
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{Lu})\\1+");
    // letters only, capitalized, two capitals or more: words and acronyms glued ("PixelData", "QLSolver",
    // "HTMLVideoElement", "PolicyPGSolver")
    private static final Pattern UPPER_CAMEL = Pattern.compile("\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*");
    private static final Pattern LAST_HUMP = Pattern.compile("\\p{Lu}\\p{Ll}+$");
    private static final Pattern LOWER_CAMEL = Pattern.compile("\\p{Ll}{3,}(?:\\p{Lu}\\p{Ll}+)+");
    /** The last word of a type or a function in code: "...Error", "...Element", "...Client". */
    private static final Set<String> CODE_SUFFIXES = Set.of("Error", "Exception", "Element", "Client", "Request",
            "Response", "Config", "Options", "Handler", "Manager", "Factory", "Builder", "Provider", "Listener", "Event",
            "Interface", "Call", "Result", "Input", "Output", "Params", "Args", "Callback", "Promise", "Buffer", "Array",
            "Map", "List", "Tensor", "Util", "Utils", "Helper", "Loader", "Reader", "Writer", "Stream", "Service",
            // the types an API returns or takes ("ImageData", "InferenceSession", "PartSegmentation", "PathTree")
            "Data", "Session", "Segmentation", "Suppression", "Tree", "Digraph", "Type", "Object", "Node", "Context",
            "State", "Info", "Spec", "Schema", "Status", "Value", "Record", "Entry", "Item", "Queue", "Message", "Job",
            // a library's classes: its solvers, samplers, estimators and their options ("ForestSolverOpt")
            "Opt", "Opts", "Solver", "Sampler", "Vector", "Env", "Estimator", "Classifier", "Regressor",
            // an agent framework's classes ("ReviewDrivenAgent", "SearchWebTool", "PlanStepTask")
            "Agent", "Task", "Tool", "Workflow",
            // a framework's operators and layers ("SkipLayerNormalization", "MultiHeadAttention", "BiasGelu")
            "Normalization", "Norm", "Attention", "Embedding", "Embeddings", "Activation", "Pooling", "Dropout",
            "Softmax", "Gelu", "Relu", "Conv", "Linear", "Layer", "Layers", "Op", "Operator", "Kernel",
            // the settings an SDK takes ("StreamingPiiPolicy", "RetryStrategy")
            "Policy", "Strategy", "Settings", "Mode", "Format",
            // an API's enumerations and limits ("SafetyBlockThreshold", "HarmCategory", "LogLevel")
            "Threshold", "Category", "Level", "Limit", "Setting", "Kind",
            // an enumeration or a registry of models ("SupportedModels", "PretrainedModels"), a model's class ("GraphModel")
            "Models", "Model");
    /** A versioned interface of an SDK: "LanguageModelV3", "ProviderV2", "VideoModelV4" (a specification's types). */
    private static final Pattern VERSIONED_INTERFACE = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+)*(?:Model|Provider|Middleware|Interface|Spec|Api|API)V\\d+");

    /**
     * An identifier of code: an assignment ("quantBytes=1"), a lowerCamelCase word ("modelUrl") or an
     * UpperCamelCase word that ends like a type of code ("FunctionCall", "HTMLVideoElement"). Model names
     * glue words too ("AlphaGeometry", "TryOnDiffusion") or carry digits and capitals ("MobileNetV2"), so
     * ordinary words glued together are not enough; the knowledge base's names are never asked.
     */
    static boolean codeIdentifier(String surface) {
        if (surface.indexOf(' ') >= 0) {
            return false;
        }
        if (surface.indexOf('=') > 0 || LOWER_CAMEL.matcher(surface).matches()
                || VERSIONED_INTERFACE.matcher(surface).matches()) {
            return true;
        }
        if (!UPPER_CAMEL.matcher(surface).matches()) {
            return false;
        }
        // three ordinary words glued together are a class as often as a model ("TryOnDiffusion"): not enough;
        // the last word must be one that names a kind of code
        Matcher last = LAST_HUMP.matcher(surface);
        if (!last.find() || last.start() == 0) {
            return false;
        }
        String hump = last.group();
        // "ArrayBuffers", "ImageTensors": the plural of a kind of code is code too
        return CODE_SUFFIXES.contains(hump) || hump.endsWith("s") && PLURAL_CODE.contains(hump.substring(0, hump.length() - 1));
    }

    /** Kinds of data in code whose plural is code too ("ArrayBuffers"); not "Agents", "Tools": companies' names end so. */
    private static final Set<String> PLURAL_CODE = Set.of("Buffer", "Array", "Tensor", "Vector", "Element", "Event",
            "Promise", "Callback", "Listener", "Handler", "Request", "Response", "Stream", "Record", "Entry", "Node",
            "Object", "Value", "Type", "Option", "Param", "Arg");

    private static final Pattern BENCHMARK_NAME = Pattern.compile(
            "(?:Bench|bench|BENCH|-Eval|Eval|Leaderboard|Arena|Challenge|Competition|Shared Task|Dataset|Corpus|Perf)$");
    private static final Pattern TECHNIQUE_NAME = Pattern.compile(
            " (?:Encoding|Encodings|Attention|Normalization|Optimization|Decoding|Sampling|Tuning|Fine-Tuning|Learning"
                    + "|Search|Regularization|Distillation|Quantization|Pruning|Initialization|Augmentation|Prompting"
                    + "|Loss|Scaling|Parallelism|Checkpointing|Caching|Retrieval|Alignment)$");
    private static final Pattern ENUMERATION = Pattern.compile("(\\p{Lu}\\p{Ll}+) \\d{1,3}[a-z]?");

    /** Finders that guess a model from a word's shape or from statistics: a class name has the same shape. */
    private static final Set<String> CODE_NAME_FINDERS = Set.of("pattern:model-shape", "statistical", "pattern:list",
            ModelSectionFinder.FINDER);

    /**
     * What the document's code constructs, calls or reads as a member ({@code new X}, {@code X(},
     * {@code X.run(}, {@code lib.X}): names of classes and functions. Read from the original content, so the
     * code blocks the reader left out of the text count too.
     */
    static Set<String> codeNames(String original) {
        Set<String> names = new HashSet<>();
        Matcher c = CODE_USE.matcher(original);
        while (c.find()) {
            names.add(c.group(1) != null ? c.group(1) : c.group(2) != null ? c.group(2) : c.group(3));
        }
        Matcher code = CODE_SPAN.matcher(original);
        while (code.find()) {
            Matcher d = CODE_DECLARATION.matcher(code.group());
            while (d.find()) {
                if (d.group(1) != null) {
                    for (String imported : d.group(1).split("\\s*,\\s*")) {
                        if (!imported.isEmpty() && Character.isUpperCase(imported.charAt(0))) {
                            names.add(imported);
                        }
                    }
                }
                for (int g = 2; g <= d.groupCount(); g++) {
                    if (d.group(g) != null) {
                        names.add(d.group(g));
                    }
                }
            }
        }
        return names;
    }

    /**
     * Fenced code and inline code spans of markdown, where a colon or an import is code's; not fences of data
     * (YAML, TOML, JSON, INI), whose "key: Value" is no type.
     */
    private static final Pattern CODE_SPAN = Pattern.compile("```(?!\\s*(?:ya?ml|toml|json|ini|cfg)\\b)[\\s\\S]*?```|`[^`\\n]+`");

    /**
     * In code: what {@code import} brings in ({@code from speech import Reader, Writer}), a type after a colon
     * or an arrow ({@code open(path: Source): Handle}, {@code -> Handle}), a declared or extended class.
     */
    private static final Pattern CODE_DECLARATION = Pattern.compile(
            "\\bimport\\s+(\\w+(?:[ \\t]*,[ \\t]*\\w+)*)"
                    + "|[\\w)?][ \\t]*:[ \\t]*([A-Z]\\w*)|->[ \\t]*([A-Z]\\w*)|\\b(?:class|extends|implements|interface)\\s+([A-Z]\\w*)");

    /**
     * {@code new X}, {@code lib.X}, {@code import a.b.X}; {@code X(}, {@code X.method(}, a declaration
     * {@code X name =} (Java, C#, C++).
     */
    private static final Pattern CODE_USE = Pattern.compile(
            "(?:\\bnew\\s+|\\b[a-z_][A-Za-z0-9_]*\\.)([A-Z][A-Za-z0-9_]*)\\b"
                    + "|\\b([A-Za-z_][A-Za-z0-9_]*)(?=\\(|\\.[a-z_][A-Za-z0-9_]*\\()"
                    + "|\\b([A-Z][A-Za-z0-9_]*)(?=\\s+[a-z_][A-Za-z0-9_]*\\s*=[^=])");

    /** The last word of each name of two words or more, lower case: "Corvid-V3" gives "v3". */
    private static Set<String> tails(List<Mention> mentions) {
        Set<String> tails = new java.util.HashSet<>();
        for (Mention m : mentions) {
            String surface = m.surface();
            int cut = Math.max(surface.lastIndexOf('-'), surface.lastIndexOf(' '));
            if (cut > 0 && cut + 1 < surface.length()) {
                tails.add(surface.substring(cut + 1).toLowerCase(Locale.ROOT));
            }
        }
        return tails;
    }

    /** A version alone: "v2", "V3.1", "Version 4", "ver. 1.2b". */
    private static final Pattern VERSION_TAG = Pattern.compile("(?i)v(?:er\\.?|ersion)?\\s?\\d+(?:\\.\\d+)*[a-z]?");

    /** A capitalized word the document also writes in lower case, then a small number: "Figure 3", "Layer 0". */
    private static boolean enumerationLabel(String surface, Set<String> lowerWords) {
        Matcher e = ENUMERATION.matcher(surface);
        return e.matches() && lowerWords.contains(e.group(1).toLowerCase(Locale.ROOT));
    }

    /** The mention up to its first semicolon, or null when nothing of a name is left before it. */
    private static Mention cutAtSemicolon(Mention m) {
        int cut = m.surface().indexOf(';');
        if (cut < 0 || m.arxivId() != null || m.type() == EntityType.PAPER) { // a title may hold one
            return m;
        }
        String kept = m.surface().substring(0, cut).stripTrailing();
        if (Names.key(kept).isEmpty()) {
            return null;
        }
        return new Mention(m.start(), m.start() + kept.length(), kept, m.type(), m.confidence(), m.finder(), m.kbId(),
                m.arxivId(), m.title());
    }

    /** "Title [16" → "Title"; null when nothing is left. */
    private static Mention cutUnclosedBracket(Mention m) {
        String t = m.surface();
        int cut = -1;
        for (char[] pair : new char[][] {{'[', ']'}, {'(', ')'}}) {
            int open = t.lastIndexOf(pair[0]);
            if (open >= 0 && t.indexOf(pair[1], open) < 0) {
                cut = cut < 0 ? open : Math.min(cut, open);
            }
        }
        if (cut < 0) {
            return m;
        }
        String kept = t.substring(0, cut).stripTrailing();
        if (Names.key(kept).isEmpty()) {
            return null;
        }
        return new Mention(m.start(), m.start() + kept.length(), kept, m.type(), m.confidence(), m.finder(), m.kbId(),
                m.arxivId(), m.title());
    }

    /**
     * A model's name cut inside its last word ("OpenFlamingo-9" of "OpenFlamingo-9B", "StarCoder" of
     * "StarCoder2") is the whole word's: the mention grows to the end of the word when that adds at most
     * six letters or digits; a version or size makes another model, so the knowledge-base link goes.
     */
    /** What follows a point in a piece of software's name: "Node.js", "ASP.NET", "Three.mjs". */
    private static final Pattern CODE_SUFFIX = Pattern.compile("(?:js|ts|jsx|tsx|mjs|cjs|py|rb|NET|net|cpp)\\b");

    private static Mention extendModel(String text, Mention m) {
        if (m.type() != EntityType.MODEL || (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1)))) {
            return null;
        }
        int e = m.end();
        while (e < text.length() && e - m.end() <= 6 && (Character.isLetterOrDigit(text.charAt(e))
                || (text.charAt(e) == '.' && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1))))) {
            e++;
        }
        if (e - m.end() > 6 || (e < text.length() && Character.isLetterOrDigit(text.charAt(e)))) {
            return null;
        }
        String surface = text.substring(m.start(), e);
        return new Mention(m.start(), e, surface, m.type(), m.confidence(), m.finder(), null, null, null);
    }

    private static final Pattern HYPHEN_PART = Pattern.compile(
            "-(?:[A-Z0-9][\\p{L}\\d]*|(?:large|base|small|tiny|mini|xl|xxl|instruct|chat|turbo|pro|lite|plus|medium|nano|"
                    + "micro|max|ultra|flash|vision|coder|math|audio|preview|exp|[a-z]\\d[\\d.]*)\\b)");
    private static final Set<String> SUFFIXES = Set.of("based", "powered", "style", "like", "inspired", "sized", "level",
            "class", "scale", "derived", "initialized", "compatible", "type", "equivalent", "grade", "only", "free");

    /** The first words of the document's organizations, lower-cased: "baichuan" of "Baichuan AI". */
    private static Set<String> makerWords(List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention o : mentions) {
            if (o.type() == EntityType.ORGANIZATION) {
                out.add(o.surface().split("[\\s-]")[0].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether an English prefix in Title Case is glued by a hyphen right before {@code start}: "Super-", "Multi-", "Self-". */
    private static boolean titleCasePrefixBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '-' || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        Matcher g = GLUED_PREFIX.matcher(text).region(Math.max(0, start - 20), start).useTransparentBounds(true);
        return g.find() && Character.isUpperCase(g.group(1).charAt(0))
                && ENGLISH_PREFIXES.contains(g.group(1).toLowerCase(Locale.ROOT));
    }

    /** A release number glued to a name by a point: ".2" of "Wren.2" (not a sentence's period: a digit follows). */
    private static final Pattern POINT_VERSION = Pattern.compile("\\.\\d{1,2}(?:\\.\\d{1,2})?");

    /**
     * A model's name with the rest of it: over a hyphen to a capitalized part, a number or a size word
     * ("CLIP-ViL", "BERT-large", "GPT-2-XL"; never to "-based", "-style" and the like, which make a modifier),
     * a patch size ("ViT-H/14"), a version, size or variant word after a space ("Claude Sonnet 3.7", "Llama 2
     * 70B"; not a count, "GPT-4 10 times"), a language before it ("Korean CLIP") and a word glued before it
     * ("all-Corvid-L6"; not an English prefix, a format or the name of one of {@code makerWords}, the document's
     * organizations' first words); a release number glued by a point ("Corvid.2") makes another model too.
     */
    private static Mention grown(String text, Mention m, Set<String> makerWords) {
        int e = m.end();
        for (int parts = 0; parts < 2; parts++) {
            Matcher h = HYPHEN_PART.matcher(text);
            h.region(e, Math.min(text.length(), e + 24));
            if (!h.lookingAt() || SUFFIXES.contains(h.group().substring(1).toLowerCase(Locale.ROOT))
                    || (h.end() < text.length() && Character.isLetterOrDigit(text.charAt(h.end())))) {
                break;
            }
            e = h.end();
        }
        Matcher point = POINT_VERSION.matcher(text);
        point.region(e, Math.min(text.length(), e + 8));
        if (e == m.end() && Character.isLetter(text.charAt(e - 1)) && point.lookingAt()
                && (point.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(point.end())))) {
            e = point.end(); // "Wren.2", "FLUX.1": a release numbered after a point glued to the name is a model of its own
        }
        Matcher patch = PATCH_SIZE.matcher(text);
        patch.region(e, Math.min(text.length(), e + 12));
        if (patch.lookingAt() && (patch.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(patch.end())))) {
            e = patch.end(); // "ViT-H/14", "ViT-L/14@336px": a vision transformer's patch size is part of its name
        }
        for (int parts = 0; parts < 3; parts++) {
            Matcher v = SPACED_PART.matcher(text);
            v.region(e, Math.min(text.length(), e + 24));
            if (!v.lookingAt() || (v.group(1) != null && Character.isDigit(text.charAt(e - 1)))
                    || unitFollows(text, v.end())) {
                break; // "GPT-4 10 times": a count after a versioned name is no part of it
            }
            if (capitalizedWordAt(text, v.end()) && !SPACED_PART.matcher(text).region(v.end(), Math.min(text.length(), v.end() + 24)).lookingAt()) {
                break; // "Vision" of "Self-supervised Vision Transformers": a longer name goes on, not this one
            }
            e = v.end();
        }
        int plus = 0;
        while (e + plus < text.length() && text.charAt(e + plus) == '+' && plus < 2) {
            plus++;
        }
        if (plus > 0 && (e + plus == text.length() || !Character.isLetterOrDigit(text.charAt(e + plus))
                && text.charAt(e + plus) != '+')) {
            e += plus; // "Command R+", "PointNet++": plus signs glued to a model's name make another model
        }
        int b = m.start();
        Matcher p = LANGUAGE_PREFIX.matcher(text);
        p.region(Math.max(0, b - 14), b);
        if (p.find() && p.end() == b && (p.start() == 0 || !Character.isLetterOrDigit(text.charAt(p.start() - 1)))) {
            b = p.start(); // "Chinese CLIP": a model made for one language is a model of its own
        }
        if (b == m.start() && !Character.isLowerCase(text.charAt(b))) { // ("pytorch-transformers": a package's name)
            Matcher g = GLUED_PREFIX.matcher(text).region(Math.max(0, b - 20), b).useTransparentBounds(true);
            if (g.find() && !ENGLISH_PREFIXES.contains(g.group(1).toLowerCase(Locale.ROOT))
                    && !FILE_PREFIXES.contains(g.group(1).toLowerCase(Locale.ROOT))
                    && !makerWords.contains(g.group(1).toLowerCase(Locale.ROOT))) {
                // "all-Corvid-L6", "PP-Corvid": a word glued before a model's name makes another model; but the
                // maker's name glued before it ("Velto-Corvid" where Velto AI is named) is the same model's
                b = g.start();
            }
        }
        if (e == m.end() && b == m.start()) {
            return m;
        }
        return new Mention(b, e, text.substring(b, e), m.type(), m.confidence(), m.finder(), null, null, null);
    }

    /**
     * "Claude Sonnet 3.7", "Kimi k1.5", "Gemini 1.5 Pro", "Llama 2 70B": a version, a size or a variant word
     * after a space goes on with the model's name (group 1 is a bare version number).
     */
    private static final Pattern SPACED_PART = Pattern.compile(
            " (?:(\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-z]?)|[vVkKrR]\\d{1,2}(?:\\.\\d{1,2}){0,2}|\\d{1,3}(?:\\.\\d)?[BMK]"
                    + "|Chat|Instruct|Sonnet|Opus|Haiku|Pro|Mini|Nano|Turbo|Vision|VL|Coder|Math|Audio|Flash|Ultra|Max|Plus"
                    + "|Lite|Base|Large|Medium|XL|Omni|Reasoner|Thinking|Preview)(?![\\p{L}\\d%'’-]|[.,]\\d)");
    /** A word glued by a hyphen right before a name, the word alone (not the end of a longer compound). */
    private static final Pattern GLUED_PREFIX = Pattern.compile("(?<![\\p{L}\\d_.-])(\\p{L}[\\p{L}\\d]{0,15})-$");
    /** Prefixes of English words, which make no new name: "non-BERT", "pre-Transformer", "multi-GPT". */
    private static final Set<String> ENGLISH_PREFIXES = Set.of("non", "pre", "post", "anti", "multi", "cross", "sub",
            "super", "semi", "pseudo", "self", "co", "re", "un", "de", "mid", "over", "under", "inter", "intra", "ex",
            "vs", "and", "or", "the", "a", "an", "our", "new", "old", "in", "on", "via", "per", "x", "e", "i", "micro", "macro");
    /** Formats, frameworks and hosts glued before a model's name ("ONNX-Corvid", "hf-Corvid"): the same model. */
    private static final Set<String> FILE_PREFIXES = Set.of("onnx", "gguf", "ggml", "torch", "pytorch", "tf", "tflite",
            "jax", "flax", "mlx", "coreml", "hf", "awq", "gptq", "exl2", "int4", "int8", "fp16", "bf16", "openvino", "trt");
    private static final Pattern PATCH_SIZE = Pattern.compile("/\\d{1,3}(?:@\\d{2,4}(?:px)?)?");
    private static final Pattern LANGUAGE_PREFIX = Pattern.compile(
            "(?:Chinese|Japanese|Korean|Arabic|French|German|Spanish|Italian|Russian|Hindi|Multilingual) ");
    private static final Set<String> UNITS = Set.of("times", "percent", "points", "point", "billion", "million",
            "thousand", "tokens", "parameters", "params", "languages", "layers", "gpus", "hours", "days", "years",
            "months", "weeks", "minutes", "seconds", "x", "of", "out", "per");

    /** Whether a capitalized word follows {@code at} after one space. */
    private static boolean capitalizedWordAt(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == ' ' && Character.isUpperCase(text.charAt(at + 1));
    }

    /** Whether the word after {@code at} is a unit or a conjunction of counts: "3 times", "2 of them". */
    private static boolean unitFollows(String text, int at) {
        Matcher w = WORD.matcher(text);
        w.region(at, Math.min(text.length(), at + 20));
        return w.find() && w.start() <= at + 1 && UNITS.contains(w.group().toLowerCase(Locale.ROOT));
    }

    /** A number after a space that ends a guessed name: before "-layer", "-way", it counts, and names no version. */
    private static final Pattern COUNT_BEFORE_HYPHEN = Pattern.compile("\\s\\d+$");
    /** What a number before a hyphen counts: "-layer", "-way", "-shot", "-bit" ("Heron 2-mini" is a model's size). */
    private static final Pattern COUNTED_UNIT = Pattern.compile("-(?:layers?|way|stage|step|shot|bit|fold|class|point|level|tier"
            + "|dimensional|head|block|channel|phase|pass|hop|gram|word|token|letter|digit|pixel|frame|second|minute|hour|day)\\b");
    /** A dash between spaces: a label and what follows it ("Recognition - 7 emotions", "Bundler 5 - Module federation"). */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—]\\s");

    /** A span that starts or ends inside a word (a plural "s" after a name is not a fragment). */
    private static boolean fragment(String text, Mention m) {
        if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
            return true;
        }
        int e = m.end();
        // "CIFAR" of "CIFAR-10": a name cut before its number
        if (e + 1 < text.length() && text.charAt(e) == '-' && Character.isDigit(text.charAt(e + 1))) {
            return true;
        }
        // "Inflection-2" of "Inflection-2.5": a version number cut at its point
        if (e + 1 < text.length() && text.charAt(e) == '.' && Character.isDigit(text.charAt(e + 1))
                && e > 0 && Character.isDigit(text.charAt(e - 1))) {
            return true;
        }
        if (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            int k = e;
            if (text.charAt(k) == 's') {
                k++;
            } else if (text.startsWith("es", k)) {
                k += 2;
            }
            return k == e || (k < text.length() && Character.isLetterOrDigit(text.charAt(k)));
        }
        return false;
    }

    /**
     * A digit, a capital inside a word that also has lower-case letters ("MVDream", "OpenAI"), an acronym of
     * three letters or more ("GPT", "BERT") or a middle dot: written as a name, not as a word. "AI" or "ML"
     * at the end of a phrase ("Preventing AI") is not enough.
     */
    static boolean nameShaped(String surface) {
        if (VERSIONED_WORD.matcher(surface).find()) {
            return true; // "Heron-3", "Corvid-2.5": a word and its version number, glued by a hyphen
        }
        for (String w : surface.split("[\\s-]+")) {
            if (w.matches("\\d+[A-Za-z]?")) {
                continue; // "3D", "4K", "7B": a measure, not a name's shape
            }
            boolean lower = w.chars().anyMatch(Character::isLowerCase);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || c == '·' || (i > 0 && Character.isUpperCase(c) && (lower || w.length() >= 3))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence reads as a title in the forms the models saw: a prose headline whose common
     * words the annotator gave back their lower case is prose again, a heading or a title stays a title.
     */
    boolean titleCase(Sentence s) {
        if (s.tokens().isEmpty()) {
            return titleCase(s.text());
        }
        StringBuilder forms = new StringBuilder(s.text().length());
        for (org.aikg.ingest.annotate.Token t : s.tokens()) {
            forms.append(t.text()).append(' ');
        }
        return titleCase(forms.toString());
    }

    /**
     * Whether the organization stands where a document puts a person's affiliation: right after a person
     * kept so far, set off by a comma, a parenthesis, "@" or a dash.
     */
    private static boolean afterPerson(String text, List<Mention> kept, Mention m) {
        if (kept.isEmpty()) {
            return false;
        }
        Mention before = kept.get(kept.size() - 1);
        if (before.type() != EntityType.PERSON || before.end() > m.start() || m.start() - before.end() > 4) {
            return false;
        }
        return AFFILIATION_MARKS.contains(text.substring(before.end(), m.start()).strip());
    }

    /** What sets a person's organization off after the name: "A, Org", "A (Org", "A @ Org", "A - Org". */
    private static final Set<String> AFFILIATION_MARKS = Set.of(",", "(", "@", "-", "\u2013", "\u2014", "|");

    /**
     * Nine in ten words of four letters or more, function words aside, start with a capital: a heading or a
     * title. A title capitalizes every word that is not a function word, so one word of its own in lower case
     * ("Harbor Labs releases Corvid-7B") shows a line written in sentence case, whose capitals are names.
     */
    static boolean titleCase(String sentence) {
        int words = 0;
        int upper = 0;
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            if (w.group().length() >= 4 && !Lexicon.TITLE_FUNCTION_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) {
                words++;
                if (Character.isUpperCase(w.group().charAt(0))) {
                    upper++;
                }
            }
        }
        return words >= 4 && upper * 10 >= words * 9;
    }

    /**
     * A heading that credits people: "Created by Ana Lind and Tomas Berg", "Authors: ...". Its capitals are names, not
     * a title's style.
     */
    private static final Pattern CREDIT_HEADING = Pattern.compile(
            "(?i)\\W*(?:(?:created|written|maintained|developed|made|built|designed|authored|curated|edited|translated)"
                    + "(?: with \\S+)? by\\b|(?:authors?|maintainers?|contributors?|credits?)\\s*:)");

    /** Organizations whose short name is also a licence's. */
    private static final Pattern LICENCE_ACRONYM = Pattern.compile("MIT|BSD|Apache|ISC|Mozilla");
    private static final Pattern LICENCE_WORD = Pattern.compile("(?i)\\blicen[cs](?:e|ed|es|ing)\\b");
    /** What introduces a licence right before its name: "licensed under the", "License: **". */
    private static final Pattern LICENCE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:licen[cs]ed|released|distributed|available|offered)\\s+under\\s+(?:the\\s+)?(?:terms\\s+of\\s+(?:the\\s+)?)?"
                    + "|\\blicen[cs]e\\s*[:=]\\s*)[*_\\[`]*$");
    /** A licence's identifier in capitals, as SPDX writes most: "MPL-2.0", "GPL-3.0-only". */
    private static final Pattern UPPER_LICENCE_ID = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)*-\\d+\\.\\d+(?:-only|-or-later)?");
    /** A licence's identifier as SPDX writes it: a name, a hyphen and a version ("MPL-2.0", "Quill-1.0-only"). */
    private static final Pattern LICENCE_ID = Pattern.compile("\\p{L}[\\p{L}.+]*(?:-\\p{L}[\\p{L}.+]*)*-\\d+\\.\\d+(?:-only|-or-later)?");

    /** A name that ends in a noun of software packaging: an extension, a plug-in, a wrapper, an app. */
    private static final Pattern SOFTWARE_PART = Pattern.compile(
            " (?:Extension|Extensions|Plugin|Plugins|Plug-in|Plug-ins|Add-on|Add-ons|Addon|Addons|Shortcut|Shortcuts|"
                    + "Widget|Widgets|Bindings|Binding|Wrapper|Wrappers|SDK|CLI|App|Apps|Demo)$");

    /** Whether the heading of the section that holds {@code offset} is about the licence ("License", "Licensing"). */
    static boolean underLicenceHeading(org.aikg.ingest.read.Document document, int offset) {
        return underHeading(headings(document), document.text(), offset, LICENCE_WORD);
    }

    /** Finders that type a name a model by its shape, by its neighbours in a list or by statistics alone. */
    static final Set<String> GUESSED_MODEL = Set.of("pattern:list", "pattern:model-shape", "statistical",
            ModelSectionFinder.FINDER);
    /** Headings of the sections where a README lists the software it needs or is built from. */
    private static final Pattern DEPENDENCY_HEADING = Pattern.compile("(?i)\\b(?:dependencies|dependency|third[- ]party"
            + "|libraries|requirements|prerequisites|built with|building|build|installation|installing|compiling"
            + "|compilation|tech stack|packaging)\\b");

    /** The document's headings, in order. */
    static List<Block> headings(org.aikg.ingest.read.Document document) {
        return document.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).toList();
    }

    /**
     * Whether the last of {@code headings} (in document order) that starts at or before {@code offset} ends
     * before it and matches {@code words}: found by binary search, so a long document's many mentions stay cheap.
     */
    static boolean underHeading(List<Block> headings, String text, int offset, Pattern words) {
        int lo = 0;
        int hi = headings.size() - 1;
        Block heading = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid).start() <= offset) {
                heading = headings.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return heading != null && heading.end() <= offset
                && words.matcher(text.substring(heading.start(), heading.end())).find();
    }

    /** A licence word within 40 characters of the mention, on either side, in its block (no line break between). */
    static boolean licenceNear(String text, Mention m) {
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(text.length(), m.end() + 40);
        int before = text.lastIndexOf('\n', m.start());
        int after = text.indexOf('\n', m.end());
        from = Math.max(from, before + 1);
        to = after >= 0 ? Math.min(to, after) : to;
        return LICENCE_WORD.matcher(text).region(from, to).find();
    }

    private static boolean followedBy(String text, int end, Set<String> words) {
        Matcher w = WORD.matcher(text);
        w.region(end, Math.min(text.length(), end + 30));
        return w.find() && text.substring(end, w.start()).isBlank() && words.contains(w.group().toLowerCase(Locale.ROOT));
    }

    /** A cue word among the four words before the title, or right after it ("the “X” course"). */
    private boolean notAPaper(String text, Sentence s, Mention m) {
        List<String> before = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        w.region(Math.max(s.start(), m.start() - 80), m.start()); // four words back need no more
        while (w.find()) {
            before.add(w.group().toLowerCase(Locale.ROOT));
        }
        for (int k = Math.max(0, before.size() - 4); k < before.size(); k++) {
            if (notPaperCues.contains(before.get(k))) {
                return true;
            }
        }
        if (s.kind() == Block.Kind.REFERENCE) {
            return false; // after a title in a reference comes its venue: "Lecture Notes in ...", "Workshop on ..."
        }
        w.region(m.end(), s.end());
        int after = 0;
        while (w.find() && after++ < 2) {
            if (notPaperCues.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCaseWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String g = w.group();
            if (Character.isLowerCase(g.charAt(0)) && !inAddress(text, w.start(), w.end())) {
                out.add(g.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Whether the word at {@code [start, end)} is a piece of an address, a path or a file's name ("github.com/velto/wrenfold",
     * "wrenfold_notes.txt"): written so, a name in small letters says nothing of how the text writes it as a word.
     */
    private static boolean inAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean gluedAfter = "/_@\\".indexOf(after) >= 0 || (after == '.' || after == ':') && end + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(end + 1));
        return "/_@\\.:".indexOf(before) >= 0 && start > 1 && !Character.isWhitespace(text.charAt(start - 2)) || gluedAfter;
    }
}
