package org.aikg.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
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
import org.yaml.snakeyaml.LoaderOptions;
import java.util.regex.Pattern;

/**
 * YAML front matter: where it is (between {@code ---} lines at the top), its values (parsed by Jackson's
 * YAML module), and the {@link Metadata} they give. A front matter that does not parse is ignored, never
 * an error: it is optional decoration of the text we actually want.
 *
 * <p>Stateless and thread-safe.
 */
final class FrontMatter {

    /**
     * @param bodyStart index in the content where the text after the front matter starts
     * @param values    keys lower-cased; each value a String or a List of String
     * @param root      the front matter as a YAML mapping, or null when it is not one
     */
    record Parsed(int bodyStart, Map<String, Object> values, JsonNode root) {}

    private static final ObjectMapper YAML = yamlMapper();
    /** A key line of front matter that is not YAML: the value is the rest of the line, less a comment. */
    private static final Pattern RAW_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*?)(?:\\s+#.*)?");
    private static final Pattern MONTH_NAME_DATE = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_NAME_DATE = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");

    private FrontMatter() {
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(256 * 1024);
        options.setNestingDepthLimit(20);
        options.setAllowDuplicateKeys(true);
        return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
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
                JsonNode root = yaml(String.join("\n", lines));
                return Optional.of(new Parsed(next(content, e), values(lines, root), root));
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

    /**
     * The front matter's values: those of {@code root}, its {@code lines} parsed as YAML by {@link #yaml(String)}
     * (bounded: no aliases to speak of, limited size and depth, so a YAML bomb is refused), when they parsed,
     * else each top-level key's own lines. Keys are lower-cased; a scalar becomes a String, a
     * list a List of String, a mapping with a {@code name} that name. Front matter that is not valid
     * YAML, or not a mapping, gives no values: it is decoration, never a reason to refuse the text.
     */
    static Map<String, Object> values(List<String> lines, JsonNode root) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (root != null) {
            put(root, out);
            return out;
        }
        // Hand-written front matter is often not quite YAML ("title: A: B"): read each top-level key
        // with the lines indented under it on its own, so one sloppy line costs only its own value.
        List<String> chunk = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean top = line == null || (!line.isBlank() && !Character.isWhitespace(line.charAt(0))
                    && !line.startsWith("-") && !line.startsWith("#"));
            if (top && !chunk.isEmpty()) {
                JsonNode node = yaml(String.join("\n", chunk));
                if (node != null) {
                    put(node, out);
                } else {
                    Matcher m = RAW_KEY.matcher(chunk.get(0));
                    if (m.matches()) {
                        out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
                    }
                }
                chunk.clear();
            }
            if (line != null) {
                chunk.add(line);
            }
        }
        return out;
    }

    /**
     * The YAML mapping {@code text} holds, read with the bounded mapper (few aliases, limited size and depth),
     * or null when it is not valid YAML or not a mapping. Shared by the readers of other YAML files.
     */
    static JsonNode yaml(String text) {
        try {
            JsonNode root = YAML.readTree(text);
            return root != null && root.isObject() ? root : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void put(JsonNode root, Map<String, Object> out) {
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode v = field.getValue();
            Object value;
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : v) {
                    scalar(item).ifPresent(items::add);
                }
                value = items;
            } else {
                value = scalar(v).orElse("");
            }
            out.putIfAbsent(field.getKey().toLowerCase(Locale.ROOT), value);
        }
    }

    /** The text of a scalar value, stripped; null for none, an empty one, a list or a mapping. */
    static String text(JsonNode v) {
        return v == null || v.isContainerNode() ? null : scalar(v).orElse(null);
    }

    /** The text of a scalar value or of a mapping's {@code name} ("journal: {name: ...}"), stripped; empty for none. */
    static Optional<String> scalar(JsonNode v) {
        if (v.isObject() && v.hasNonNull("name")) {
            v = v.get("name");
        }
        if (v.isValueNode() && !v.isNull()) {
            String s = v.asText().strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        return Optional.empty();
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
        Optional<String> url = Optional.empty();
        for (String key : List.of("canonical_url", "canonical", "url", "link")) {
            url = string(values.get(key)).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
            if (url.isPresent()) {
                break;
            }
        }
        return new Metadata(title, date, author, url);
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
