package org.aikg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the page templates ({@code src/main/jte}) need besides escaping, which is theirs: the content security
 * policy, sentences cut into marked and unmarked runs, and the check that keeps links from the data to http(s).
 *
 * <p>Every string that comes from the graph (names, titles, sentences, IRIs) was written by someone outside the
 * project and may contain markup; the templates write it with jte's HTML output, which escapes it for the place
 * it is written to (element content or attribute value). Nothing here produces markup.
 *
 * <p>Thread-safety: stateless.
 */
final class Html {

    /** Sent with every HTML page: no inline script, no foreign origins, so a missed escape still cannot run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Html() {
    }

    /**
     * A run of a sentence: plain text, or a name that is marked and, when {@code href} is a local URL, linked.
     *
     * @param href the local page the name links to, or null for a name that is only marked (or not marked)
     */
    record Segment(String text, boolean marked, String href) {
    }

    /**
     * {@code sentence} as runs, with each whole-word occurrence of one of {@code names} (ignoring case) marked:
     * where a fact's evidence names its two ends. Longer names win over names inside them; names shorter than
     * two characters are not marked.
     */
    static List<Segment> highlighted(String sentence, Collection<String> names) {
        Map<String, String> noLinks = new HashMap<>();
        names.forEach(n -> noLinks.put(n, null));
        return marked(sentence, noLinks);
    }

    /**
     * As {@link #highlighted}, and a name whose value in {@code links} is a local URL also links to it: a
     * document's sentences with the entities found in them linked to their pages. Each occurrence is a run of
     * its own, so two names side by side stay two links.
     */
    static List<Segment> marked(String sentence, Map<String, String> links) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        // Lower-casing may change a string's length (rare letters); then offsets would not line up: no marks.
        boolean aligned = lower.length() == sentence.length();
        String[] href = new String[sentence.length()];
        boolean[] marked = new boolean[sentence.length()];
        Map<String, String> byName = new HashMap<>();
        links.forEach((name, url) -> {
            if (name != null && name.strip().length() >= 2) {
                byName.merge(name.strip().toLowerCase(Locale.ROOT), url == null ? "" : url, (a, b) -> a.isEmpty() ? b : a);
            }
        });
        List<String> byLength = byName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n)).toList();
        for (String name : aligned ? byLength : List.<String>of()) {
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1)))
                        && (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)));
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !marked[i];
                }
                if (whole && free) {
                    Arrays.fill(marked, at, end, true);
                    href[at] = byName.get(name);
                }
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            int j = i + 1;
            while (j < sentence.length() && marked[j] == marked[i] && (!marked[i] || href[j] == null)) {
                j++;
            }
            String link = marked[i] && href[i] != null && !href[i].isEmpty() ? href[i] : null;
            out.add(new Segment(sentence.substring(i, j), marked[i], link));
            i = j;
        }
        return out;
    }

    /** Percent-encodes a query parameter value. */
    static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * {@code iri} when it may be the target of an external link, else null: a {@code javascript:} or
     * {@code data:} IRI in the data must never become a link (escaping would not stop it running).
     */
    static String safeHref(String iri) {
        if (iri == null) {
            return null;
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }
}
