package org.aikg.ingest.ner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aikg.ingest.AikgException;

/**
 * The dictionary of known AI entities: names and aliases by normalized key, plus a gazetteer of given
 * names for recognising people the dictionary lacks.
 *
 * <p>The bundled data lives in {@code org/aikg/ingest/kb/}; users add files of the same format, merged by
 * id (a later file's entry replaces an earlier one with the same id).
 *
 * <p>Thread-safety: immutable after construction.
 */
public final class KnowledgeBase {
    private static final String ENTITIES = "/org/aikg/ingest/kb/entities.json";
    private static final String FIRST_NAMES = "/org/aikg/ingest/kb/first-names.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileFormat(Integer version, List<KbEntry> entities) {}

    private final Map<String, KbEntry> byId;
    private final Map<String, List<KbEntry>> byKey;
    private final Set<String> firstNames;
    private final int longestKey;

    private KnowledgeBase(Collection<KbEntry> entries, Set<String> firstNames) {
        Map<String, KbEntry> ids = new LinkedHashMap<>();
        for (KbEntry e : entries) {
            ids.put(e.id(), e);
        }
        Map<String, List<KbEntry>> keys = new HashMap<>();
        int longest = 0;
        for (KbEntry e : ids.values()) {
            for (String name : names(e)) {
                String key = Names.key(name);
                if (!key.isEmpty()) {
                    List<KbEntry> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                    longest = Math.max(longest, key.length());
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byKey = Map.copyOf(keys);
        this.firstNames = Set.copyOf(firstNames);
        this.longestKey = longest;
    }

    /** The bundled knowledge base, plus the given extra files (same JSON format), merged by id. */
    public static KnowledgeBase load(List<Path> extraFiles) {
        List<KbEntry> entries = new ArrayList<>(readEntries(resource(ENTITIES), ENTITIES));
        for (Path file : extraFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                entries.addAll(readEntries(in, file.toString()));
            } catch (IOException e) {
                throw new AikgException(file + ": cannot read knowledge-base file: " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(entries, readNames(resource(FIRST_NAMES)));
    }

    /** A knowledge base of the given entries and given names only (for tests and tools). */
    public static KnowledgeBase of(Collection<KbEntry> entries, Set<String> firstNames) {
        return new KnowledgeBase(entries, firstNames);
    }

    private static InputStream resource(String name) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(name);
        if (in == null) {
            throw new AikgException("knowledge-base resource " + name + " is missing from the classpath");
        }
        return in;
    }

    private static List<KbEntry> readEntries(InputStream in, String source) {
        try (in) {
            FileFormat file = JSON.readValue(in, FileFormat.class);
            List<KbEntry> entries = file.entities() == null ? List.of() : file.entities();
            for (KbEntry e : entries) {
                if (e.id() == null || e.label() == null || e.type() == null) {
                    throw new AikgException(source + ": entry " + e + " needs id, type and label");
                }
                try {
                    e.entityType();
                } catch (IllegalArgumentException bad) {
                    throw new AikgException(source + ": entry " + e.id() + " has unknown type " + e.type()
                            + " (Model, Paper, Organization or Person)");
                }
            }
            return entries;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new AikgException(source + ":" + (loc == null ? 0 : loc.getLineNr()) + ":"
                    + (loc == null ? 0 : loc.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AikgException(source + ": cannot read knowledge base: " + e.getMessage(), e);
        }
    }

    private static Set<String> readNames(InputStream in) {
        Set<String> names = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new AikgException("cannot read the given-names list: " + e.getMessage(), e);
        }
        return names;
    }

    private static List<String> names(KbEntry e) {
        List<String> all = new ArrayList<>(e.aliases().size() + 1);
        all.add(e.label());
        all.addAll(e.aliases());
        return all;
    }

    /** The entries one of whose names has this normalized key. */
    public List<KbEntry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The names of {@code entry} whose key is {@code key} (to check the case of a match). */
    public List<String> namesWithKey(KbEntry entry, String key) {
        return names(entry).stream().filter(n -> Names.key(n).equals(key)).toList();
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when {@code name} is a known given name ("Geoffrey", "Timnit", "Wei"). */
    public boolean isFirstName(String name) {
        return firstNames.contains(name);
    }

    /** Length of the longest normalized key, to bound dictionary look-ahead. */
    public int longestKey() {
        return longestKey;
    }

    public Collection<KbEntry> entries() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
