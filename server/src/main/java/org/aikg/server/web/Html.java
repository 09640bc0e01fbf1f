package org.aikg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTML escaping and the page layout shared by every server-rendered page.
 *
 * <p>Every string that comes from the graph (names, titles, sentences, IRIs) was written by someone outside
 * the project and may contain markup; it goes through {@link #text} before it is written into a page, in
 * element content and in attribute values alike (attributes are always double-quoted). Links built from
 * data go through {@link #safeHref}, which refuses schemes other than http and https.
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

    /** Escapes {@code &}, {@code <}, {@code >}, {@code "} and {@code '}; null becomes the empty string. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * {@code sentence} escaped, with each whole-word occurrence of one of {@code names} (ignoring case) marked
     * with {@code <mark>}: where a fact's evidence names its two ends. Longer names win over names inside them;
     * names shorter than two characters are not marked.
     */
    static String highlighted(String sentence, java.util.Collection<String> names) {
        java.util.Map<String, String> noLinks = new java.util.HashMap<>();
        names.forEach(n -> noLinks.put(n, null));
        return marked(sentence, noLinks);
    }

    /**
     * As {@link #highlighted}, and a name whose value in {@code links} is a local URL is also a link to it (the
     * URL is escaped here): a document's sentences with the entities found in them linked to their pages.
     */
    static String marked(String sentence, java.util.Map<String, String> links) {
        if (sentence == null) {
            return "";
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        // Lower-casing may change a string's length (rare letters); then offsets would not line up: no marks.
        boolean aligned = lower.length() == sentence.length();
        String[] href = new String[sentence.length()];
        boolean[] marked = new boolean[sentence.length()];
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        links.forEach((name, url) -> {
            if (name != null && name.strip().length() >= 2) {
                byName.merge(name.strip().toLowerCase(Locale.ROOT), url == null ? "" : url, (a, b) -> a.isEmpty() ? b : a);
            }
        });
        java.util.List<String> byLength = byName.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(n -> n)).toList();
        for (String name : aligned ? byLength : java.util.List.<String>of()) {
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1)))
                        && (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)));
                boolean free = true;
                for (int i = at; i < end && free; i++) {
                    free = !marked[i];
                }
                if (whole && free) {
                    java.util.Arrays.fill(marked, at, end, true);
                    // Each occurrence its own run: two names side by side stay two links.
                    href[at] = byName.get(name);
                }
            }
        }
        StringBuilder out = new StringBuilder(sentence.length() + 32);
        int i = 0;
        while (i < sentence.length()) {
            int j = i + 1;
            while (j < sentence.length() && marked[j] == marked[i] && (!marked[i] || href[j] == null)) {
                j++;
            }
            String part = text(sentence.substring(i, j));
            if (!marked[i]) {
                out.append(part);
            } else if (href[i] == null || href[i].isEmpty()) {
                out.append("<mark>").append(part).append("</mark>");
            } else {
                out.append("<mark><a href=\"").append(text(href[i])).append("\">").append(part).append("</a></mark>");
            }
            i = j;
        }
        return out.toString();
    }

    /** Percent-encodes a query parameter value. */
    static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The href for an external link, escaped for an attribute, or null when the IRI is not http(s):
     * a {@code javascript:} or {@code data:} IRI in the data must never become a link.
     */
    static String safeHref(String iri) {
        if (iri == null) {
            return null;
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? text(iri) : null;
    }

    /** An anchor to a page of this application ({@code localUrl} is escaped here). */
    static String link(String localUrl, String label, String cssClass) {
        return "<a href=\"" + text(localUrl) + "\"" + (cssClass == null ? "" : " class=\"" + text(cssClass) + "\"")
                + ">" + text(label) + "</a>";
    }

    /** A small coloured label naming an entity type. */
    static String badge(EntityType type) {
        return "<span class=\"badge type-" + type.label() + "\">" + type.label() + "</span>";
    }

    /**
     * A whole page: header with the search box, {@code body} (already HTML) in main, and the application script.
     *
     * @param title      the page title (escaped here)
     * @param extraHead  trusted markup for the head (style sheets, scripts of the page), or empty
     * @param body       trusted markup built with this class's escaping
     */
    static String page(String title, String extraHead, String body) {
        return page(title, extraHead, body, "", null);
    }

    /**
     * As {@link #page(String, String, String)}, with the search box showing {@code searchText} and
     * {@code searchType} (escaped here): the results page keeps what was searched for, and so its address does.
     */
    static String page(String title, String extraHead, String body, String searchText, EntityType searchType) {
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append(" · aikg</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
                .append(extraHead)
                .append("</head><body>")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">aikg</a>")
                .append("<nav><a href=\"/query\">Query</a></nav>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\" autocomplete=\"off\">")
                .append("<input id=\"search-q\" name=\"q\" type=\"search\" value=\"").append(text(searchText))
                .append("\" placeholder=\"Find a model, paper, organization or person\" aria-label=\"Search\">")
                .append("<select id=\"search-type\" name=\"type\" aria-label=\"Type\"><option value=\"\">any type</option>");
        for (EntityType t : EntityType.SEARCHABLE) {
            b.append("<option value=\"").append(t.label()).append(t == searchType ? "\" selected>" : "\">")
                    .append(t.label()).append("</option>");
        }
        b.append("</select><button type=\"submit\">Search</button>")
                .append("<ul id=\"suggestions\" class=\"suggestions\" role=\"listbox\" hidden></ul></form></header>")
                .append("<main>").append(body).append("</main>")
                .append("<script src=\"/static/app.js\"></script></body></html>\n");
        return b.toString();
    }
}
