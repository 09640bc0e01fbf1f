package org.aikg.ingest.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.ner.ModelEvidence;
import org.aikg.ingest.relate.Relation;

/**
 * The last check on a model or organization, once the whole document has been read: a name that only a
 * guessing finder produced (the shape of a word, the learned finder, an apposition, a re-found name),
 * that has no version number, that the document names once, and that takes part in no relation has
 * nothing to support it, and is left out of the graph. A name the knowledge base knows, a link, a
 * citation or a kind noun gives ("the X architecture"), or the document repeats stays. A model only guessed
 * from one word's shape, a list or statistics ({@link ModelEvidence#guess}) needs more, however often the
 * document repeats it: evidence that the document treats it as a model ({@link ModelEvidence}) or a relation;
 * a name the document writes as code ("the WrenParser class") stays only in a relation.
 *
 * <p>Thread-safety: stateless.
 */
public final class Support {
    private Support() {}

    /** Finders whose names are guesses from shape or statistics. */
    private static final Set<String> WEAK = Set.of("pattern:model-shape", "statistical", "pattern:appositive",
            "document");

    /** {@code resolved} without its unsupported entities and their mentions. */
    public static ResolvedDocument prune(ResolvedDocument resolved, List<Relation> relations) {
        Set<String> related = new HashSet<>();
        for (Relation r : relations) {
            if (r.predicate() == org.aikg.ingest.relate.Predicate.VARIANT_OF) {
                continue; // "GStreamer 1.2" beside "GStreamer": two spellings of a name support neither as a model
            }
            related.add(r.subject().iri());
            related.add(r.object().iri());
        }
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        Set<String> strong = new HashSet<>();
        for (ResolvedMention m : resolved.mentions()) {
            count.merge(m.entity().iri(), 1, Integer::sum);
            // a version number makes a name ("Zorblax-7", "Corvid 2"); a capital inside a word alone does not
            boolean versioned = m.mention().surface().chars().anyMatch(Character::isDigit);
            if (!WEAK.contains(m.mention().finder()) || m.mention().kbId() != null || versioned) {
                strong.add(m.entity().iri());
            }
        }
        Set<String> drop = new HashSet<>(unsupportedGuesses(resolved, related));
        for (Entity e : resolved.entities()) {
            if ((e.type() == EntityType.MODEL || e.type() == EntityType.ORGANIZATION) && !strong.contains(e.iri()) && !related.contains(e.iri())
                    && count.getOrDefault(e.iri(), 0) < 2) {
                drop.add(e.iri());
            }
        }
        if (drop.isEmpty()) {
            return resolved;
        }
        return without(resolved, drop);
    }

    /**
     * The models whose every mention is a guess, that the document never treats as models and that take part in no
     * relation ({@code related}), and those it writes as code and relates to nothing.
     */
    private static Set<String> unsupportedGuesses(ResolvedDocument resolved, Set<String> related) {
        java.util.Map<String, List<String>> guessed = new java.util.HashMap<>(); // entity -> its surfaces
        Set<String> other = new HashSet<>();
        for (ResolvedMention m : resolved.mentions()) {
            if (ModelEvidence.guess(m.mention())) {
                guessed.computeIfAbsent(m.entity().iri(), k -> new ArrayList<>()).add(m.mention().surface());
            } else {
                other.add(m.entity().iri());
            }
        }
        guessed.keySet().removeAll(other);
        if (guessed.isEmpty()) {
            return Set.of();
        }
        ModelEvidence evidence = ModelEvidence.read(resolved.document(),
                resolved.mentions().stream().map(ResolvedMention::mention)
                        .sorted(java.util.Comparator.comparingInt(Mention::start)).toList());
        Set<String> drop = new HashSet<>();
        guessed.forEach((iri, surfaces) -> {
            boolean code = surfaces.stream().anyMatch(evidence::code);
            boolean supported = surfaces.stream().anyMatch(evidence::supports);
            if (!related.contains(iri) && (code || !supported)) {
                drop.add(iri);
            }
        });
        return drop;
    }

    private static ResolvedDocument without(ResolvedDocument resolved, Set<String> drop) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : resolved.entities()) {
            if (!drop.contains(e.iri())) {
                entities.add(e);
            }
        }
        List<ResolvedMention> mentions = new ArrayList<>();
        for (ResolvedMention m : resolved.mentions()) {
            if (!drop.contains(m.entity().iri())) {
                mentions.add(m);
            }
        }
        return new ResolvedDocument(resolved.document(), entities, mentions);
    }
}
