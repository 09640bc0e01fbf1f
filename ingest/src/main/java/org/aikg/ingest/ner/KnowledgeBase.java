package org.aikg.ingest.ner;

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

    record FileFormat(Integer version, List<KbEntry> entities) {}

    private final Map<String, KbEntry> byId;
    private final Map<String, List<KbEntry>> byKey;
    private final Set<String> firstNames;
    private final int longestKey;
    private final Map<String, Set<Character>> versionedFamilies;
    /** Lower-cased hub handles ("meta-llama") to their organization. */
    private final Map<String, KbEntry> byHandle;

    private KnowledgeBase(Collection<KbEntry> entries, Set<String> firstNames) {
        Map<String, KbEntry> ids = new LinkedHashMap<>();
        for (KbEntry e : entries) {
            ids.put(e.id(), e);
        }
        Map<String, List<KbEntry>> keys = new HashMap<>();
        Map<String, KbEntry> handles = new HashMap<>();
        int longest = 0;
        for (KbEntry e : ids.values()) {
            for (String h : e.handles()) {
                handles.put(h.toLowerCase(java.util.Locale.ROOT), e);
            }
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
        this.byHandle = Map.copyOf(handles);
        this.firstNames = Set.copyOf(firstNames);
        this.longestKey = longest;
        this.versionedFamilies = versionedFamilies(ids.values());
    }

    /** A family's name, then a version: "Wren V3", "Wren-R1", "Wren 2.5" (the family's name and the version's letter captured). */
    private static final java.util.regex.Pattern FAMILY_VERSION = java.util.regex.Pattern.compile("(.+?)[ -]([VvRr]?)\\d{1,2}(?:\\.\\d{1,2})?\\b.*");

    /**
     * The organizations whose name is also the family name of two known models or more, each the name and a version
     * ("DeepSeek-V3", "DeepSeek R1" of the company DeepSeek: a lab that names its models after itself), with the letters
     * its versions are written with ('v', 'r'; none for a bare number).
     */
    private static Map<String, Set<Character>> versionedFamilies(Collection<KbEntry> entries) {
        Map<String, Set<String>> modelsByFamily = new HashMap<>();
        Map<String, Set<Character>> lettersByFamily = new HashMap<>();
        for (KbEntry e : entries) {
            if (e.entityType() == EntityType.MODEL) {
                for (String name : names(e)) {
                    java.util.regex.Matcher m = FAMILY_VERSION.matcher(name);
                    if (m.matches()) {
                        String family = Names.key(m.group(1));
                        modelsByFamily.computeIfAbsent(family, k -> new HashSet<>()).add(e.id());
                        if (!m.group(2).isEmpty()) {
                            lettersByFamily.computeIfAbsent(family, k -> new HashSet<>()).add(Character.toLowerCase(m.group(2).charAt(0)));
                        }
                    }
                }
            }
        }
        Map<String, Set<Character>> orgs = new HashMap<>();
        for (KbEntry e : entries) {
            if (e.entityType() != EntityType.ORGANIZATION) {
                continue;
            }
            for (String n : names(e)) {
                String family = Names.key(n);
                if (modelsByFamily.getOrDefault(family, Set.of()).size() >= 2) {
                    orgs.put(e.id(), Set.copyOf(lettersByFamily.getOrDefault(family, Set.of())));
                    break;
                }
            }
        }
        return Map.copyOf(orgs);
    }

    /**
     * The letters ('v', 'r') that {@code organization} writes its models' versions with, when it names its models after
     * itself (the knowledge base knows two of its models or more by its name and a version: "DeepSeek-V3", "DeepSeek
     * R1"), so that its name with another such version ("DeepSeek V4") is a model too; empty for any other organization.
     */
    public Set<Character> versionLetters(KbEntry organization) {
        return versionedFamilies.getOrDefault(organization.id(), Set.of());
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
        Map<String, KbEntry> merged = new LinkedHashMap<>();
        for (KbEntry e : entries) {
            merged.put(e.id(), e); // a later file's entry replaces an earlier one with the same id
        }
        validate(merged.values());
        return new KnowledgeBase(merged.values(), readNames(resource(FIRST_NAMES)));
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What a version or size adds to a name's key: "2", "25" (2.5), "70b", "v2", "8x7b"; not "1" or "0". */
    private static final java.util.regex.Pattern VERSION_REST = java.util.regex.Pattern.compile(
            "(?!0$|1$|v1$)(v?\\d+[a-z]?|\\d+x\\d+b)(\\d*[bm])?");
    private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");
    private static final Set<String> KINDS = Set.of("Company", "ResearchLab", "University", "NonProfit", "GovernmentAgency");

    /** The rules of docs/knowledge-base.md; the first broken one is reported with the ids involved. */
    static void validate(Collection<KbEntry> entries) {
        Map<String, KbEntry> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> arxiv = new HashMap<>();
        Map<String, String> wikidata = new HashMap<>();
        Map<String, String> handles = new HashMap<>();
        for (KbEntry e : entries) {
            ids.put(e.id(), e);
        }
        for (KbEntry e : entries) {
            if (!ID.matcher(e.id()).matches()) {
                throw new AikgException("knowledge base: id '" + e.id() + "' is not a lower-case slug ([a-z0-9]+(-[a-z0-9]+)*)");
            }
            for (String h : e.handles()) {
                if (e.entityType() != EntityType.ORGANIZATION || !HANDLE.matcher(h).matches()) {
                    throw new AikgException("knowledge base: " + e.id() + " has handle '" + h
                            + "': handles are an organization's account names ([A-Za-z0-9._-]+)");
                }
                String other = handles.putIfAbsent(h.toLowerCase(java.util.Locale.ROOT), e.id());
                if (other != null && !other.equals(e.id())) {
                    throw new AikgException("knowledge base: " + other + " and " + e.id() + " share handle '" + h + "'");
                }
            }
            if (e.kind() != null && !KINDS.contains(e.kind())) {
                throw new AikgException("knowledge base: " + e.id() + " has unknown kind " + e.kind() + " (" + KINDS + ")");
            }
            if (e.parent() != null && !ids.containsKey(e.parent())) {
                throw new AikgException("knowledge base: " + e.id() + " names parent " + e.parent() + ", which is no entry");
            }
            String labelKey = Names.key(e.label());
            for (String alias : e.aliases() == null ? List.<String>of() : e.aliases()) {
                String k = Names.key(alias);
                // "Qwen2" is not another spelling of "Qwen", nor "Llama 3.1" of "Llama 3": versions and sizes are models
                String rest = k.length() > labelKey.length() && k.startsWith(labelKey) ? k.substring(labelKey.length()) : null;
                // a first version ("GPT-1" of "GPT") is the family's first model; a point release of a version is not
                boolean version = rest != null && (VERSION_REST.matcher(rest).matches()
                        || (labelKey.chars().anyMatch(Character::isDigit) && rest.matches("\\d+") && !rest.equals("0")));
                if (e.entityType() == EntityType.MODEL && version) {
                    throw new AikgException("knowledge base: " + e.id() + " has alias '" + alias + "', a version or size of '"
                            + e.label() + "': give it an entry of its own");
                }
            }
            for (String n : names(e)) {
                String key = e.type() + "|" + Names.key(n);
                String other = names.putIfAbsent(key, e.id());
                if (other != null && !other.equals(e.id())) {
                    throw new AikgException("knowledge base: " + other + " and " + e.id() + " are both " + e.type()
                            + " named '" + n + "'");
                }
            }
            if (e.arxiv() != null) {
                String other = arxiv.putIfAbsent(e.arxiv(), e.id());
                if (other != null) {
                    throw new AikgException("knowledge base: " + other + " and " + e.id() + " share arXiv id " + e.arxiv());
                }
            }
            if (e.wikidata() != null) {
                String other = wikidata.putIfAbsent(e.wikidata(), e.id());
                if (other != null) {
                    throw new AikgException("knowledge base: " + other + " and " + e.id() + " share Wikidata id " + e.wikidata());
                }
            }
        }
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

    /**
     * The organization whose account {@code owner} is, as the owner part of a repository id
     * ("meta-llama/Llama-3.2-1B", "mistralai/Mistral-7B-v0.1"): one listed under {@code handles}, else the one
     * organization one of whose names has the owner's key ("mistralai" is "Mistral AI"). Case is ignored:
     * an account name is not prose.
     */
    public Optional<KbEntry> organizationWithHandle(String owner) {
        KbEntry listed = byHandle.get(owner.toLowerCase(java.util.Locale.ROOT));
        if (listed != null) {
            return Optional.of(listed);
        }
        List<KbEntry> orgs = lookup(Names.key(owner)).stream()
                .filter(e -> e.entityType() == EntityType.ORGANIZATION).toList();
        return orgs.size() == 1 ? Optional.of(orgs.get(0)) : Optional.empty();
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when the dictionary knows {@code name} as an entity other than a person (a company, a model, a paper). */
    public boolean namesNonPerson(String name) {
        return lookup(Names.key(name)).stream().anyMatch(e -> e.entityType() != EntityType.PERSON);
    }

    /** True when {@code name} is a known given name ("Geoffrey", "Timnit", "Wei"). */
    public boolean isFirstName(String name) {
        if (firstNames.contains(name)) {
            return true;
        }
        // "Fábio", "Björn", "Łukasz": the list spells most names without diacritics
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L');
        return !plain.equals(name) && firstNames.contains(plain);
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
