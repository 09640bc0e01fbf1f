package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Perl's Plain Old Documentation (POD: {@code .pod} files, the manual pages of Perl modules and of many C and
 * bioinformatics tools): {@code =head1 NAME} lines are headings (so "=head1 REFERENCES" opens a references section,
 * as a heading does in every format), {@code =item} lines and the paragraph after a bullet item are list items,
 * ordinary paragraphs are paragraphs, and verbatim (indented) paragraphs are left out as code unless they read as
 * prose. Formatting codes are read for their text: {@code B<bold>}, {@code I<italic>}, {@code C<code>},
 * {@code F<file>}, {@code S<text>}, {@code L<text|target>} (a link when the target is an address), {@code E<gt>}
 * (a character), {@code X<>} and {@code Z<>} (nothing), with doubled brackets too ({@code B<< a > b >>}).
 * {@code =begin}/{@code =end} and {@code =for} blocks are skipped; in a file that mixes code and POD only the POD is
 * read (what follows {@code =cut} up to the next command is code).
 *
 * <p>Thread-safety: stateless.
 */
final class PodReader implements DocumentReader {
    /** A heading command at the start of a line: what every POD document has. */
    private static final Pattern HEAD = Pattern.compile("(?m)^=head[1-4][ \\t]+\\S");
    private static final Pattern OTHER_COMMAND = Pattern.compile("(?m)^=(?:pod|cut|over|item|back|encoding|head[1-4])\\b");
    /** What only code has: braces, sigils, arrows, backslashes, a comment or a shell prompt at the start. */
    private static final Pattern CODE = Pattern.compile("[{}$\\\\]|->|=>|::|\\(\\)|^\\s*[#%>]|;\\s*$", Pattern.MULTILINE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final String CODES = "BICFSLXZE";
    /** How deep codes nest before the rest is read as it stands (a thousand "B<" do not exhaust the stack). */
    private static final int MAX_DEPTH = 64;
    /** How far a doubled-bracket code's end is looked for. */
    private static final int MAX_DOUBLED = 4_000;

    /** A first line of Perl code, before the documentation of a module: "package Heron;", "#!/usr/bin/perl", "use strict;". */
    private static final Pattern PERL_START = Pattern.compile("^(?:package\\s|use\\s|sub\\s|require\\s|my\\s)");
    private static final Pattern CUT = Pattern.compile("(?m)^=cut\\b");
    /** Lines of "#" comments and blank lines at the start of a file. */
    private static final Pattern LEADING_COMMENTS = Pattern.compile("(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n)*");

    /**
     * Whether {@code content} is POD: it opens with a command ("=head1 NAME", "=pod", "=encoding utf8"), or it is Perl
     * code with its documentation ("=head1" and "=cut" lines); a markdown or plain text that shows POD in an example
     * is not.
     */
    static boolean looksLikePod(String content) {
        String head = content.length() > 20_000 ? content.substring(0, 20_000) : content;
        String first = head.substring(FrontMatter.afterBom(head));
        // comment lines may come first ("# Copyright ...", "#!/usr/bin/perl"): the first other line decides
        java.util.regex.Matcher comments = LEADING_COMMENTS.matcher(first);
        boolean commented = comments.lookingAt() && comments.end() > 0;
        boolean shebang = first.startsWith("#!");
        first = first.substring(commented ? comments.end() : 0).stripLeading();
        if (OTHER_COMMAND.matcher(first).lookingAt() || first.startsWith("=begin") || first.startsWith("=for")) {
            return HEAD.matcher(head).find() || first.startsWith("=pod") || first.startsWith("=encoding");
        }
        return (PERL_START.matcher(first).lookingAt() || shebang && head.contains("perl")) && HEAD.matcher(head).find()
                && (CUT.matcher(head).find() || head.contains("\n__END__"));
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

        Run(Path path, String original) {
            this.path = path;
            this.original = original;
            this.out = new TextBuilder(original);
        }

        Document run() {
            lines = Lines.of(original, FrontMatter.afterBom(original));
            boolean inPod = false;
            boolean itemNext = false;
            String skipUntil = null;
            int li = 0;
            while (li < lines.count) {
                if (blank(li)) {
                    li++;
                    continue;
                }
                int end = li;
                while (end + 1 < lines.count && !blank(end + 1)) {
                    end++;
                }
                int p = lines.firstNonBlank(original, li);
                int to = lines.trimmedEnd(original, end);
                boolean command = p == lines.start[li] && original.charAt(p) == '=' && p + 1 < to
                        && Character.isLetter(original.charAt(p + 1));
                if (skipUntil != null) {
                    if (command && original.startsWith("=end", p)) {
                        skipUntil = null;
                    }
                } else if (command) {
                    int wordEnd = p + 1;
                    while (wordEnd < to && !Character.isWhitespace(original.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    String word = original.substring(p + 1, wordEnd);
                    int rest = wordEnd;
                    while (rest < to && Character.isWhitespace(original.charAt(rest))) {
                        rest++;
                    }
                    inPod = !word.equals("cut");
                    itemNext = false;
                    if (word.matches("head[1-6]")) {
                        block(Block.Kind.HEADING, word.charAt(4) - '0', rest, to);
                    } else if (word.equals("item")) {
                        // "=item *" and "=item 2." mark the paragraph after them; "=item B<-o> file" is the item
                        if (rest >= to || original.substring(rest, to).matches("\\*|\\d+\\.?|\\[\\d+]|\\(\\d+\\)")) {
                            itemNext = true;
                        } else {
                            block(Block.Kind.LIST_ITEM, 1, rest, to);
                        }
                    } else if (word.equals("begin")) {
                        skipUntil = "end";
                    }
                    // =pod, =cut, =over, =back, =encoding, =for: nothing to read
                } else if (inPod) {
                    boolean verbatim = p > lines.start[li];
                    String text = original.substring(p, to);
                    if (verbatim && (CODE.matcher(text).find() || !prose(text))) {
                        out.marker(Block.Kind.CODE);
                    } else {
                        block(itemNext ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH, itemNext ? 1 : 0, p, to);
                    }
                    itemNext = false;
                }
                li = end + 1;
            }
            return out.build(path, Format.TEXT, FrontMatter.metadata(new LinkedHashMap<>(), outline.title()));
        }

        /** Whether an indented paragraph reads as words (a quoted citation, an indented note), not as code. */
        private static boolean prose(String text) {
            java.util.regex.Matcher m = WORD.matcher(text);
            int words = 0;
            while (m.find()) {
                words++;
            }
            return words >= 6;
        }

        private boolean blank(int li) {
            return lines.firstNonBlank(original, li) >= lines.trimmedEnd(original, li);
        }

        private void block(Block.Kind kind, int level, int from, int to) {
            Block.Kind actual = outline.kind(kind);
            out.begin(actual, outline.level(actual, level));
            paragraph(from, to);
            outline.ended(out.end(), out);
        }

        /** Where each single-bracket code opening in the paragraph closes: one pass, so unclosed codes cost nothing. */
        private final java.util.Map<Integer, Integer> closes = new java.util.HashMap<>();
        private int depth;

        /** Appends {@code original[from, to)} (a whole paragraph) with its formatting codes read. */
        private void paragraph(int from, int to) {
            closes.clear();
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int j = from; j < to; j++) {
                char c = original.charAt(j);
                if (CODES.indexOf(c) >= 0 && j + 1 < to && original.charAt(j + 1) == '<') {
                    if (j + 2 < to && original.charAt(j + 2) == '<') {
                        continue; // a doubled bracket: closed by its own rule
                    }
                    open.push(j + 1);
                    j++;
                } else if (c == '>' && !open.isEmpty()) {
                    closes.put(open.pop(), j);
                }
            }
            depth = 0;
            inline(from, to);
        }

        /** Appends {@code original[from, to)} with its formatting codes read. */
        private void inline(int from, int to) {
            int i = from;
            while (i < to) {
                char c = original.charAt(i);
                // as POD reads them, whatever comes before: "ana@harbor.eduE<gt>" ends with a ">"
                if (CODES.indexOf(c) >= 0 && i + 1 < to && original.charAt(i + 1) == '<' && depth < MAX_DEPTH) {
                    int[] span = codeSpan(i + 1, to);
                    if (span != null) {
                        depth++;
                        code(c, span[0], span[1], i);
                        depth--;
                        i = span[2];
                        continue;
                    }
                }
                out.append(c, i);
                i++;
            }
        }

        /**
         * The content of the formatting code whose brackets open at {@code open}: {content start, content end, index
         * after the code}, or null when it does not close within {@code to}.
         */
        private int[] codeSpan(int open, int to) {
            int n = 0;
            while (open + n < to && original.charAt(open + n) == '<') {
                n++;
            }
            if (n >= 2 && open + n < to && Character.isWhitespace(original.charAt(open + n))) {
                // "B<< a > b >>": the content ends at whitespace and as many closing brackets (looked for nearby only)
                String close = ">".repeat(n);
                for (int j = open + n; j + n <= to && j < open + MAX_DOUBLED; j++) {
                    if (Character.isWhitespace(original.charAt(j)) && original.startsWith(close, j + 1)
                            && (j + 1 + n == to || original.charAt(j + 1 + n) != '>')) {
                        return new int[] {open + n + 1, j, j + 1 + n};
                    }
                }
                return null;
            }
            Integer close = closes.get(open);
            return close == null || close >= to ? null : new int[] {open + 1, close, close + 1};
        }

        private void code(char kind, int from, int to, int at) {
            switch (kind) {
                case 'X', 'Z' -> { } // an index entry, a zero-width mark: no text
                case 'E' -> {
                    String decoded = escape(original.substring(from, to).strip());
                    for (int k = 0; k < decoded.length(); k++) {
                        out.append(decoded.charAt(k), at);
                    }
                }
                case 'L' -> link(from, to);
                default -> inline(from, to);
            }
        }

        /** "L<text|target>", "L<perlpod>", "L<https://...>": the text, and a link where the target is an address. */
        private void link(int from, int to) {
            if (from >= to) {
                return; // "L<< >>": an empty link
            }
            int bar = original.indexOf('|', from);
            int textEnd = bar >= 0 && bar < to ? bar : to;
            String target = original.substring(bar >= 0 && bar < to ? bar + 1 : from, to).strip();
            int start = out.nextCharIndex();
            inline(from, textEnd);
            if (target.matches("(?i)(?:https?|ftp)://\\S+")) {
                out.link(start, out.length(), target);
            }
        }

        /** "gt", "lt", "verbar", "sol", "eacute", "0x201E", "233": the character an E code stands for. */
        private static String escape(String name) {
            switch (name) {
                case "gt": return ">";
                case "lt": return "<";
                case "verbar": return "|";
                case "sol": return "/";
                default: break;
            }
            try {
                if (name.matches("0[xX][0-9a-fA-F]{1,6}")) {
                    return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                }
                if (name.matches("\\d{1,7}")) {
                    return new String(Character.toChars(Integer.parseInt(name)));
                }
            } catch (IllegalArgumentException e) {
                return "";
            }
            String decoded = org.jsoup.parser.Parser.unescapeEntities("&" + name + ";", false);
            return decoded.equals("&" + name + ";") ? "" : decoded;
        }
    }
}
