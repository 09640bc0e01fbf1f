package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;

/**
 * Organizations the dictionary does not know, by their shape: "University of X", "X University",
 * "X Institute of Technology", "X Labs", "X Research", "X AI", "X Inc.", and company domains written as
 * names ("comma.ai", "Scale.com").
 *
 * <p>Thread-safety: immutable.
 */
public final class OrganizationFinder implements MentionFinder {
    private static final String CAP = "(?:[A-Z][\\p{L}&'-]*|[A-Z]{2,})";
    /** One or two capitalized words before "University of", after a list's comma, a parenthesis or a lower-case word. */
    private static final Pattern NAME_BEFORE_INSTITUTION = Pattern.compile(
            "(?:^|[,(;:] ?|\\p{Ll} )((?:\\p{Lu}\\p{Ll}+ ){1,2})$");
    /** Capitalized words of a field, joined by "and", "&amp;" or a preposition ("Research on Foundation Models"). */
    private static final String FIELD = CAP + "(?:(?: (?:of|for|on|the|and|&))? " + CAP + "){0,3}";
    /**
     * "University of Oslo", "Department of Computer Science", "Center for Vision and Speech Processing": an institution
     * noun, "of"/"for"/"on" and its place or field (a "for" or "on" only after nouns of research institutions).
     */
    private static final Pattern UNIVERSITY_OF = Pattern.compile(
            "\\b(?:The )?(?:(?:University|Institute|Academy|College|School|Department|Faculty|Ministry|Division) of|"
                    + "(?:Center|Centre|Laboratory|School|Faculty|Ministry) (?:for|on)|(?:Center|Centre|Laboratory) of)"
                    + "(?: the)? " + FIELD);
    /**
     * "Allen Institute for AI", "Harbor Center for Research on Speech", "NSF Institute on the Foundations of
     * Learning": a name, an institution noun, "for"/"on"/"of" and what it studies. (A name that opens with
     * the institution noun is {@link #UNIVERSITY_OF}'s.)
     */
    private static final Pattern INSTITUTE_FOR = Pattern.compile(
            "\\b(?:" + CAP + " ){1,3}(?:Institute|Center|Centre|Laboratory|School|College|Academy) (?:for|on|of)(?: the)? "
                    + CAP + "(?:(?: (?:of|for|on|the|and|&))? " + CAP + "){0,4}");
    private static final Pattern INSTITUTION = Pattern.compile("(?:Institute|Center|Centre|Laboratory|School|College|Academy) ");

    private static final String SUFFIX = "(?: (?:University|Institute(?: of Technology)?|Labs?|Laboratory|Laboratories|Consortium|"
            + "Research|AI|Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|LLC|GmbH|Foundation|College|Academy|"
            + "Technologies|Robotics|Systems|Team|Group|Unit)\\b"
            // a company's legal form written with its periods, which end no word ("Velto Software S.L.", "Quillon B.V.")
            + "| (?:S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|S\\.r\\.l\\.|B\\.V\\.|N\\.V\\.|S\\.A\\.S\\.|K\\.K\\.)(?=[\\s,;:)]|$)"
            // not "SRL" (semantic role labelling), "PLC" (a logic controller) nor "Limited" ("Seats Limited to ten")
            + "| (?:SARL|LLP|Pty Ltd\\.?)\\b)";
    private static final Pattern SUFFIXED = Pattern.compile("\\b" + CAP + "(?: " + CAP + "){0,3}" + SUFFIX);
    /**
     * "Harbor Perception and Language Sciences Unit": two fields joined by "and" before the kind, kept only when the
     * words after "and" are fields ({@link InstitutionWords}); "Velto Labs and Quillon Labs" is {@link #SUFFIXED}'s two.
     */
    private static final Pattern SUFFIXED_JOINED = Pattern.compile(
            "\\b" + CAP + "(?: " + CAP + "){0,2} (?:and|&) " + CAP + "(?: " + CAP + "){0,2}" + SUFFIX);
    /** "Graphics Processing Unit", "Gated Recurrent Unit": a unit of hardware or of a network, not of an organization. */
    private static final Pattern DEVICE_UNIT = Pattern.compile(
            " (?:Processing|Linear|Recurrent|Control|Logic|Arithmetic|Power|Measurement|Display|Memory|Storage|Execution|"
                    + "Graphics|Tensor|Neural|Inertial|Attention|Exponential|Gated|Sampling|Rendering|Compute|Matrix) Unit$");
    /** The suffixes that name a unit of a larger organization ("the Speech Group at Velto University"). */
    private static final Pattern UNIT_SUFFIX = Pattern.compile(" (?:Labs?|Laboratory|Team|Group)$");
    private static final Pattern GROUP_NAME_GOES_ON = Pattern.compile(" \\p{Lu}");
    /** What follows a unit's name to say whose unit it is. */
    private static final Pattern UNIT_OF = Pattern.compile(" (?:at|of|in|within)(?: the)? \\p{Lu}");
    /** "velto.ai", "Quillon.io", "Kestrel.AI" (a capitalized name before ".AI": "env.AI" is code). */
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w/.@])(?:[A-Za-z][A-Za-z0-9-]{1,30}\\.(?:ai|io|com)|[A-Z][A-Za-z0-9-]{1,30}\\.AI)\\b(?![./\\w])");
    private static final Set<String> BAD_HEADS = Set.of("Generative", "Responsible", "Open", "Conversational",
            "Explainable", "Applied", "Artificial", "General", "Narrow", "Human", "Ethical", "Trustworthy",
            "Machine", "Deep", "The", "This", "Our", "Why", "How", "What", "State", "Stable", "Edge", "Embodied");

    private static final Set<String> DETERMINERS = Set.of("The", "This", "That", "These", "Our", "Their", "Its", "His",
            "Her", "Your", "My", "A", "An", "Each", "Every", "Any", "Some");

    private static final Set<String> WEAK_SUFFIXES = Set.of("AI", "Research", "Systems", "Technologies", "Robotics", "Team",
            "Group", "Unit");

    /** True when the {@code count} tokens from {@code start} are tagged proper nouns and none opens the sentence. */
    private static boolean properNounHead(Sentence s, int start, int count) {
        int i = s.tokenAt(start);
        if (i == 0) {
            return false;
        }
        for (int k = i; k < i + count && k < s.tokens().size(); k++) {
            if (!s.tokens().get(k).properNoun()) {
                return false;
            }
        }
        return true;
    }

    /** "the Brain team at Google": a unit named by its parent's name and its own. */
    private static final Pattern UNIT_AT = Pattern.compile(
            "\\bthe ((?:\\p{Lu}[\\p{L}-]+)(?: \\p{Lu}[\\p{L}-]+)?) (?:team |group |lab |division |unit )?at (\\p{Lu}[\\p{L}-]+)");
    /** "Connectera creates an AI-powered device": a name doing what companies do. */
    private static final Pattern COMPANY_VERB = Pattern.compile(
            "(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2}) (?:has |have |just |recently )?(?:raised|raises|acquired|acquires|"
                    + "hired|hires|sells|creates|launched|launches|released|releases|open-sourced|open-sources|announced|announces|unveiled|unveils|partnered|is hiring|was founded|"
                    + "was acquired|is a (?:\\w+ ){0,3}"
                    + "(?:company|startup|start-up|lab|non-profit|nonprofit|firm))\\b");

    /** A lower-case particle of a family name right before a name: "de", "van der", "von", "da", "bin". */
    private static final Pattern NAME_PARTICLE_BEFORE = Pattern.compile(
            "(?:^|\\s)(?:de|da|di|du|del|della|van|von|der|den|ter|le|la|bin|ibn|al|dos|das)\\s$");

    private static final String NAME_RUN = "(\\p{Lu}[\\p{L}\\d&.'-]*[\\p{L}\\d](?: \\p{Lu}[\\p{L}\\d&.'-]*[\\p{L}\\d]){0,2})";
    /** "AI startup Inceptive", "the research lab Conjecture": a kind of organization, then its name. */
    private static final Pattern KIND_THEN_NAME = Pattern.compile(
            "\\b(?:[Ss]tartup|[Ss]tart-up|[Cc]ompany|companies|[Ll]ab|[Ff]irm|[Nn]onprofit|[Nn]on-profit|unicorn|institute)(?: called| named)? "
                    + NAME_RUN + "(?![\\p{L}\\d-])");
    /** "Inceptive, a biotech startup", "Quuxford, the London lab": a name, then the kind. */
    private static final Pattern NAME_THEN_KIND = Pattern.compile(
            NAME_RUN + ", (?:a|an|the) (?:[\\p{L}\\d$-]+ ){0,3}(?:startup|start-up|company|lab|laboratory|firm|nonprofit|"
                    + "non-profit|unicorn|maker|developer|chipmaker|research group|institute)\\b(?!['’])");
    /** "CEO of Acme", "a researcher at Quuxford": a role, then where it is held. */
    private static final Pattern ROLE_AT = Pattern.compile(
            "\\b(?:CEO|CTO|COO|CFO|founder|co-founder|cofounder|president|director|researchers?|engineers?|scientists?|"
                    + "professor|employees?|head of [\\p{L}]+|chief [\\p{L}]+ (?:officer|scientist)) (?:at|of) " + NAME_RUN
                    + "(?![\\p{L}\\d-])");

    /** "co-founded Safe Superintelligence": what someone founds is an organization. */
    private static final Pattern FOUNDED = Pattern.compile(
            "\\b(?:founded|co-founded|cofounded|started a company called|launched a startup called) " + NAME_RUN
                    + "(?![\\p{L}\\d-])");

    /** "Modular, co-founded by ...", "Acme, which was founded by ...": what is founded by people is an organization. */
    private static final Pattern FOUNDED_BY = Pattern.compile(
            NAME_RUN + ",? (?:(?:which|that) )?(?:was |is |has been )?(?:co-founded|cofounded|founded|co-founded in \\d{4}|founded in \\d{4}) by\\b");

    /** "a partnership with Vox Media", "teamed up with Acme": whom companies partner with is a company. */
    private static final Pattern PARTNER_WITH = Pattern.compile(
            "\\b(?:partnership|partnerships|partnered|partnering|partners|teamed up|teams up|collaboration|collaborating|"
                    + "deal|agreement|alliance) with " + NAME_RUN + "(?![\\p{L}\\d-])");
    /** "Acme's CEO", "Quuxford's researchers": a name that has a chief executive or staff is an organization. */
    private static final Pattern POSSESSIVE_ROLE = Pattern.compile(
            NAME_RUN + "['’]s? (?:CEO|CTO|COO|CFO|chief executive|co-founders?|cofounders?|founders?|spokesperson|"
                    + "employees|staff|board|researchers|engineers|scientists|headquarters|investors|shareholders)\\b");

    private static final InstitutionWords WORDS = InstitutionWords.bundled();
    private final KnowledgeBase kb;

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** True when a capitalized word that may be a name's ends right before {@code at} ("NYU Center ..."). */
    private static boolean nameWordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return false;
        }
        int from = at - 1;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String w = text.substring(from, at - 1);
        // ("Research Center of ...": even a common word, capitalized mid-sentence, is the name's own)
        return w.matches(CAP) && !DETERMINERS.contains(w) && !Lexicon.TITLE_FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    public OrganizationFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Nouns of products and events that an organization's name modifies ("Harbor AI SDK", "Corvid Labs Summit"). */
    private static final Pattern PRODUCT_AFTER = Pattern.compile(" (?:(?:JavaScript|TypeScript|Python|Java|Go|Rust|Swift|"
            + "Kotlin|Node(?:\\.js)?|C\\+\\+|C#|\\.NET|Android|iOS|Web|Cloud|REST|Mobile|Desktop) )?(?:SDK|SDKs|API|APIs|Tech Talks?|Talks?|Blog|Platform|"
            + "Studio|Toolkit|Kit|Library|Framework|Apps?|Engine|Challenge|Summit|Conference|Workshop|Hub|Playground|"
            + "Assistant|Plugin|Extension|Gallery|Demo|Podcast|Newsletter|Suite|Runtime|Compiler|CLI|Package|Toolbox|"
            + "Hackathon|Webinar|Meetup|Console|Marketplace|Store|Gateway|Foundry|Portal|Dashboard|Cookbook|Docs|Documentation)\\b");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        Matcher unit = UNIT_AT.matcher(sentence.text());
        while (unit.find()) {
            String name = unit.group(2) + " " + unit.group(1);
            kb.lookup(Names.key(name)).stream().filter(e -> e.entityType() == EntityType.ORGANIZATION).findFirst()
                    .ifPresent(e -> found.add(new Mention(sentence.start() + unit.start(1), sentence.start() + unit.end(1),
                            unit.group(1), EntityType.ORGANIZATION, 0.8, "pattern:unit-at", e.id(), null, null)));
        }
        for (Pattern p : List.of(KIND_THEN_NAME, NAME_THEN_KIND, ROLE_AT, FOUNDED, FOUNDED_BY, PARTNER_WITH, POSSESSIVE_ROLE)) {
            Matcher m = p.matcher(sentence.text());
            while (m.find()) {
                String name = m.group(1);
                String first = name.split(" ")[0];
                if (!Lexicon.notAName(first) && !kb.isFirstName(first) && !Lexicon.TITLE_FUNCTION_WORDS.contains(
                        first.toLowerCase(java.util.Locale.ROOT))) {
                    found.add(Mention.of(sentence.start() + m.start(1), sentence.start() + m.end(1), name,
                            EntityType.ORGANIZATION, 0.6, "pattern:org-context"));
                }
            }
        }
        Matcher company = COMPANY_VERB.matcher(sentence.text());
        while (company.find()) {
            String name = company.group(1);
            // "Ana de Vries released her thesis": a surname after its particle is a person's
            if (!Lexicon.notAName(name.split(" ")[0]) && !kb.isFirstName(name.split(" ")[0])
                    && kb.lookup(Names.key(name)).isEmpty()
                    && !NAME_PARTICLE_BEFORE.matcher(sentence.text()).region(0, company.start(1)).find()) {
                found.add(Mention.of(sentence.start() + company.start(1), sentence.start() + company.end(1), name,
                        EntityType.ORGANIZATION, 0.55, "pattern:company-verb"));
            }
        }
        Matcher uni = UNIVERSITY_OF.matcher(sentence.text());
        while (uni.find()) {
            String text = sentence.text();
            int from = uni.group().startsWith("The ") ? uni.start() + 4 : uni.start();
            if (from == uni.start()) {
                // "Swinburne University of Technology", "..., Queen Mary University of London": a name may open with
                // one or two words of its own where a list, an address or a lower-case word ends before it
                Matcher lead = NAME_BEFORE_INSTITUTION.matcher(text).region(Math.max(0, from - 60), from);
                if (lead.find() && java.util.Arrays.stream(lead.group(1).strip().split(" ")).noneMatch(w -> Lexicon.notAName(w)
                        || BAD_HEADS.contains(w) || Lexicon.TITLE_FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                    from = lead.start(1);
                }
            }
            String head = uni.group().startsWith("The ") ? uni.group().substring(4) : uni.group();
            boolean placed = head.startsWith("University") || head.startsWith("Academy") || head.startsWith("College");
            String[] headWords = head.split(" ");
            if (headWords.length > 2 && WORDS.head(headWords[2])) {
                // "Center of University of Oslo": an institution's noun does not open the field of another; read on
                // from it ("University of Oslo")
                uni.region(text.indexOf(headWords[2], uni.start() + headWords[0].length()), text.length());
                continue;
            }
            if (!placed && from == uni.start() && nameWordBefore(text, from)) {
                continue; // "NYU Center for Data Science": a name of its own comes first, INSTITUTE_FOR reads it
            }
            int end = from + WORDS.headedLength(text.substring(from, uni.end()));
            if (WORDS.endsNoName(lastWord(text.substring(from, end)))) {
                continue; // "Centre for Digital music": the name goes on in lower case
            }
            found.add(Mention.of(sentence.start() + from, sentence.start() + end, text.substring(from, end),
                    EntityType.ORGANIZATION, 0.8, "pattern:university-of"));
        }
        Matcher inst = INSTITUTE_FOR.matcher(sentence.text());
        while (inst.find()) {
            // "Yesterday Harbor Institute for ...": leading words that are no name are not the institute's
            String name = inst.group();
            int cut = 0;
            for (String w : name.split(" ")) {
                if (w.equals("The") || BAD_HEADS.contains(w) || Lexicon.notAName(w)) {
                    cut += w.length() + 1;
                } else {
                    break;
                }
            }
            if (cut < name.length() && !INSTITUTION.matcher(name.substring(cut)).lookingAt()) {
                int length = WORDS.headedLength(name.substring(cut));
                if (WORDS.endsNoName(lastWord(name.substring(cut, cut + length)))) {
                    continue;
                }
                found.add(Mention.of(sentence.start() + inst.start() + cut, sentence.start() + inst.start() + cut + length,
                        name.substring(cut, cut + length), EntityType.ORGANIZATION, 0.75, "pattern:institute-for"));
            }
        }
        suffixedNames(SUFFIXED, sentence, found);
        suffixedNames(SUFFIXED_JOINED, sentence, found);
        Matcher d = DOMAIN.matcher(sentence.text());
        while (d.find()) {
            found.add(Mention.of(sentence.start() + d.start(), sentence.start() + d.end(), d.group(),
                    EntityType.ORGANIZATION, 0.6, "pattern:domain"));
        }
        return found;
    }

    /** The names {@code suffixed} ({@link #SUFFIXED} or {@link #SUFFIXED_JOINED}) finds, ended by a kind of organization. */
    private void suffixedNames(Pattern suffixed, Sentence sentence, List<Mention> found) {
        Matcher m = suffixed.matcher(sentence.text());
        while (m.find()) {
            int start = m.start();
            String name = m.group();
            if (name.startsWith("The ") && name.indexOf(' ', 4) > 0) {
                start += 4; // "The Speech Lab at ...": the article opens the sentence, not the name
                name = name.substring(4);
            }
            if (suffixed == SUFFIXED_JOINED && !WORDS.joinsOnlyFields(name)) {
                continue; // "Velto Labs and Quillon Labs", "Physics and Velto Labs": no fields joined
            }
            if (DEVICE_UNIT.matcher(name).find()) {
                continue;
            }
            String[] words = name.split(" ");
            String head = words[0];
            // "the Machine Learning Group at Velto University": a unit of a named organization may be named by
            // its field, which alone would be a topic ("Machine Learning Research")
            boolean unitOfNamed = UNIT_SUFFIX.matcher(name).find()
                    && UNIT_OF.matcher(sentence.text()).region(m.end(), sentence.text().length()).lookingAt();
            if (DETERMINERS.contains(head) || !unitOfNamed && (BAD_HEADS.contains(head) || Lexicon.notAName(head))) {
                continue;
            }
            // "X AI", "X Research", "X Systems" also read as topics ("Military AI"); want proper-noun heads
            // (fields joined by "and" are often tagged common nouns: there the first word alone must be a name's)
            boolean joined = name.contains(" and ") || name.contains(" & ");
            if (WEAK_SUFFIXES.contains(words[words.length - 1]) && !unitOfNamed
                    && !properNounHead(sentence, sentence.start() + start, joined ? 1 : words.length - 1)) {
                continue;
            }
            if (PRODUCT_AFTER.matcher(sentence.text()).region(m.end(), sentence.text().length()).lookingAt()) {
                continue; // "the Harbor AI SDK", "a Corvid Labs Tech Talk": the words name a product or an event
            }
            if (name.endsWith(" Group") && GROUP_NAME_GOES_ON.matcher(sentence.text()).region(m.end(),
                    sentence.text().length()).lookingAt()) {
                continue; // "Velto Group Operations Lisbon S.A.": the name goes on past "Group"
            }
            found.add(Mention.of(sentence.start() + start, sentence.start() + m.end(), name,
                    EntityType.ORGANIZATION, 0.7, "pattern:org-suffix"));
        }
    }

    private static void add(Matcher m, Sentence s, double conf, String finder, List<Mention> found) {
        while (m.find()) {
            String surface = m.group().startsWith("The ") ? m.group().substring(4) : m.group();
            int start = s.start() + m.end() - surface.length();
            found.add(Mention.of(start, s.start() + m.end(), surface, EntityType.ORGANIZATION, conf, finder));
        }
    }
}
