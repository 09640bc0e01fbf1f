package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * A unit named after its parent: an organization whose name is the name of another organization of the same document,
 * then words that end with a unit's word ("Velto Research" of "Velto", "Quillon AI Lab" of "Quillon", "Harbor Noah
 * Lab" of "Harbor"), is part of it ({@link Predicate#PART_OF}) when one sentence names both: that sentence is the
 * evidence. Of several organizations whose names begin the unit's, the longest is its parent.
 *
 * <p>Thread-safety: immutable.
 */
final class ParentNames {
    static final String RULE = "parent-in-name";
    /** Words between the parent's name and the unit's word: a few, none of them a conjunction. */
    private static final int MAX_WORDS = 4;

    private final Set<String> unitEnds = new HashSet<>();

    /** @param unitEnds the lexicon's unit words ("research", "lab") */
    ParentNames(Collection<String> unitEnds) {
        unitEnds.forEach(w -> this.unitEnds.add(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * What stands between two names of one thing: "Velto Labs, also known as Velto", "Velto Research (Velto)", "Velto,
     * formerly Velto AI Lab" — the sentence names one organization twice, not a unit and its parent.
     */
    private static final Pattern ALIAS_GAP = Pattern.compile("(?i)\\s*(?:,?\\s*\\(?\\s*(?:(?:also |better |formerly |previously |"
            + "now |widely )?(?:known as|called|named|dubbed|renamed(?: to| as)?|rebranded(?: as)?)|a\\.?k\\.?a\\.?|formerly|"
            + "previously|short for|or simply|hereafter|i\\.e\\.)|\\(|or)\\s*[\"“]?\\s*");

    /** Whether {@code between}, the text between two names, makes the second another name of the first. */
    static boolean aliasGap(String between) {
        return ALIAS_GAP.matcher(between).matches();
    }

    /** Whether the sentence names {@code a} and {@code b} as one thing: one right after the other, as an alias. */
    private static boolean aliases(Sentence s, List<ResolvedMention> in, Entity a, Entity b) {
        for (ResolvedMention x : in) {
            for (ResolvedMention y : in) {
                if (x.entity() == a && y.entity() == b || x.entity() == b && y.entity() == a) {
                    int from = x.mention().end() - s.start();
                    int to = y.mention().start() - s.start();
                    if (from >= 0 && to <= s.text().length() && from <= to
                            && aliasGap(s.text().substring(from, to))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code rest}, what follows a parent's name in a unit's, is a space, then a few words, the last a unit's. */
    boolean unitSuffix(String rest) {
        if (rest.isEmpty() || rest.charAt(0) != ' ') {
            return false; // "Veltonic" is no unit of "Velto"
        }
        String[] words = rest.strip().split("\\s+");
        if (words.length == 0 || words.length > MAX_WORDS) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("and") || lower.equals("&") || lower.equals("of") || lower.equals("for")) {
                return false; // "Velto and Quillon Labs", "Velto of Oslo Institute": no one unit's name
            }
        }
        if (words.length >= 2 && words[words.length - 2].matches(".*['’]s")) {
            return false; // "Velto Cloud's AI": the AI of something, read as one name by mistake, is no unit's name
        }
        return unitEnds.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * States every unit of a parent named in the same sentence: a sentence that names both the unit and its parent
     * ("Velto Research built it, Velto said") says how they stand; a unit named alone may be a product's or a brand's
     * name as well ("Velto AI" of a page that names "Velto" elsewhere).
     */
    void extract(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out,
                 double confidence) {
        for (int k = 0; k < sentences.size(); k++) {
            List<Entity> orgs = new ArrayList<>();
            for (ResolvedMention m : perSentence.get(k)) {
                if (m.entity().type() == EntityType.ORGANIZATION && !orgs.contains(m.entity())) {
                    orgs.add(m.entity());
                }
            }
            if (orgs.size() < 2) {
                continue;
            }
            for (Entity unit : orgs) {
                Entity parent = null;
                for (Entity other : orgs) {
                    String p = other.label();
                    if (other != unit && unit.label().startsWith(p) && unitSuffix(unit.label().substring(p.length()))
                            && (parent == null || p.length() > parent.label().length())) {
                        parent = other;
                    }
                }
                if (parent != null && !aliases(sentences.get(k), perSentence.get(k), unit, parent)) {
                    RelationExtractor.state(out, unit, Predicate.PART_OF, parent, confidence, sentences.get(k), RULE);
                }
            }
        }
    }
}
