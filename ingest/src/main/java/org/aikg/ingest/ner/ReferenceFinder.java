package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.ReferenceShape;
import org.aikg.ingest.read.ReferenceWords;

/**
 * Reads a reference-list entry for what it is: the authors before the year and the title after it.
 * Handles the common citation styles: "Doe, J., Roe, R.A. and Poe, E., 2022. Title. Venue.",
 * "J. Doe, R. Roe, and E. Poe (2022). Title.", "Jane Doe and Richard Roe. 2021. Title." and
 * "Doe et al. (2020). Title." and Vancouver's "Doe J, Roe RA. Title. J Name. 2022;3:1-9."
 *
 * <p>Thread-safety: immutable.
 */
public final class ReferenceFinder implements MentionFinder {
    /** The finder of a lone author written surname first, which stands only where its given name is known. */
    private static final String LONE_INVERTED = "pattern:reference-author-lone";
    /** The finder of an author named by the surname alone, which stands only where no other kind of entity has the name. */
    private static final String LONE_SURNAME = "pattern:reference-surname";
    private final java.util.function.Predicate<String> givenName;
    private final java.util.function.Predicate<String> otherEntity;
    /** A given name written as initials ("RD", "A.B."): a person's shape, whatever the names. */
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\.?){1,3}");

    /** A finder that takes every lone author written surname first ("Lind, Ana Maria.") for a person. */
    public ReferenceFinder() {
        this(name -> true, name -> false);
    }

    /**
     * @param givenName whether a word is a known given name: a lone author written surname first ("Lind, Ana Maria.")
     *                  is a person only when the first given name is one, since no co-author's name confirms the
     *                  shape ("Velto, Inc.", "Norway, Statistics." are no people)
     * @param otherEntity whether a name is known as an organization's, a model's or a paper's: an author named by the
     *                    surname alone ("Velto (2023). Title.") is a person only when it is not
     */
    public ReferenceFinder(java.util.function.Predicate<String> givenName, java.util.function.Predicate<String> otherEntity) {
        this.givenName = givenName;
        this.otherEntity = otherEntity;
    }

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
    /** A surname's particle, in small letters or, as Italian and Flemish names write it, a capital ("N. De Maio"). */
    private static final String PARTICLE = "(?:(?:van|von|de|der|den|da|del|di|le|la|du|dos|ten|ter|Van|Von|De|Der|Da|Del|Della|Di|Du|Dos|Ten|Ter)\\s)";
    private static final String INITIALS = "(?:\\p{Lu}\\.\\s?-?){1,4}";
    /** {@link #ACRONYM_WORDS} but the suffixes that are as often two initials ("AB", "AG", "AS", "SA"). */
    private static final String NOT_INITIALS = "(?:AI|UI|UX|ML|LM|NLP|SDK|CLI|API|IO|LLC|INC|GPU|CPU|OS|VR|AR|TV|LLM)";
    /** "Suvorov, R." / "Cohen-Or, D." / "van de Graaf, S.". */
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "(?<![\\p{L}.])(" + PARTICLE + "*" + NAME + "(?:[\\s-]" + NAME + ")?),\\s?(" + INITIALS
                    // "Bentkamp, A, Roe, J.": an initial written without its period, then the next author
                    + "|\\p{Lu}(?=\\s*(?:[,;&]|and\\s)\\s*\\p{Lu})"
                    // "Haddad, T et al.": the initial, then the others unnamed
                    + "|\\p{Lu}(?=,?\\s+et\\s+al\\b))");
    /** "Suvorov R.", "Suvorov RA", "Suvorov R", "Suvorov R. A.": a surname, then initials (Vancouver, Springer). */
    private static final Pattern SURNAME_INITIALS = Pattern.compile(
            "(?<![\\p{L}.])(" + PARTICLE + "*" + NAME + ")\\s(?!" + NOT_INITIALS + "\\b)((?:\\p{Lu}\\.\\s){1,2}\\p{Lu}\\.|(?:\\p{Lu}\\.?-?){1,3})(?=\\s*[,;(:]|\\s+and\\s|\\s*&|\\s*$)");
    /** Capitals that end organizations' and products' names, never a person's initials ("Velto AI", "Heron SDK"). */
    private static final String ACRONYM_WORDS = "(?:AB|AG|AS|SA|" + NOT_INITIALS + ")";
    /** One author in Vancouver's and BMC's styles: a surname, then up to three initials without periods ("Lind TK"). */
    private static final String VANCOUVER_AUTHOR = "(?>" + PARTICLE + "*" + NAME + "(?:\\s" + NAME + ")?\\s(?!"
            + ACRONYM_WORDS + "\\b)\\p{Lu}{1,3})";
    /**
     * One author of a list of two or more: initials that read like a company's suffix are initials there ("Lind AB, Berg
     * T").
     */
    private static final String VANCOUVER_LISTED = "(?>" + PARTICLE + "*" + NAME + "(?:\\s" + NAME + ")?\\s(?!" + NOT_INITIALS
            + "\\b)\\p{Lu}{1,3})";
    /**
     * The authors of a Vancouver or BMC entry, up to the mark that ends them: "Lind A, Berg TK, Okafor C. Title.",
     * "Lind A, Berg TK: Title.", "Lind A, Berg T, et al. Title.": two authors or more, or one and "et al." ("Velto
     * AI. Title." names a company, not an author).
     */
    private static final Pattern VANCOUVER = Pattern.compile("\\s*(" + VANCOUVER_LISTED + "(?:,\\s?" + VANCOUVER_LISTED + "){1,40}|"
            + VANCOUVER_AUTHOR + "(?=,?\\s+et\\s+al\\b))(?:,?\\s+et\\s+al\\.|[.:])\\s+");
    /** "R. Suvorov" / "A.H. Bermano". */
    private static final Pattern INITIALS_FIRST = Pattern.compile(
            "(?<![\\p{L}.])(" + INITIALS + ")\\s?(" + PARTICLE + "*" + NAME + ")(?![\\p{L}.])");
    /** "Jane Doe", "Jean-Paul Sartre", "Eun Seo Jo", "Jane Q Doe". */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}])(" + NAME + "(?:\\s(?:\\p{Lu}{1,2}\\.?\\s)?" + PARTICLE + "*" + NAME + "){1,3})(?![\\p{L}])");
    /** "Sheinin, Mark and Chan, Dorian": BibTeX's "Surname, Given" joined by "and". */
    private static final Pattern SURNAME_GIVEN = Pattern.compile(
            "(?<![\\p{L}.])(" + NAME + "),\\s(" + NAME + "(?:\\s\\p{Lu}\\.)?)(?=\\s+and\\s|\\s+et\\s+al|\\s*,\\s*(?:19|20)\\d{2}|\\s*,?\\s*$)");
    /**
     * "Lovelace, Ada, Kai Ito, and Bo Chen": author-date styles (Chicago, the default of Pandoc and Quarto)
     * invert the first author's name only; the names after it read given name first ("Ankerst, Mihael, Markus M
     * Breunig": Zotero's exports leave middle initials without their periods); a given name may be two ("Lind, Ana
     * Maria, Kai Ito"), and a lone author is inverted too ("Lind, Ana Maria. 2019.").
     */
    private static final Pattern FIRST_INVERTED = Pattern.compile(
            "^\\s*(" + NAME + "(?:[\\s-]" + NAME + ")?),\\s(" + NAME + "(?:\\s\\p{Lu}{1,3}\\.?|(?:\\s\\p{Lu}\\.)+)?)(?=\\s*,\\s*(?:and\\s)?"
                    + NAME + "\\s(?:\\p{Lu}\\.?\\s)?" + NAME + ")");
    /**
     * As {@link #FIRST_INVERTED}, with two given names or alone in the entry: then the surname is one word (or two joined
     * by a hyphen), since "Ana Lind, Tomas Berg" is two names given name first.
     */
    private static final Pattern FIRST_INVERTED_LONG = Pattern.compile(
            "^\\s*(" + NAME + "(?:-" + NAME + ")?),\\s(" + NAME + "(?:\\s" + NAME + ")?(?:\\s\\p{Lu}{1,3}\\.?|(?:\\s\\p{Lu}\\.)+)?)"
                    + "(?=\\s*,\\s*(?:and\\s)?" + NAME + "\\s(?:\\p{Lu}\\.?\\s)?" + NAME + "|\\s*[.,]?\\s*$)");
    /** The year of an entry: "(2020).", "2020.", "2020,". */
    private static final Pattern YEAR = Pattern.compile("[\\s,(\\[]((?:19|20)\\d{2})[a-z]?(?:[)\\]][.,:]?|[.,:])"
            // a year between the authors' initials and the title, with no mark after it: "Lind A, Berg T, 2012 Title."
            + "|(?<=\\b\\p{Lu}{1,3}),\\s((?:19|20)\\d{2})\\s(?=\\p{Lu}\\p{Ll})"
            // a paper not yet out stands where its year would: "A. Lind, T. Berg (in press) Title."
            + "|\\s\\(((?:in press|forthcoming|to appear|accepted))\\)[.,:]?");
    /** A year that ends the entry ("..., in Proceedings of Radio Days, 2020"): read only where a venue is named. */
    private static final Pattern LAST_YEAR = Pattern.compile(",\\s*((?:19|20)\\d{2})\\s*$");
    /** A title in quotation marks, its closing comma or period inside them (IEEE, MLA). */
    private static final Pattern QUOTED_TITLE = Pattern.compile(
            // a title in small letters is a program's name and what it does: "dbscan: Fast Clustering with R"
            "[“\"]((?:[\\p{Lu}\\d]|\\p{Ll}[\\p{L}\\d.+-]*\\s?:\\s)[^“”\"]{5,250}?)[,.]?[”\"]");
    /** A quoted title right after the year: "Lind, Ana, and Tomas Berg. 2019. “heron: Small Decoders.” Journal ...". */
    private static final Pattern QUOTED_NEXT = Pattern.compile("\\s*" + QUOTED_TITLE.pattern());
    /** "St.", "Dr.", "Jr.": a period that belongs to a word of a name. */
    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile("\\b(?:St|Ste|Dr|Jr|Sr|Mr|Mrs|Ms|Prof|Mt)\\.$");

    /** Whether {@code span} ends with a person's name read as an author's ("Clair and Dana Vos"): names, not a title. */
    private static boolean namesPeople(String span) {
        List<Mention> people = new ArrayList<>();
        authors(span, 0, people);
        String trimmed = span.replaceFirst("[\\s.,]+$", "");
        return people.stream().anyMatch(m -> m.end() >= trimmed.length());
    }

    /** A period, question or exclamation mark and a space inside a span: two fields, not one title. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.?!]\\s");
    /** A year in brackets or parentheses between the authors and the title: "Lind A, Berg T. [2005] Title.". */
    private static final Pattern YEAR_BEFORE_TITLE = Pattern.compile("[(\\[](?:19|20)\\d{2}[a-z]?[)\\]][.,:]?\\s+");
    /** An entry's number: "[3]", "3.", "(3)". */
    private static final String NUMBER = "\\[\\d+]|\\d+\\.|\\(\\d+\\)";
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:" + NUMBER + ")\\s*");
    /**
     * An entry's number or label: "[3]", "3.", "(3)" and, in a reference list only, "[Lind2019]" (reStructuredText and
     * alpha styles; elsewhere "[v0.12]" opens a changelog line).
     */
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:" + NUMBER + "|\\[\\p{L}[\\p{L}\\d+._-]{0,29}\\d\\d[a-z]?]"
            // an author-year label: "[Lind et al. 2019]", "[Lind and Berg, 2020]"
            + "|\\[" + NAME + "(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+" + NAME + ")?,?\\s(?:19|20)\\d{2}[a-z]?])\\s*");
    /**
     * A journal's name of capitalized words (small joining words between them), then its volume (an issue in parentheses
     * after it) and, after a comma or colon, its range of pages: "Radar Ecology Letters, 14, 210-233", "Field Methods 22:
     * 1140-1162" (not a part or a version of the work: "Bird Counts, Part 2: 1990 to 2000").
     */
    private static final String VENUE_WITH_VOLUME = "(?!(?:Part|Parts|Volume|Vol|Chapter|Version|Edition|Book|Section|Phase)\\b)"
            + "(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:(?:of|and|for|in|on|the|&)\\s+)?){0,7}"
            + "\\p{Lu}[\\p{L}.'’-]*,?\\s+\\d{1,4}(?:\\s*\\([\\d–-]+\\))?\\s*[,:]\\s*\\d+\\s*[-–]{1,2}\\s*\\d";
    private static final Pattern TITLE = Pattern.compile(
            "\\s*[“\"]?([\\p{Lu}\\d][^“”\"]{6,250}?)[”\"]?(?:[.?!](?:\\s|$)|,?\\s+(?:In |https?://|arXiv|Proceedings|Proc\\.|IEEE|ACM|Journal|doi:)"
                    // "Title <https://...>, in *Proceedings of ...": a link's address or a lower-case "in" before the venue
                    + "|\\s*<https?://|,?\\s+in\\s+[*_]?(?:the\\s+)?Proc(?:eedings\\b|\\.)"
                    // "Title, The Annals of ...", "Title, Transactions on ...": a venue after a comma
                    + "|,\\s+(?:The\\s+)?(?:Annals|Transactions|Journal|Conference|Workshop|Symposium|International|Advances in|Expert Systems|Neural Computation|Machine Learning|Nature|Science)\\b"
                    // "Title, Radar Ecology Letters, 14, 210-233", "Title, Signal Letters, 11(2-3):101-130": a venue of
                    // capitalized words after a comma, known by its volume and pages
                    + "|,\\s+(?=" + VENUE_WITH_VOLUME + "))");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = findAll(sentence);
        if (found.stream().noneMatch(m -> m.finder().equals(LONE_INVERTED) || m.finder().equals(LONE_SURNAME))) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            if (m.finder().equals(LONE_SURNAME)) {
                if (!otherEntity.test(m.surface())) {
                    out.add(m);
                }
                continue;
            }
            String given = m.finder().equals(LONE_INVERTED) ? m.title().split(" ")[0] : null;
            if (given == null) {
                out.add(m);
            } else if (givenName.test(given) || INITIALS_ONLY.matcher(given).matches()) {
                out.add(new Mention(m.start(), m.end(), m.surface(), m.type(), m.confidence(), "pattern:reference-author",
                        m.kbId(), m.arxivId(), m.title()));
            }
        }
        return out;
    }

    private List<Mention> findAll(Sentence sentence) {
        if (sentence.kind() != Block.Kind.REFERENCE && !MARKER.matcher(sentence.text()).find()) {
            Matcher cite = INLINE_CITATION.matcher(sentence.text());
            if (!cite.find()) {
                Matcher etAl = CITED_ET_AL_QUOTED.matcher(sentence.text());
                // "ResNet - He, K., et al. “Deep Residual ...”": a citation inside a line of prose or a list item
                return etAl.find() ? citationFrom(sentence, etAl.start()) : List.of();
            }
            // "The method is described in Lind A, Berg T, 2012 Title.": the rest of the sentence is a citation
            return ReferenceShape.citesBook(sentence.text().substring(cite.end())) ? List.of() : citationFrom(sentence, cite.end());
        }
        List<Mention> found = entry(sentence);
        if (ReferenceShape.citesBook(sentence.text())) {
            // a book is no paper (the extraction spec); its authors are still people the document names
            return found.stream().filter(m -> m.type() != EntityType.PAPER).toList();
        }
        return found;
    }

    /**
     * What the rest of {@code sentence} from {@code at} cites, read as a reference entry, when it gives a paper; else
     * nothing (authors without a title are no citation).
     */
    private List<Mention> citationFrom(Sentence sentence, int at) {
        Sentence rest = new Sentence(sentence.index(), sentence.start() + at, sentence.end(), sentence.text().substring(at),
                List.of(), Block.Kind.REFERENCE);
        List<Mention> found = entry(rest);
        return found.stream().anyMatch(m -> m.type() == EntityType.PAPER) ? found : List.of();
    }

    /**
     * A sentence that goes on with a citation: "... is described in", "... was published in:", then a capital (an
     * author's name or initial); the citation must then read whole, authors and title, in the sentence, or nothing is
     * taken (a style whose periods part the fields is cut into sentences first, and is not read so).
     */
    private static final Pattern INLINE_CITATION = Pattern.compile(
            "\\b(?:described|published|presented|introduced|proposed|detailed|documented|explained) in:?\\s+(?=\\p{Lu})");

    /**
     * A first author written surname first with initials, "et al." and a title in quotation marks: "He, K., et al.
     * “Deep Residual Learning”" cites a paper wherever it stands.
     */
    private static final Pattern CITED_ET_AL_QUOTED = Pattern.compile("(?<![\\p{L}\\d])" + PARTICLE + "*" + NAME + ",\\s?"
            + INITIALS + ",?\\s+et\\s+al\\.?,?\\s*(?:\\(\\d{4}\\)[.,]?\\s*)?(?=[“\"])");

    /** The title and the authors of the entry {@code sentence} holds. */
    private List<Mention> entry(Sentence sentence) {
        String text = sentence.text();
        Matcher marker = (sentence.kind() == Block.Kind.REFERENCE ? LABEL : MARKER).matcher(text);
        int from = marker.find() ? marker.end() : 0;
        int[] fields = ReferenceShape.titleFirstFields(text.substring(from));
        if (fields != null) {
            // "Title. Ana Lind, Tomas Berg. Venue, 2019.": read as the shape says, not authors-first ("Counting Birds ...")
            List<Mention> found = new ArrayList<>();
            String t = PaperTitleFinder.trimTitle(text.substring(from + fields[0], from + fields[1]));
            int start = sentence.start() + text.indexOf(t, from + fields[0]);
            found.add(Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title"));
            authors(text.substring(from + fields[2], from + fields[3]), sentence.start() + from + fields[2], found);
            return found;
        }
        List<Mention> quotedBy = quotedThenBy(text, from, sentence.start());
        if (quotedBy != null) {
            return quotedBy;
        }
        Matcher year = YEAR.matcher(text);
        int authorsEnd;
        int titleFrom;
        boolean dated = year.find(from) && year.start() <= 600;
        if (!dated && ReferenceShape.namesVenue(text)) {
            year = LAST_YEAR.matcher(text);
            dated = year.find(from) && year.start() <= 600;
        }
        Matcher quoted = QUOTED_TITLE.matcher(text);
        if (quoted.find(from) && quoted.start() - from <= 400 && (!dated || quoted.start() < year.start())
                && (text.substring(from, quoted.start()).strip().endsWith(",")
                || text.substring(from, quoted.start()).strip().endsWith(".")
                || text.substring(from, quoted.start()).strip().endsWith(":"))) {
            // IEEE: 'J. Doe and R. Roe, "Title," in Proc. ..., 2021': the quoted title ends the authors (a colon before
            // it too: 'A. Lind, T. Berg: "Title." Venue 2019')
            List<Mention> found = new ArrayList<>();
            // a period after a surname is the list's, not the name's: "M. Lind and E. Berg. “Title”" (after an
            // initial it is the initial's: "Lind, A. “Title”")
            authors(text.substring(from, quoted.start()).replaceFirst("(?<=\\p{Ll})[.:]\\s*$", ""), sentence.start() + from, found);
            String t = PaperTitleFinder.trimTitle(quoted.group(1));
            if (!found.isEmpty() && t.split("\\s+").length >= 2) {
                int start = sentence.start() + quoted.start(1) + quoted.group(1).indexOf(t);
                found.add(Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title"));
                return found;
            }
        }
        List<Mention> commas = commaFields(text, from, sentence.start());
        if (commas != null) {
            return commas;
        }
        List<Mention> vancouver = vancouver(text, from, sentence.start());
        if (vancouver != null) {
            return vancouver;
        }
        List<Mention> lncs = colonAfterAuthors(text, from, sentence.start());
        if (lncs != null) {
            return lncs;
        }
        List<Mention> titleFirst = titleFirst(text, from, sentence.start());
        if (titleFirst != null) {
            return titleFirst;
        }
        if (dated) {
            authorsEnd = year.start();
            titleFrom = year.end();
        } else {
            // no year: "Doe, J., Roe, R. and Poe, E., Title of the Paper."
            int end = authorRunEnd(text, from);
            if (end < 0) {
                return List.of();
            }
            authorsEnd = end;
            titleFrom = end;
            while (titleFrom < text.length() && ",. ".indexOf(text.charAt(titleFrom)) >= 0) {
                titleFrom++;
            }
        }
        List<Mention> found = new ArrayList<>();
        Mention paper = null;
        Matcher title = TITLE.matcher(text);
        title.region(titleFrom, text.length());
        Matcher quotedNext = QUOTED_NEXT.matcher(text).region(titleFrom, text.length());
        Matcher program = PROGRAM_TITLE.matcher(text).region(titleFrom, text.length());
        int[] beforeYear = dated && text.charAt(year.start()) == '(' ? authorsPeriod(text, from, authorsEnd) : null;
        String titleBeforeYear = beforeYear == null || text.charAt(beforeYear[0]) != '.' ? null
                : text.substring(beforeYear[1], authorsEnd).strip();
        if (titleBeforeYear != null && titleBeforeYear.split("\\s+").length >= 3 && titled(titleBeforeYear)
                && Character.isUpperCase(titleBeforeYear.charAt(0)) && !SENTENCE_BREAK.matcher(titleBeforeYear).find()
                // "Maria St. Clair and Dana Vos (2020)": a period inside a name ends no author list
                && !ABBREVIATION_BEFORE.matcher(text.substring(from, beforeYear[0] + 1)).find() && !namesPeople(titleBeforeYear)) {
            // "T. Berg. Small Decoders for Radios (2004), Journal of ...": the authors' period, then the title up to the year
            String t = PaperTitleFinder.trimTitle(titleBeforeYear);
            int start = sentence.start() + text.indexOf(t, beforeYear[1]);
            paper = Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.8, "pattern:reference-title");
            authorsEnd = beforeYear[0];
        } else if (dated && quotedNext.lookingAt() && titled(PaperTitleFinder.trimTitle(quotedNext.group(1)))) {
            // the year, then the title in quotation marks, whatever letter it opens with (Chicago's author-date style)
            String t = PaperTitleFinder.trimTitle(quotedNext.group(1));
            int start = sentence.start() + quotedNext.start(1) + quotedNext.group(1).indexOf(t);
            paper = Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title");
        } else if (dated && (text.charAt(year.end() - 1) == '.' || text.charAt(year.end() - 1) == ',') && program.lookingAt()) {
            // "Lind A, Berg T (2021). heron v2: faster counting of birds. Venue": a program's name in small letters and
            // what it does, right after the year's period
            String t = PaperTitleFinder.trimTitle(program.group(1));
            int start = sentence.start() + program.start(1);
            paper = Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.8, "pattern:reference-title");
        } else if (title.lookingAt()) {
            String whole = title.group(1) + questionsOn(text, title.end(1));
            String t = PaperTitleFinder.trimTitle(whole);
            if (titled(t)) {
                int start = sentence.start() + title.start(1) + whole.indexOf(t);
                paper = Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title");
            }
        }
        if (paper == null && dated) {
            // "Ada Lind and Tomas Berg. A Title. Venue, 2019.": the year closes the entry, the title follows the authors
            int[] period = authorsPeriod(text, from, authorsEnd);
            if (period != null) {
                int cut = period[1];
                title.region(cut, authorsEnd);
                if (title.lookingAt()) {
                    String t = PaperTitleFinder.trimTitle(title.group(1));
                    if (titled(t)) {
                        int start = sentence.start() + title.start(1) + title.group(1).indexOf(t);
                        paper = Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.8, "pattern:reference-title");
                        authorsEnd = period[0];
                    }
                } else if (text.charAt(period[0]) == ':') {
                    // "Ana Lind and Tomas Berg: Title, Venue 2020": after the colon, the title is the first field
                    int comma = text.indexOf(',', cut);
                    int end = comma < 0 || comma > authorsEnd ? authorsEnd : comma;
                    String t = PaperTitleFinder.trimTitle(text.substring(cut, end).strip());
                    if (titled(t) && Character.isUpperCase(t.charAt(0))) {
                        int start = sentence.start() + text.indexOf(t, cut);
                        paper = Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.8, "pattern:reference-title");
                        authorsEnd = period[0];
                    }
                }
            }
        }
        if (paper == null && dated) {
            // "Ada Lind, A Title of Some Length, Some University, 1998": the title is a field before the year
            int[] field = titleField(text, from, authorsEnd);
            if (field != null && titled(text.substring(field[0], field[1]))) {
                String t = text.substring(field[0], field[1]);
                paper = Mention.of(sentence.start() + field[0], sentence.start() + field[1], t, EntityType.PAPER, 0.8,
                        "pattern:reference-title");
                authorsEnd = field[0];
            }
        }
        authors(text.substring(from, authorsEnd), sentence.start() + from, found);
        if (paper != null && found.isEmpty() && text.charAt(year.start()) == '(') {
            // "Lind & Berg (2012). Title.": author-date styles may give surnames alone, the year in parentheses after them
            // (one word alone signs a company's report as often: "Velto (2023). Market report.")
            List<Mention> names = new ArrayList<>();
            surnames(text.substring(from, authorsEnd), sentence.start() + from, names);
            if (names.size() >= 2 || !names.isEmpty() && (ET_AL.matcher(text.substring(from, authorsEnd)).find()
                    || !CORPORATE_WORK.matcher(text).find())) {
                found.addAll(names);
            }
        }
        if (paper != null) {
            found.add(paper);
        }
        return found;
    }

    /** After a title's question mark: another question of the title, up to its own question mark. */
    private static final Pattern NEXT_QUESTION = Pattern.compile("\\?(\\s+\\p{Lu}[^\\d.!?“”\"(\\[]{2,120}?)(?=\\?)");
    /** After a title's question mark: a dash and the subtitle, up to the period after which the venue's figures come. */
    private static final Pattern DASHED_SUBTITLE = Pattern.compile(
            "\\?(\\s+[-–]\\s*\\p{Lu}[^\\d.!?“”\"(\\[]{2,160}?)\\.\\s+(?=\\D{0,80}\\d)");

    /**
     * What follows a title's question mark at {@code end} when it is more of the title: further questions ("Does flock
     * size matter? When do radar counts fail?") and a subtitle after a dash ("? - Evidence from the coast. Review 12,
     * 1-9"); else "". Anything else after a question (a series, a report's name, the venue) ends the title there.
     */
    private static String questionsOn(String text, int end) {
        String more = "";
        Matcher question = NEXT_QUESTION.matcher(text);
        while (end < text.length() && text.charAt(end) == '?' && question.region(end, text.length()).lookingAt()) {
            more += text.substring(end, question.end(1));
            end = question.end(1);
        }
        Matcher dash = DASHED_SUBTITLE.matcher(text);
        if (end < text.length() && text.charAt(end) == '?' && dash.region(end, text.length()).lookingAt()) {
            return more + text.substring(end, dash.end(1));
        }
        // the title ends at a question mark: further questions belong to it only when it goes on after them
        return more.isEmpty() ? "" : more + "?";
    }

    /** After a quoted title that opens an entry: an aside ("(2nd edition)"), then "by" and the authors. */
    private static final Pattern BY_AFTER_TITLE = Pattern.compile("\\s*(?:\\([^()]{0,80}\\)\\s*)?,?\\s*by\\s+");
    /** What ends the authors after "by": the year, a parenthesis, a period after a word of two letters or more, the end. */
    private static final Pattern BY_AUTHORS_END = Pattern.compile(",?\\s*\\(?(?:19|20)\\d{2}\\b|\\s*\\(|(?<=\\p{L}{2})\\.(?:\\s|$)|\\s*$");

    /**
     * "“Title” by Lind, Okafor and Berg, 1994, Venue, 1-20.": the title in quotation marks opens the entry and "by" names
     * its authors, given name first or by their surnames alone (never inverted: that order sorts an entry by its first
     * author, who then opens it). Null when the entry does not read so.
     */
    private static List<Mention> quotedThenBy(String text, int from, int offset) {
        Matcher quoted = QUOTED_TITLE.matcher(text);
        if (!quoted.find(from) || !text.substring(from, quoted.start()).isBlank()) {
            return null;
        }
        Matcher by = BY_AFTER_TITLE.matcher(text).region(quoted.end(), text.length());
        if (!by.lookingAt()) {
            return null;
        }
        Matcher end = BY_AUTHORS_END.matcher(text).region(by.end(), text.length());
        if (!end.find()) {
            return null;
        }
        List<Mention> found = new ArrayList<>();
        int at = by.end();
        for (String part : AUTHOR_JOIN.split(text.substring(by.end(), end.start()), -1)) {
            int start = text.indexOf(part, at);
            at = start + part.length();
            String name = part.strip();
            start += part.indexOf(name);
            boolean surname = name.matches(SURNAME) && !NO_SURNAME.matcher(name).matches() && !ORG_WORD.matcher(name).find();
            boolean whole = !surname && (LISTED_AUTHOR.matcher(name).matches() || INITIALS_FIRST.matcher(name).matches())
                    && !NOT_AUTHOR.matcher(name).find() && !ORG_WORD.matcher(name).find();
            if (name.equals("et al.") || name.equals("et al")) {
                continue;
            }
            if (!surname && !whole) {
                return null; // not a list of names: another style
            }
            found.add(Mention.of(offset + start, offset + start + name.length(), name, EntityType.PERSON, 0.85,
                    surname ? LONE_SURNAME : "pattern:reference-author"));
        }
        String t = PaperTitleFinder.trimTitle(quoted.group(1));
        if (found.isEmpty() || t.split("\\s+").length < 2) {
            return null;
        }
        int start = offset + quoted.start(1) + quoted.group(1).indexOf(t);
        found.add(Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title"));
        return found;
    }

    /** One surname alone: a capitalized word (a particle before it, a hyphen in it), not an acronym. */
    private static final String SURNAME = "(?:" + PARTICLE + "?\\p{Lu}\\p{Ll}[\\p{Ll}'’]*(?:-\\p{Lu}\\p{Ll}+)?)";
    /** "Lind", "Lind & Berg", "Lind, Berg and Okafor", "Lind et al.": the whole author field, surnames alone. */
    private static final Pattern SURNAMES_ONLY = Pattern.compile("\\s*(" + SURNAME + ")((?:\\s*(?:,|&|\\band\\b|,\\s*and\\b|,\\s*&)\\s*"
            + SURNAME + "){0,5})(?:,?\\s+et\\s+al\\.?)?\\s*[.,]?\\s*");
    /** What a company's own publication calls itself: one word that signs it is the company, not a person. */
    private static final Pattern CORPORATE_WORK = Pattern.compile(
            "(?i)\\b(?:report|filing|white ?paper|press release|documentation|market|blog|website|annual|product|brochure|datasheet)\\b");
    /** Words that stand where an author would and name none. */
    private static final Pattern NO_SURNAME = Pattern.compile("(?:Anonymous|Anon|Various|Unknown|Staff|Editors?|Wikipedia|Anthology)");

    /**
     * The authors of an author-date entry written as surnames alone, each kept by {@link #find} only where the knowledge
     * base does not know the word as another kind of entity ("Velto (2023). Technical report." names a company).
     */
    private static void surnames(String segment, int offset, List<Mention> found) {
        Matcher m = SURNAMES_ONLY.matcher(segment);
        if (!m.matches()) {
            return;
        }
        Matcher name = Pattern.compile(SURNAME).matcher(segment);
        while (name.find()) {
            String surface = name.group().strip();
            if (NO_SURNAME.matcher(surface).matches() || NOT_AUTHOR.matcher(surface).find() || ORG_WORD.matcher(surface).find()) {
                continue;
            }
            found.add(Mention.of(offset + name.start(), offset + name.start() + surface.length(), surface, EntityType.PERSON, 0.8,
                    LONE_SURNAME));
        }
    }

    /**
     * Whether {@code segment} is names alone, given name first, joined by commas and "and" ("Ana Lind, T. Berg and
     * M. de Vries"): an author list, not a title.
     */
    static boolean onlyAuthors(String segment) {
        String first = AUTHOR_JOIN.split(segment.strip())[0];
        return onlyAuthors(segment, INITIALS_FIRST.matcher(first).matches()); // one way of naming per entry
    }

    /** As {@link #onlyAuthors(String)}; with {@code initialsOnly}, each name opens with initials ("T. Berg"). */
    private static boolean onlyAuthors(String segment, boolean initialsOnly) {
        String s = segment.strip().replaceFirst("^and\\s+", "");
        if (s.isEmpty()) {
            return false;
        }
        for (String part : AUTHOR_JOIN.split(s)) {
            // a name of two words or more: a surname alone ("Balaji, Y.") is as likely the start of another style
            if (part.strip().indexOf(' ') < 0 && part.indexOf('.') < 0 || ORG_WORD.matcher(part).find() || ACRONYM.matcher(part).find()
                    || !(initialsOnly ? false : LISTED_AUTHOR.matcher(part).matches()) && !INITIALS_FIRST.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** One author written given name first: "Ana Lind", "Mei K. Okafor", "T. Berg", "R. Javier Berg". */
    private static final Pattern LISTED_AUTHOR = Pattern.compile(
            "(?:" + INITIALS + "\\s?)?" + NAME + "(?:\\s(?:\\p{Lu}\\.\\s?)?" + PARTICLE + "*" + NAME + "){0,2}");
    /** What joins two authors of a list: a comma, "and", "&". */
    private static final Pattern AUTHOR_JOIN = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");
    /** Words of venues, publishers and places, never of a person's name. */
    private static final Pattern NOT_AUTHOR = Pattern.compile(
            "\\b(?:Published|Proceedings|Proc|Journal|Conference|Workshop|Symposium|Transactions|Press|Vol|Volume|Pages|"
                    + "Springer|Elsevier|Retrieved|Available|Technical|Report|Thesis|Edition|Chapter)\\b");

    /**
     * A program's name in small letters (one word, or one word and its version), a colon and what it does, up to the
     * period: "heron v2: faster counting of birds", "dbscan: fast density clustering" (not a note: "accessed: ...").
     */
    private static final Pattern PROGRAM_TITLE = Pattern.compile(
            "\\s*(?!(?:accessed|available|retrieved|note|notes|preprint|submitted|published|accepted|online|see|in|vol|doi|url|https?|"
                    + "isbn|pp|pages|chapter|edition|ed|eds|update|updated|erratum|corrigendum|retracted|under|to)\\b)"
                    + "(\\p{Ll}[\\p{L}\\d.+-]*(?:\\s[vV]?\\d[\\d.]*)?\\s?:\\s[\\p{L}\\d][^.?!“”\"]{5,250}?)[.?!](?:\\s|$)");

    /** A title cut at an abbreviation's period: it ends with a lone letter ("U.S") or a short form ("vs", "al"). */
    private static final Pattern ABBREVIATED_END = Pattern.compile("(?:\\b\\p{L}|\\b(?:vs|al|etc|cf|Inc|Corp|Ltd|Dr|St|Mr|Ms|No|Vol|Fig|approx))$");

    /**
     * "A Title of Some Length, Ana Lind and Mei K. Okafor, Published in: ...": an entry that opens with the
     * title (four words or more, no sentence break) and names its authors after it, given name first, up to
     * the end, a period, a comma or a parenthesis. Null when the entry does not read so.
     */
    private static List<Mention> titleFirst(String text, int from, int offset) {
        List<Mention> byComma = titleFirst(text, from, offset, text.indexOf(", ", from), false);
        return byComma != null ? byComma : titleFirst(text, from, offset, text.indexOf(". ", from), true);
    }

    /**
     * As {@link #titleFirst(String, int, int)}, the title ending at {@code cut}: a comma ("Title, Ana Lind, Tomas
     * Berg, Venue 2019") or, with {@code sentenceLike}, a period ("Title. Ana Lind & Tomas Berg. Venue (2019) 7:1-9"),
     * where the authors end with a period too and a venue or a year follows them.
     */
    private static List<Mention> titleFirst(String text, int from, int offset, int cut, boolean sentenceLike) {
        if (cut < 0) {
            return null;
        }
        String title = text.substring(from, cut).strip();
        int titleStart = text.indexOf(title, from);
        if (sentenceLike && ABBREVIATED_END.matcher(title).find()) {
            return null; // "Parsing Receipts with the U.S. Tax Code": the period of an abbreviation ends no title
        }
        if (title.isEmpty() || title.split("\\s+").length < 4 || !Character.isUpperCase(title.codePointAt(0))
                || title.contains(". ") || title.contains("(") || !titled(title) || ORG_WORD.matcher(title).find()) {
            return null;
        }
        List<Mention> inTitle = new ArrayList<>();
        authors(title, 0, inTitle);
        if (!inTitle.isEmpty()) {
            return null; // the first field names people: authors first, another style
        }
        List<Mention> found = new ArrayList<>();
        int at = cut + 1;
        Matcher name = LISTED_AUTHOR.matcher(text);
        Matcher join = AUTHOR_JOIN.matcher(text);
        while (true) {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            if (!name.region(at, text.length()).lookingAt()) {
                break;
            }
            String surface = name.group();
            int end = name.end();
            boolean closes = end == text.length() || ".,;(".indexOf(text.charAt(end)) >= 0
                    || join.region(end, text.length()).lookingAt();
            if (!surface.contains(" ") || NOT_AUTHOR.matcher(surface).find() || ORG_WORD.matcher(surface).find() || !closes) {
                break;
            }
            found.add(Mention.of(offset + at, offset + end, surface, EntityType.PERSON, 0.85, "pattern:reference-author"));
            if (!join.region(end, text.length()).lookingAt()) {
                break;
            }
            at = join.end();
        }
        if (found.isEmpty()) {
            return null;
        }
        if (sentenceLike) {
            int end = found.get(found.size() - 1).end() - offset;
            String rest = text.substring(end);
            if (!rest.startsWith(".") || !ReferenceShape.namesVenue(rest) && !YEAR.matcher(rest).find()) {
                return null;
            }
        }
        found.add(0, Mention.of(offset + titleStart, offset + titleStart + title.length(), title, EntityType.PAPER, 0.8,
                "pattern:reference-title"));
        return found;
    }

    /** What follows a list of authors that is not yet the title: "In: Vos, M. (ed.)", "Okafor, N.", "Ana Okafor." */
    private static final Pattern NOT_TITLE_YET = Pattern.compile("(?:In|in|Eds?|eds?)\\b[:.]?\\s|" + NAME + ",\\s?\\p{Lu}\\.");

    /** Whether {@code rest}, after a list of authors, opens with another author or an editor's note, not the title. */
    private static boolean moreAuthors(String rest) {
        if (NOT_TITLE_YET.matcher(rest).lookingAt()) {
            return true;
        }
        Matcher end = SENTENCE_BREAK.matcher(rest);
        return end.find() && namesPeople(rest.substring(0, end.start()));
    }

    /**
     * Two surnames or more, each with its initials, then the title: "Lind, A., Berg, T. &amp; Okafor, M. C. Title" (one
     * alone is as likely the end of a list written given name first: "... A. Lind, T. Berg").
     */
    private static final Pattern INVERTED_LIST = Pattern.compile("\\s*(?:" + PARTICLE + "*" + NAME + ",\\s?" + INITIALS
            + "\\s*(?:,\\s*(?:&\\s*|and\\s+)?|&\\s*|and\\s+))+" + PARTICLE + "*" + NAME + ",\\s?(?:\\p{Lu}\\.\\s?-?){0,3}\\p{Lu}\\.\\s+(?=[“\"*_]?\\p{Lu})"
            // what follows is the title, not the rest of the initials: "Berg, T. R., and Okafor, N."
            + "(?!\\p{Lu}\\.)");

    /**
     * A surname (not an initial) and the period or colon that ends an author list: "... and Tomas Berg. Title",
     * "... and Tomas Berg: Title".
     */
    private static final Pattern AUTHORS_END = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}[.:]\\s+(?=[“\"*_]?[\\p{Lu}\\d])");

    /**
     * When {@code text[from, to)} opens with authors ended by a period or a colon: that mark's offset and where the
     * title starts, for the first period that follows a surname and leaves at least one name before it;
     * null if none.
     */
    private static int[] authorsPeriod(String text, int from, int to) {
        Matcher inverted = INVERTED_LIST.matcher(text).region(from, to);
        if (inverted.lookingAt() && !moreAuthors(text.substring(inverted.end(), to))) {
            // "Lind, A., Berg, T. & Okafor, M. C. Title. Venue 3, 1-9 (2019)": the last initial's period ends the authors
            // (and belongs to the initial: the list runs to just after it)
            int period = text.lastIndexOf('.', inverted.end()) + 1;
            int cut = inverted.end();
            while (cut < to && "“\"*_".indexOf(text.charAt(cut)) >= 0) {
                cut++;
            }
            return new int[] {period, cut};
        }
        Matcher m = AUTHORS_END.matcher(text);
        m.region(from, to);
        int period;
        do {
            if (!m.find()) {
                return null;
            }
            period = m.start() + m.group().replace(':', '.').indexOf('.');
            // "R. Lind, Point Cloud Matching: A Survey", "Paper: Ana Lind and ...": a colon that follows no list of
            // names alone ends no author list; the next mark may
        } while (text.charAt(period) == ':' && !onlyAuthors(text.substring(from, period)));
        List<Mention> people = new ArrayList<>();
        authors(text.substring(from, period), 0, people);
        int cut = m.end();
        while (cut < to && "“\"*_".indexOf(text.charAt(cut)) >= 0) {
            cut++;
        }
        return people.isEmpty() ? null : new int[] {period, cut};
    }

    private static final Pattern ORG_WORD = Pattern.compile(
            "\\b(?:University|Universit[éäà]|Institute|Institut|Laboratory|Laboratories|Labs?|College|School|Inc|Corporation|Press|Society)\\b");

    /** Where an entry says its address ("URL http://...", "Available at www...", "doi:10..."), it gives no title. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)://|^(?:URL|Available|Retrieved|Accessed)\\b|\\bwww\\.|^doi:");

    /** A word of capitals ("AI", "MIT"): an organization's, not a person's name ("Mistral AI: ..."). */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
    private static final Pattern ET_AL = Pattern.compile("\\bet\\s+al\\b");

    /** A period and the venue after it, inside a comma field: "Title. In Proc. ...", "Title. Proceedings of ...", "Title in Proceedings of", "Title <https://...>". */
    private static final Pattern VENUE_AFTER_PERIOD = Pattern.compile(
            "\\.\\s+(?=In\\s|Proc\\.|Proceedings\\b|arXiv\\b|Journal\\b|Technical\\s+Report\\b|Tech\\.\\s+Rep)|\\s+(?=in\\s+[*_]?(?:the\\s+)?Proc(?:eedings\\b|\\.))|\\s*(?=<https?://)");

    /** Whether a title field holds a title: two words or more, not an address. */
    private static boolean titled(String t) {
        return t.split("\\s+").length >= 2 && !ADDRESS.matcher(t).find();
    }

    /**
     * The comma-separated field of {@code text[from, to)} that is a title: the first after one or more short
     * fields (the authors) with four words or more, capitalized, naming no institution; null if none.
     */
    private static int[] titleField(String text, int from, int to) {
        int at = from;
        int fields = 0;
        int names = 0;
        boolean initialsStyle = false;
        while (at < to) {
            int comma = text.indexOf(',', at);
            int end = comma < 0 || comma > to ? to : comma;
            String field = text.substring(at, end).strip();
            int start = at + text.substring(at, end).indexOf(field);
            int words = field.isEmpty() ? 0 : field.split("\\s+").length;
            // an entry names its authors one way: after "T. Berg", a name opens with initials too, and "Fast Point
            // Matching" is a title, not a name
            if (fields == 0 && INITIALS_FIRST.matcher(AUTHOR_JOIN.split(field)[0]).matches()) {
                initialsStyle = true;
            }
            if (fields == names && onlyAuthors(field, initialsStyle)) {
                fields++; // "J. Park and M. de Vries": names, however many words
                names++;
                at = end + 1;
                continue;
            }
            // after fields that are all names, a title may be short ("Fast Point Matching")
            int fewest = names > 0 && names == fields ? 3 : 4;
            if (fields > 0 && words >= fewest && Character.isUpperCase(field.charAt(0)) && !ORG_WORD.matcher(field).find()
                    && !ET_AL.matcher(field).find()) {
                Matcher venue = VENUE_AFTER_PERIOD.matcher(field);
                int length = venue.find() ? venue.start() : field.length(); // "Title. In 3DV": the venue is no title's
                return new int[] {start, start + length};
            }
            if (words > 4) {
                return null; // a long field that is no title: not this style
            }
            fields++;
            at = end + 1;
        }
        return null;
    }

    /**
     * Springer's style (LNCS): "Lind, A., Berg, T.: Title. In: Venue, pp. 1-9 (2020)": a run of "Surname, I." authors
     * that a colon ends, then the title up to its period. Null when the entry is not written so.
     */
    private static List<Mention> colonAfterAuthors(String text, int from, int offset) {
        int run = authorRunEnd(SURNAME_FIRST, text, from);
        if (run < 0 || run >= text.length() || text.charAt(run) != ':') {
            return null;
        }
        Matcher title = TITLE.matcher(text);
        title.region(run + 1, text.length());
        if (!title.lookingAt()) {
            return null;
        }
        String t = PaperTitleFinder.trimTitle(title.group(1));
        if (!titled(t)) {
            return null;
        }
        List<Mention> found = new ArrayList<>();
        authors(text.substring(from, run), offset + from, found);
        int start = offset + title.start(1) + title.group(1).indexOf(t);
        found.add(Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title"));
        return found;
    }

    /**
     * Vancouver's style (medicine, biology) and BMC's: "Lind A, Berg TK. Title. J Name. 2020;3:1-9." or "Lind A, Berg
     * TK: Title. Venue 2020, 3:1-9.": surnames with bare initials, a period or colon, the title up to its period. Null
     * when the entry is not written so.
     */
    private static List<Mention> vancouver(String text, int from, int offset) {
        Matcher m = VANCOUVER.matcher(text);
        if (!m.region(from, text.length()).lookingAt()) {
            return null;
        }
        Matcher title = TITLE.matcher(text);
        Matcher year = YEAR_BEFORE_TITLE.matcher(text).region(m.end(), text.length());
        title.region(year.lookingAt() ? year.end() : m.end(), text.length());
        if (!title.lookingAt()) {
            return null;
        }
        // "Title [Internet]": the medium in brackets is no part of the title
        String t = PaperTitleFinder.trimTitle(MEDIUM.matcher(title.group(1)).replaceFirst(""));
        if (!titled(t)) {
            return null;
        }
        List<Mention> found = new ArrayList<>();
        authors(m.group(1), offset + m.start(1), found);
        if (found.isEmpty()) {
            return null;
        }
        int start = offset + title.start(1) + title.group(1).indexOf(t);
        found.add(Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title"));
        return found;
    }

    /** One author written surname first, then initials with their periods: "Lind A.", "Campello R.J.G.B.". */
    private static final String SURNAME_DOTTED = "(?>" + PARTICLE + "*" + NAME + "(?:\\s" + NAME + ")?\\s(?:\\p{Lu}\\.-?){1,5})";
    /** The authors of an entry whose every field ends with a comma: "Lind A., Berg T., Okafor N., Title, ...". */
    private static final Pattern COMMA_AUTHORS = Pattern.compile("\\s*(" + SURNAME_DOTTED + "(?:,\\s?" + SURNAME_DOTTED
            + "){0,40}+(?:,?\\s+et\\s+al\\.)?),\\s+(?=\\p{Lu})(?!(?:and|&)\\s)");
    /** A word of a venue's name: a journal's, a series', proceedings' (reference-words.yaml's {@code venue_words}). */
    private static final Pattern VENUE_WORD = Pattern.compile(
            "\\b" + ReferenceWords.anyOf(ReferenceWords.bundled().venue_words()) + "\\b");

    /**
     * "Lind A., Berg T., Counting birds: can songs tell?, Journal of Birds 7, 2024, 1-9, 10.1000/x.": the authors, each
     * surname then dotted initials, then the title up to the first field that opens with a capital or a digit (a title
     * may hold commas of its own before fields in small letters: "Heron: a new, fast, and small decoder"), and after it a
     * venue's word or a year. Null when the entry reads otherwise.
     */
    private static List<Mention> commaFields(String text, int from, int offset) {
        Matcher m = COMMA_AUTHORS.matcher(text);
        if (!m.region(from, text.length()).lookingAt()) {
            return null;
        }
        int titleStart = m.end();
        int at = titleStart;
        int titleEnd = -1;
        while (at < text.length()) {
            int comma = text.indexOf(", ", at);
            if (comma < 0) {
                return null; // no field after the title
            }
            // a field in small letters goes on with the title ("Heron: a new, fast, and small decoder"); one that opens
            // with a capital or a digit is the venue, the year, the pages
            if (comma + 2 < text.length() && !Character.isLowerCase(text.charAt(comma + 2))) {
                titleEnd = comma;
                break;
            }
            at = comma + 2;
        }
        if (titleEnd < 0) {
            return null;
        }
        String t = PaperTitleFinder.trimTitle(text.substring(titleStart, titleEnd));
        String after = text.substring(titleEnd + 2);
        // what follows must read as a venue, a year or pages, not more prose or names
        if (t.split("\\s+").length < 2 || !titled(t) || !(VENUE_WORD.matcher(after).find() || YEAR.matcher(", " + after).find())) {
            return null;
        }
        List<Mention> found = new ArrayList<>();
        authors(m.group(1), offset + m.start(1), found);
        if (found.isEmpty()) {
            return null;
        }
        int start = offset + titleStart + text.substring(titleStart, titleEnd).indexOf(t);
        found.add(Mention.of(start, start + t.length(), t, EntityType.PAPER, 0.85, "pattern:reference-title"));
        return found;
    }

    private static final Pattern MEDIUM = Pattern.compile("\\s*\\[(?:Internet|internet|Online|online|Preprint|preprint)]\\s*$");

    /** End of a run of "Surname, I." authors from {@code from} (joined by commas and "and"), or -1. */
    private static int authorRunEnd(String text, int from) {
        int end = authorRunEnd(SURNAME_FIRST, text, from);
        return end >= 0 ? end : authorRunEnd(SURNAME_GIVEN, text, from);
    }

    private static int authorRunEnd(Pattern style, String text, int from) {
        Matcher m = style.matcher(text);
        int end = -1;
        int at = from;
        while (m.find(at) && text.substring(at, m.start()).matches("\\s*(?:,|and|&)?\\s*(?:and\\s*)?")) {
            end = m.end();
            at = m.end();
        }
        return end;
    }

    private static void authors(String segment, int offset, List<Mention> found) {
        if (segment.isBlank() || segment.length() > 1500) {
            return;
        }
        List<Mention> surnameFirst = new ArrayList<>();
        Matcher sf = SURNAME_FIRST.matcher(segment);
        while (sf.find()) {
            // "Doe, J.R." is named "J.R. Doe": the name in reading order, as the person is known elsewhere
            String surface = sf.group().strip();
            surnameFirst.add(new Mention(offset + sf.start(), offset + sf.start() + surface.length(), surface,
                    EntityType.PERSON, 0.9, "pattern:reference-author", null, null,
                    (sf.group(2).strip().length() == 1 ? sf.group(2).strip() + "." : sf.group(2).strip()) + " " + sf.group(1)));
        }
        // "... and R. Nielsen.": the period that closes the list is no part of the last name
        List<Mention> initialsFirst = match(INITIALS_FIRST, segment.replaceFirst("(?<=\\p{Ll})\\.\\s*$", " "), offset);
        List<Mention> fullNames = fullNames(segment, offset);
        List<Mention> surnameGiven = new ArrayList<>();
        Matcher sg = SURNAME_GIVEN.matcher(segment);
        // BibTeX writes every author "Surname, Given" between its "and"s; "Hastie, Tibshirani and Friedman" is three surnames
        boolean pairs = bibtexPairs(segment);
        while (pairs && sg.find()) {
            String surface = sg.group();
            String name = sg.group(2) + " " + sg.group(1);
            surnameGiven.add(new Mention(offset + sg.start(), offset + sg.end(), surface, EntityType.PERSON, 0.85,
                    "pattern:reference-author", null, null, name));
        }
        List<Mention> surnameInitials = new ArrayList<>();
        Matcher si = SURNAME_INITIALS.matcher(segment);
        while (si.find()) {
            String initials = si.group(2).replace(".", "").replace(" ", "");
            StringBuilder reading = new StringBuilder();
            for (char c : initials.toCharArray()) {
                reading.append(c == '-' ? "-" : c + ".");
            }
            surnameInitials.add(new Mention(offset + si.start(), offset + si.end(), si.group(), EntityType.PERSON, 0.85,
                    "pattern:reference-author", null, null, reading + " " + si.group(1)));
        }
        List<Mention> chosen = surnameFirst;
        if (surnameInitials.size() > chosen.size()) {
            chosen = surnameInitials;
        }
        if (surnameGiven.size() > chosen.size()) {
            chosen = surnameGiven;
        }
        if (initialsFirst.size() > chosen.size()) {
            chosen = initialsFirst;
        }
        // "Wong, W. S., Z. Yang, and R. Nielsen": only the first author is inverted, the others read initials first
        List<Mention> mixed = firstThenRest(segment, offset, surnameFirst, initialsFirst);
        if (mixed.size() > chosen.size()) {
            chosen = mixed;
        }
        // "Ruiz M.E., Tanaka, H.J. & Moreau, P.L.": the first author without the comma after the surname, the rest with it
        mixed = firstThenRest(segment, offset, surnameInitials, surnameFirst);
        if (mixed.size() > chosen.size()) {
            chosen = mixed;
        }
        // the first author inverted, the rest given name first: the first name whole, then the full names after it
        List<Mention> inverted = null;
        Matcher oneGiven = FIRST_INVERTED.matcher(segment);
        Matcher twoGiven = oneGiven.find() ? null : FIRST_INVERTED_LONG.matcher(segment);
        Matcher first = twoGiven == null ? oneGiven : twoGiven;
        if (twoGiven == null || twoGiven.find()) {
            inverted = new ArrayList<>();
            inverted.add(new Mention(offset + first.start(1), offset + first.end(), segment.substring(first.start(1), first.end()),
                    EntityType.PERSON, 0.85, "pattern:reference-author", null, null, first.group(2) + " " + first.group(1)));
            fullNames.stream().filter(m -> m.start() >= offset + first.end()).forEach(inverted::add);
            // "Lind, Ana B., and Tomas Berg": with a middle initial the first author reads as "Ana B." surname first
            // too; the inverted reading wins a tie
            if (inverted.size() >= 2 && inverted.size() >= chosen.size()) {
                chosen = inverted;
            } else if (inverted.size() == 1 && chosen.size() <= 1 && segment.substring(first.end()).matches("\\s*[.,]?\\s*")
                    && !NOT_AUTHOR.matcher(first.group()).find() && !GROUP_AUTHOR.matcher(first.group(2)).find()) {
                // "Lind, Ana Maria." alone: one author, surname first, if "Ana" is a given name (find() asks)
                Mention lone = inverted.get(0);
                chosen = List.of(new Mention(lone.start(), lone.end(), lone.surface(), lone.type(), lone.confidence(),
                        LONE_INVERTED, null, null, lone.title()));
            }
        }
        if (fullNames.size() > chosen.size()) {
            chosen = inverted != null ? inverted : fullNames;
        }
        for (Mention m : chosen) {
            // "Stan Development Team", "The Wren Consortium": a group signs the entry, no person
            found.add(GROUP_AUTHOR.matcher(m.surface()).find()
                    ? Mention.of(m.start(), m.end(), m.surface(), EntityType.ORGANIZATION, m.confidence(), m.finder()) : m);
        }
    }

    /**
     * An entry whose first author is written one way and the others another: the first of {@code firstStyle}'s names when
     * it opens {@code segment}, then {@code restStyle}'s names after it; empty when the segment opens otherwise.
     */
    private static List<Mention> firstThenRest(String segment, int offset, List<Mention> firstStyle, List<Mention> restStyle) {
        if (firstStyle.isEmpty() || !segment.substring(0, firstStyle.get(0).start() - offset).isBlank()) {
            return List.of();
        }
        Mention first = firstStyle.get(0);
        List<Mention> mixed = new ArrayList<>(List.of(first));
        restStyle.stream().filter(m -> m.start() >= first.end()).forEach(mixed::add);
        return mixed;
    }

    /** One author as BibTeX writes it: "Surname, Given" (a middle initial, a trailing comma). */
    private static final Pattern BIBTEX_PAIR = Pattern.compile("\\s*" + NAME + ",\\s" + NAME + "(?:\\s\\p{Lu}\\.)?\\s*,?\\s*");

    /** Whether every part of {@code segment} between its "and"s is one "Surname, Given" pair ("et al." aside). */
    private static boolean bibtexPairs(String segment) {
        String s = segment.replaceFirst(",?\\s+et\\s+al\\.?.*$", "").replaceFirst("[.,]?\\s*$", "");
        for (String part : s.split("\\s+and\\s+")) {
            if (!BIBTEX_PAIR.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The last word of a group that signs a work as its author. */
    private static final Pattern GROUP_AUTHOR = Pattern.compile(
            "\\s(?:Team|Consortium|Collaboration|Contributors|Developers|Group|Project|Community|Committee|Initiative)$");

    /** "Jane Doe, Richard Roe and Edgar A. Poe" or "Doe et al.". */
    private static List<Mention> fullNames(String segment, int offset) {
        List<Mention> out = new ArrayList<>();
        int at = 0;
        for (String part : segment.split(",|\\band\\b|&|;")) {
            int partStart = segment.indexOf(part, at);
            at = partStart + part.length();
            Matcher m = FULL_NAME.matcher(part);
            // a part of more than four words is a title or a venue, whatever capitals it opens with
            if (m.find() && !part.contains("et al") && m.group(1).length() > 3 && part.strip().split("\\s+").length <= 4
                    && !ORG_WORD.matcher(part).find()) {
                int start = offset + partStart + m.start(1);
                out.add(Mention.of(start, start + m.group(1).length(), m.group(1), EntityType.PERSON, 0.8,
                        "pattern:reference-author"));
            }
        }
        Matcher etAl = Pattern.compile("(" + NAME + ")\\s+et\\s+al").matcher(segment);
        if (etAl.find()) {
            out.add(Mention.of(offset + etAl.start(1), offset + etAl.end(1), etAl.group(1), EntityType.PERSON, 0.8,
                    "pattern:reference-author"));
        }
        return out;
    }

    private static List<Mention> match(Pattern p, String segment, int offset) {
        List<Mention> out = new ArrayList<>();
        Matcher m = p.matcher(segment);
        while (m.find()) {
            String surface = m.group().strip();
            if (surface.endsWith(" ")) {
                surface = surface.strip();
            }
            out.add(Mention.of(offset + m.start(), offset + m.start() + surface.length(), surface, EntityType.PERSON, 0.9,
                    "pattern:reference-author"));
        }
        return out;
    }
}
