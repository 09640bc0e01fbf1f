package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a post's front matter names as its authors ({@code author: Jane Doe and Joe Bloggs},
 * {@code authors: [Jane Doe, Joe Bloggs]}, or a {@code - Jane Doe} list under {@code authors:}), with
 * their offsets in the original file, so the reader can put them in the clean text as a byline whose
 * names are marked as authors (people, or a team: "vLLM Team", "LAION"). Handles ("thomas_lux"), single words and anything with digits are not
 * names of people and are left out.
 *
 * <p>Thread-safety: stateless.
 */
final class Byline {
    private Byline() {}

    private static final Pattern KEY = Pattern.compile("(?m)^(?:author|authors|byline)\\s*:[ \\t]*([^\\r\\n]*)");
    private static final Pattern ITEM = Pattern.compile("[ \\t]*-[ \\t]+([^\\r\\n]+)\\r?(?:\\n|$)");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|der|den|da|di|du|del|la|le|bin|ibn)){1,4}");
    /** A team or group as author: "vLLM Team", "MLC Community", "LAION". */
    private static final Pattern GROUP = Pattern.compile(
            "[\\p{L}\\d][\\p{L}\\d.'’-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d.'’-]*){0,3}\\s+(?:Team|Community|Lab|Labs|Group|Research|AI)"
            + "|\\p{Lu}{3,}");
    /** No spaces around: a separator between two long runs of spaces would otherwise be sought again from every space. */
    static final Pattern SEPARATOR = Pattern.compile(",|;|&|\\band\\b");

    /** A name and its span in the original. */
    record Name(int start, int end) {}

    /** The author names in {@code original[0, frontMatterEnd)}. */
    static List<Name> names(String original, int frontMatterEnd) {
        List<Name> out = new ArrayList<>();
        Matcher k = KEY.matcher(original);
        k.region(0, frontMatterEnd);
        while (k.find()) {
            int from = k.start(1);
            int to = k.end(1);
            if (original.substring(from, to).isBlank()) {
                // a YAML list on the following lines ("\r\n" or "\n" ends each)
                int at = k.end();
                while (at < frontMatterEnd && (original.charAt(at) == '\r' || original.charAt(at) == '\n')) {
                    at++;
                }
                Matcher item = ITEM.matcher(original);
                while (at < frontMatterEnd && item.region(at, frontMatterEnd).lookingAt()) {
                    add(original, item.start(1), item.end(1), out);
                    at = item.end();
                }
            } else {
                add(original, from, to, out);
            }
        }
        return out;
    }

    /** The names in one value: "[A, B]", "A and B", quotes and brackets dropped. */
    private static void add(String original, int from, int to, List<Name> out) {
        Matcher sep = SEPARATOR.matcher(original);
        sep.region(from, to);
        int at = from;
        while (at <= to) {
            int end = sep.find() ? sep.start() : to;
            int s = at;
            int e = end;
            while (s < e && "[\"' ".indexOf(original.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && "]\"' ".indexOf(original.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e > s && (NAME.matcher(original).region(s, e).matches() || GROUP.matcher(original).region(s, e).matches())) {
                out.add(new Name(s, e));
            }
            if (end == to) {
                break;
            }
            at = sep.end();
        }
    }
}
