package org.aikg.ingest.relate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Numeric and footnote citations: a model named with a citation mark ("T5[^20]", "Corvid [12]", "Corvid
 * [3, 4]") was introduced in the paper of the reference entry that carries that mark ("[^20]: Raffel, C.
 * ... (2019). Exploring the Limits ...", "[12] Lind et al., ..."), and "Lind et al. [12]" wrote it. The
 * mark must follow the name at once; the evidence is the citing sentence. Author-year citations work the
 * same way: "Corvid (Lind et al., 2021)" cites the reference entry whose first author is Lind and whose year
 * is 2021 (when only one entry is).
 *
 * <p>Thread-safety: immutable.
 */
final class CitationMarks {
    private static final Pattern ENTRY_LABEL = Pattern.compile("^\\s*\\[(\\^?[^\\]\\s]{1,40})\\]:?");
    private static final Pattern MARKS = Pattern.compile("^\\s?\\[(\\^[^\\]\\s]{1,40}|\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\]");
    private static final Pattern ET_AL = Pattern.compile("^\\s+et\\s+al\\.?");

    /** A reference entry's first author's surname and its year: "Lind, Ada, ... 2021.", "Lind, A. (2021)". */
    private static final Pattern ENTRY_AUTHOR_YEAR = Pattern.compile(
            "^\\s*(?:\\[[^\\]]{1,40}\\]:?\\s*|\\d{1,3}\\.\\s+)?(?:(?:van|von|de|der|den|da|del|di|le|la|du)\\s)*(\\p{Lu}[\\p{L}'’-]*\\p{L})(?:,|\\s+et\\s+al)"
                    + "[^\\n]{0,400}?[\\s(,]((?:19|20)\\d{2})[a-z]?\\)?[.,:]");
    /** An author-year citation right after a name: "(Lind et al., 2021)", "(Lind and Ito 2021)", "(Lind et al. (2021))". */
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "^[”\"’]?\\s?[(\\[]\\s*(?:e\\.g\\.,?\\s*|see\\s+)?(\\p{Lu}[\\p{L}'’-]*\\p{L})(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]*\\p{L})?,?\\s*\\(?((?:19|20)\\d{2})[a-z]?\\)?");

    private final double confidence;

    CitationMarks(RuleBook book) {
        this.confidence = book.confidence("citation-mark");
    }

    void apply(String text, List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out) {
        Map<String, Entity> paperOf = new HashMap<>();
        Map<String, Entity> paperByAuthorYear = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.kind() != Block.Kind.REFERENCE) {
                continue;
            }
            Matcher ay = ENTRY_AUTHOR_YEAR.matcher(s.text());
            if (ay.find()) {
                for (ResolvedMention r : perSentence.get(k)) {
                    if (r.entity().type() == EntityType.PAPER) {
                        String key = ay.group(1).toLowerCase(java.util.Locale.ROOT) + " " + ay.group(2);
                        Entity before = paperByAuthorYear.putIfAbsent(key, r.entity());
                        if (before != null && !before.iri().equals(r.entity().iri())) {
                            ambiguous.add(key); // "Lind 2021a" and "Lind 2021b": a bare "Lind 2021" names neither
                        }
                        break;
                    }
                }
            }
            Matcher m = ENTRY_LABEL.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            for (ResolvedMention r : perSentence.get(k)) {
                if (r.entity().type() == EntityType.PAPER) {
                    paperOf.putIfAbsent(m.group(1), r.entity());
                    break;
                }
            }
        }
        ambiguous.forEach(paperByAuthorYear::remove);
        if (paperOf.isEmpty() && paperByAuthorYear.isEmpty()) {
            return;
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.kind() == Block.Kind.REFERENCE) {
                continue;
            }
            for (ResolvedMention r : perSentence.get(k)) {
                EntityType t = r.entity().type();
                if (t != EntityType.MODEL && t != EntityType.PERSON) {
                    continue;
                }
                int end = r.mention().end();
                // the mark may fall past the sentence: the detector splits after "et al."; a paragraph break ends it
                int stop = Math.min(text.length(), end + 60);
                for (int c = end; c + 1 < stop; c++) { // within the 60 characters only: linear in the document
                    if (text.charAt(c) == '\n' && text.charAt(c + 1) == '\n') {
                        stop = c;
                        break;
                    }
                }
                String after = text.substring(end, Math.max(end, stop));
                if (t == EntityType.MODEL && !paperByAuthorYear.isEmpty()) {
                    Matcher ay = AUTHOR_YEAR.matcher(after);
                    if (ay.find()) {
                        Entity paper = paperByAuthorYear.get(ay.group(1).toLowerCase(java.util.Locale.ROOT) + " " + ay.group(2));
                        if (paper != null) {
                            RelationExtractor.state(out, r.entity(), Predicate.INTRODUCED_IN, paper, confidence, s,
                                    "citation-author-year");
                        }
                        continue;
                    }
                }
                if (t == EntityType.PERSON) {
                    Matcher etAl = ET_AL.matcher(after);
                    if (!etAl.find()) {
                        continue; // a person cites by "Name et al. [n]"
                    }
                    after = after.substring(etAl.end());
                }
                Matcher m = MARKS.matcher(after);
                if (!m.find()) {
                    continue;
                }
                for (String label : m.group(1).split("\\s*,\\s*")) {
                    Entity paper = paperOf.get(label);
                    if (paper == null) {
                        continue;
                    }
                    if (t == EntityType.MODEL) {
                        RelationExtractor.state(out, r.entity(), Predicate.INTRODUCED_IN, paper, confidence, s, "citation-mark");
                    } else {
                        RelationExtractor.state(out, paper, Predicate.AUTHORED_BY, r.entity(), confidence, s, "citation-mark");
                    }
                }
            }
        }
    }
}
