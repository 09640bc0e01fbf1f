package org.aikg.ingest.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX-like markup in plain text: LaTeX sources and R's documentation files (.Rd) write "\emph{Title}", "{\it
 * Journal}", "Ester~et~al.", "S{\"o}ding", "\cite{key}" and "$x^2$". A text that uses such commands often is read
 * with them taken off: formatting commands give their argument, citations, labels, equations and comments give
 * nothing, "~" is a space, accents make their letter, "--" a dash. What stays keeps its offsets into the file.
 *
 * <p>Thread-safety: stateless.
 */
final class TexMarkup {
    private TexMarkup() {}

    /** Commands of TeX and Rd that are this markup, not text about it. */
    private static final Pattern COMMAND = Pattern.compile(
            "\\\\(?:section|subsection|chapter|begin|end|item|bibitem|emph|textit|textbf|name|title|references|description"
                    + "|cite[pt]?|bold|code|link|usage|arguments|newblock"
                    // R documentation's sections and marks: a short help page uses few of the others
                    + "|alias|docType|details|author|keyword|value|examples|seealso|format|source|note|concept|encoding|url"
                    + "|href|pkg|eqn|deqn)\\b");
    /** A heading line: "\section{Name}", "\subsection*{Name}", Rd's "\section{Name}{" and "\references{". */
    static final Pattern HEADING = Pattern.compile(
            "^\\\\(?:(?:sub)*section|chapter|paragraph|title)\\*?(?:\\[[^\\]]*])?\\{([^{}]+)}(?:\\{)?\\s*$|^\\\\(references|author|description|details|seealso|source|note|value|format)\\{\\s*$");
    /** Environments and Rd sections of code or formulas, left out whole. */
    static final Pattern CODE_START = Pattern.compile(
            "^\\\\(?:begin\\{(verbatim|lstlisting|minted|equation\\*?|align\\*?|eqnarray\\*?|tabular|figure|table|Verbatim)}|(usage|examples|arguments|alias|keyword|docType|concept|encoding|format)\\{)");
    /** Arguments dropped whole: where a citation, a label or a formula would be. */
    private static final Set<String> DROP = Set.of("cite", "citep", "citet", "citealp", "label", "ref", "eqref", "eqn",
            "deqn", "index", "pageref", "vspace", "hspace", "includegraphics", "bibliographystyle", "bibliography",
            "documentclass", "usepackage", "newcommand", "renewcommand", "setlength", "alias", "keyword", "docType",
            "concept", "encoding", "newpage", "clearpage", "maketitle", "tableofcontents", "thanks", "footnotemark",
            "hypersetup", "pagestyle", "thispagestyle", "fontsize", "linespread", "name", "lstset", "definecolor",
            "copyrightyear", "pubyear", "access", "appnotes", "firstpage", "address", "history", "editor", "setcounter");
    private static final Map<String, String> ACCENTS = Map.ofEntries(
            Map.entry("\"a", "ä"), Map.entry("\"o", "ö"), Map.entry("\"u", "ü"), Map.entry("\"A", "Ä"), Map.entry("\"O", "Ö"),
            Map.entry("\"U", "Ü"), Map.entry("\"e", "ë"), Map.entry("\"i", "ï"), Map.entry("'a", "á"), Map.entry("'e", "é"),
            Map.entry("'i", "í"), Map.entry("'o", "ó"), Map.entry("'u", "ú"), Map.entry("'E", "É"), Map.entry("`a", "à"),
            Map.entry("`e", "è"), Map.entry("`o", "ò"), Map.entry("^a", "â"), Map.entry("^e", "ê"), Map.entry("^o", "ô"),
            Map.entry("~n", "ñ"), Map.entry("~a", "ã"), Map.entry("~o", "õ"), Map.entry("cc", "ç"), Map.entry("ss", "ß"),
            Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("vs", "š"), Map.entry("vc", "č"), Map.entry("vz", "ž"),
            Map.entry("vr", "ř"), Map.entry("ve", "ě"), Map.entry("'c", "ć"), Map.entry("'n", "ń"), Map.entry("'s", "ś"));

    /** The letter {@code letter} with TeX's accent {@code mark} ('"', '\'', '`', '^', '~') on it; null if none is known. */
    static String accented(char mark, char letter) {
        return ACCENTS.get("" + mark + letter);
    }

    /** Commands that print a word: R's documentation writes "an \\R package", LaTeX "\\LaTeX{}". */
    private static final Map<String, String> WORD_MACROS = Map.of("R", "R", "LaTeX", "LaTeX", "TeX", "TeX",
            "ldots", "...", "dots", "...", "BibTeX", "BibTeX");

    private static final Pattern SOURCE = Pattern.compile("(?m)^\\\\(?:documentclass\\b|begin\\{document}|name\\{[^{}]*}\\s*$)");
    /** A chapter of a LaTeX book kept in a file of its own (included by the main file): it opens with its heading. */
    private static final Pattern CHAPTER = Pattern.compile(
            "^(?:[ \\t]*(?:%[^\\n]*)?\\n)*[ \\t]*\\\\(?:chapter|(?:sub)?section)\\*?(?:\\[[^\\]\\n]*])?\\{");

    /**
     * Whether {@code content} is a LaTeX source ("\\documentclass", "\\begin{document}", or a chapter's own file that opens
     * with "\\section{...}", comment lines aside) or an R documentation file
     * ("\\name{...}" on a line) written in the markup: read as such whatever else it looks like.
     */
    static boolean isSource(String content) {
        String head = content.length() > 50_000 ? content.substring(0, 50_000) : content;
        // the file opens with the markup ("\\documentclass", "% comment", "\\name{...}"): a README that shows a LaTeX
        // example in its middle does not
        String first = head.substring(FrontMatter.afterBom(head)).stripLeading();
        return (first.startsWith("\\") || first.startsWith("%")) && (SOURCE.matcher(head).find() || CHAPTER.matcher(first).lookingAt())
                && commands(content, 5) >= 5;
    }

    /** Whether {@code content} is written in TeX-like markup: a dozen of its commands or more. */

    /** How many of the markup's commands {@code content} uses, counted up to {@code enough}. */
    private static int commands(String content, int enough) {
        Matcher m = COMMAND.matcher(content.length() > 50_000 ? content.substring(0, 50_000) : content);
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }

    /** Where the braces opened at {@code open} ("{...}", nested ones inside) close: the index after, or {@code n}. */
    private static int afterGroup(char[] c, int open, int n) {
        int depth = 0;
        int k = open;
        do {
            depth += c[k] == '{' ? 1 : c[k] == '}' ? -1 : 0;
            k++;
        } while (k < n && depth > 0);
        return k;
    }

    /**
     * {@code in} (a block's characters and their offsets) with the markup taken off; {@code math}: "$...$" is a formula
     * (LaTeX), not a character of code ("\\code{fit$weights}" in R's documentation).
     */
    static Source strip(Source in, boolean math) {
        Source out = new Source();
        Deque<Boolean> groups = new ArrayDeque<>(); // per open brace: whether its content is dropped
        int dropDepth = 0;
        int i = 0;
        int n = in.length;
        char[] c = in.chars;
        while (i < n) {
            char ch = c[i];
            if (ch == '%' && (i == 0 || c[i - 1] != '\\')) {
                while (i < n && c[i] != '\n') {
                    i++; // a comment runs to the end of its line
                }
                continue;
            }
            if (ch == '{') {
                groups.push(false);
                i++;
                continue;
            }
            if (ch == '}') {
                if (!groups.isEmpty() && groups.pop()) {
                    dropDepth--;
                } else if (dropDepth == 0 && i + 1 < n && c[i + 1] == '{') {
                    out.add(' ', in.map[i]); // Rd's "\item{name}{what it is}": two arguments, two words
                }
                i++;
                continue;
            }
            if (ch == '$' && math) {
                int close = i + 1;
                while (close < n && c[close] != '$') {
                    close++;
                }
                i = Math.min(n, close + 1); // a formula
                continue;
            }
            if (ch == '\\' && i + 1 < n) {
                char next = c[i + 1];
                if (Character.isLetter(next)) {
                    int e = i + 1;
                    while (e < n && Character.isLetter(c[e])) {
                        e++;
                    }
                    String name = new String(c, i + 1, e - i - 1);
                    String accent = ACCENTS.get(name);
                    String word = WORD_MACROS.get(name);
                    if (word != null && (e >= n || !Character.isLetter(c[e]))) {
                        if (dropDepth == 0) {
                            for (int j = 0; j < word.length(); j++) {
                                out.add(word.charAt(j), in.map[i]); // "an \R package": the word the command prints
                            }
                        }
                        i = e + 1 < n && c[e] == '{' && c[e + 1] == '}' ? e + 2 : e;
                        continue;
                    }
                    if (e < n && c[e] == '{' && name.length() == 1 && "vcHkr".indexOf(name.charAt(0)) >= 0 && e + 2 < n && c[e + 2] == '}') {
                        String composed = ACCENTS.get(name + c[e + 1]);
                        if (composed != null) {
                            out.add(composed.charAt(0), in.map[i]);
                            i = e + 3;
                            continue;
                        }
                    }
                    if (accent != null && (e >= n || !Character.isLetter(c[e]))) {
                        if (dropDepth == 0) {
                            out.add(accent.charAt(0), in.map[i]); // "\o", "\ss", "\l"
                        }
                        i = e;
                        continue;
                    }
                    if (name.equals("enc") && e < n && c[e] == '{') {
                        // Rd's "\enc{Bühlmann}{Buhlmann}": the first spelling, the ASCII one dropped
                        int k = afterGroup(c, e, n);
                        for (int j = e + 1; j < k - 1; j++) {
                            if (dropDepth == 0) {
                                out.add(c[j], in.map[j]);
                            }
                        }
                        i = k < n && c[k] == '{' ? afterGroup(c, k, n) : k;
                        continue;
                    }
                    boolean drop = DROP.contains(name);
                    // "\bibitem[Lind et al.(2019)]{key}", "\title[short]{Title}": an optional argument goes with its command
                    int k = e;
                    if (k < n && c[k] == '[') {
                        int close = k;
                        while (close < n && c[close] != ']') {
                            close++;
                        }
                        if (name.equals("item") && dropDepth == 0) {
                            for (int j = k + 1; j < close; j++) {
                                out.add(c[j], in.map[j]); // "\\item[Heron-2] a decoder": the label is the item's term
                            }
                        }
                        k = Math.min(n, close + 1);
                    }
                    if ((name.equals("bibitem") || name.equals("href")) && k < n && c[k] == '{') {
                        drop = true; // the entry's key; the link's address (its text follows)
                    }
                    if (k < n && c[k] == '{') {
                        groups.push(drop);
                        if (drop) {
                            dropDepth++;
                        }
                        i = k + 1;
                        continue;
                    }
                    if (name.equals("newblock") || name.equals("item") || name.equals("bibitem") || name.equals("par")) {
                        if (dropDepth == 0) {
                            out.add(' ', in.map[i]);
                        }
                    }
                    i = k;
                    if (i < n && c[i] == ' ' && !name.isEmpty() && (i + 1 >= n || c[i + 1] != ' ')
                            && out.length > 0 && out.chars[out.length - 1] == ' ') {
                        i++; // "{\it Journal}": the space after a command word ends it
                    }
                    continue;
                }
                String accent = ACCENTS.get("" + next + (i + 2 < n ? c[i + 2] : ' '));
                if ("\"'`^~".indexOf(next) >= 0 && accent != null) {
                    if (dropDepth == 0) {
                        out.add(accent.charAt(0), in.map[i]);
                    }
                    i += 3;
                    continue;
                }
                if ("\"'`^~".indexOf(next) >= 0 && i + 3 < n && c[i + 2] == '{' && c[i + 4 < n ? i + 4 : i + 3] == '}') {
                    String a = ACCENTS.get("" + next + c[i + 3]);
                    if (a != null) {
                        if (dropDepth == 0) {
                            out.add(a.charAt(0), in.map[i]);
                        }
                        i += 5;
                        continue;
                    }
                }
                if (dropDepth == 0) {
                    // "\&", "\%", "\_", "\#", "\$": the character itself; "\\": a line break
                    out.add(next == '\\' ? ' ' : next, in.map[i + 1]);
                }
                i += 2;
                continue;
            }
            if (dropDepth == 0) {
                if (ch == '~') {
                    out.add(' ', in.map[i]);
                } else if (ch == '-' && i + 1 < n && c[i + 1] == '-') {
                    boolean em = i + 2 < n && c[i + 2] == '-';
                    out.add(em ? '—' : '–', in.map[i]);
                    i += em ? 3 : 2;
                    continue;
                } else if ((ch == '`' || ch == '\'') && i + 1 < n && c[i + 1] == ch) {
                    out.add(ch == '`' ? '“' : '”', in.map[i]);
                    i += 2;
                    continue;
                } else {
                    out.add(ch, in.map[i]);
                }
            }
            i++;
        }
        return out;
    }
}
