package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.read.Superscripts;

/**
 * The index marks papers put after authors' names and before their organizations: raised digits ("Ana Lind¹˒²",
 * "¹ Harbor University"), bracketed, parenthesized or caret numbers ("Ana Lind [1, 2]", "[1] Harbor University",
 * "Ana Lind (2)", "Ana Lind^1"),
 * a number opening a line ("1 Harbor University") and note symbols ("Ana Lind*", "* Vexar Labs"). A name with a mark
 * is a name in an author list, not a word of a title; what the marks join is read by the relation stage.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndexMarks {
    private IndexMarks() {}

    private static final String RAISED = "[" + Superscripts.DIGITS + "]";
    /** The marks right after a person's name: raised digits, bracketed or caret numbers, note symbols. */
    private static final Pattern MARKS_AFTER = Pattern.compile(
            "\\G(?:(" + RAISED + "+(?:[,˒‚][ ]?" + RAISED + "+)*)|[ ]?\\[(\\d{1,2}(?:[ ]?,[ ]?\\d{1,2})*)\\]"
                    + "|\\^\\{?(\\d{1,2}(?:[ ]?,[ ]?\\d{1,2})*)\\}?|([*†‡§]+)|[ ]?\\((\\d{1,2}(?:[ ]?,[ ]?\\d{1,2})*)\\))");
    /**
     * The mark right before an organization: raised digits after a space, or a number or a symbol at a line's start
     * or after a separator; then the name.
     */
    private static final Pattern MARK_BEFORE = Pattern.compile(
            "(?:^|[\\s,;])(" + RAISED + "+)[ \\t]*$"
                    + "|(?:[\\n,;]|[ ]{2}|\\t)[ \\t]*(?:[\\[(](\\d{1,2})[\\])]|\\^\\{?(\\d{1,2})\\}?|(\\d{1,2})\\.?|([*†‡§]+))[ \\t]*$");

    /**
     * The marks written right after {@code end}, or none: "¹˒²" and "[1, 2]" give 1 and 2; raised digits without a
     * comma give one number ("¹²" gives 12), which may stand for the marks 1 and 2 ({@link #split}).
     */
    public static List<String> after(String text, int end) {
        Matcher m = MARKS_AFTER.matcher(text).region(end, Math.min(text.length(), end + 24));
        if (!m.find()) {
            return List.of();
        }
        List<String> marks = new ArrayList<>();
        if (m.group(1) != null) {
            // "¹˒²" gives 1 and 2; "¹⁰" gives 10, which the reader of the keys splits into 1 and 0 when no key is 10
            for (String part : m.group(1).split("[,˒‚][ ]?")) {
                marks.add(Superscripts.lowered(part));
            }
        } else if (m.group(2) != null || m.group(3) != null || m.group(5) != null) {
            String list = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(5);
            for (String part : list.split("[ ]?,[ ]?")) {
                marks.add(part);
            }
        } else {
            marks.add(m.group(4));
        }
        return marks;
    }

    /** The mark written right before {@code start} on its line ("¹", "[2]", "3 ", "*"), or null. */
    public static String before(String text, int start) {
        int from = Math.max(0, start - 16);
        // the text's start is a line's start
        Matcher m = MARK_BEFORE.matcher((from == 0 ? "\n" : "") + text.substring(from, start));
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return Superscripts.lowered(m.group(1));
        }
        for (int g = 2; g <= 5; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /** The one-digit marks a number of raised digits without commas may stand for ("12": 1 and 2), or none. */
    public static List<String> split(String mark) {
        if (mark.length() < 2 || !mark.chars().allMatch(Character::isDigit)) {
            return List.of();
        }
        List<String> digits = new ArrayList<>();
        mark.chars().forEach(c -> digits.add(String.valueOf((char) c)));
        return digits;
    }
}
