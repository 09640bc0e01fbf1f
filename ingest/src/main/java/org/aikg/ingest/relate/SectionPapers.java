package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Paper roundups give each paper a section: prose about the model, then a list item "Paper: [Title](link)".
 * In a section that has such an item, the model the section is about (named most often, a naming cue
 * such as "called X" counting triple; at least twice in all) was introduced in that paper. The
 * "Paper:" item is the evidence.
 *
 * <p>Thread-safety: stateless.
 */
final class SectionPapers {
    private SectionPapers() {}

    private static final Pattern PAPER_ITEM = Pattern.compile("(?i)^\\W{0,3}paper\\s*[:\\-–]\\s*");
    private static final Pattern NAMING_CUE = Pattern.compile(
            "(?i)\\b(?:called|named|dubbed|new model|introduces|introducing|presents|meet)\\W*$");

    static void extract(String text, List<Sentence> sentences, List<List<ResolvedMention>> mentions,
                        Map<String, Relation> out) {
        // a section's own model is named there more than anywhere else: GPT-3 or DALL-E, named in every
        // section for comparison, are no section's model
        Map<Entity, Integer> inDocument = new java.util.HashMap<>();
        for (List<ResolvedMention> in : mentions) {
            for (ResolvedMention m : in) {
                if (m.entity().type() == EntityType.MODEL) {
                    inDocument.merge(m.entity(), 1, Integer::sum);
                }
            }
        }
        Map<Entity, Integer> counts = new java.util.HashMap<>();
        Map<Entity, Integer> scores = new LinkedHashMap<>();
        List<int[]> paperItems = new ArrayList<>(); // sentence index, mention index
        for (int k = 0; k <= sentences.size(); k++) {
            boolean end = k == sentences.size() || sentences.get(k).kind() == Block.Kind.HEADING;
            if (end) {
                close(sentences, mentions, scores, counts, inDocument, paperItems, out);
                scores.clear();
                counts.clear();
                paperItems.clear();
                if (k == sentences.size()) {
                    return;
                }
                continue;
            }
            Sentence s = sentences.get(k);
            List<ResolvedMention> in = mentions.get(k);
            if (s.kind() == Block.Kind.LIST_ITEM && PAPER_ITEM.matcher(s.text()).find()) {
                if (in.stream().anyMatch(m -> m.entity().type() == EntityType.MODEL)) {
                    continue; // "Paper: OPT: Open Pre-trained ...": the title names its model itself
                }
                for (int m = 0; m < in.size(); m++) {
                    if (in.get(m).entity().type() == EntityType.PAPER) {
                        paperItems.add(new int[] {k, m});
                        break;
                    }
                }
                continue;
            }
            for (ResolvedMention m : in) {
                if (m.entity().type() != EntityType.MODEL) {
                    continue;
                }
                String before = text.substring(Math.max(s.start(), m.mention().start() - 30), m.mention().start());
                scores.merge(m.entity(), NAMING_CUE.matcher(before).find() ? 3 : 1, Integer::sum);
                counts.merge(m.entity(), 1, Integer::sum);
            }
        }
    }

    private static void close(List<Sentence> sentences, List<List<ResolvedMention>> mentions, Map<Entity, Integer> scores,
                              Map<Entity, Integer> counts, Map<Entity, Integer> inDocument, List<int[]> paperItems,
                              Map<String, Relation> out) {
        if (paperItems.size() != 1 || scores.isEmpty()) {
            return;
        }
        Entity main = null;
        int best = 0;
        boolean tie = false;
        for (var e : scores.entrySet()) {
            if (e.getValue() > best) {
                main = e.getKey();
                best = e.getValue();
                tie = false;
            } else if (e.getValue() == best) {
                tie = true;
            }
        }
        if (main == null || best < 2 || tie || counts.get(main) * 2 <= inDocument.get(main)) {
            return;
        }
        int[] item = paperItems.get(0);
        Sentence s = sentences.get(item[0]);
        Entity paper = mentions.get(item[0]).get(item[1]).entity();
        String key = main.iri() + " " + Predicate.INTRODUCED_IN + " " + paper.iri() + " " + s.start();
        out.putIfAbsent(key, new Relation(main, Predicate.INTRODUCED_IN, paper, 0.6, s.start(), s.end(), s.text(),
                "section-paper"));
    }
}
