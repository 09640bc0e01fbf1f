package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.read.Reference.Author;

/**
 * Reads an R package's {@code CITATION} file (R code calling {@code bibentry()} or {@code citEntry()}, as R's
 * {@code citation()} runs it): each entry becomes a reference entry "Authors. Title. Venue, year." whose
 * authors are marked as a person's, as a BibTeX author field is, and whose title is marked a paper's when the
 * entry is a published work (an article, proceedings, a report or thesis, or an entry naming a journal);
 * {@code citHeader()} and {@code citFooter()} texts become paragraphs. Authors are read from
 * {@code person("Given", "Family")}, {@code person(given = ..., family = ...)}, {@code as.person("A B and C
 * D")} and BibTeX-style strings ("Family, Given and ..."); strings are joined as {@code paste()} and
 * {@code paste0()} join them, and variables assigned a string earlier in the file are followed. What the file
 * computes at run time ({@code meta$Version}, {@code Sys.Date()}) is left out. Values map to where the file
 * writes them (see {@link OrderedText}).
 *
 * <p>The parser reads R's expression syntax only as far as calls, strings, names and assignments go; any other
 * construct is skipped to its matching bracket. A file that has no entry it can read is read as plain text.
 *
 * <p>Stateless and thread-safe.
 */
final class RCitationReader implements DocumentReader {

    /** The first statement (after comments) calls a citation function or assigns a value: R code. */
    private static final Pattern R_START = Pattern.compile(OrderedText.LEADING_COMMENTS
            + "(?:(?:citHeader|citFooter|bibentry|citEntry|c|if)[ \\t]*\\("
            + "|[A-Za-z.][\\w.]*[ \\t]*(?:<-|=[ \\t]*(?:c|list|bibentry|citEntry)[ \\t]*\\())");
    /** A line that calls an entry function, maybe assigning it or opening a {@code c()} of entries. */
    private static final Pattern ENTRY_CALL = Pattern.compile("(?m)^[ \\t]*(?:[A-Za-z.][\\w.]*[ \\t]*(?:<-|=)[ \\t]*)?"
            + "(?:c[ \\t]*\\([ \\t]*)?(?:bibentry|citEntry)[ \\t]*\\(");
    private static final Pattern ARXIV = OrderedText.ARXIV;
    /** How deep calls and parentheses may nest before the parser skips what is inside: a file is data, not a program. */
    private static final int MAX_DEPTH = 64;
    /** The longest text that joining strings may build. */
    private static final int MAX_TEXT = 10_000;
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern ROLES = Pattern.compile("\\s*(?:\\[[^\\]]*\\]|<[^>]*>|\\([^)]*\\))");

    /** Whether {@code content} is an R citation file: R code with a {@code bibentry()} or {@code citEntry()} call. */
    static boolean looksLikeRCitation(String content) {
        String head = content.length() > 4096 ? content.substring(0, 4096) : content;
        return R_START.matcher(head).lookingAt() && ENTRY_CALL.matcher(content).find();
    }

    @Override
    public Document read(Path path, String content) {
        List<Value> statements = new Parser(content).statements();
        Map<String, Value> variables = new HashMap<>();
        List<Value.Call> calls = new ArrayList<>();
        for (Value v : statements) {
            if (v instanceof Value.Assign a) {
                variables.put(a.name(), a.value());
                collect(a.value(), calls);
            } else {
                collect(v, calls);
            }
        }
        if (calls.stream().noneMatch(RCitationReader::isEntry)) {
            return new PlainTextReader().read(path, content);
        }
        OrderedText w = new OrderedText(content);
        String firstTitle = null;
        String firstAuthor = null;
        String firstYear = null;
        for (Value.Call e : calls) {
            w.region(e.start(), e.end());
            if (!isEntry(e)) { // a header or a footer, where the file writes it
                String note = joined(e.args(), "", variables, 0);
                if (note != null && !note.isBlank()) {
                    w.block(Block.Kind.PARAGRAPH, 0);
                    w.value(clean(note), note, null);
                    w.end();
                }
                continue;
            }
            Reference entry = entry(e, variables);
            if (entry.title() == null && entry.authors().isEmpty()) {
                continue;
            }
            firstTitle = firstTitle == null ? entry.title() : firstTitle;
            firstYear = firstYear == null ? entry.year() : firstYear;
            if (firstAuthor == null && !entry.authors().isEmpty()) {
                firstAuthor = entry.authors().get(0).name();
            }
            entry.write(w);
        }
        return w.out.build(path, Format.TEXT, new Metadata(Optional.ofNullable(firstTitle), Optional.ofNullable(firstYear),
                Optional.ofNullable(firstAuthor), Optional.empty()));
    }

    private static boolean isEntry(Value.Call c) {
        return c.name().equals("bibentry") || c.name().equals("citEntry");
    }

    /** The entry, header and footer calls in {@code v}, in file order (entries may be wrapped in {@code c()}). */
    private static void collect(Value v, List<Value.Call> calls) {
        if (!(v instanceof Value.Call c)) {
            return;
        }
        switch (c.name()) {
            case "bibentry", "citEntry", "citHeader", "citFooter" -> calls.add(c);
            case "c", "list" -> c.args().forEach(a -> collect(a.value(), calls));
            default -> { }
        }
    }

    private static Reference entry(Value.Call call, Map<String, Value> vars) {
        Map<String, Value> fields = new HashMap<>();
        String type = null;
        for (Value.Arg a : call.args()) {
            if (a.name() == null) {
                if (type == null) {
                    type = string(a.value(), vars);
                }
            } else {
                fields.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a.value());
            }
        }
        if (fields.containsKey("bibtype")) {
            type = string(fields.get("bibtype"), vars);
        } else if (fields.containsKey("entry")) {
            type = string(fields.get("entry"), vars);
        }
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        List<Author> authors = new ArrayList<>();
        if (fields.containsKey("author")) {
            authors(fields.get("author"), vars, authors);
        }
        String title = field(fields, vars, "title");
        String writtenTitle = fields.containsKey("title") ? string(fields.get("title"), vars) : null;
        String venue = field(fields, vars, "journal");
        if (venue == null) {
            venue = field(fields, vars, "booktitle");
        }
        if (venue == null) {
            venue = field(fields, vars, "institution");
        }
        String year = field(fields, vars, "year");
        String arxiv = null;
        for (String key : new String[] {"doi", "url", "eprint", "journal", "note"}) {
            String v = field(fields, vars, key);
            Matcher m = v == null ? null : ARXIV.matcher(v);
            if (m != null && m.find()) {
                arxiv = m.group(1);
                break;
            }
            if (key.equals("eprint") && v != null && v.matches("\\d{4}\\.\\d{4,5}(v\\d+)?")) {
                arxiv = v.replaceFirst("v\\d+$", "");
                break;
            }
        }
        boolean paper = Bibtex.PAPER_TYPES.contains(type) || fields.containsKey("journal") || fields.containsKey("booktitle")
                || arxiv != null;
        return new Reference(authors, title, writtenTitle, venue, year != null && year.matches("\\d{4}") ? year : null, arxiv, paper);
    }

    private static String field(Map<String, Value> fields, Map<String, Value> vars, String key) {
        Value v = fields.get(key);
        String s = v == null ? null : string(v, vars);
        return s == null || s.isBlank() ? null : clean(s);
    }

    /** Braces and TeX escapes out, whitespace runs one space: what a reader sees of a BibTeX-style value. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                continue;
            }
            if (c == '\\' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                while (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                    i++; // "\emph{Corvid}": the command goes, its argument stays
                }
                continue;
            }
            if (c == '\\' && i + 1 < s.length() && "&%$#_".indexOf(s.charAt(i + 1)) >= 0) {
                continue; // "\&": the character itself
            }
            if (c == '\\' && i + 2 < s.length() && "\"'`^~".indexOf(s.charAt(i + 1)) >= 0) {
                // \"u, \'e: the accent goes, the letter stays (an accent's combining form would be truer, but
                // names are compared without accents anyway)
                i++;
                continue;
            }
            b.append(Character.isWhitespace(c) ? ' ' : c);
        }
        return b.toString().replaceAll(" {2,}", " ").strip();
    }

    /** The authors {@code v} gives: person() calls, as.person() and BibTeX-style strings, c() of those. */
    private static void authors(Value v, Map<String, Value> vars, List<Author> out) {
        authors(v, vars, out, 0);
    }

    private static void authors(Value v, Map<String, Value> vars, List<Author> out, int depth) {
        if (depth > MAX_DEPTH || out.size() > 1000) {
            return; // "a <- c(a, person(...))": a variable defined by itself
        }
        if (v instanceof Value.Sym s && vars.containsKey(s.name())) {
            authors(vars.get(s.name()), vars, out, depth + 1);
        } else if (v instanceof Value.Str s) {
            namesInString(s.text(), out);
        } else if (v instanceof Value.Call c) {
            switch (c.name()) {
                case "c", "list", "personList" -> c.args().forEach(a -> authors(a.value(), vars, out, depth + 1));
                case "as.person" -> c.args().stream().filter(a -> a.name() == null).findFirst()
                        .map(a -> string(a.value(), vars)).ifPresent(s -> namesInString(s, out));
                case "person" -> person(c, vars, out);
                default -> {
                    String s = string(v, vars);
                    if (s != null) {
                        namesInString(s, out);
                    }
                }
            }
        }
    }

    /** {@code person(given, family, ...)}, by position or by name; a name of one part is an organization's or a team's. */
    private static void person(Value.Call c, Map<String, Value> vars, List<Author> out) {
        String given = null;
        String family = null;
        int position = 0;
        for (Value.Arg a : c.args()) {
            String name = a.name() == null ? (position == 0 ? "given" : position == 1 ? "family" : "") : a.name();
            if (a.name() == null) {
                position++;
            }
            if (name.equals("given") || name.equals("first")) {
                given = words(a.value(), vars);
            } else if (name.equals("family") || name.equals("last")) {
                family = words(a.value(), vars);
            }
        }
        given = given == null ? null : clean(given);
        family = family == null ? null : clean(family);
        if (given != null && family != null && !given.isEmpty() && !family.isEmpty()) {
            out.add(new Author(given + " " + family, true, List.of(given, family)));
        } else if (given != null && !given.isEmpty() || family != null && !family.isEmpty()) {
            String only = given != null && !given.isEmpty() ? given : family;
            out.add(new Author(only, false, List.of(only)));
        }
    }

    /** A string, or the strings of a {@code c()} joined with spaces (given names: {@code c("Ana", "Maria")}). */
    private static String words(Value v, Map<String, Value> vars) {
        if (v instanceof Value.Call c && c.name().equals("c")) {
            return joined(c.args(), " ", vars, 0);
        }
        return string(v, vars);
    }

    /** "Ana Lind and Berg, Tomas" → Ana Lind, Tomas Berg; roles and e-mail addresses dropped. */
    private static void namesInString(String s, List<Author> out) {
        for (String part : AND.split(s.strip())) {
            String name = clean(ROLES.matcher(part).replaceAll("")).strip();
            if (name.isEmpty() || name.equalsIgnoreCase("others")) {
                continue;
            }
            int comma = name.indexOf(',');
            if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
                String family = name.substring(0, comma).strip();
                String given = name.substring(comma + 1).strip();
                out.add(new Author(given + " " + family, true, List.of(family, given)));
            } else {
                out.add(new Author(name, name.contains(" "), List.of(name)));
            }
        }
    }

    /** The text of {@code v}: a string, a variable holding one, or what paste()/paste0() join; null for anything else. */
    private static String string(Value v, Map<String, Value> vars) {
        return string(v, vars, 0);
    }

    private static String string(Value v, Map<String, Value> vars, int depth) {
        if (depth > MAX_DEPTH) {
            return null; // a variable defined by itself ("t <- paste(t, ...)"), or too deep a nesting
        }
        if (v instanceof Value.Str s) {
            return s.text();
        }
        if (v instanceof Value.Sym s) {
            return vars.containsKey(s.name()) ? string(vars.get(s.name()), vars, depth + 1) : null;
        }
        if (v instanceof Value.Call c && (c.name().equals("paste") || c.name().equals("paste0"))) {
            String sep = c.name().equals("paste") ? " " : "";
            for (Value.Arg a : c.args()) {
                if ("sep".equals(a.name())) {
                    String given = string(a.value(), vars, depth + 1);
                    sep = given == null ? sep : given;
                }
            }
            return joined(c.args(), sep, vars, depth + 1);
        }
        return null;
    }

    /**
     * The unnamed arguments' texts joined with {@code sep}, skipping what is not text; null when none is. At most
     * {@link #MAX_TEXT} characters: nested {@code paste(a, a)} doubles at each level.
     */
    private static String joined(List<Value.Arg> args, String sep, Map<String, Value> vars, int depth) {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        for (Value.Arg a : args) {
            if (a.name() != null) {
                continue;
            }
            String s = string(a.value(), vars, depth + 1);
            if (s == null) {
                continue;
            }
            if (any) {
                b.append(sep);
            }
            b.append(s);
            any = true;
            if (b.length() > MAX_TEXT) {
                b.setLength(MAX_TEXT);
                break;
            }
        }
        return any ? b.toString() : null;
    }

    /** What the parser makes of R code. */
    sealed interface Value {
        /** A string literal, unescaped. */
        record Str(String text) implements Value {}

        /** A name ({@code year}, {@code meta$Version}). */
        record Sym(String name) implements Value {}

        /** A call {@code name(args)}, written in the file from {@code start} to {@code end}. */
        record Call(String name, List<Arg> args, int start, int end) implements Value {}

        /** {@code name <- value} or {@code name = value} at the top level. */
        record Assign(String name, Value value) implements Value {}

        /** Anything else (numbers, operators' results, function definitions). */
        record Other() implements Value {}

        /** An argument, named ({@code title = "..."}) or not (name null). */
        record Arg(String name, Value value) {}
    }

    /** A recursive-descent reader of R statements, as far as citation files need. Not thread-safe. */
    static final class Parser {
        private final String s;
        private int i;
        /** How many terms are open: past {@link #MAX_DEPTH}, a term is skipped, not read (no stack overflow). */
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        List<Value> statements() {
            List<Value> out = new ArrayList<>();
            skip();
            while (i < s.length()) {
                int before = i;
                Value v = statement();
                if (v != null) {
                    out.add(v);
                }
                skip();
                if (i < s.length() && (s.charAt(i) == ';' || s.charAt(i) == ',')) {
                    i++;
                    skip();
                }
                if (i == before) {
                    i++; // a character no statement starts with: step over it
                    skip();
                }
            }
            return out;
        }

        private Value statement() {
            int start = i;
            if (identStart()) {
                String name = ident();
                skip();
                if (s.startsWith("<-", i) || (i < s.length() && s.charAt(i) == '=' && !s.startsWith("==", i))) {
                    i += s.charAt(i) == '=' ? 1 : 2;
                    skip();
                    return new Value.Assign(name, expression());
                }
                i = start;
            }
            return expression();
        }

        /** A term and any binary operators after it; the value is the first term's unless it is an operation. */
        private Value expression() {
            Value first = term();
            skip();
            boolean operated = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if ("+-*/^<>&|~:".indexOf(c) >= 0 || s.startsWith("==", i) || s.startsWith("!=", i) || c == '%') {
                    if (c == '%') {
                        int close = s.indexOf('%', i + 1);
                        i = close < 0 ? s.length() : close + 1;
                    } else {
                        i++;
                        while (i < s.length() && "=&|>-".indexOf(s.charAt(i)) >= 0) {
                            i++;
                        }
                    }
                    skip();
                    term();
                    skip();
                    operated = true;
                } else {
                    break;
                }
            }
            return operated ? new Value.Other() : first;
        }

        private Value term() {
            skip();
            if (i >= s.length()) {
                return new Value.Other();
            }
            if (depth >= MAX_DEPTH) {
                skipTerm();
                return new Value.Other();
            }
            depth++;
            try {
                return termAt();
            } finally {
                depth--;
            }
        }

        /** Past one term too deep to read: up to the comma or closing bracket that ends it, brackets skipped whole. */
        private void skipTerm() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ',' || c == ')' || c == ']' || c == '}' || c == ';' || c == '\n') {
                    return;
                }
                if (c == '(' || c == '[' || c == '{') {
                    skipBracket();
                } else if (c == '"' || c == '\'') {
                    string(c);
                } else {
                    i++;
                }
            }
        }

        private Value termAt() {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                return new Value.Str(string(c));
            }
            if (c == '(') {
                i++;
                Value v = expression();
                closing(')');
                return v;
            }
            if (c == '{' || c == '[') {
                skipBracket();
                return new Value.Other();
            }
            if (c == '-' || c == '!' || c == '+') {
                i++;
                term();
                return new Value.Other();
            }
            if (Character.isDigit(c)) {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                // a number is text where a field takes it ("year = 2017L")
                String n = s.substring(start, i);
                return new Value.Str(n.endsWith("L") ? n.substring(0, n.length() - 1) : n);
            }
            if (identStart()) {
                int start = i;
                String name = ident();
                skip();
                Value v = new Value.Sym(name);
                if (name.equals("function")) {
                    if (i < s.length() && s.charAt(i) == '(') {
                        skipBracket();
                    }
                    expression();
                    return new Value.Other();
                }
                while (i < s.length() && (s.charAt(i) == '(' || s.charAt(i) == '[')) {
                    if (s.charAt(i) == '[') {
                        skipBracket();
                        v = new Value.Other();
                    } else {
                        i++;
                        List<Value.Arg> args = args();
                        v = v instanceof Value.Sym sym ? new Value.Call(sym.name(), args, start, i) : new Value.Other();
                    }
                    skip();
                }
                return v;
            }
            i++;
            return new Value.Other();
        }

        /** Arguments up to and past the closing parenthesis. */
        private List<Value.Arg> args() {
            List<Value.Arg> args = new ArrayList<>();
            skip();
            while (i < s.length() && s.charAt(i) != ')') {
                String name = null;
                int start = i;
                if (identStart() || s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '`') {
                    char q = s.charAt(i);
                    String n = q == '"' || q == '\'' || q == '`' ? string(q) : ident();
                    skip();
                    if (i < s.length() && s.charAt(i) == '=' && !s.startsWith("==", i)) {
                        i++;
                        name = n;
                    } else {
                        i = start;
                    }
                }
                skip();
                int before = i;
                Value v = i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ')') ? new Value.Other() : expression();
                args.add(new Value.Arg(name, v));
                skip();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    skip();
                } else if (i < s.length() && s.charAt(i) != ')') {
                    if (i == before) {
                        i++;
                    }
                    skip();
                }
            }
            closing(')');
            return args;
        }

        private void closing(char c) {
            skip();
            if (i < s.length() && s.charAt(i) == c) {
                i++;
            }
        }

        /** From an opening bracket past its match, strings and comments respected. */
        private void skipBracket() {
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'') {
                    string(c);
                    continue;
                }
                if (c == '#') {
                    skip();
                    continue;
                }
                i++;
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && --depth <= 0) {
                    return;
                }
            }
        }

        private boolean identStart() {
            if (i >= s.length()) {
                return false;
            }
            char c = s.charAt(i);
            return Character.isLetter(c) || (c == '.' && !(i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))));
        }

        private String ident() {
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "._$@".indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
            return s.substring(start, i);
        }

        /** A quoted string from its opening quote past its closing one, unescaped. */
        private String string(char quote) {
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != quote) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(i + 1);
                    switch (n) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u', 'U', 'x' -> {
                            // backslash-u and four digits, backslash-u and braces, backslash-U and eight, backslash-x and two
                            int end = i + 2;
                            boolean braced = end < s.length() && s.charAt(end) == '{';
                            int from = braced ? end + 1 : end;
                            int digits = braced ? 6 : n == 'x' ? 2 : n == 'u' ? 4 : 8;
                            int to = from;
                            while (to < s.length() && to < from + digits && Character.digit(s.charAt(to), 16) >= 0) {
                                to++;
                            }
                            int cp = to > from ? Integer.parseInt(s.substring(from, to), 16) : -1;
                            if (Character.isValidCodePoint(cp)) {
                                b.appendCodePoint(cp);
                            }
                            i = (braced && to < s.length() && s.charAt(to) == '}' ? to + 1 : to) - 2;
                        }
                        default -> b.append(n == quote || n == '\\' ? String.valueOf(n) : "\\" + n);
                    }
                    i += 2;
                    continue;
                }
                b.append(c);
                i++;
            }
            i = Math.min(i + 1, s.length()); // past the closing quote, if the file has one
            return b.toString();
        }

        /** Whitespace and comments. */
        private void skip() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '#') {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    return;
                }
            }
        }
    }
}
