package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Manual pages in roff with the man macros ({@code .TH}, {@code .SH NAME}, {@code .PP}: the manual pages of Unix tools
 * and of many scientific programs): {@code .SH}/{@code .SS} lines are headings (so "LICENSE AND CITATION" or
 * "REFERENCES" opens a section as a heading does in every format), {@code .PP}, {@code .LP}, {@code .P}, {@code .sp},
 * {@code .br} and blank lines end a paragraph, {@code .TP} and {@code .IP} open list items, font macros ({@code .B},
 * {@code .I}, {@code .BR} ...) give their words, {@code .nf}/{@code .fi} and {@code .EX}/{@code .EE} blocks are left
 * out as code, {@code .UR}/{@code .UE} make links, and escapes are read for what they print ({@code \fB} and
 * {@code \fR} nothing, {@code \-} a hyphen, {@code \(em} a dash). Comments and other requests are skipped.
 *
 * <p>Thread-safety: stateless.
 */
final class RoffReader implements DocumentReader {
    private static final Pattern SECTION = Pattern.compile("(?m)^\\.SH[ \\t]");
    private static final Pattern MAN_MACRO = Pattern.compile("(?m)^\\.(?:TH|PP|LP|TP|IP|B|I|BR|IR|SS)\\b");
    /** What only code has: braces, sigils, redirections, options, a prompt, a comment. */
    private static final Pattern CODE_LINE = Pattern.compile("[{}$|<>;=]|^\\s*(?:[#%]|\\\\-|-)|\\s\\\\?-[A-Za-z]");
    /** The requests that end a no-fill block, an example, a table, and a section's start (which ends either). */
    private static final Pattern FI = request("fi");
    private static final Pattern EE = request("EE");
    private static final Pattern TE = request("TE");
    private static final Pattern SECTION_REQUEST = request("S[HS]");
    private static final Pattern TAB_OPTION = Pattern.compile("tab\\s*\\((.)\\)");
    private static final Pattern REQUEST = Pattern.compile("^[.'][ \\t]*([A-Za-z]{1,3}|\\\\\")");
    /** The special characters {@code \(xx} and {@code \[xx]} that stand for a printable one. */
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("em", "—"), Map.entry("en", "–"), Map.entry("hy", "-"), Map.entry("mi", "-"), Map.entry("aq", "'"),
            Map.entry("dq", "\""), Map.entry("lq", "“"), Map.entry("rq", "”"), Map.entry("oq", "‘"), Map.entry("cq", "’"),
            Map.entry("bu", ""), Map.entry("co", "©"), Map.entry("rg", "®"), Map.entry("tm", "™"), Map.entry("de", "°"),
            Map.entry("ga", "`"), Map.entry("ti", "~"), Map.entry("ha", "^"), Map.entry("rs", "\\"), Map.entry("sl", "/"),
            Map.entry("pl", "+"), Map.entry("eq", "="), Map.entry("mu", "×"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("a'", "á"), Map.entry("e'", "é"), Map.entry("i'", "í"), Map.entry("o'", "ó"), Map.entry("u'", "ú"),
            Map.entry("a:", "ä"), Map.entry("o:", "ö"), Map.entry("u:", "ü"), Map.entry("e`", "è"), Map.entry("a`", "à"),
            Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("o/", "ø"), Map.entry("n~", "ñ"), Map.entry("c,", "ç"));

    private static Pattern request(String name) {
        return Pattern.compile("^[.'][ \\t]*" + name + "\\b");
    }

    /** Whether {@code content} is a manual page in roff: a {@code .SH} section and the man macros. */
    static boolean looksLikeRoff(String content) {
        String head = content.length() > 20_000 ? content.substring(0, 20_000) : content;
        // a page opens with a request or a comment (".TH", ".\\\"", "'\\\" t"); a README showing one in an example does not
        String first = head.substring(FrontMatter.afterBom(head)).stripLeading();
        if (!SECTION.matcher(head).find() || !(first.startsWith(".") || first.startsWith("'\\\""))) {
            return false;
        }
        Matcher m = MAN_MACRO.matcher(head);
        int macros = 0;
        while (m.find() && macros < 3) {
            macros++;
        }
        return macros >= 3;
    }

    @Override
    public Document read(Path path, String content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        return new Run(path, content).run();
    }

    private static final class Run {
        private final Path path;
        private final String original;
        private final TextBuilder out;
        private final Outline outline = new Outline();
        private Lines lines;
        private String title;
        /** The next text line is a heading's (".SH" alone) or a tagged paragraph's tag (".TP"). */
        private Block.Kind nextLine;
        private int nextLevel;

        Run(Path path, String original) {
            this.path = path;
            this.original = original;
            this.out = new TextBuilder(original);
        }

        Document run() {
            lines = Lines.of(original, FrontMatter.afterBom(original));
            int li = 0;
            while (li < lines.count) {
                int s = lines.start[li];
                int e = lines.trimmedEnd(original, li);
                if (s >= e) {
                    end(); // a blank line ends a paragraph
                    li++;
                    continue;
                }
                Matcher r = REQUEST.matcher(original).region(s, e);
                if (!r.lookingAt()) {
                    text(s, e);
                    li++;
                    continue;
                }
                String name = r.group(1);
                int args = r.end();
                while (args < e && (original.charAt(args) == ' ' || original.charAt(args) == '\t')) {
                    args++;
                }
                li = request(name, args, e, li);
            }
            end();
            Map<String, Object> values = new LinkedHashMap<>();
            return out.build(path, Format.TEXT, FrontMatter.metadata(values,
                    title != null ? java.util.Optional.of(title) : outline.title()));
        }

        /** Handles one request line; returns the next line to read. */
        private int request(String name, int from, int to, int li) {
            switch (name) {
                case "TH" -> {
                    String[] words = original.substring(from, to).replace("\"", "").split("\\s+");
                    title = words.length > 0 && !words[0].isEmpty() ? words[0] : null;
                }
                case "SH", "SS" -> {
                    int level = name.equals("SH") ? 1 : 2;
                    if (from < to) {
                        open(Block.Kind.HEADING, level);
                        boolean quoted = original.charAt(from) == '"' && to - from >= 2 && original.charAt(to - 1) == '"';
                        text(quoted ? from + 1 : from, quoted ? to - 1 : to); // .SH "SEE ALSO"
                        end();
                    } else {
                        nextLine = Block.Kind.HEADING;
                        nextLevel = level;
                    }
                }
                case "PP", "LP", "P", "sp", "br", "in", "ti", "ne", "RS", "RE", "HP", "PD" -> end();
                case "TP" -> {
                    end();
                    nextLine = Block.Kind.LIST_ITEM;
                    nextLevel = 1;
                }
                case "IP" -> {
                    end();
                    open(Block.Kind.LIST_ITEM, 1);
                    // ".IP \(bu 2", ".IP 1." : the mark is no text; ".IP term" is the item's term
                    String tag = firstArgument(from, to);
                    if (!tag.isEmpty() && !tag.matches("\\\\\\(bu|\\\\\\[bu]|[-*•]|\\d+[.)]?|\\(?[a-z][.)]")) {
                        text(from, from + original.substring(from, to).indexOf(tag) + tag.length());
                    }
                }
                case "B", "I", "SM", "SB", "BR", "BI", "IB", "IR", "RB", "RI" -> {
                    if (from < to) {
                        // alternating fonts join their arguments without spaces: ".BR bwa (1)" prints "bwa(1)"
                        boolean alternating = name.length() == 2 && !name.equals("SM") && !name.equals("SB");
                        arguments(from, to, alternating);
                    }
                }
                case "nf", "EX" -> {
                    // lines as they stand: an example's code, or an address, a list of authors or of references
                    end();
                    int k = li + 1;
                    while (k < lines.count) {
                        int s = lines.start[k];
                        int e = lines.trimmedEnd(original, k);
                        if ((name.equals("nf") ? FI : EE).matcher(original).region(s, e).lookingAt()) {
                            return k + 1;
                        }
                        if (SECTION_REQUEST.matcher(original).region(s, e).lookingAt()) {
                            return k; // no ".fi" before the next section: the section ends it
                        }
                        String line = original.substring(s, e);
                        if (name.equals("EX") || CODE_LINE.matcher(line).find()) {
                            out.marker(Block.Kind.CODE);
                        } else if (!REQUEST.matcher(line).lookingAt() && s < e) {
                            open(Block.Kind.PARAGRAPH, 0);
                            text(s, e);
                            end();
                        }
                        k++;
                    }
                    return k;
                }
                case "TS" -> {
                    return table(li + 1);
                }
                case "UR" -> pendingUrl = original.substring(from, to).strip();
                case "UE" -> pendingUrl = null;
                default -> { } // comments and other requests: nothing to read
            }
            return li + 1;
        }

        private String pendingUrl;

        /**
         * A tbl table from the line after ".TS": its options and format lines (the last ends with a period) are
         * skipped, then each line is a row whose tab-separated cells are joined with " ; ", as readers write rows;
         * returns the line after ".TE".
         */
        private int table(int li) {
            end();
            nextLine = null;
            char tab = '\t';
            int k = li;
            while (k < lines.count && k < li + 12 && !original.substring(lines.start[k], lines.trimmedEnd(original, k)).endsWith(".")) {
                Matcher option = TAB_OPTION.matcher(original.substring(lines.start[k], lines.trimmedEnd(original, k)));
                if (option.find()) {
                    tab = option.group(1).charAt(0); // "tab(;)": the cells' separator
                }
                k++;
            }
            k = k < li + 12 && k < lines.count ? k + 1 : li; // no format line: the rows start at once
            for (; k < lines.count; k++) {
                int s = lines.start[k];
                int e = lines.trimmedEnd(original, k);
                if (TE.matcher(original).region(s, e).lookingAt()) {
                    return k + 1;
                }
                if (s >= e || original.substring(s, e).matches("[_=]|[.'].*")) {
                    continue; // a rule, a request inside the table
                }
                open(Block.Kind.TABLE_ROW, 0);
                int cell = s;
                for (int i = s; i <= e; i++) {
                    if (i == e || original.charAt(i) == tab) {
                        if (cell > s) {
                            out.append(' ', cell - 1);
                            out.append(';', cell - 1);
                            out.append(' ', cell - 1);
                        }
                        text(cell, i, false);
                        cell = i + 1;
                    }
                }
                end();
            }
            return k;
        }

        private String firstArgument(int from, int to) {
            String a = original.substring(from, to).strip();
            if (a.startsWith("\"")) {
                int close = a.indexOf('"', 1);
                return close > 0 ? a.substring(1, close) : a.substring(1);
            }
            int space = a.indexOf(' ');
            return space < 0 ? a : a.substring(0, space);
        }

        /** The arguments of a font macro: quoted or space-separated, joined by a space or (alternating) by nothing. */
        private void arguments(int from, int to, boolean alternating) {
            int i = from;
            boolean first = true;
            while (i < to) {
                while (i < to && original.charAt(i) == ' ') {
                    i++;
                }
                if (i >= to) {
                    break;
                }
                int start;
                int end;
                int next;
                if (original.charAt(i) == '"') {
                    start = i + 1;
                    int close = original.indexOf('"', start);
                    end = close < 0 || close > to ? to : close;
                    next = Math.min(to, end + 1);
                } else {
                    start = i;
                    end = i;
                    while (end < to && original.charAt(end) != ' ') {
                        end++;
                    }
                    next = end;
                }
                // "-k17 -W40": a command line's options are code, not words
                if (!original.startsWith("-", start) && !original.startsWith("\\-", start)) {
                    text(start, end, first || !alternating);
                }
                first = false;
                i = next;
            }
        }

        private void open(Block.Kind kind, int level) {
            end();
            Block.Kind actual = outline.kind(kind);
            out.begin(actual, outline.level(actual, level));
        }

        private void ensureOpen() {
            if (!out.inBlock()) {
                if (nextLine != null) {
                    open(nextLine, nextLevel);
                } else {
                    open(Block.Kind.PARAGRAPH, 0);
                }
            }
        }

        private void end() {
            if (out.inBlock()) {
                outline.ended(out.end(), out);
            }
        }

        private void text(int from, int to) {
            text(from, to, true);
        }

        /**
         * Appends a line's text (or a macro's argument) with its escapes read; {@code spaced}: after a space, as a new
         * line of the paragraph is.
         */
        private void text(int from, int to, boolean spaced) {
            boolean lineOfItsOwn = nextLine != null;
            ensureOpen();
            if (spaced && out.blockHasText()) {
                out.append(' ', Math.max(0, from - 1));
            }
            int linkStart = out.nextCharIndex();
            int i = from;
            while (i < to) {
                char c = original.charAt(i);
                if (c != '\\' || i + 1 >= to) {
                    out.append(c, i);
                    i++;
                    continue;
                }
                char e = original.charAt(i + 1);
                int next = i + 2;
                String printed = "";
                switch (e) {
                    case 'f' -> next = fontEnd(i + 2, to);
                    case '(' -> {
                        next = Math.min(to, i + 4);
                        printed = SPECIAL.getOrDefault(original.substring(i + 2, next), "");
                    }
                    case '[' -> {
                        int close = original.indexOf(']', i + 2);
                        next = close < 0 || close >= to ? to : close + 1;
                        printed = SPECIAL.getOrDefault(original.substring(i + 2, Math.max(i + 2, next - 1)), "");
                    }
                    case '*', 'n' -> next = fontEnd(i + 2, to);
                    case 's' -> {
                        int k = i + 2;
                        if (k < to && (original.charAt(k) == '+' || original.charAt(k) == '-')) {
                            k++;
                        }
                        while (k < to && Character.isDigit(original.charAt(k)) && k < i + 5) {
                            k++;
                        }
                        next = k;
                    }
                    case 'h', 'v', 'w', 'o', 'l', 'L', 'D', 'X', 'Z', 'b', 'x', 'R', 'A', 'B', 'C', 'N' -> {
                        // "\h'-04'": a motion, a drawing or a width, its argument between two marks, printing nothing
                        if (i + 2 < to && !Character.isLetterOrDigit(original.charAt(i + 2))) {
                            int close = original.indexOf(original.charAt(i + 2), i + 3);
                            next = close < 0 || close >= to ? to : close + 1;
                        }
                    }
                    case '"' -> next = to; // a comment to the end of the line
                    case '-' -> printed = "-";
                    case 'e', '\\' -> printed = "\\";
                    case ' ', '~', '0' -> printed = " ";
                    case '\'' -> printed = "'";
                    case '`' -> printed = "`";
                    case '.' -> printed = ".";
                    default -> { } // \&, \|, \^, \c and the rest print nothing
                }
                for (int k = 0; k < printed.length(); k++) {
                    out.append(printed.charAt(k), i);
                }
                i = next;
            }
            if (pendingUrl != null) {
                out.link(linkStart, out.length(), pendingUrl);
            }
            if (lineOfItsOwn) {
                // a heading's or a tag's line is a block of its own; a tag's body follows as a paragraph
                nextLine = null;
                end();
            }
        }

        /** After "\f", "\*" or "\n": a name of one letter, "(xx" or "[name]" ("B", "(CW", "[BI]"). */
        private int fontEnd(int at, int to) {
            if (at >= to) {
                return to;
            }
            if (original.charAt(at) == '(') {
                return Math.min(to, at + 3);
            }
            if (original.charAt(at) == '[') {
                int close = original.indexOf(']', at);
                return close < 0 || close >= to ? to : close + 1;
            }
            return at + 1;
        }
    }
}
