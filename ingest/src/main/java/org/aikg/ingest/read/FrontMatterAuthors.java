package org.aikg.ingest.read;

import static org.aikg.ingest.read.FrontMatter.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authors and their affiliations as structured front matter gives them: a list of {@code authors}, each a
 * mapping with a {@code name} (or {@code given-names} and {@code surname}) and an {@code affiliation} that is
 * either an organization's name or the index of an entry of {@code affiliations} ({@code - name: ...,
 * index: 1}; "1, 2" for several), as scholarly markdown writes it (Journal of Open Source Software papers,
 * Pandoc and Quarto articles, distill posts). When the front matter also names a {@code bibliography} and
 * lists {@code affiliations}, the document is an article and its {@code title} is the paper's.
 *
 * <p>Spans are places in the original file, found in the front matter by their text; a value that cannot be
 * found there is left out (no offset is invented). The front matter is the YAML {@link FrontMatter} parsed.
 *
 * <p>Thread-safety: stateless.
 */
final class FrontMatterAuthors {
    private FrontMatterAuthors() {}

    /** A span of the original and what it is: a person, an organization or a paper's title (null: left to the finders). */
    record Span(int start, int end, String mark) {}

    /** An author and one of their organizations. */
    record Affiliation(Span person, Span organization) {}

    /**
     * @param title        the paper's title when the document is an article, else null
     * @param authors      every author found, in order
     * @param affiliations each author with each of their organizations
     */
    record Parsed(Span title, List<Span> authors, List<Affiliation> affiliations) {}

    /**
     * What the front matter {@code fm} of {@code original} says of authors; empty when it is no YAML mapping or
     * lists no author mapping.
     */
    static Optional<Parsed> parse(String original, FrontMatter.Parsed fm) {
        JsonNode root = fm.root();
        JsonNode authors = root == null ? null : root.path("authors").isArray() ? root.path("authors") : root.path("author");
        if (authors == null || !authors.isArray()) {
            return Optional.empty();
        }
        Map<String, String> byIndex = new HashMap<>();
        for (JsonNode a : root.path("affiliations")) {
            String name = text(a.get("name"));
            String index = text(a.get("index"));
            if (name != null && index != null) {
                byIndex.put(index, name);
            }
        }
        int to = fm.bodyStart();
        List<Span> people = new ArrayList<>();
        List<Affiliation> affiliations = new ArrayList<>();
        for (JsonNode a : authors) {
            if (!a.isObject()) {
                continue;
            }
            String name = text(a.get("name"));
            if (name == null && text(a.get("surname")) != null) {
                name = (text(a.get("given-names")) != null ? text(a.get("given-names")) + " " : "") + text(a.get("surname"));
            }
            Span person = name == null ? null : find(original, to, name, Link.AUTHOR_MARK);
            if (person == null) {
                continue;
            }
            people.add(person);
            for (String org : organizations(a.get("affiliation"), byIndex)) {
                // "Institute of Acoustics, University of Lisbon, Portugal": a unit, its parent and a country,
                // which the name finders tell apart; one phrase is one organization by construction
                Span o = find(original, to, org, org.contains(",") || org.contains(";") ? null : Link.AFFILIATION_MARK);
                if (o != null) {
                    affiliations.add(new Affiliation(person, o));
                }
            }
        }
        if (people.isEmpty()) {
            return Optional.empty();
        }
        Span title = null;
        if (root.has("bibliography") && !byIndex.isEmpty() && text(root.get("title")) != null) {
            title = find(original, to, text(root.get("title")), Link.TITLE_MARK);
        }
        return Optional.of(new Parsed(title, people, affiliations));
    }

    /** The names an author's affiliation field gives: a name, indexes into the affiliations, or a list of either. */
    private static List<String> organizations(JsonNode field, Map<String, String> byIndex) {
        List<String> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        if (field.isArray()) {
            for (JsonNode f : field) {
                out.addAll(organizations(f, byIndex));
            }
            return out;
        }
        if (field.isObject()) {
            String name = text(field.get("name"));
            if (name != null) {
                out.add(name);
            }
            return out;
        }
        String value = text(field);
        if (value == null) {
            return out;
        }
        if (value.matches("[\\d\\s,;]+")) {
            for (String i : value.split("[\\s,;]+")) {
                if (byIndex.containsKey(i)) {
                    out.add(byIndex.get(i));
                }
            }
        } else {
            out.add(value);
        }
        return out;
    }

    /** The first place {@code value} is written before {@code to} (in the front matter), or null. */
    private static Span find(String original, int to, String value, String mark) {
        int i = original.indexOf(value);
        return i < 0 || i + value.length() > to ? null : new Span(i, i + value.length(), mark);
    }
}
