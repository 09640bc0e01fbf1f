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
        List<Integer> section = new ArrayList<>();
        for (int k = 0; k <= sentences.size(); k++) {
            boolean end = k == sentences.size() || sentences.get(k).kind() == Block.Kind.HEADING;
            if (end) {
                close(sentences, mentions, scores, counts, inDocument, paperItems, out);
                organizations(sentences, mentions, section, paperItems, out);
                scores.clear();
                counts.clear();
                paperItems.clear();
                section.clear();
                if (k == sentences.size()) {
                    return;
                }
                continue;
            }
            Sentence s = sentences.get(k);
            List<ResolvedMention> in = mentions.get(k);
            section.add(k);
            if (s.kind() == Block.Kind.LIST_ITEM && PAPER_ITEM.matcher(s.text()).find()) {
                // "Paper: OPT: Open Pre-trained ...": the title names its model itself (flag 1)
                int namesModel = in.stream().anyMatch(m -> m.entity().type() == EntityType.MODEL) ? 1 : 0;
                for (int m = 0; m < in.size(); m++) {
                    if (in.get(m).entity().type() == EntityType.PAPER) {
                        paperItems.add(new int[] {k, m, namesModel});
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

    private static final Pattern ORG_DID_RESEARCH = Pattern.compile(
            "(?i)\\b(?:researchers|scientists|engineers|team|teams|folks|authors)\\s+(?:from|at)\\b"
                    + "|\\b(?:attacked|tackled)\\b.*\\b(?:research|paper|work|problem)\\b"
                    + "|\\bpublished\\s+(?:a|this|their|the)\\s+(?:new\\s+)?(?:paper|research|work)\\b");

    /**
     * "researchers from Google just published a paper", "the challenges Snapchat and USC attacked in
     * this new research": the organizations behind the section's research are the paper's.
     */
    private static void organizations(List<Sentence> sentences, List<List<ResolvedMention>> mentions,
                                      List<Integer> section, List<int[]> paperItems, Map<String, Relation> out) {
        if (paperItems.size() != 1) {
            return;
        }
        int[] item = paperItems.get(0);
        Entity paper = mentions.get(item[0]).get(item[1]).entity();
        // the model the paper's title names ("NeROIC: Neural Rendering ..."), if any, is theirs too
        Entity model = mentions.get(item[0]).stream().map(ResolvedMention::entity)
                .filter(e -> e.type() == EntityType.MODEL).findFirst().orElse(null);
        for (int k : section) {
            Sentence s = sentences.get(k);
            if (s.kind() != Block.Kind.PARAGRAPH || !ORG_DID_RESEARCH.matcher(s.text()).find()) {
                continue;
            }
            for (ResolvedMention m : mentions.get(k)) {
                if (m.entity().type() == EntityType.ORGANIZATION) {
                    RelationExtractor.state(out, paper, Predicate.AFFILIATED_WITH, m.entity(), 0.55, s, "section-research");
                    if (model != null) {
                        RelationExtractor.state(out, model, Predicate.DEVELOPED_BY, m.entity(), 0.5, s, "section-research");
                    }
                }
            }
        }
    }

    private static void close(List<Sentence> sentences, List<List<ResolvedMention>> mentions, Map<Entity, Integer> scores,
                              Map<Entity, Integer> counts, Map<Entity, Integer> inDocument, List<int[]> paperItems,
                              Map<String, Relation> out) {
        if (paperItems.size() != 1 || scores.isEmpty() || paperItems.get(0)[2] == 1) {
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
        RelationExtractor.state(out, main, Predicate.INTRODUCED_IN, paper, 0.6, s, "section-paper");
    }
}
