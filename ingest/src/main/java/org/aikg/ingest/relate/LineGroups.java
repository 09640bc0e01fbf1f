package org.aikg.ingest.relate;

import java.util.List;
import java.util.Map;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.LineColumn;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Affiliations stated by the layout of plain-text credits and addresses, where each line is a block of its
 * own: a group of lines (no blank line between them) that
 * <ul>
 *   <li>opens with a person's name and goes on with organizations, one per line, is an address: the person
 *       works at each ("Ada Lind / Speech Group / Harbor University / Lisbon");</li>
 *   <li>has an organization's name with people's names indented under it is a list of its members
 *       ("Harbor University / &nbsp;&nbsp;Mei Okafor / &nbsp;&nbsp;Jo Park").</li>
 * </ul>
 * A line counts as a name when the name is all its text but punctuation and an e-mail address or a
 * parenthesis after it. The evidence of each fact is the person's line.
 *
 * <p>Thread-safety: stateless.
 */
final class LineGroups {
    static final String ADDRESS = "line-group-address";
    static final String MEMBERS = "line-group-members";

    private LineGroups() {}

    /** One line: its sentence, what it names alone (or null), and its indentation. */
    private record Line(Sentence sentence, ResolvedMention only, int column) {}

    static void extract(Document document, List<Sentence> sentences, List<List<ResolvedMention>> perSentence,
                        Map<String, Relation> out, double addressConfidence, double membersConfidence) {
        int i = 0;
        while (i < sentences.size()) {
            int j = i;
            while (j < sentences.size() && oneLine(document, sentences.get(j))
                    && (j == i || nextLine(document, sentences.get(j - 1), sentences.get(j)))) {
                j++;
            }
            if (j - i >= 2) {
                group(document, sentences, perSentence, i, j, out, addressConfidence, membersConfidence);
            }
            i = Math.max(j, i + 1);
        }
    }

    private static void group(Document d, List<Sentence> sentences, List<List<ResolvedMention>> perSentence, int from,
                              int to, Map<String, Relation> out, double addressConfidence, double membersConfidence) {
        Line[] lines = new Line[to - from];
        for (int k = from; k < to; k++) {
            Sentence s = sentences.get(k);
            lines[k - from] = new Line(s, only(s, perSentence.get(k)), d.lineColumn(d.originalOffset(s.start())).column());
        }
        for (int k = 0; k < lines.length; k++) {
            Line head = lines[k];
            if (head.only() == null) {
                continue;
            }
            if (head.only().entity().type() == EntityType.PERSON) {
                // an address: the organizations on the lines below, until the next person
                for (int m = k + 1; m < lines.length && !is(lines[m], EntityType.PERSON); m++) {
                    if (is(lines[m], EntityType.ORGANIZATION)) {
                        RelationExtractor.state(out, head.only().entity(), Predicate.AFFILIATED_WITH,
                                lines[m].only().entity(), addressConfidence, head.sentence(), ADDRESS);
                    }
                }
            } else if (head.only().entity().type() == EntityType.ORGANIZATION) {
                // its members: the people indented under it
                for (int m = k + 1; m < lines.length && lines[m].column() > head.column(); m++) {
                    if (is(lines[m], EntityType.PERSON)) {
                        RelationExtractor.state(out, lines[m].only().entity(), Predicate.AFFILIATED_WITH,
                                head.only().entity(), membersConfidence, lines[m].sentence(), MEMBERS);
                    }
                }
            }
        }
    }

    private static boolean is(Line line, EntityType type) {
        return line.only() != null && line.only().entity().type() == type;
    }

    /** The one mention that is all the line says (beside punctuation, an e-mail, a parenthesis), or null. */
    private static ResolvedMention only(Sentence s, List<ResolvedMention> in) {
        if (in.size() != 1) {
            return null;
        }
        ResolvedMention m = in.get(0);
        String before = s.text().substring(0, Math.max(0, m.mention().start() - s.start()));
        String after = s.text().substring(Math.min(s.text().length(), m.mention().end() - s.start()));
        after = after.replaceAll("<[^>\\s]+@[^>\\s]+>|\\([^)]*\\)|[\\w.+-]+@[\\w.-]+", "");
        return words(before) || words(after) ? null : m;
    }

    private static boolean words(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** A paragraph or list item that is one line of the original text. */
    private static boolean oneLine(Document d, Sentence s) {
        if (s.kind() != Block.Kind.PARAGRAPH && s.kind() != Block.Kind.LIST_ITEM) {
            return false;
        }
        if (s.end() <= s.start()) {
            return false;
        }
        LineColumn a = d.lineColumn(d.originalOffset(s.start()));
        LineColumn b = d.lineColumn(d.originalOffset(s.end() - 1));
        return a.line() == b.line();
    }

    /** Whether {@code b} starts on the line right after the one {@code a} ends on: no blank line, no shared line. */
    private static boolean nextLine(Document d, Sentence a, Sentence b) {
        int from = d.lineColumn(d.originalOffset(a.end() - 1)).line();
        int to = d.lineColumn(d.originalOffset(b.start())).line();
        return to == from + 1;
    }
}
