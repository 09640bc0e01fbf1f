package org.aikg.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter: where it is and a tiny subset parser for it ({@code key: value}, quoted values,
 * {@code key: [a, b]} and {@code key:} followed by {@code - item} lines). Anything else in it is
 * ignored, never an error: front matter is optional decoration of the text we actually want.
 *
 * <p>Stateless and thread-safe.
 */
final class FrontMatter {

    /**
     * @param bodyStart index in the content where the text after the front matter starts
     * @param values    keys lower-cased; each value a String or a List of String
     */
    record Parsed(int bodyStart, Map<String, Object> values) {}

    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:(?:\\s+(.*)|\\s*)");
    private static final Pattern MONTH_NAME_DATE = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_NAME_DATE = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");

    private FrontMatter() {
    }

    /** Index where content starts after an optional BOM. */
    static int afterBom(String content) {
        return !content.isEmpty() && content.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /** The front matter at the start of {@code content} (after a BOM), or empty when there is none. */
    static Optional<Parsed> parse(String content) {
        int from = afterBom(content);
        int firstEnd = lineEnd(content, from);
        if (firstEnd - from > 16 || !content.substring(from, firstEnd).strip().equals("---")) {
            return Optional.empty();
        }
        int pos = next(content, firstEnd);
        List<String> lines = new ArrayList<>();
        // Bounded so a stray "---" at the top of a big file does not make us scan it all for nothing.
        int maxLines = 500;
        while (pos < content.length() && lines.size() < maxLines) {
            int e = lineEnd(content, pos);
            String line = content.substring(pos, e);
            String stripped = line.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                return Optional.of(new Parsed(next(content, e), values(lines)));
            }
            lines.add(line);
            pos = next(content, e);
        }
        return Optional.empty();
    }

    private static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int next(String s, int lineEnd) {
        if (lineEnd < s.length() && s.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < s.length() && s.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    static Map<String, Object> values(List<String> lines) {
        Map<String, Object> out = new LinkedHashMap<>();
        String listKey = null;
        List<String> list = null;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            String stripped = line.strip();
            if (listKey != null && stripped.startsWith("-") && (stripped.length() == 1
                    || stripped.charAt(1) == ' ')) {
                String item = unquote(stripped.substring(1).strip());
                if (!item.isEmpty()) {
                    list.add(item);
                }
                continue;
            }
            listKey = null;
            if (Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            Matcher m = KEY.matcher(line.stripTrailing());
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (value.isEmpty()) {
                list = new ArrayList<>();
                listKey = key;
                out.put(key, list);
            } else if (value.startsWith("[") && value.endsWith("]")) {
                List<String> items = new ArrayList<>();
                for (String part : value.substring(1, value.length() - 1).split(",")) {
                    String item = unquote(part.strip());
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
                out.put(key, items);
            } else {
                out.put(key, unquote(value));
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        // A '#' starts a comment only outside quotes and after whitespace.
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static String unquote(String v) {
        if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
            String inner = v.substring(1, v.length() - 1);
            StringBuilder sb = new StringBuilder(inner.length());
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    char d = inner.charAt(++i);
                    sb.append(switch (d) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> d;
                    });
                } else {
                    sb.append(c);
                }
            }
            return sb.toString().strip();
        }
        if (v.length() >= 2 && v.charAt(0) == '\'' && v.charAt(v.length() - 1) == '\'') {
            return v.substring(1, v.length() - 1).replace("''", "'").strip();
        }
        return v.strip();
    }

    /** Metadata from parsed front matter; {@code title} falls back to {@code fallbackTitle}. */
    static Metadata metadata(Map<String, Object> values, Optional<String> fallbackTitle) {
        Optional<String> title = string(values.get("title"));
        if (title.isEmpty()) {
            title = fallbackTitle;
        }
        Optional<String> date = Optional.empty();
        for (String key : List.of("date", "pubdate", "published", "publishdate", "pub_date", "published_at")) {
            Optional<String> raw = string(values.get(key));
            if (raw.isPresent()) {
                date = isoDate(raw.get());
                break;
            }
        }
        Optional<String> author = string(values.get("author"));
        if (author.isEmpty()) {
            author = string(values.get("authors"));
        }
        return new Metadata(title, date, author);
    }

    private static Optional<String> string(Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
        if (v instanceof List<?> list && !list.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(String.valueOf(o).strip());
            }
            return Optional.of(String.join(", ", parts));
        }
        return Optional.empty();
    }

    /** {@code raw} as ISO yyyy-mm-dd, when it is a date in one of the common shapes. */
    static Optional<String> isoDate(String raw) {
        String v = raw.strip();
        try {
            Matcher ymd = YMD.matcher(v);
            if (ymd.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))).toString());
            }
            Matcher mdy = MONTH_NAME_DATE.matcher(v);
            if (mdy.matches()) {
                return month(mdy.group(1)).map(mo -> LocalDate.of(Integer.parseInt(mdy.group(3)), mo,
                        Integer.parseInt(mdy.group(2))).toString());
            }
            Matcher dmy = DAY_MONTH_NAME_DATE.matcher(v);
            if (dmy.matches()) {
                return month(dmy.group(2)).map(mo -> LocalDate.of(Integer.parseInt(dmy.group(3)), mo,
                        Integer.parseInt(dmy.group(1))).toString());
            }
            return Optional.of(OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.length() >= 3 && n.startsWith(months[i])) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
