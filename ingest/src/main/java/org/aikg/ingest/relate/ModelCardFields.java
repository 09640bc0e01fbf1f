package org.aikg.ingest.relate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * The fields of a model card about the model its title names: "- **Developed by:** Vexar AI" (developedBy),
 * "- **Finetuned from model:** Heron-2" or "Base model: Heron-2" (basedOn), "Paper: Title" (introducedIn). Model
 * cards, READMEs of model repositories and their templates write a model's facts so, as a label, a colon and the value,
 * one to a list item, a line or a table row. The labels are the rule book's lexicon entries {@code card_field_maker},
 * {@code card_field_base} and {@code card_field_paper}; the model is the one the document's first heading names alone
 * ({@link CiteRequests#subject}), up to a heading that names another model (a section of that model, or a digest's
 * item: its fields are not the title's). The field's line is the evidence.
 *
 * <p>Thread-safety: immutable.
 */
final class ModelCardFields {
    /** The rule id written with each fact. */
    static final String RULE = "model-card-field";

    private final Pattern maker;
    private final Pattern base;
    private final Pattern paper;

    ModelCardFields(Map<String, List<String>> lexicon) {
        this.maker = label(lexicon.getOrDefault("card_field_maker", List.of()));
        this.base = label(lexicon.getOrDefault("card_field_base", List.of()));
        this.paper = label(lexicon.getOrDefault("card_field_paper", List.of()));
    }

    /** A line that opens with one of {@code labels}, then a colon: what the value follows. */
    private static Pattern label(List<String> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        String alternatives = String.join("|", labels.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        // "Finetuned from model [optional]:", "Model developer(s):": a note after the label; a table's cell ends it too
        return Pattern.compile("^\\W{0,3}(?:" + alternatives + ")(?:\\s*[\\[(][^\\[\\]()]{0,20}[\\])])?\\s*(?::|\\s;)\\s*",
                Pattern.CASE_INSENSITIVE);
    }

    void extract(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out,
                 double confidence) {
        Entity model = CiteRequests.subject(sentences, perSentence);
        boolean first = true;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.kind() == Block.Kind.HEADING) {
                final Entity subject = model;
                if (!first && subject != null && perSentence.get(i).stream()
                        .anyMatch(m -> m.entity().type() == EntityType.MODEL && !m.entity().equals(subject))) {
                    // "## Corvid-7B" under "# Heron-2": a section of another model; whose fields follow is no longer
                    // the title's to say (a heading that names no model, "## Model Details", keeps the title's)
                    model = null;
                }
                first = false;
                continue;
            }
            if (model == null || s.kind() != Block.Kind.LIST_ITEM && s.kind() != Block.Kind.PARAGRAPH
                    && s.kind() != Block.Kind.TABLE_ROW) {
                continue;
            }
            Predicate predicate;
            EntityType type;
            Matcher m;
            String text = s.text();
            if (maker != null && (m = maker.matcher(text)).lookingAt()) {
                predicate = Predicate.DEVELOPED_BY;
                type = EntityType.ORGANIZATION;
            } else if (base != null && (m = base.matcher(text)).lookingAt()) {
                predicate = Predicate.BASED_ON;
                type = EntityType.MODEL;
            } else if (paper != null && (m = paper.matcher(text)).lookingAt()) {
                predicate = Predicate.INTRODUCED_IN;
                type = EntityType.PAPER;
            } else {
                continue;
            }
            Entity value = firstAt(perSentence.get(i), s.start() + m.end(), type);
            if (value != null && !value.equals(model)) {
                RelationExtractor.state(out, model, predicate, value, confidence, s, RULE);
            }
        }
    }

    /** The entity of {@code type} whose mention starts the value at {@code start} (after markup and spaces). */
    private static Entity firstAt(List<ResolvedMention> in, int start, EntityType type) {
        ResolvedMention first = null;
        for (ResolvedMention m : in) {
            if (m.mention().start() >= start && (first == null || m.mention().start() < first.mention().start())) {
                first = m;
            }
        }
        return first != null && first.entity().type() == type && first.mention().start() - start <= 4 ? first.entity() : null;
    }
}
