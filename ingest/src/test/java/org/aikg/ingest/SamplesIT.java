package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.ner.Names;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.relate.Relation;
import org.aikg.ingest.resolve.Entity;
import org.junit.jupiter.api.Test;

/**
 * Recall of the facts samples/expected.json says a good extractor must find in the sample corpus (our own
 * text). A floor, not a target: it may only rise.
 */
class SamplesIT {
    private static final double ENTITY_FLOOR = 0.98;
    private static final double RELATION_FLOOR = 0.93;

    private static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(Names.key(e.label()));
        e.altLabels().forEach(a -> out.add(Names.key(a)));
        return out;
    }

    private static boolean named(Entity e, String type, Set<String> keys) {
        return e.type().name().equalsIgnoreCase(type) && names(e).stream().anyMatch(keys::contains);
    }

    @Test
    void findsTheExpectedFactsOfTheSampleCorpus() throws Exception {
        Path samples = Path.of("../samples");
        JsonNode expected = new ObjectMapper().readTree(Files.readString(samples.resolve("expected.json")));
        Extractor extractor = Extractor.standard(KnowledgeBase.load(List.of()));
        int entities = 0;
        int entitiesFound = 0;
        int relations = 0;
        int relationsFound = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode doc : expected) {
            Extractor.Result r = extractor.run(DocumentReaders.read(samples.resolve("corpus").resolve(doc.get("doc").asText())));
            java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
            for (JsonNode e : doc.get("entities")) {
                byName.put(e.get("name").asText(), e);
                entities++;
                if (r.resolved().entities().stream().anyMatch(x -> named(x, e.get("type").asText(), keys(e)))) {
                    entitiesFound++;
                } else {
                    missing.add(doc.get("doc").asText() + " entity " + e.get("type").asText() + " " + e.get("name").asText());
                }
            }
            for (JsonNode rel : doc.get("relations")) {
                relations++;
                JsonNode s = byName.get(rel.get("s").asText());
                JsonNode o = byName.get(rel.get("o").asText());
                String p = rel.get("p").asText();
                boolean found = r.relations().stream().anyMatch(x -> predicate(x).equals(p)
                        && named(x.subject(), s.get("type").asText(), keys(s)) && named(x.object(), o.get("type").asText(), keys(o)));
                if (found) {
                    relationsFound++;
                } else {
                    missing.add(doc.get("doc").asText() + " relation " + rel.get("s").asText() + " " + p + " " + rel.get("o").asText());
                }
            }
        }
        double entityRecall = entitiesFound / (double) entities;
        double relationRecall = relationsFound / (double) relations;
        System.out.printf("samples: entity recall %.3f (%d/%d), relation recall %.3f (%d/%d)%n", entityRecall,
                entitiesFound, entities, relationRecall, relationsFound, relations);
        missing.forEach(m -> System.out.println("  missing: " + m));
        assertTrue(entityRecall >= ENTITY_FLOOR, "entity recall " + entityRecall + " below " + ENTITY_FLOOR + ": " + missing);
        assertTrue(relationRecall >= RELATION_FLOOR, "relation recall " + relationRecall + " below " + RELATION_FLOOR + ": " + missing);
    }

    private static Set<String> keys(JsonNode e) {
        Set<String> keys = new HashSet<>();
        keys.add(Names.key(e.get("name").asText()));
        if (e.has("aliases")) {
            e.get("aliases").forEach(a -> keys.add(Names.key(a.asText())));
        }
        return keys;
    }

    /** "DEVELOPED_BY" → "developedBy". */
    private static String predicate(Relation r) {
        String[] parts = r.predicate().name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
