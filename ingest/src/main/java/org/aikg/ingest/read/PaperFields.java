package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper a post's front matter says it is about: posts that review or summarise one paper often carry
 * its title, authors, organisations and link as fields ({@code paper_title:}, {@code paper_authors:},
 * {@code paper_orgs:}, {@code paper_link:}; also {@code publication_*} and {@code paper-*} spellings). The
 * reader turns them into one reference entry of the clean text, each part at its offsets in the original and
 * marked for what it is, so the paper, its authors and their organisations are found as in a bibliography.
 *
 * <p>Thread-safety: stateless.
 */
final class PaperFields {
    private PaperFields() {}

    private static final Pattern KEY = Pattern.compile("(?m)^(?:paper|publication)[_-]?"
            + "(title|authors?|orgs?|organi[sz]ations?|affiliations?|institutions?|link|url|arxiv)\\s*:[ \\t]*([^\\r\\n]*)");
    /** A field longer than this is no title, author list or link (and is not read). */
    private static final int LONGEST_VALUE = 2_000;

    /** What a field holds. */
    enum Kind { TITLE, AUTHOR, ORGANIZATION, LINK }

    /** One value (one name, for lists) and its span in the original. */
    record Part(Kind kind, int start, int end) {}

    /** The parts of the paper fields in {@code original[0, frontMatterEnd)}: empty when there is no title. */
    static List<Part> parts(String original, int frontMatterEnd) {
        List<Part> titles = new ArrayList<>();
        List<Part> people = new ArrayList<>();
        List<Part> orgs = new ArrayList<>();
        List<Part> links = new ArrayList<>();
        Matcher k = KEY.matcher(original);
        k.region(0, frontMatterEnd);
        while (k.find()) {
            String key = k.group(1).toLowerCase(Locale.ROOT);
            int from = k.start(2);
            int to = trimEnd(original, from, k.end(2));
            from = trimStart(original, from, to);
            if (to <= from || to - from > LONGEST_VALUE) {
                continue;
            }
            if (key.equals("title")) {
                titles.add(new Part(Kind.TITLE, from, to));
            } else if (key.startsWith("author")) {
                split(original, from, withoutEtAl(original, from, to), Kind.AUTHOR, people);
            } else if (key.equals("link") || key.equals("url") || key.equals("arxiv")) {
                links.add(new Part(Kind.LINK, from, to));
            } else {
                split(original, from, to, Kind.ORGANIZATION, orgs);
            }
        }
        if (titles.size() != 1) {
            return List.of();
        }
        // the order of a reference entry: authors, their organisations, the title, its link
        List<Part> out = new ArrayList<>(people);
        out.addAll(orgs);
        out.addAll(titles);
        out.addAll(links);
        return out;
    }

    /** The end of an author list without its closing "et al." ("Ada Ferreira, Tomas Lind et al."). */
    private static int withoutEtAl(String original, int from, int to) {
        String v = original.substring(from, to).toLowerCase(Locale.ROOT);
        int at = v.lastIndexOf("et al");
        if (at <= 0 || !v.substring(at + 5).replace(".", "").isBlank() || !Character.isWhitespace(v.charAt(at - 1))) {
            return to;
        }
        int end = from + at;
        while (end > from && (Character.isWhitespace(original.charAt(end - 1)) || original.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    /** The names of one value, split as a byline's are ({@link Byline#SEPARATOR}: "Texas A&M University" too). */
    private static void split(String original, int from, int to, Kind kind, List<Part> out) {
        Matcher sep = Byline.SEPARATOR.matcher(original).region(from, to);
        int at = from;
        while (at < to) {
            int end = sep.find() ? sep.start() : to;
            int s = trimStart(original, at, end);
            int e = trimEnd(original, s, end);
            if (e > s && Character.isLetter(original.charAt(s))) {
                out.add(new Part(kind, s, e));
            }
            at = end == to ? to : sep.end();
        }
    }

    private static int trimStart(String text, int from, int to) {
        while (from < to && "[\"' \t".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && "]\"' \t".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }
}
