package org.aikg.queries;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One documented SPARQL query: its name, the fields of its comment header and its text.
 *
 * <p>A query file starts with comment lines of the form {@code # key: value} for the keys
 * {@code title}, {@code description}, {@code parameters} and {@code example}. A value continues on
 * the following comment lines that are indented by more than one space after the {@code #}; a line
 * that is not a comment or a blank line ends the header. Fields the header does not have are empty
 * strings, never null, so a user's own query file without a header still loads.
 *
 * <p>Thread-safety: immutable, safe to share.
 *
 * @param name        the query's name, the file name without {@code .rq}
 * @param title       one-line title from the header, or empty
 * @param description what question the query answers, or empty
 * @param parameters  how to set the query's parameters, or empty when it has none
 * @param example     an example command line, or empty
 * @param text        the full SPARQL text, header included
 */
public record NamedQuery(String name, String title, String description, String parameters, String example,
        String text) {

    /** File name extension of query files. */
    public static final String EXTENSION = ".rq";

    private static final Pattern FIELD = Pattern.compile("^#\\s?(title|description|parameters|example):\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    // Two or more blanks after '#': the previous field goes on.
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(\\S.*)$");

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads the header of a query text.
     *
     * @param name the name to give the query; a trailing {@code .rq} is dropped
     * @param text the SPARQL text
     * @return the query with its header fields
     */
    public static NamedQuery parse(String name, String text) {
        Objects.requireNonNull(text, "text");
        String[] fields = {"", "", "", ""};
        int current = -1;
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                current = -1;
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                current = index(field.group(1).toLowerCase(Locale.ROOT));
                fields[current] = field.group(2).strip();
                continue;
            }
            Matcher more = CONTINUATION.matcher(line);
            if (current >= 0 && more.matches()) {
                fields[current] = (fields[current] + " " + more.group(1).strip()).strip();
            } else {
                current = -1;
            }
        }
        return new NamedQuery(baseName(name), fields[0], fields[1], fields[2], fields[3], text);
    }

    /**
     * Parses the text with Jena.
     *
     * @return a new {@link Query} on every call, because Jena's {@code Query} is mutable
     * @throws org.apache.jena.query.QueryParseException if the text is not valid SPARQL
     */
    public Query toQuery() {
        return QueryFactory.create(text);
    }

    private static final Pattern PARAMETER_LINE = Pattern.compile(
            "BIND\\((.+?)\\s+AS\\s+\\?(\\w+)\\)(\\s*#\\s*parameter\\b.*)$", Pattern.MULTILINE);

    /** The names of the parameters this query's text marks with {@code # parameter} BIND lines. */
    public java.util.List<String> parameterNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = PARAMETER_LINE.matcher(text);
        while (m.find()) {
            names.add(m.group(2));
        }
        return names;
    }

    /**
     * This query with parameter {@code ?name} set to {@code value}: a number stays a number, anything
     * else becomes a string literal.
     *
     * @throws IllegalArgumentException if the query has no such parameter
     */
    public NamedQuery withParameter(String name, String value) {
        Objects.requireNonNull(value, "value");
        Matcher m = PARAMETER_LINE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            if (m.group(2).equals(name)) {
                found = true;
                String literal = value.matches("-?\\d+(\\.\\d+)?")
                        ? value
                        : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                m.appendReplacement(out, Matcher.quoteReplacement("BIND(" + literal + " AS ?" + name + ")" + m.group(3)));
            }
        }
        if (!found) {
            throw new IllegalArgumentException("query " + this.name + " has no parameter " + name
                    + (parameterNames().isEmpty() ? "" : " (it has: " + String.join(", ", parameterNames()) + ")"));
        }
        m.appendTail(out);
        return new NamedQuery(this.name, title, description, parameters, example, out.toString());
    }

    /** Whether the header says how to set parameters. */
    public boolean hasParameters() {
        return !parameters.isEmpty();
    }

    /** The name without a trailing {@value #EXTENSION}. */
    static String baseName(String name) {
        Objects.requireNonNull(name, "name");
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    private static int index(String key) {
        return switch (key) {
            case "title" -> 0;
            case "description" -> 1;
            case "parameters" -> 2;
            case "example" -> 3;
            default -> throw new IllegalArgumentException(key);
        };
    }
}
