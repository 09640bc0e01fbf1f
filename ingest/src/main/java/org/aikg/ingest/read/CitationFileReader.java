package org.aikg.ingest.read;

import static org.aikg.ingest.read.FrontMatter.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Citation File Format file ({@code CITATION.cff}, YAML opening with {@code cff-version:}), the way a
 * repository says how to cite its software: the software's title becomes the heading, each author a list
 * item "Given Family (Affiliation)" (the name marked a person, as a reference's author field is, and an
 * affiliation of one phrase an organization), and the
 * {@code preferred-citation} and each of the {@code references} a reference entry "Authors. Title. Venue,
 * year." whose title is marked a paper's when the entry is a published work. The text is written in the
 * order names read, not the file's (CFF gives the family name before the given one); each value maps to
 * where the file writes it when it can be found in order from the previous one, else to that previous
 * place, so offsets never go back. A file that is not valid YAML is read as plain text.
 *
 * <p>Stateless and thread-safe.
 */
final class CitationFileReader implements DocumentReader {

    private static final Pattern CFF_START = Pattern.compile(OrderedText.LEADING_COMMENTS + "cff-version[ \\t]*:");
    private static final Pattern ARXIV = OrderedText.ARXIV;
    /** Entry types of CFF that are research papers or reports (not software, data, books or web pages). */
    private static final Set<String> PAPER_TYPES = Set.of("article", "conference-paper", "conference", "proceedings",
            "report", "thesis", "unpublished", "preprint", "magazine-article", "newspaper-article");

    /** Whether {@code content} is a CFF file: YAML whose first key, after comments, is {@code cff-version}. */
    static boolean looksLikeCff(String content) {
        return CFF_START.matcher(content.length() > 2048 ? content.substring(0, 2048) : content).lookingAt();
    }

    @Override
    public Document read(Path path, String content) {
        JsonNode root = FrontMatter.yaml(content);
        if (root == null) {
            return new PlainTextReader().read(path, content);
        }
        OrderedText w = new OrderedText(content);
        String title = text(root.get("title"));
        if (title != null) {
            w.block(Block.Kind.HEADING, 1);
            w.value(title, null);
            w.end();
        }
        String abstractText = text(root.get("abstract"));
        if (abstractText != null) {
            w.block(Block.Kind.PARAGRAPH, 0);
            w.value(abstractText, null);
            w.end();
        }
        Set<String> affiliated = new LinkedHashSet<>();
        authorItems(root.get("authors"), w, affiliated);
        JsonNode preferred = root.get("preferred-citation");
        if (preferred != null && preferred.isObject()) {
            reference(preferred, w, affiliated);
        }
        JsonNode refs = root.get("references");
        if (refs != null && refs.isArray()) {
            for (JsonNode r : refs) {
                if (r.isObject()) {
                    reference(r, w, affiliated);
                }
            }
        }
        Optional<String> date = Optional.ofNullable(text(root.get("date-released")));
        Optional<String> url = Optional.ofNullable(text(root.get("url")));
        return w.out.build(path, Format.TEXT, new Metadata(Optional.ofNullable(title), date.map(d -> d.length() > 10
                ? d.substring(0, 10) : d), Optional.ofNullable(personName(first(root.get("authors")))), url));
    }

    /** One list item per author of {@code authors}: "Given Family (Affiliation)", or an entity author's name. */
    private static void authorItems(JsonNode authors, OrderedText w, Set<String> affiliated) {
        if (authors == null || !authors.isArray()) {
            return;
        }
        for (JsonNode a : authors) {
            String person = personName(a);
            String affiliation = text(a.get("affiliation"));
            if (person != null) {
                personItem(a, affiliation, w);
                if (affiliation != null) {
                    affiliated.add(person + "\u0000" + affiliation);
                }
            } else if (text(a.get("name")) != null) {
                w.block(Block.Kind.LIST_ITEM, 1);
                w.value(text(a.get("name")), null);
                w.end();
            }
        }
    }

    /** A reference entry, then its authors' affiliations not already written. */
    private static void reference(JsonNode r, OrderedText w, Set<String> affiliated) {
        String type = Optional.ofNullable(text(r.get("type"))).orElse("").toLowerCase(Locale.ROOT);
        String title = text(r.get("title"));
        String venue = firstText(r, "journal", "conference", "collection-title", "institution", "publisher");
        String arxiv = null;
        for (String key : new String[] {"doi", "url", "repository", "journal", "identifiers"}) {
            Matcher m = r.get(key) == null ? null : ARXIV.matcher(r.get(key).toString());
            if (m != null && m.find()) {
                arxiv = m.group(1);
                break;
            }
        }
        boolean paper = PAPER_TYPES.contains(type) || r.has("journal") || r.has("conference") || arxiv != null;
        List<Reference.Author> written = new ArrayList<>();
        JsonNode authors = r.get("authors");
        if (authors != null && authors.isArray()) {
            for (JsonNode a : authors) {
                String person = personName(a);
                if (person != null) {
                    written.add(new Reference.Author(person, true, fieldValues(a)));
                } else if (text(a.get("name")) != null) {
                    written.add(new Reference.Author(text(a.get("name")), false, List.of(text(a.get("name")))));
                }
            }
        }
        new Reference(written, title, title, venue, text(r.get("year")), arxiv, paper).write(w);
        if (authors != null && authors.isArray()) {
            for (JsonNode a : authors) {
                String person = personName(a);
                String affiliation = text(a.get("affiliation"));
                if (person != null && affiliation != null && affiliated.add(person + "\u0000" + affiliation)) {
                    personItem(a, affiliation, w);
                }
            }
        }
    }

    /** A list item "Given Family (Affiliation)", or the name alone when {@code affiliation} is null. */
    private static void personItem(JsonNode a, String affiliation, OrderedText w) {
        w.block(Block.Kind.LIST_ITEM, 1);
        w.person(personName(a), fieldValues(a));
        if (affiliation != null) {
            w.piece(" (", null);
            w.value(affiliation, affiliationMark(affiliation));
            w.piece(")", null);
        }
        w.end();
    }

    /**
     * The affiliation field names one organization when it is one phrase; "Institute of Acoustics, University
     * of Lisbon, Portugal" names a unit, its parent and a country, which the name finders tell apart.
     */
    private static String affiliationMark(String affiliation) {
        return affiliation.contains(",") || affiliation.contains(";") || affiliation.contains(" and ")
                || affiliation.contains(" & ") ? null : Link.AFFILIATION_MARK;
    }

    /** The text of each field of an author's mapping: where in the file the author's entry may start. */
    private static List<String> fieldValues(JsonNode a) {
        List<String> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            String v = text(it.next().getValue());
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private static JsonNode first(JsonNode array) {
        return array != null && array.isArray() && !array.isEmpty() ? array.get(0) : null;
    }

    /** "Given Family" of a person author (with "von"-style particles and suffixes), or null for none. */
    static String personName(JsonNode a) {
        if (a == null || !a.isObject()) {
            return null;
        }
        String family = text(a.get("family-names"));
        if (family == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {text(a.get("given-names")), text(a.get("name-particle")), family,
                text(a.get("name-suffix"))}) {
            if (part != null) {
                b.append(b.length() > 0 ? " " : "").append(part);
            }
        }
        return b.toString();
    }

    /** The first of {@code keys} that gives a name ("journal: Name" or "conference: {name: Name}"). */
    private static String firstText(JsonNode r, String... keys) {
        for (String k : keys) {
            JsonNode v = r.get(k);
            String t = v == null ? null : FrontMatter.scalar(v).orElse(null);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
