package org.aikg.ingest.relate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.KbEntry;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.resolve.Entity;

/**
 * Who is known to have made a model (the knowledge base's {@code developers.json}), used to veto a
 * {@code developedBy} that names someone else: "the NVIDIA BERT", "Perplexity's hosted DeepSeek R1",
 * "Qwen is supported by the Hugging Face trainer" name an implementation, a host or a tool, not the maker.
 * It never states a fact; a model the file does not list, or an organization related to a listed maker
 * (a unit or a parent, through the knowledge base's {@code parent}), is never vetoed.
 *
 * <p>Immutable and thread-safe.
 */
public final class KnownMakers {
    /** The bundled list's resource path. */
    public static final String BUNDLED = "/org/aikg/ingest/kb/developers.json";

    private final Map<String, Set<String>> makers;
    private final Map<String, String> parents;
    /** Every organization that made some model: whom {@link #makesModels} asks about. */
    private final Set<String> makerOrganizations;

    private KnownMakers(Map<String, Set<String>> makers, Map<String, String> parents) {
        this.makers = makers;
        this.parents = parents;
        this.makerOrganizations = makers.values().stream().flatMap(Set::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Nothing known: vetoes nothing. */
    public static KnownMakers none() {
        return new KnownMakers(Map.of(), Map.of());
    }

    /** The bundled list, checked against {@code kb}: every id must be a model or an organization of it. */
    public static KnownMakers bundled(KnowledgeBase kb) {
        Map<String, String> parents = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            if (e.parent() != null) {
                parents.put(e.id(), e.parent());
            }
        }
        try (InputStream in = KnownMakers.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new AikgException("missing resource " + BUNDLED);
            }
            JsonNode root = new ObjectMapper().readTree(in).get("developers");
            Map<String, Set<String>> makers = new HashMap<>();
            for (Map.Entry<String, JsonNode> m : root.properties()) {
                check(kb, m.getKey(), EntityType.MODEL);
                Set<String> orgs = new HashSet<>();
                for (JsonNode o : m.getValue()) {
                    check(kb, o.asText(), EntityType.ORGANIZATION);
                    orgs.add(o.asText());
                }
                makers.put(m.getKey(), Set.copyOf(orgs));
            }
            return new KnownMakers(Map.copyOf(makers), Map.copyOf(parents));
        } catch (IOException e) {
            throw new AikgException(BUNDLED + ": " + e.getMessage(), e);
        }
    }

    private static void check(KnowledgeBase kb, String id, EntityType type) {
        if (kb.byId(id).filter(e -> e.entityType() == type).isEmpty()) {
            throw new AikgException(BUNDLED + ": " + id + " is no " + type.segment() + " of the knowledge base");
        }
    }

    /**
     * True when the organization, or one related to it, is known to make models, or nothing is known: an account
     * that only serves others' models (an inference host) publishes none of its own.
     */
    public boolean makesModels(String organizationKbId) {
        if (makers.isEmpty()) {
            return true;
        }
        if (organizationKbId == null) {
            return false;
        }
        return makerOrganizations.stream().anyMatch(m -> related(m, organizationKbId));
    }

    /** True when the model's makers are known and {@code organization} is none of them, nor related to one. */
    public boolean contradicts(Entity model, Entity organization) {
        Set<String> known = model.kbId() == null ? null : makers.get(model.kbId());
        if (known == null) {
            return false;
        }
        if (organization.kbId() == null) {
            return true;
        }
        for (String maker : known) {
            if (related(maker, organization.kbId())) {
                return false;
            }
        }
        return true;
    }

    /** One is the other, or an ancestor of it, through {@code parent} links. */
    private boolean related(String a, String b) {
        return ancestorOrSelf(a, b) || ancestorOrSelf(b, a);
    }

    private boolean ancestorOrSelf(String ancestor, String of) {
        String at = of;
        for (int depth = 0; at != null && depth < 8; depth++) {
            if (at.equals(ancestor)) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }
}
