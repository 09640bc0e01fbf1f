package org.aikg.ingest.relate;

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
 * A convention of naming in the field: a model named after another model with a word or affix of its
 * own ("DistilBERT", "Code Llama", "Med-PaLM 2", "Vision Transformer") is built on it. When a document
 * names both, the derived model is {@code basedOn} the other, stated by the sentence that first names
 * the derived one. A name that adds only a version, a size or a variant word ("Llama 2 70B", "Gemini
 * Pro", "GPT-4 Turbo"; the lexicon entry {@code variant_words}) is a variant, not a derivation, and a
 * base name shorter than three letters is too ambiguous to read inside another name.
 *
 * <p>Thread-safety: immutable.
 */
final class NamedAfter {
    private static final Pattern VERSIONISH = Pattern.compile("[\\d.]+[a-z]{0,2}|v\\d+|x\\d+|\\d+x\\d+[a-z]?");

    private final Set<String> variantWords;
    private final double confidence;

    NamedAfter(RuleBook book) {
        this.confidence = book.confidence("named-after");
        this.variantWords = Set.copyOf(book.lexicon().getOrDefault("variant_words", List.of()).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** Adds the derivations among the document's models. */
    void apply(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out) {
        Map<Entity, Sentence> first = new java.util.LinkedHashMap<>();
        java.util.Set<String> organizations = new java.util.HashSet<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (ResolvedMention m : perSentence.get(k)) {
                if (m.entity().type() == EntityType.MODEL) {
                    first.putIfAbsent(m.entity(), sentences.get(k));
                } else if (m.entity().type() == EntityType.ORGANIZATION) {
                    organizations.add(m.entity().label().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (Entity derived : first.keySet()) {
            for (Entity base : first.keySet()) {
                // "Hugging Face Transformers": a maker's name before a model's is a product name, not a derivation
                boolean byMaker = organizations.stream().anyMatch(o -> derived.label().toLowerCase(Locale.ROOT).startsWith(o + " "));
                if (derived != base && !byMaker && derivedFrom(derived.label(), base.label())) {
                    RelationExtractor.state(out, derived, Predicate.BASED_ON, base, confidence, first.get(derived), "named-after");
                }
            }
        }
    }

    /** True when {@code name} is {@code base} with an affix or word of its own that is not a version. */
    boolean derivedFrom(String name, String base) {
        String n = name.toLowerCase(Locale.ROOT);
        String b = base.toLowerCase(Locale.ROOT);
        if (b.replaceAll("[^\\p{L}]", "").length() < 3 || n.equals(b)) {
            return false;
        }
        int at = n.indexOf(b);
        if (at < 0 || n.indexOf(b, at + 1) >= 0) {
            return false;
        }
        // the base must not be cut out of a longer word on a digit: "GPT-3" is not inside "GPT-35"
        int end = at + b.length();
        if (end < n.length() && Character.isDigit(n.charAt(end)) && Character.isDigit(n.charAt(end - 1))) {
            return false;
        }
        // a word before the base makes a new model ("Vision Transformer"); after it, a variant word does not ("GPT-4 Vision")
        for (String w : words(n.substring(0, at))) {
            if (!VERSIONISH.matcher(w).matches()) {
                return true;
            }
        }
        for (String w : words(n.substring(end))) {
            if (!VERSIONISH.matcher(w).matches() && !variantWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String s) {
        String t = s.replaceAll("[-_/·.:()&,]", " ").strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
