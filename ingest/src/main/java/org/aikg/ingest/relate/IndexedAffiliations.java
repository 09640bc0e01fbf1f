package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.IndexMarks;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Affiliations stated by index marks, as a paper's author line writes them: each author's name followed by the
 * marks of their organizations ("Ana Lind¹˒², Tomas Berg²", "Ana Lind [1, 2]", "Ana Lind^1", "Ana Lind*") and,
 * close by, each organization after its mark ("¹ Harbor University, ² Vexar Labs", "[2] Vexar Labs" on a line of
 * its own, "* Harbor University", an ordered list's "1. Harbor University"). Each person works at the organization of each of their marks; a mark is read
 * from the nearest organization that carries it, within a few sentences, so a page that lists two papers' authors
 * keeps them apart. Nothing is read unless two people carry marks that organizations explain, so a single
 * footnote mark after a name is not taken for an index. The evidence of each fact is the person's sentence.
 *
 * <p>Thread-safety: stateless.
 */
final class IndexedAffiliations {
    static final String RULE = "indexed-affiliation";

    private IndexedAffiliations() {}

    /** How many sentences away an organization's mark may stand from the person who carries it. */
    private static final int REACH = 20;

    private record Marked(ResolvedMention person, int sentence, List<String> marks) {}

    private record Key(String mark, ResolvedMention organization, int sentence) {}

    /** One affiliation read, before the document is known to follow the convention. */
    private record Found(Marked person, Key key) {}

    static void extract(Document document, List<Sentence> sentences, List<List<ResolvedMention>> perSentence,
                        Map<String, Relation> out, double confidence) {
        String text = document.text();
        List<Marked> people = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (ResolvedMention m : perSentence.get(k)) {
                EntityType type = m.entity().type();
                if (type == EntityType.PERSON) {
                    List<String> marks = IndexMarks.after(text, m.mention().end());
                    if (!marks.isEmpty() && authorLine(text, sentences.get(k), perSentence.get(k))) {
                        people.add(new Marked(m, k, marks));
                    }
                } else if (type == EntityType.ORGANIZATION) {
                    String mark = IndexMarks.before(text, m.mention().start());
                    if (mark == null && m.mention().start() == sentences.get(k).start()
                            && sentences.get(k).kind() == Block.Kind.LIST_ITEM) {
                        mark = listNumber(document, m.mention().start()); // "1. Harbor University": the number is markup
                    }
                    if (mark != null) {
                        keys.add(new Key(mark, m, k));
                    }
                }
            }
        }
        if (people.size() < 2 || keys.isEmpty()) {
            return;
        }
        List<Found> found = new ArrayList<>();
        int explained = 0;
        java.util.Set<String> keyed = new java.util.HashSet<>();
        keys.forEach(key -> keyed.add(key.mark()));
        for (Marked p : people) {
            boolean any = false;
            List<String> marks = new ArrayList<>();
            for (String mark : p.marks()) {
                // "¹²" is the mark 12 where a key says 12, else the marks 1 and 2
                marks.addAll(keyed.contains(mark) || IndexMarks.split(mark).isEmpty() ? List.of(mark) : IndexMarks.split(mark));
            }
            for (String mark : marks) {
                Key nearest = null;
                for (Key key : keys) {
                    int d = Math.abs(key.sentence() - p.sentence());
                    if (key.mark().equals(mark) && d <= REACH
                            && (nearest == null || d < Math.abs(nearest.sentence() - p.sentence()))) {
                        nearest = key;
                    }
                }
                if (nearest != null) {
                    any = true;
                    found.add(new Found(p, nearest));
                }
            }
            explained += any ? 1 : 0;
        }
        if (explained < 2) {
            return;
        }
        for (Found f : found) {
            RelationExtractor.state(out, f.person().person().entity(), Predicate.AFFILIATED_WITH,
                    f.key().organization().entity(), confidence, sentences.get(f.person().sentence()), RULE);
        }
    }

    /**
     * Whether the sentence is a line of authors: its people, their marks, commas and "and", and at most two other
     * words ("Authors:"), not prose that cites people ("work by Ana Lind [1] showed ...") or counts for them
     * ("top reviewers this month: Ana Lind (2), ...").
     */
    private static boolean authorLine(String text, Sentence s, List<ResolvedMention> in) {
        StringBuilder rest = new StringBuilder();
        int at = s.start();
        // the line may go on, without a break the reader kept, into the organizations' keys ("Ana Lind¹, Tomas Berg²
        // ¹ Harbor Institute ² Vexar Labs"): the author line ends where the first marked organization begins
        int end = s.end();
        for (ResolvedMention m : in) {
            if (m.entity().type() == EntityType.ORGANIZATION && m.mention().start() < end
                    && IndexMarks.before(text, m.mention().start()) != null) {
                end = m.mention().start();
            }
        }
        List<ResolvedMention> people = new ArrayList<>();
        for (ResolvedMention m : in) {
            if (m.entity().type() == EntityType.PERSON && m.mention().start() >= at && m.mention().end() <= end) {
                people.add(m);
            }
        }
        people.sort(java.util.Comparator.comparingInt(m -> m.mention().start()));
        for (ResolvedMention m : people) {
            if (m.mention().start() < at) {
                continue;
            }
            rest.append(text, at, m.mention().start()).append(' ');
            at = m.mention().end();
        }
        rest.append(text, Math.min(at, end), end);
        int words = 0;
        java.util.regex.Matcher w = OTHER_WORD.matcher(rest);
        while (w.find()) {
            if (!JOINERS.contains(w.group().toLowerCase(java.util.Locale.ROOT))) {
                words++;
            }
        }
        return words <= 2;
    }

    /** A word that is no mark: letters, or a number of three digits or more. */
    private static final Pattern OTHER_WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d{3,}");
    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "by");

    /** An ordered list's number ("2." or "2)") that opens the original line of a list item starting at {@code start}. */
    private static String listNumber(Document document, int start) {
        String original = document.original();
        int at = document.originalOffset(start);
        int line = original.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at < line || at - line > 12) {
            return null;
        }
        Matcher m = LIST_NUMBER.matcher(original.substring(line, at));
        return m.matches() ? m.group(1) : null;
    }

    private static final Pattern LIST_NUMBER = Pattern.compile("[ \\t]*(\\d{1,2})[.)][ \\t]+(?:\\[|\\*\\*?|__?)?");
}
