package org.aikg.ingest.relate;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * A heading that names a maker's models ("## Northwind AI models", "### Models from Acme Labs", "Acme's
 * open-weight LLMs") states that each model its section lists (one per list item or table row, the name
 * that opens the item or the row's first cell) was developed by that maker. Model zoos, release notes and
 * READMEs list models so. A heading that is only a maker's name counts when every item of its section is a
 * model ("### Acme Labs" over "- Corvid-7B", "- Corvid-13B"). Prose in the section is not read this way: a paragraph under such a heading
 * compares other makers' models as often as it describes the maker's own. Any other heading ends the
 * section. A paragraph that ends in a colon and reads like such a heading ("Models by Acme Labs:") does the
 * same for the list right after it. The list item or row is the evidence.
 *
 * <p>Thread-safety: stateless.
 */
final class SectionMakers {
    private SectionMakers() {}

    /** The rule id written with each fact. */
    static final String RULE = "section-heading-maker";

    /**
     * A word between the maker and "models": an adjective or a verb of making ("open-weight", "released"), never a host's
     * or a user's word ("supported") nor a verb of using or judging ("Velto Labs benchmarked models", "ORG uses models").
     * The words are the rule book's lexicon entries {@code heading_make_word} and {@code heading_not_own}.
     */
    private static final String OWN_WORD = ownWord(RuleBook.bundled().lexicon());

    /** The pattern of {@link #OWN_WORD} built from a rule book's lexicon. */
    static String ownWord(java.util.Map<String, java.util.List<String>> lexicon) {
        String make = String.join("|", lexicon.getOrDefault("heading_make_word", java.util.List.of()).stream().map(Pattern::quote).toList());
        String notOwn = String.join("|", lexicon.getOrDefault("heading_not_own", java.util.List.of()).stream().map(Pattern::quote).toList());
        return "(?:(?:" + make + ")\\b|(?!(?:" + notOwn + ")\\b)[\\w-]+)";
    }

    /** A heading whose only name is the maker's (written {@code ORG}) and whose words say "its models". */
    private static final Pattern MAKER_HEADING = Pattern.compile(
            "(?i)^\\W*+(?:(?:the\\s+)?ORG(?:['’]s)?\\s+(?:" + OWN_WORD + "\\s+){0,2}(?:models?|llms?|model\\s+family|family|series|checkpoints|releases)"
                    + "|(?:[\\w-]+\\s+){0,2}(?:models?|llms?|checkpoints)\\s+(?:(?:developed|built|released|made|trained|published)\\s+)?(?:from|by)\\s+(?:the\\s+)?ORG)"
                    + "\\W*$");

    /** Adds the facts; {@code perSentence} holds each sentence's resolved mentions, in order. */
    static void extract(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out,
                        double confidence) {
        Entity maker = null;
        Entity leadIn = null; // "Models by Acme Labs:" right before a list: the list's maker
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<ResolvedMention> in = perSentence.get(i);
            if (s.kind() == Block.Kind.HEADING) {
                leadIn = null;
                maker = makerOf(s, in);
                if (maker == null && onlyAnOrganization(s, in) && listsOnlyModels(sentences, perSentence, i + 1)) {
                    maker = in.get(0).entity(); // "### Acme Labs" over a list of models only: Acme's models
                }
                continue;
            }
            if (s.kind() == Block.Kind.PARAGRAPH || s.kind() == Block.Kind.LIST_ITEM) {
                inlineList(s, in, out, confidence); // "Acme Labs models: Corvid-7B, Corvid-13B."
            }
            if (s.kind() != Block.Kind.LIST_ITEM && s.kind() != Block.Kind.TABLE_ROW) {
                // a line that ends in a colon and reads like a maker's heading introduces the list after it
                leadIn = s.kind() == Block.Kind.PARAGRAPH && s.text().strip().endsWith(":") ? makerOf(s, in) : null;
                continue;
            }
            Entity by = maker != null ? maker : leadIn;
            if (by == null) {
                continue;
            }
            ResolvedMention first = opening(s, in);
            if (first != null && first.entity().type() == EntityType.MODEL) {
                RelationExtractor.state(out, first.entity(), Predicate.DEVELOPED_BY, by, confidence, s, RULE);
            }
        }
    }

    /** What may stand between the names of a list after a colon: commas, "and", "or", an end mark. */
    private static final Pattern LIST_GLUE = Pattern.compile("(?:\\s*(?:,|;|\\band\\b|\\bor\\b|&)\\s*)*[.\\s]*");

    /**
     * A sentence that opens like a maker's heading and lists models after its colon, nothing else: "Acme Labs models:
     * Corvid-7B, Corvid-13B and Corvid-Chat." Each model was developed by the maker; the sentence is the evidence.
     */
    private static void inlineList(Sentence s, List<ResolvedMention> in, Map<String, Relation> out, double confidence) {
        int colon = s.text().indexOf(':');
        if (colon < 0 || colon == s.text().strip().length() - 1 || in.size() < 2) {
            return;
        }
        int colonAt = s.start() + colon;
        List<ResolvedMention> head = in.stream().filter(m -> m.mention().end() <= colonAt).toList();
        List<ResolvedMention> listed = in.stream().filter(m -> m.mention().start() > colonAt).toList();
        if (head.size() != 1 || head.get(0).entity().type() != EntityType.ORGANIZATION || listed.isEmpty()
                || listed.stream().anyMatch(m -> m.entity().type() != EntityType.MODEL)) {
            return;
        }
        int base = s.start();
        if (!inlineShape(s.text(), head.get(0).mention().start() - base, head.get(0).mention().end() - base,
                listed.stream().map(m -> new int[] {m.mention().start() - base, m.mention().end() - base}).toList())) {
            return;
        }
        for (ResolvedMention m : listed) {
            RelationExtractor.state(out, m.entity(), Predicate.DEVELOPED_BY, head.get(0).entity(), confidence, s, RULE);
        }
    }

    /**
     * Whether {@code text} reads "ORG models: A, B and C." with the organization at {@code [orgFrom, orgTo)} before the
     * first colon, the words before the colon a maker's heading, and nothing but the {@code listed} names (offsets in
     * {@code text}) and their separators after it.
     */
    static boolean inlineShape(String text, int orgFrom, int orgTo, List<int[]> listed) {
        int colon = text.indexOf(':');
        if (colon < orgTo || orgFrom < 0 || listed.isEmpty()
                || !makerHeading(text.substring(0, orgFrom) + "ORG" + text.substring(orgTo, colon))) {
            return false;
        }
        int at = colon + 1;
        for (int[] m : listed) {
            if (m[0] < at || !LIST_GLUE.matcher(text.substring(at, m[0])).matches()) {
                return false;
            }
            at = m[1];
        }
        return LIST_GLUE.matcher(text.substring(Math.min(at, text.length()))).matches();
    }

    /** A heading that is one organization's name and nothing else. */
    private static boolean onlyAnOrganization(Sentence heading, List<ResolvedMention> in) {
        String[] around = aroundTheOrganization(heading, in);
        return around != null && (around[0] + around[1]).chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * The heading's text before and after its one mention, when that mention is an organization's; null when
     * the heading names anything else or more than one thing.
     */
    private static String[] aroundTheOrganization(Sentence heading, List<ResolvedMention> in) {
        if (in.size() != 1 || in.get(0).entity().type() != EntityType.ORGANIZATION) {
            return null;
        }
        int from = in.get(0).mention().start() - heading.start();
        int to = in.get(0).mention().end() - heading.start();
        if (from < 0 || to > heading.text().length()) {
            return null;
        }
        return new String[] {heading.text().substring(0, from), heading.text().substring(to)};
    }

    /**
     * Whether the section from sentence {@code from} to the next heading lists at least two items and each
     * opens with a model's name, prose aside (a header row of a table names no model and is skipped).
     */
    private static boolean listsOnlyModels(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, int from) {
        int items = 0;
        for (int i = from; i < sentences.size() && sentences.get(i).kind() != Block.Kind.HEADING; i++) {
            Sentence s = sentences.get(i);
            if (s.kind() != Block.Kind.LIST_ITEM && s.kind() != Block.Kind.TABLE_ROW) {
                continue;
            }
            List<ResolvedMention> in = perSentence.get(i);
            if (s.kind() == Block.Kind.TABLE_ROW && in.isEmpty()) {
                continue; // a table's header row
            }
            ResolvedMention first = opening(s, in);
            if (first == null || first.entity().type() != EntityType.MODEL
                    || in.stream().anyMatch(m -> m.entity().type() == EntityType.ORGANIZATION)) {
                return false; // an item of another kind, or one that names its own maker
            }
            items++;
        }
        return items >= 2;
    }

    /** The one organization a maker's heading names, or null when the heading is of another kind. */
    static Entity makerOf(Sentence heading, List<ResolvedMention> in) {
        String[] around = aroundTheOrganization(heading, in);
        return around != null && makerHeading(around[0] + "ORG" + around[1]) ? in.get(0).entity() : null;
    }

    /** Whether a heading, its maker written {@code ORG}, introduces a list of that maker's models. */
    static boolean makerHeading(String shape) {
        return MAKER_HEADING.matcher(shape).matches();
    }

    /** The mention that opens a list item (its first words) or a table row (its first cell), or null. */
    private static ResolvedMention opening(Sentence s, List<ResolvedMention> in) {
        if (in.isEmpty()) {
            return null;
        }
        ResolvedMention first = in.get(0);
        String before = s.text().substring(0, Math.max(0, first.mention().start() - s.start()));
        // a list item's bullet or a link's bracket may come first; a table row's first cell holds nothing else
        return before.chars().allMatch(c -> !Character.isLetterOrDigit(c) && c != ';') ? first : null;
    }
}
