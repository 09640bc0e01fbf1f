package org.aikg.ingest.ner;

import java.util.ArrayList;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Link;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Paper titles: quoted Title Case phrases ("“Scaling Laws for Neural Language Models”"), quoted phrases
 * next to the word "paper", unquoted Title Case runs right before "paper" ("the Deep Residual Learning for
 * Image Recognition paper"), and the title of a reference-list entry ("Doe, J. (2021). A Title Here. Venue.").
 *
 * <p>Thread-safety: immutable.
 */
public final class PaperTitleFinder implements MentionFinder {
    private static final Pattern QUOTED = Pattern.compile("[“\"‘]([^“”\"‘’]{3,200}?)[”\"’]");

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that",
            "their", "his", "her", "its", "our", "my", "your");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        // a book is no paper (the extraction spec): an entry that cites one gives no quoted title
        if (sentence.kind() != org.aikg.ingest.read.Block.Kind.REFERENCE || !org.aikg.ingest.read.ReferenceShape.citesBook(sentence.text())) {
            quoted(sentence, found);
        }
        beforePaper(sentence, found);
        linked(document, sentence, found);
        return found;
    }

    /** Hosts whose pages are papers: a title-like link to one names that paper. */
    private static final Pattern PAPER_HOST = Pattern.compile(
            "(?i)^https?://(?:[\\w-]+\\.)*(?:arxiv\\.org|openreview\\.net|aclanthology\\.org|aclweb\\.org|proceedings\\.[\\w.]+|papers\\.nips\\.cc"
            + "|doi\\.org|dl\\.acm\\.org|ieeexplore\\.ieee\\.org|semanticscholar\\.org|biorxiv\\.org|jmlr\\.org|hal\\.science"
            + "|link\\.springer\\.com|nature\\.com|science\\.org|pnas\\.org)/|(?i)\\.pdf(?:[?#].*)?$");

    /** After a listed title, its authors: "- Ada Lovelace (Lab), ...", ": A. Lovelace, K. Benz and ...", "by Lovelace et al.". */
    private static final Pattern AUTHOR_LIST = Pattern.compile(
            "\\s*[-–—:,]?\\s*(?:by\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "\\s*(?:\\(|et al|,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s*(?:,|\\(|and\\b|&))");

    /**
     * A link whose text reads as a title: "[Learning Small Models Fast: A Study](url) - A. Author". It
     * names a paper when the link goes to where papers live, or when it opens its list item or reference
     * entry followed by a list of authors, as newsletters list papers (a headline is followed by prose).
     */
    private static void linked(AnnotatedDocument document, Sentence s, List<Mention> found) {
        List<Link> links = document.document().links();
        String text = document.text();
        for (int k = Link.firstAtOrAfter(links, s.start()); k < links.size() && links.get(k).start() < s.end(); k++) {
            Link link = links.get(k);
            if (link.structural() || link.end() > s.end()) {
                continue;
            }
            String title = trimTitle(text.substring(link.start(), link.end()));
            int words = title.split("\\s+").length;
            boolean subtitled = title.matches("[^:]{2,40}: \\S.*");
            if (title.isEmpty() || !looksLikeTitle(title) || (words < 5 && !(subtitled && words >= 3))) {
                continue;
            }
            boolean opens = link.start() == s.start() || text.substring(s.start(), link.start()).isBlank();
            boolean host = PAPER_HOST.matcher(link.url()).find();
            boolean authors = AUTHOR_LIST.matcher(text).region(link.end(), Math.min(s.end(), link.end() + 120)).lookingAt();
            if ((opens && authors && (s.kind() == Block.Kind.LIST_ITEM || s.kind() == Block.Kind.REFERENCE)) || host) {
                int start = link.start() + text.substring(link.start(), link.end()).indexOf(title);
                found.add(Mention.of(start, start + title.length(), title, EntityType.PAPER, host ? 0.85 : 0.75,
                        "pattern:linked-title"));
            }
        }
    }

    private static void quoted(Sentence s, List<Mention> found) {
        Matcher m = QUOTED.matcher(s.text());
        while (m.find()) {
            String inner = m.group(1);
            String title = trimTitle(inner);
            if (title.isEmpty()) {
                continue;
            }
            int lead = inner.indexOf(title);
            int start = s.start() + m.start(1) + lead;
            int end = start + title.length();
            int words = title.split("\\s+").length;
            // "presented in" also points at a document's own sections ("described in \"Getting Started\"")
            boolean cue = paperCue(s.text(), m.start(), m.end()) || words >= 3 && s.text()
                    .substring(Math.max(0, m.start() - 24), m.start()).toLowerCase(Locale.ROOT)
                    .matches(".*\\b(presented|described|introduced|proposed|detailed) in\\W*")
                    && !s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 16)).toLowerCase(Locale.ROOT)
                            .matches("\\W*(below|above|section|chapter|of this)\\b.*");
            // a quotation in prose is cited as a title is: only a title's shape makes it a paper
            cue |= titleCased(title) && words >= 2 && AUTHOR_YEAR.matcher(
                    s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 48))).lookingAt();
            boolean subtitled = title.matches("[^:]{2,40}: \\S.*"); // "KAN: Kolmogorov-Arnold Networks"
            if ((looksLikeTitle(title) && (words >= 5 || (subtitled && words >= 3)))
                    || (cue && words >= 2 && Names.startsUpper(title))) {
                found.add(Mention.of(start, end, title, EntityType.PAPER, cue ? 0.9 : 0.75, "pattern:quoted-title"));
            }
        }
    }

    /** "paper" (or "report", "preprint") within a few words before or after the span. */
    private static boolean paperCue(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, Math.min(text.length(), end + 16)).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(paper|papers|preprint|titled|entitled|publication|published|authored|co-authored|wrote)\\b\\W*(called|named)?\\W*")
                || after.matches("\\W*(paper|preprint)\\b.*");
    }

    /** An author-year citation right after a quoted title, "(Doe, 2021)", "(Doe and Roe 2019)": the title's paper. */
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "[,.]?\\s*\\(\\p{Lu}[\\p{L}'’-]+(?:\\s+et al\\.?|\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]+)?,?\\s+(?:19|20)\\d{2}[a-z]?\\)");

    /**
     * "the Sequence to Sequence Learning with Neural Networks paper": a Title Case run of three or more words
     * before "paper".
     */
    private static void beforePaper(Sentence s, List<Mention> found) {
        List<Token> tokens = s.tokens();
        for (int p = 1; p < tokens.size(); p++) {
            String w = tokens.get(p).text().toLowerCase(Locale.ROOT);
            if (!w.equals("paper")) { // "Eight Papers" is a count, "the X Y Z paper" names one
                continue;
            }
            int end = p - 1;
            while (end >= 0 && !TokenSpans.wordy(tokens.get(end)) && !tokens.get(end).text().equals("?")) {
                end--;
            }
            int start = end;
            int capitalized = 0;
            int words = 0;
            while (start >= 0) {
                Token t = tokens.get(start);
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (DETERMINERS.contains(lower)) {
                    break; // "the X Y Z paper": the title starts after the determiner
                }
                if (TokenSpans.wordy(t)) {
                    if (t.capitalized() || Character.isDigit(t.text().charAt(0))) {
                        capitalized++;
                    } else if (!Lexicon.TITLE_FUNCTION_WORDS.contains(lower)) {
                        break;
                    }
                    words++;
                } else if (!"-:?!’'".contains(t.text())) {
                    break;
                }
                start--;
            }
            start++;
            while (start <= end && (!tokens.get(start).capitalized()
                    || tokens.get(start).text().equalsIgnoreCase("the"))) {
                start++;
            }
            if (start <= end && capitalized >= 3 && words >= 3) {
                int a = tokens.get(start).start();
                int b = tokens.get(end).end();
                String surface = s.text().substring(a - s.start(), b - s.start());
                found.add(Mention.of(a, b, surface, EntityType.PAPER, 0.8, "pattern:title-before-paper"));
            }
        }
    }

    /** An editor's note after a title: "(with discussion)", "(with comments and a rejoinder)", "(in press)". */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile(
            "\\s*\\((?:with (?:discussion|comments?|rejoinder|a rejoinder)[^()]{0,40}|in press|invited(?: paper| talk)?"
                    + "|extended abstract|abstract|to appear|forthcoming|in (?:Japanese|Chinese|German|French|Spanish|Russian|Portuguese"
                    + "|Italian|Korean|Dutch|Turkish|Polish))\\)?[.,]?$", Pattern.CASE_INSENSITIVE);

    /** Strips surrounding quotes, spaces, trailing commas or periods and an editor's note after the title. */
    static String trimTitle(String s) {
        String t = EDITORIAL_NOTE.matcher(s.strip()).replaceFirst("");
        while (!t.isEmpty() && "“”\"‘’'.,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && "“”\"‘’'".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /**
     * True for a Title Case phrase of three or more words: most words that are not title function words
     * start with a capital, and it does not end like a sentence.
     */
    /** Every word of the title but its small words starts with a capital: "Sparse Voices", "Learning to Listen". */
    private static boolean titleCased(String title) {
        for (String w : title.split("\\s+")) {
            if (!Lexicon.TITLE_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Names.startsUpper(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeTitle(String s) {
        String t = trimTitle(s);
        String[] words = t.split("\\s+");
        if (words.length < 3 || words.length > 30 || t.endsWith(".")) {
            return false;
        }
        int content = 0;
        int capital = 0;
        int linkWords = 0;
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (Lexicon.TITLE_FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (LINK_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                linkWords++;
            }
            if (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))) {
                capital++;
            }
        }
        // "Paper on ArXiv", "Read the Full Paper (PDF)": words about the link, not a title
        return content >= 2 && linkWords < content && capital * 4 >= content * 3 && Character.isUpperCase(t.codePointAt(0));
    }

    /** Words a link's text uses to say where it leads ("Paper on arXiv", "Full Text PDF", "Project Page"). */
    private static final java.util.Set<String> LINK_WORDS = java.util.Set.of("paper", "papers", "arxiv", "pdf", "link",
            "preprint", "abstract", "here", "full", "text", "read", "version", "project", "page", "website", "code",
            "demo", "blog", "post", "article", "report", "technical", "tech", "publication", "citation", "cite",
            "bibtex", "view", "download", "official", "html", "openreview", "doi", "published", "online");
}
