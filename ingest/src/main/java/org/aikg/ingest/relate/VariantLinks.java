package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Variant links: a model whose name is the name of another model of the same document, then a size, a version or a
 * tuning ("Corvid-7B-Chat" of "Corvid-7B", "Corvid 2 70B" of "Corvid 2", "Corvid-7B" of "Corvid"), is a variant of
 * it ({@link Predicate#VARIANT_OF}). The sentence that first names the variant states the link: the name says it.
 * Of several models whose names begin the variant's label (hyphens read as spaces), the longest is its family. The
 * two stay apart: a variant is
 * never merged into its family.
 *
 * <p>Thread-safety: immutable.
 */
final class VariantLinks {
    static final String RULE = "name-variant";
    /** Sizes ("7B", "8x7B", "A3B"), versions ("v2", "2.1", "3"), dates ("2024-04-09", "0613"). */
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{1,4}(?:\\.\\d{1,2})?[bmkt]|\\d{1,2}x\\d{1,3}(?:\\.\\d)?[bm]|a\\d{1,3}(?:\\.\\d)?b|v?\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-z]?"
                    + "|\\d{4}|\\d{8}");
    private static final Pattern SEPARATOR = Pattern.compile("[ _-]+");

    private final Set<String> words = new HashSet<>();

    /** @param words the lexicon's variant words ("chat", "instruct", "large") */
    VariantLinks(Collection<String> words) {
        words.forEach(w -> this.words.add(w.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code rest}, what follows a family's name in a variant's, is a separator and variant parts only. */
    boolean variantSuffix(String rest) {
        if (rest.isEmpty() || " _-".indexOf(rest.charAt(0)) < 0) {
            return false; // "Corvidian" is no variant of "Corvid", nor "Corvid2" (read as a name of its own)
        }
        String[] parts = SEPARATOR.split(rest.strip().replaceFirst("^[_-]+", ""));
        if (parts.length == 0 || parts.length > 4) {
            return false;
        }
        for (String part : parts) {
            String p = part.toLowerCase(Locale.ROOT);
            if (!words.contains(p) && !SHAPE.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    /** States every variant link of the document's models. */
    void extract(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out,
                 double confidence) {
        Map<Entity, Sentence> first = new LinkedHashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (ResolvedMention m : perSentence.get(k)) {
                if (m.entity().type() == EntityType.MODEL) {
                    first.putIfAbsent(m.entity(), sentences.get(k));
                }
            }
        }
        if (first.size() < 2) {
            return;
        }
        List<Entity> models = new ArrayList<>(first.keySet());
        for (Entity variant : models) {
            Entity family = null;
            int longest = 0;
            // the variant by its label only: an other name of it may be a former one ("Kite Mini" of "Wren")
            String v = variant.label();
            for (Entity other : models) {
                if (other == variant) {
                    continue;
                }
                for (String name : names(other)) {
                    if (name.length() > longest && name.length() >= 2 && v.length() > name.length()
                            && spaced(v.substring(0, name.length())).equalsIgnoreCase(spaced(name))
                            && variantSuffix(v.substring(name.length()))) {
                        family = other;
                        longest = name.length();
                    }
                }
            }
            if (family != null) {
                RelationExtractor.state(out, variant, Predicate.VARIANT_OF, family, confidence, first.get(variant), RULE);
            }
        }
    }

    /** "GPT-3.5-Turbo" and "GPT-3.5 Turbo" alike: hyphens and underscores as spaces. */
    private static String spaced(String name) {
        return name.replace('-', ' ').replace('_', ' ');
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>(e.altLabels().size() + 1);
        names.add(e.label());
        names.addAll(e.altLabels());
        return names;
    }
}
