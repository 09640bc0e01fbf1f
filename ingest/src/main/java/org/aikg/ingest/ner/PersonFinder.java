package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * People the dictionary does not know: a title followed by a name ("Prof. Jane Doe", "Dr Ada Lovelace"),
 * a known given name followed by one or two capitalized words ("Lennart Svensson", "Emily M. Bender"), and
 * "Doe et al.".
 *
 * <p>Thread-safety: immutable.
 */
public final class PersonFinder implements MentionFinder {
    static final Set<String> TITLES = Set.of("Dr", "Prof", "Professor", "Mr", "Ms", "Mrs", "Sir", "Dame",
            "Colonel", "Lieutenant", "Sergeant", "Senator", "Governor", "Reverend");
    /** Titles and ranks that are never a person's first name, nor safe as titles ("General Motors", "Captain Marvel"). */
    private static final Set<String> NOT_GIVEN = Set.of("General", "Gen", "Major", "Captain", "Commander", "Admiral", "Col", "Capt", "Lt", "Sgt", "Cmdr",
            "President", "Judge", "Lord", "Lady", "Chancellor", "Minister", "Rev", "Saint", "King", "Queen", "Prince",
            "Princess", "Pope", "Father", "Brother", "Sister", "Uncle", "Aunt");
    /**
     * Words that open a sentence addressed to or about a person right before the name ("Contact Nia Okafor", "Thanks
     * Mei Tanaka", "Dear Ana Lind"): an imperative or a greeting, never the first word of a name of three.
     */
    private static final Set<String> ADDRESSING = Set.of("Contact", "Ask", "Email", "Mail", "Message", "Ping", "Call",
            "Thank", "Thanks", "Meet", "Follow", "Welcome", "Congratulations", "Congrats", "Dear", "Hi", "Hello", "Hey",
            "Cc", "Cheers", "Credit", "Kudos", "Invite", "Tag", "Mention", "Cite");
    private final KnowledgeBase kb;

    public PersonFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    static final java.util.Set<String> PLACE_ARTICLES = java.util.Set.of("San", "Santa", "Los", "Las", "Saint", "St.", "Sao", "São",
            "Monte"); // ("Monte Carlo": a place, and the methods named after it, "Monte Carlo Sampling")

    /**
     * "Merged Ana Lind's patch", "Including Tomas Berg": a verb's past or -ing form that opens a sentence (release notes
     * write so) is no first word of a name, unless it is a known given name ("Mohammed", "Ming").
     */
    private boolean verbForm(String word) {
        return word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing")) && !kb.isFirstName(word);
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (TITLES.contains(t.text()) && i + 1 < tokens.size()) {
                int first = tokens.get(i + 1).text().equals(".") ? i + 2 : i + 1;
                int last = nameRun(tokens, first, 3);
                if (last >= first) {
                    found.add(mention(text, tokens, first, last, 0.85, "pattern:honorific"));
                    i = last;
                    continue;
                }
            }
            // "San Francisco", "Los Angeles": a given name after a place's article is the place
            boolean placeName = i > 0 && PLACE_ARTICLES.contains(tokens.get(i - 1).text());
            if (t.capitalized() && kb.isFirstName(t.text()) && !Lexicon.notAName(t.text()) && !placeName) {
                int last = nameRun(tokens, i + 1, 2);
                if (last > i && INSTITUTION_HEADS.contains(tokens.get(last).text())) {
                    continue; // "the John von Neumann Institute for Computing": named after a person, not one
                }
                if (last > i && tokens.get(i + 1).text().equals("-") && glued(tokens, i, last)) {
                    continue; // "Jaro-Winkler", "Jean-Paul": hyphened words alone are a method's name or a given name, no one's
                }
                if (last > i && surnameLike(tokens.get(last))) {
                    int first = i;
                    if (i > 0 && plainName(tokens.get(i - 1)) && !TITLES.contains(tokens.get(i - 1).text())
                            && !NOT_GIVEN.contains(tokens.get(i - 1).text())
                            && !verbForm(tokens.get(i - 1).text()) && !ADDRESSING.contains(tokens.get(i - 1).text())
                            && last - i < 2 && tokens.get(i - 1).end() == t.start() - 1
                            && (i == 1 || LIST_BOUNDARY.contains(tokens.get(i - 2).text().toLowerCase(java.util.Locale.ROOT)))) {
                        first = i - 1; // "Young Jin Kim", "Pang Wei Koh": a name of three words whose first we do not know
                    }
                    found.add(mention(text, tokens, first, last, 0.75, "pattern:given-name"));
                    i = last;
                    continue;
                }
            }
            if (i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + 1).text()) && plainName(t)
                    && t.text().length() <= LONGEST_UNKNOWN_GIVEN && tokens.get(i + 1).start() == t.end() + 1
                    && !(i > 0 && tokens.get(i - 1).capitalized())
                    && !(i > 0 && PLACE_ARTICLES.contains(tokens.get(i - 1).text())) && !NOT_GIVEN.contains(t.text())
                    && !Plausibility.bundled().notGivenBeforeParticle(t.text())) {
                int surname = particlesThenName(tokens, i + 1);
                if (surname > 0 && plainName(tokens.get(surname)) && !INSTITUTION_HEADS.contains(tokens.get(surname).text())
                        && !(surname + 1 < tokens.size() && tokens.get(surname + 1).capitalized()
                        && !GENERATION.contains(tokens.get(surname + 1).text()))) {
                    // "Ko van der Sloot", "Ines de la Fuente": a word, a surname's particles in small letters and a word is
                    // a person's name, whether or not the first word is a given name we know
                    found.add(mention(text, tokens, i, surname, 0.7, "pattern:particle-name"));
                    i = surname;
                    continue;
                }
            }
            if (REPORTING.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && i + 2 < tokens.size()
                    && (!t.text().equals("to") || (i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("according")))
                    && plainName(tokens.get(i + 1)) && plainName(tokens.get(i + 2))
                    && (i + 3 >= tokens.size() || !tokens.get(i + 3).capitalized())) {
                // "said Ada Lovelace", "according to Karl Benz": who is quoted is a person
                found.add(mention(text, tokens, i + 1, i + 2, 0.7, "pattern:reported"));
                i += 2;
                continue;
            }
            if (i + 2 < tokens.size() && t.capitalized() && tokens.get(i + 1).text().equals("et")
                    && tokens.get(i + 2).text().startsWith("al") && !Lexicon.notAName(t.text())) {
                found.add(mention(text, tokens, i, i, 0.8, "pattern:et-al"));
            }
        }
        citedSurnames(sentence, found);
        return found;
    }

    /** A parenthesis of author-year citations, each cited work parted by a semicolon: "(Lind, 2011; Berg and Okafor, 2015)". */
    private static final java.util.regex.Pattern CITATIONS = java.util.regex.Pattern.compile("\\(([^()]{6,400})\\)");
    private static final String CITED_SURNAME = "(?:(?:van|von|de|der|den|da|del|di|le|la|du)\\s)?\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}\\p{Ll}+)?";
    /**
     * One cited work: its authors' surnames ("Lind", "Berg and Okafor", "Lind, Berg, and Okafor", "Lind et al.", "Lind
     * and others"), a comma and the year.
     */
    private static final java.util.regex.Pattern CITED_WORK = java.util.regex.Pattern.compile("\\s*(" + CITED_SURNAME
            + ")((?:(?:\\s*,\\s*" + CITED_SURNAME + ")*,?\\s+(?:and|&)\\s+(?:" + CITED_SURNAME + "|others))?)(\\s+et\\s+al\\.?)?,?\\s+"
            + "(?:19|20)\\d{2}[a-z]?(?:\\s*,\\s*(?:19|20)\\d{2}[a-z]?)*\\s*");
    private static final java.util.regex.Pattern ANOTHER_SURNAME = java.util.regex.Pattern.compile(CITED_SURNAME);

    /**
     * The surnames of author-year citations in parentheses ("(Lind, 2011; Okafor et al., 2013; Berg and Haddad,
     * 2015)"): academic prose cites people so, a surname and the year; every work of the parenthesis must read so, one
     * at least with "et al." or authors joined by "and" (a lone word and a year is as often a place, a season or a
     * site: "(Oslo, 2021)", "(Medium, 2021)"), and a word the dictionary knows as something else (a company's report,
     * "(Quillon, 2023)") or no name at all ("(March, 2021)") cites no person.
     */
    private void citedSurnames(Sentence sentence, List<Mention> found) {
        String s = sentence.text();
        if (s.indexOf('(') < 0) {
            return;
        }
        java.util.regex.Matcher group = CITATIONS.matcher(s);
        while (group.find()) {
            String[] works = group.group(1).split(";");
            List<int[]> names = new ArrayList<>();
            int at = group.start(1);
            boolean all = true;
            boolean authors = false; // "et al." or authors joined by "and": a citation's, not "(Spring, 2020; Autumn, 2021)"
            for (String work : works) {
                java.util.regex.Matcher w = CITED_WORK.matcher(work);
                if (!w.matches()) {
                    all = false;
                    break;
                }
                authors |= w.group(3) != null || !w.group(2).isBlank();
                names.add(new int[] {at + w.start(1), at + w.end(1)});
                java.util.regex.Matcher more = ANOTHER_SURNAME.matcher(work).region(w.start(2), w.end(2));
                while (more.find()) {
                    names.add(new int[] {at + more.start(), at + more.end()});
                }
                at += work.length() + 1;
            }
            if (!all || !authors) {
                continue;
            }
            for (int[] n : names) {
                String name = s.substring(n[0], n[1]);
                if (Lexicon.notAName(name) || Lexicon.TITLE_FUNCTION_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT))
                        || kb.namesNonPerson(name)) {
                    continue;
                }
                found.add(Mention.of(sentence.start() + n[0], sentence.start() + n[1], name, EntityType.PERSON, 0.75,
                        "pattern:cited-surname"));
            }
        }
    }

    /** Whether tokens {@code [from, to]} are written without a space between them. */
    private static boolean glued(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (tokens.get(k).start() != tokens.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /** Words after which a name starts: a list's separators and the prepositions that introduce people. */
    private static final Set<String> LIST_BOUNDARY = Set.of(",", ";", ":", "and", "&", "with", "by", "from", "of",
            "to", "thanks", "including", "*", "-", "(");

    /** Verbs and phrases that a quoted person follows. */
    private static final Set<String> REPORTING = Set.of("said", "says", "explained", "explains", "wrote",
            "writes", "asked", "added", "noted", "argued", "argues", "to");

    /** "Ada", "Lovelace": a capital then lower-case letters only (not "OpenAI", "CEO", "The"). */
    private static boolean plainName(Token t) {
        String w = t.text();
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && !Lexicon.notAName(w);
    }

    /** Last index of a run of capitalized name tokens (initials like "M." included) from {@code from}. */
    private static int nameRun(List<Token> tokens, int from, int maxWords) {
        int last = from - 1;
        int words = 0;
        for (int j = from; j < tokens.size() && words < maxWords; j++) {
            Token t = tokens.get(j);
            if (j > from && tokens.get(j - 1).end() < t.start() - 1) {
                break;
            }
            boolean initial = t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                    && j + 1 < tokens.size() && tokens.get(j + 1).text().equals(".");
            if (initial) {
                j++;
                continue;
            }
            if (t.text().equals("-") && last == j - 1 && j + 1 < tokens.size() && tokens.get(j + 1).capitalized()) {
                continue;
            }
            int surname = PARTICLES.contains(t.text()) && last == j - 1 ? particlesThenName(tokens, j) : -1;
            if (surname > 0) {
                last = surname - 1; // "Omar de Vries", "Mark van der Berg": a surname's particles, in lower case
                j = surname - 1;
                continue;
            }
            if (!t.capitalized() || !TokenSpans.wordy(t) || Lexicon.notAName(t.text())) {
                break;
            }
            last = j;
            words++;
        }
        return last;
    }

    /** Nouns that end an institution's name, which a person's name may open ("Ada Lovelace Institute"). */
    private static final Set<String> INSTITUTION_HEADS = Set.of("Institute", "Institut", "University", "College",
            "Center", "Centre", "Laboratory", "Laboratories", "Lab", "Labs", "Foundation", "School", "Academy",
            "Society", "Hospital", "Museum", "Prize", "Award", "Fellowship", "Building", "Hall");

    /**
     * The longest first word a name with a particle may open with when it is no known given name: unknown given names
     * are short ("Ko", "Ines", "Jan"); the long capitalized words before "de" and "del" are nouns of Spanish, Portuguese and
     * Italian titles ("Procesamiento del Lenguaje", "Reconhecimento de Fala").
     */
    private static final int LONGEST_UNKNOWN_GIVEN = 7;
    /** What may follow a surname and still end a person's name: "Frank von Hoven III", "Jan de Vries Jr". */
    private static final Set<String> GENERATION = Set.of("Jr", "Sr", "II", "III", "IV");

    /** Lower-case particles that begin a surname ("de Vries", "van der Berg", "da Silva", "von Stein"). */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del",
            "della", "dos", "das", "ten", "ter", "le", "la");

    /**
     * When the tokens from {@code j} are particles, each followed by a single space, then a capitalized word: the
     * index of that word; else -1.
     */
    private static int particlesThenName(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k - j < 3 && PARTICLES.contains(tokens.get(k).text())) {
            if (k + 1 >= tokens.size() || tokens.get(k + 1).start() != tokens.get(k).end() + 1) {
                return -1;
            }
            k++;
        }
        return k < tokens.size() && k > j && tokens.get(k).capitalized() && TokenSpans.wordy(tokens.get(k))
                && !Lexicon.notAName(tokens.get(k).text()) ? k : -1;
    }

    private static boolean surnameLike(Token t) {
        String w = t.text();
        return w.length() > 1 && w.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private static Mention mention(String text, List<Token> tokens, int from, int to, double conf, String finder) {
        String surface = TokenSpans.surface(text, tokens, from, to);
        return Mention.of(tokens.get(from).start(), tokens.get(to).end(), surface, EntityType.PERSON, conf, finder);
    }
}
