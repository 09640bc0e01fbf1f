package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference entries wherever a document lists them, not only under a "References" heading: a paragraph
 * or list item shaped like a citation (a list of authors in one of the common styles, then the year or a
 * quoted title, and somewhere a venue, pages or an identifier) becomes a {@link Block.Kind#REFERENCE}
 * block, so a "Publications" or "Papers using X" list is read as the bibliography it is.
 *
 * <p>The styles: APA and Harvard ("Doe, J., & Roe, R. (2021). Title."), ACL and ACM ("Jane Doe and Rob
 * Roe. 2021. Title. In ..."), IEEE ("J. Doe, R. Roe, and P. Poe, “Title,” in Proc. ..."), Springer ("Doe J,
 * Roe R (2021) Title. In: ..."), Vancouver ("Doe J, Roe R. Title. J Name. 2021;3:1-9."), and authors, title and
 * venue with the year last ("J. Doe, R. Roe. Title. In: Proceedings of ..., 2021"), with an optional "[1]", "1."
 * or "(1)" marker and "et al.".
 *
 * <p>Thread-safety: stateless.
 */
public final class ReferenceShape {
    private ReferenceShape() {}

    /** A capitalized name, hyphenated or not ("Lind-Berg"): one way to read each, so failing matches stay cheap. */
    private static final String NAME = "\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)?";
    /**
     * A name with a lower-case letter ("Lind", not "JM"): after a given name, bare capitals are initials, read by the
     * Vancouver alternative only, so no author reads two ways (each doubled reading doubles a failing match's work).
     */
    private static final String WORD_NAME = "\\p{Lu}(?=[\\p{L}'’]*\\p{Ll})[\\p{L}'’]*(?:-[\\p{L}'’]+)?";
    private static final String PARTICLE = "(?:(?:van|von|de|der|den|da|del|di|le|la|du|dos|ten|ter) )*";
    private static final String INITIALS = "(?:\\p{Lu}\\.[ -]?){1,4}";
    /** One author: "Doe, J.", "J. Doe", "Jane Doe", "Jane M. Doe", "Doe J" (Springer). */
    private static final String AUTHOR = "(?:" + PARTICLE + NAME + "(?: " + NAME + ")?, ?" + INITIALS
            + "|" + INITIALS + " ?" + PARTICLE + NAME
            + "|" + NAME + "(?: (?:\\p{Lu}\\. )?" + PARTICLE + WORD_NAME + "){1,2}"
            + "|" + NAME + " (?:\\p{Lu}\\.?){1,3}(?=[,(.:]| \\(| and | & ))";
    /**
     * How many authors after the first an entry's head reads: a name like "Ab CD" reads as two kinds of author, so
     * each one more doubles the ways a failing match is tried; twelve keep that small (a longer list is still an
     * entry under a references heading).
     */
    private static final int MORE_AUTHORS = 12;
    private static final String SEPARATOR = "(?:, ?(?:& ?|and )?| ?(?:&|and) )";
    /** An entry's optional number ("[3]", "3.", "(3)") at its start. */
    private static final String MARKER = "^\\s*(?:\\[\\d{1,4}]|\\d{1,4}\\.|\\(\\d{1,4}\\))?\\s*";
    /** A list of authors: the first, then up to {@link #MORE_AUTHORS} more. */
    private static final String AUTHORS = AUTHOR + "(?:" + SEPARATOR + AUTHOR + "){0," + MORE_AUTHORS + "}";
    /** The start of an entry: a marker, then authors, then the year or a quoted title. */
    private static final Pattern HEAD = Pattern.compile(
            MARKER + AUTHORS + "(?:,? et al\\.?)?"
                    + "(?:[ .,]*(?:\\((?:19|20)\\d{2}[a-z]?\\)[.,:]?|(?:19|20)\\d{2}[a-z]?[.,:])|, ?[“\"])");
    /**
     * The start of an entry whose authors end like a sentence, the title next and the year later ("A. Doe, R.
     * Roe. Title. In: Proc. ..., 2019", Vancouver's "Doe J, Roe R. Title. J Name. 2019;12:1-9", BMC's "Doe J, Roe
     * R: Title.", Nature's "Doe, J., Roe, R. & Poe, P. Q. Title. J. Name 12, 1-9 (2019)", where the last initial's period
     * ends the list): the author list must be two names or more, or one with initials, since a lone name and a period
     * start many sentences.
     */
    private static final Pattern HEAD_TITLE = Pattern.compile(
            MARKER + "(?<authors>" + AUTHORS + "(?:,? et al\\.?)?)(?:\\s*[.:]|(?<=\\p{Lu}\\.))\\s+(?<year>[(\\[](?:19|20)\\d{2}[a-z]?[)\\]][.,:]?\\s+)?"
                    + "[\"“*_‘']?\\p{Lu}");
    /** One author given name first: "Ana Lind", "A. Lind", "Ana B. Lind". */
    private static final String GIVEN_FIRST = "(?>(?:\\p{Lu}\\.\\s?)+" + PARTICLE + WORD_NAME + "|" + WORD_NAME
            + "(?: (?:\\p{Lu}\\. ?)*" + PARTICLE + WORD_NAME + "){1,2})";
    /**
     * A title first (a capital, no sentence break, then its period), then a list of authors given name first ended by a
     * period, then a venue, or a few words that end with the year: "Counting Birds with Radios. Ana Lind, Tomas Berg and
     * Mei Okafor. Bird Data, 2019." Biology's lists of thirty authors are read whole: each author is read one way only
     * (atomic groups), so a long list that fails fails fast.
     */
    private static final Pattern TITLE_FIRST = Pattern.compile(
            MARKER + "[“\"*_]?(?<title>\\p{Lu}[^.?!]{10,250}[?!]?)[.?!]?[”\"*_]?(?<=[.?!][”\"*_]?)\\s+(?<authors>" + GIVEN_FIRST + "(?>" + SEPARATOR + GIVEN_FIRST
                    + "){0,60}(?:,? et al\\.?)?)\\.\\s");
    /** One author given name first, initials hyphened or not: "T. Lind", "J.-P. Lind", "D.B. Lind", "Ana Lind". */
    private static final String BOOK_AUTHOR = "(?>(?:\\p{Lu}\\.[\\s-]?)+" + PARTICLE + WORD_NAME + "|" + WORD_NAME
            + "(?: (?:\\p{Lu}\\. ?)*" + PARTICLE + WORD_NAME + "){1,2})";
    /**
     * A book list's entry as a definition list writes it, the title, then " : " and its authors, then the publisher, the
     * place and the year: "Searching With Birds : T. Lind, Harbor Press, Oslo, 1996", "Handbook of Songs : Ana Lind
     * (editor), Quill Books, 1991".
     */
    private static final Pattern BOOK_ENTRY = Pattern.compile(
            MARKER + "(?<title>\\p{Lu}[^:\\n]{5,200}?)\\s+:\\s+(?<authors>" + BOOK_AUTHOR + "(?>" + SEPARATOR + BOOK_AUTHOR
                    + "){0,10})(?:\\s\\((?:ed|eds|editor|editors)\\.?\\))?,\\s");
    /**
     * The last word of a publisher's name ("Harbor Press", "Quill Books", "Lind Verlag"), for every reader of publishers:
     * a group of reference-words.yaml's {@code publisher_words}, without boundaries.
     */
    public static final String PUBLISHER_WORD = ReferenceWords.anyOf(ReferenceWords.bundled().publisher_words());
    /** A publisher's name among what reads as authors: ", Harbor Press", " and Quill Books". */
    private static final Pattern PUBLISHER_NAME = Pattern.compile(
            "(?:,\\s?|\\s(?:and|&)\\s)[^,]*?\\b" + PUBLISHER_WORD + "\\b");
    /**
     * The words that label a field of a colophon or a package's card ("Copyright", "Maintainer"), never a book's title:
     * reference-words.yaml's {@code field_labels}, in any case.
     */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "(?i)" + ReferenceWords.anyOf(ReferenceWords.bundled().field_labels()) + "\\b");
    /** The year that closes an entry, bare or in parentheses: "Bird Data, 2019.", "Bird Data (2019)". */
    private static final Pattern CLOSING_YEAR = Pattern.compile("[,.]?\\s\\(?(?:19|20)\\d{2}[a-z]?\\)?\\.?\\s*$");

    /**
     * An author-year label before an entry ("[Lind et al. 2019]", "[Lind and Berg, 2020]", "[Okafor 2018]"): the way
     * only bibliographies open a line.
     */
    private static final Pattern AUTHOR_YEAR_LABEL = Pattern.compile(
            "^\\s*\\[" + NAME + "(?: et al\\.?| (?:and|&) " + NAME + ")?,? (?:19|20)\\d{2}[a-z]?]\\s*");
    /** After such a label, the authors and the mark that ends them: "A. Lind, T. Berg, Title, ...". */
    private static final Pattern LABELLED_AUTHORS = Pattern.compile(
            AUTHORS + "(?:,? et al\\.?)?(?:\\s*[,.:]\\s+|(?<=\\. ))[\"“*_‘']?[\\p{L}\\d]");
    private static final Pattern SEVERAL = Pattern.compile(SEPARATOR + "\\p{Lu}|\\p{Lu}\\.| et al");
    /** Where the title after such authors ends: a period, question or exclamation mark and a space. */
    private static final Pattern TITLE_END = Pattern.compile("[.?!][*_”\"]*\\s");
    /** Words of organizations' names: "Velto Labs and Quillon Labs. Both ..." lists no authors. */
    private static final Pattern ORGANIZATION_WORD = Pattern.compile(
            "\\b(?:Labs?|Laboratory|University|Institute|Inc|Corp|Corporation|Team|Group|Foundation|Project)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** "..., GECCO, 2019.", "... BIRDS 2018.": the year that closes an entry (a venue's name may be any word). */
    private static final Pattern ENDS_WITH_YEAR = Pattern.compile("[,.]?\\s(?:19|20)\\d{2}[a-z]?\\.?\\s*$");
    /** What only citations carry: a venue, pages, a volume, an identifier. */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:In:? (?:Proc|Proceedings|Advances|the [\\p{L} ]{0,40}(?:Conference|Workshop|Symposium|Meeting)|\\p{Lu}{2,})"
                    + "|Proceedings|Proc\\.|Journal|Transactions|Conference|Workshop|Symposium|Letters|bioRxiv|medRxiv|vol\\.|Vol\\.|pp\\.?"
                    + " ?\\d|arXiv|arxiv\\.org/(?:abs|pdf)/|doi|DOI|ISBN|Press|Springer|Elsevier|IEEE|ACM|\\d+ ?\\(\\d+\\) ?[,:] ?\\d+|\\b\\d{1,4} ?: ?\\d{1,6} ?[-–] ?\\d{1,6}\\b(?!\\s*:)|, \\d{1,5} ?[-–] ?\\d{1,5}\\b)");
    private static final int MAX_LENGTH = 700;
    /** The longest entry: a title and some forty authors. */
    private static final int LONG_LIST_LENGTH = 2000;

    /** What only a book's entry says: its ISBN or its edition ("2nd edition", "Fourth edition", "3rd ed."). */
    private static final Pattern BOOK_MARK = Pattern.compile(
            "\\bISBN\\b|\\b(?:\\d+(?:st|nd|rd|th)|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Rr]evised|[Ee]xpanded)\\.? ?[Ee]d(?:ition|n?\\.)");
    /**
     * A publisher of books: "Harbor Press", "Quill Books", "Springer-Verlag", "Prentice Hall", "Wiley" (a publisher's
     * last word, then reference-words.yaml's {@code book_publishers}).
     */
    private static final Pattern BOOK_PUBLISHER = Pattern.compile(
            "\\b(?:" + PUBLISHER_WORD + "|" + ReferenceWords.anyOf(ReferenceWords.bundled().book_publishers()) + ")\\b");
    /** What only an article's or a paper's entry says: a journal, proceedings, a volume, pages, an identifier. */
    private static final Pattern ARTICLE_MARK = Pattern.compile(
            "\\b(?:In:? |Proceedings|Proc\\.|Journal|Transactions|Trans\\.|Conference|Conf\\.|Workshop|Symposium|Letters|"
                    + "Review|Annals|arXiv|bioRxiv|medRxiv|vol\\.|Vol\\.|Volume|pp\\.|pages|Issue|Lecture Notes)|\\d+ ?\\(\\d+\\)"
                    // pages, not a part of an ISBN ("978-1032234953")
                    + "|(?<![\\d-])\\d{1,5} ?[-–]{1,2} ?\\d{1,5}(?![\\d-])");

    /**
     * Whether a reference entry cites a book (a book is no paper, by the extraction spec): nothing of a journal's, of
     * proceedings' or of a report's, and an ISBN, an edition or a book publisher ("Lind, A. (2002) Bird Songs. Fourth
     * edition. Harbor Press."; not "Lind, A. (2002) Bird songs. Neural Songs, 9(8), 17-31. Harbor Press.", nor "In
     * Proceedings of the 2nd Edition of the Bird Workshop").
     */
    public static boolean citesBook(CharSequence entry) {
        if (ARTICLE_MARK.matcher(entry).find() || NOT_A_BOOK.matcher(entry).find()) {
            return false; // "In Proceedings of the 2nd Edition of ...", "... [Internet]. Velto Press; 2021."
        }
        return BOOK_MARK.matcher(entry).find() || BOOK_PUBLISHER.matcher(entry).find();
    }

    /** What a web document, a report, a thesis or a preprint says of itself: no book, whoever publishes it. */
    private static final Pattern NOT_A_BOOK = Pattern.compile(
            "(?i)\\[(?:internet|online)]|\\b(?:technical report|tech\\. rep\\.|report|thesis|dissertation|preprint|working paper)\\b");

    /** Whether {@code text} names a venue, pages, a volume or an identifier, as only citations do. */
    public static boolean namesVenue(CharSequence text) {
        return VENUE.matcher(text).find();
    }

    /**
     * Where an author-year label that opens an entry at {@code from} ends ("[Lind et al. 2019] A. Lind, ..."), or -1
     * when the entry opens with none.
     */
    public static int authorYearLabelEnd(CharSequence text, int from) {
        Matcher m = AUTHOR_YEAR_LABEL.matcher(text).region(from, Math.min(text.length(), from + 80));
        return m.lookingAt() ? m.end() : -1;
    }

    /** {@code document} with its citation-shaped paragraphs and list items made reference entries. */
    public static Document apply(Document document) {
        List<Block> blocks = document.blocks();
        List<Block> out = null;
        String text = document.text();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // a citation may be quoted too: "> Lind, A. (2021). Title. ..." under "How to cite"
            if ((b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.QUOTE)
                    && isEntry(text, b.start(), b.end())) {
                if (out == null) {
                    out = new ArrayList<>(blocks);
                }
                out.set(i, new Block(Block.Kind.REFERENCE, b.start(), b.end(), 0));
            }
        }
        if (out == null) {
            return document;
        }
        return new Document(document.path(), document.original(), document.format(), document.metadata(), text,
                document.offsets(), out, document.links(), document.lineStarts());
    }

    /** "Title. Ana Lind, Tomas Berg. Venue, 2019.": the title first, then the authors, then a venue or the year. */
    private static boolean titleFirst(CharSequence entry) {
        return titleFirstFields(entry) != null;
    }

    /**
     * Where the title and the authors of an entry that opens with its title lie ({@code {titleStart, titleEnd,
     * authorsStart, authorsEnd}}, the title's closing mark excluded), or null when {@code entry} does not read so: the
     * title neither opens as notes and changelogs do ("Fixed a crash", "Thanks ...") nor is itself a list of names, and
     * after the authors comes a venue, or a year with names alone around it (not "Released in 2021", "Summer 2022").
     */
    public static int[] titleFirstFields(CharSequence entry) {
        int[] book = bookFields(entry);
        if (book != null) {
            return book;
        }
        Matcher m = TITLE_FIRST.matcher(entry);
        if (!m.lookingAt() || !SEVERAL.matcher(m.group("authors")).find() || ORGANIZATION_WORD.matcher(m.group("authors")).find()) {
            return null;
        }
        int titleStart = m.start("title");
        int titleEnd = m.end("title");
        String title = entry.subSequence(titleStart, titleEnd).toString();
        if (proseOpening(title) || NAMES_ONLY.matcher(title).matches()) {
            return null;
        }
        String tail = entry.subSequence(m.end(), entry.length()).toString().strip();
        if (proseOpening(tail)) {
            return null; // "... Ana Lind, Tomas Berg. Thanks, 2020.", "... See the Journal of Design"
        }
        boolean venue = VENUE.matcher(tail).find();
        boolean dated = CLOSING_YEAR.matcher(tail).find() && tail.split("\\s+").length <= 8 && !PROSE_WORD.matcher(tail).find()
                && !SEASON.matcher(tail).lookingAt();
        return venue || dated ? new int[] {titleStart, titleEnd, m.start("authors"), m.end("authors")} : null;
    }

    /**
     * The fields of a book list's entry ({@link #BOOK_ENTRY}), or null: after the authors only a publisher, a place and
     * the year, a few words with no prose in them.
     */
    private static int[] bookFields(CharSequence entry) {
        Matcher m = BOOK_ENTRY.matcher(entry);
        if (!m.lookingAt() || ORGANIZATION_WORD.matcher(m.group("authors")).find()) {
            return null;
        }
        String title = m.group("title");
        if (!title.strip().contains(" ") || FIELD_LABEL.matcher(title).lookingAt()) {
            return null; // "Copyright : Ana Lind, Oslo, 2019": a one-word label and its value, not a book's title
        }
        int authorsEnd = m.end("authors");
        int tailStart = m.end();
        Matcher publisher = PUBLISHER_NAME.matcher(m.group("authors"));
        if (publisher.find()) {
            // "J. Lind, Harbor Press, Oslo": a publisher's name reads like a person's; the authors end before it
            authorsEnd = m.start("authors") + publisher.start();
            tailStart = authorsEnd;
        }
        String tail = entry.subSequence(tailStart, entry.length()).toString().replaceFirst("^\\s*,", "").strip();
        if (proseOpening(title) || NAMES_ONLY.matcher(title).matches() || !CLOSING_YEAR.matcher(tail).find()
                || tail.split("\\s+").length > 8 || PROSE_WORD.matcher(tail).find()) {
            return null;
        }
        return new int[] {m.start("title"), m.end("title"), m.start("authors"), authorsEnd};
    }

    /** How notes, thanks and changelog entries open, never a paper's title: "This work ...", "Fixed a crash". */
    private static final Pattern PROSE_OPENING = Pattern.compile(
            "(?:This|These|Our|We|Thanks|Thank|Team|Photo|Release|Releases|Version|See)\\b|\\p{Lu}\\p{Ll}+ed (?:a|an|the)\\b");
    /** A word in small letters that no venue's line holds (a venue is a name, a year, "preprint", "in", "of"). */
    private static final Pattern PROSE_WORD = Pattern.compile(
            "\\b(?!(?:in|of|on|the|and|for|preprint|press|proceedings|vol|pp|no)\\b)\\p{Ll}{2,}\\b");
    /** A season or a month and a year: when, not where. */
    private static final Pattern SEASON = Pattern.compile(
            "(?i)(?:spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,? (?:19|20)\\d{2}");
    private static final Pattern NAMES_ONLY = Pattern.compile(GIVEN_FIRST + "(?>" + SEPARATOR + GIVEN_FIRST + ")+(?:,? et al\\.?)?");

    /** Whether {@code title} opens as notes, thanks and changelog entries do, never a paper's title. */
    private static boolean proseOpening(String title) {
        return PROSE_OPENING.matcher(title).lookingAt();
    }

    /** A name of a person as a citation lists it: "Ana Lind", "A. Lind", "Ana B. Lind", "Lind A", "Lind, A.". */
    private static final Pattern CITED_PERSON = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]+(?:\\s(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]+){0,3}(?:\\s\\p{Lu}{1,3}\\.?)?|et al\\.?");

    /**
     * Whether the lines of a paragraph (their text, stripped) are one citation written a field a line, as READMEs' "please
     * cite" blocks are: two to four lines, a title of three words or more first (no entry's number before it, no year in
     * it, not itself names, not opening as notes do), then a line of two authors or more (or one and "et al."), then a
     * venue, or a year with names alone around it. A blank line (a badge, a bare link) is no field of a citation.
     */
    public static boolean isFieldPerLineEntry(List<String> lines) {
        if (lines.size() < 2 || lines.size() > 4 || lines.stream().anyMatch(String::isBlank)) {
            return false;
        }
        String title = lines.get(0);
        if (title.split("\\s+").length < 3 || !Character.isLetter(title.charAt(0)) || YEAR.matcher(title).find()
                || authorLine(title)) {
            return false;
        }
        String rest = String.join(" ", lines.subList(2, lines.size()));
        return !proseOpening(title)
                && (namesVenue(rest) || YEAR.matcher(rest).find() && !PROSE_WORD.matcher(rest).find())
                && authorLine(lines.get(1).replaceFirst("[.;]$", ""));
    }

    /** Whether a line is a list of people alone: two names or more joined by commas, "and" or "&amp;", or one and "et al.". */
    private static boolean authorLine(String line) {
        String[] parts = line.split("\\s*(?:,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*|;\\s*)");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!CITED_PERSON.matcher(part.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} reads as one citation. */
    static boolean isEntry(String text) {
        return isEntry(text, 0, text.length());
    }

    /** Whether {@code text[from, to)} reads as one citation. */
    static boolean isEntry(String text, int from, int to) {
        if (to - from < 30 || to - from > LONG_LIST_LENGTH) {
            return false;
        }
        CharSequence entry = text.subSequence(from, to);
        if (to - from > MAX_LENGTH) {
            return titleFirst(entry); // only a title and a long list of authors makes an entry this long
        }
        Matcher label = AUTHOR_YEAR_LABEL.matcher(entry);
        if (label.lookingAt()) {
            // "[Lind et al. 2019] A. Lind, T. Berg, Title, GECCO, 2019.": after such a label, authors and a year are
            // enough, whatever the venue is called
            // ("[Berg 2021] Tomas Berg. He built Heron in 2021." is a note: one author without initials, no venue, no year
            // closing the entry)
            Matcher authors = LABELLED_AUTHORS.matcher(entry).region(label.end(), entry.length());
            return authors.lookingAt() && SEVERAL.matcher(entry.subSequence(label.end(), authors.end())).find()
                    && (ENDS_WITH_YEAR.matcher(entry).find() || VENUE.matcher(entry).region(authors.end(), entry.length()).find());
        }
        if (titleFirst(entry)) {
            return true;
        }
        if (!VENUE.matcher(entry).find()) {
            return false;
        }
        if (HEAD.matcher(entry).lookingAt()) {
            return true;
        }
        Matcher m = HEAD_TITLE.matcher(entry);
        if (!m.lookingAt() || !SEVERAL.matcher(m.group("authors")).find() || ORGANIZATION_WORD.matcher(m.group("authors")).find()) {
            return false;
        }
        // the title is a segment of its own and the venue comes after it: "Ana Lind, Tomas Berg: The model was shown
        // at the ACL Conference in 2021." is a sentence
        Matcher end = TITLE_END.matcher(entry);
        return end.find(m.end() - 1) && VENUE.matcher(entry).region(end.end(), entry.length()).find() && (m.group("year") != null || YEAR.matcher(entry).region(m.end(), entry.length()).find());
    }
}
