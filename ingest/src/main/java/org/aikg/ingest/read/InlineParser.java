package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw content of one block into clean text. With {@code markup} it removes Markdown inline
 * syntax (emphasis, code backticks, links, images, HTML tags, entities, escapes); without it only bare
 * URLs are recognised.
 *
 * <p>Works in linear time whatever the input: code spans and bracket pairs are matched up front with
 * stacks, emphasis delimiters with one stack per delimiter character, and every forward search either
 * is bounded or stops at a character that starts the next search.
 *
 * <p>Not thread-safe; one per read (its buffers are reused across blocks).
 */
final class InlineParser {

    private static final byte KEEP = 0;
    private static final byte DROP = 1;
    private static final byte REPL = 2;

    private static final int LINK_OPEN = 1;
    private static final int LINK_CLOSE = 2;
    private static final int IMAGE_OPEN = 3;
    private static final int IMAGE_CLOSE = 4;

    private static final int CAN_OPEN = 1;
    private static final int CAN_CLOSE = 2;

    /** Longest HTML tag looked for; longer things stay literal text. */
    private static final int MAX_TAG = 4096;

    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("mdash", '\u2014'),
            Map.entry("ndash", '\u2013'), Map.entry("hellip", '\u2026'), Map.entry("lsquo", '\u2018'),
            Map.entry("rsquo", '\u2019'), Map.entry("ldquo", '\u201C'), Map.entry("rdquo", '\u201D'),
            Map.entry("copy", '\u00A9'), Map.entry("reg", '\u00AE'), Map.entry("trade", '\u2122'));

    private final boolean markup;
    private final Map<String, String> refs;

    private char[] s;
    private int[] map;
    private int n;
    private byte[] mode = new byte[0];
    private char[] repl = new char[0];
    private int[] match = new int[0];

    private final IntList evIndex = new IntList(16);
    private final IntList evType = new IntList(16);
    private final List<String> evUrl = new ArrayList<>();

    private final IntList delimStart = new IntList(16);
    private final IntList delimLen = new IntList(16);
    private final IntList delimFlags = new IntList(16);
    private final IntList scopeBase = new IntList(4);
    private final IntList starStack = new IntList(16);
    private final IntList underStack = new IntList(16);
    private final IntList stack1 = new IntList(16);
    private final IntList stack2 = new IntList(16);

    private boolean commentCloseMissing;
    private String destUrl;

    /**
     * @param markup whether Markdown/HTML inline syntax is removed
     * @param refs   link reference definitions, keys normalised with {@link #normalizeLabel}
     */
    InlineParser(boolean markup, Map<String, String> refs) {
        this.markup = markup;
        this.refs = refs == null ? Map.of() : refs;
    }

    static String normalizeLabel(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Appends the clean form of {@code src} to the open block of {@code out}. */
    void emit(Source src, TextBuilder out) {
        s = src.chars;
        map = src.map;
        n = src.length;
        if (mode.length < n) {
            int cap = Math.max(n, mode.length * 2);
            mode = new byte[cap];
            repl = new char[cap];
            match = new int[cap];
        }
        Arrays.fill(mode, 0, n, KEEP);
        evIndex.clear();
        evType.clear();
        evUrl.clear();
        delimStart.clear();
        delimLen.clear();
        delimFlags.clear();
        scopeBase.clear();
        commentCloseMissing = false;
        if (markup) {
            Arrays.fill(match, 0, n, -1);
            findCodeSpans();
            matchBrackets();
        }
        scan();
        render(out);
    }

    // ---- pre-passes ----

    private void findCodeSpans() {
        IntList runStart = stack1;
        IntList runLen = stack2;
        runStart.clear();
        runLen.clear();
        for (int i = 0; i < n; ) {
            if (s[i] == '`') {
                int j = i;
                while (j < n && s[j] == '`') {
                    j++;
                }
                runStart.add(i);
                runLen.add(j - i);
                i = j;
            } else {
                i++;
            }
        }
        int m = runStart.size();
        if (m < 2) {
            return;
        }
        int[] nextSame = new int[m];
        Map<Integer, Integer> lastByLen = new HashMap<>();
        for (int r = m - 1; r >= 0; r--) {
            Integer next = lastByLen.put(runLen.get(r), r);
            nextSame[r] = next == null ? -1 : next;
        }
        for (int r = 0; r < m; ) {
            int close = nextSame[r];
            if (close >= 0) {
                match[runStart.get(r)] = runStart.get(close);
                r = close + 1;
            } else {
                r++;
            }
        }
    }

    private void matchBrackets() {
        IntList brackets = stack1;
        IntList parens = stack2;
        brackets.clear();
        parens.clear();
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == '`') {
                int len = run(i, '`');
                i = match[i] >= 0 ? match[i] + len : i + len;
                continue;
            }
            if (c == '\\' && i + 1 < n && isAsciiPunct(s[i + 1])) {
                i += 2;
                continue;
            }
            if (c == '[') {
                brackets.add(i);
            } else if (c == ']') {
                if (!brackets.isEmpty()) {
                    match[brackets.removeLast()] = i;
                }
            } else if (c == '(') {
                parens.add(i);
            } else if (c == ')') {
                if (!parens.isEmpty()) {
                    match[parens.removeLast()] = i;
                }
            }
            i++;
        }
    }

    // ---- main scan ----

    private void scan() {
        pushScope();
        int linkClose = -1;
        int linkDestEnd = -1;
        int imageClose = -1;
        int imageDestEnd = -1;
        int i = 0;
        while (i < n) {
            if (i == imageClose) {
                closeScope();
                event(i, IMAGE_CLOSE, null);
                drop(i, imageDestEnd + 1);
                i = imageDestEnd + 1;
                imageClose = -1;
                continue;
            }
            if (i == linkClose) {
                closeScope();
                event(i, LINK_CLOSE, null);
                drop(i, linkDestEnd + 1);
                i = linkDestEnd + 1;
                linkClose = -1;
                continue;
            }
            int limit = imageClose >= 0 ? imageClose : linkClose >= 0 ? linkClose : n;
            boolean nested = linkClose >= 0 || imageClose >= 0;
            char c = s[i];
            if (markup) {
                switch (c) {
                    case '`' -> {
                        int len = run(i, '`');
                        int close = match[i];
                        if (close >= 0 && close + len <= limit) {
                            drop(i, i + len);
                            drop(close, close + len);
                            i = close + len;
                        } else {
                            i += len;
                        }
                        continue;
                    }
                    case '\\' -> {
                        if (i + 1 < limit && (isAsciiPunct(s[i + 1]) || s[i + 1] == '\n')) {
                            drop(i, i + 1);
                            i += s[i + 1] == '\n' ? 1 : 2;
                            continue;
                        }
                    }
                    case '!' -> {
                        if (imageClose < 0 && i + 1 < limit && s[i + 1] == '[' && match[i + 1] >= 0
                                && match[i + 1] < limit) {
                            int j = match[i + 1];
                            int destEnd = destination(i + 1, j);
                            if (destEnd >= 0 && destEnd < limit) {
                                event(i, IMAGE_OPEN, null);
                                drop(i, i + 2);
                                imageClose = j;
                                imageDestEnd = destEnd;
                                pushScope();
                                i += 2;
                                continue;
                            }
                        }
                    }
                    case '[' -> {
                        if (!nested && match[i] >= 0) {
                            int j = match[i];
                            int destEnd = destination(i, j);
                            if (destEnd >= 0) {
                                // In-page anchors (#section) are navigation, not something a page cites.
                                event(i, LINK_OPEN, destUrl.startsWith("#") ? null : destUrl);
                                drop(i, i + 1);
                                linkClose = j;
                                linkDestEnd = destEnd;
                                pushScope();
                                i++;
                                continue;
                            }
                        }
                    }
                    case '<' -> {
                        int e = html(i, limit, nested);
                        if (e > i) {
                            i = e;
                            continue;
                        }
                    }
                    case '&' -> {
                        int e = entity(i, limit);
                        if (e > i) {
                            i = e;
                            continue;
                        }
                    }
                    case '*', '_' -> {
                        int len = run(i, c);
                        delimiter(i, len);
                        i += len;
                        continue;
                    }
                    default -> {
                    }
                }
            }
            if ((c == 'h' || c == 'H') && !nested) {
                int e = bareUrl(i, limit);
                if (e > i) {
                    i = e;
                    continue;
                }
            }
            i++;
        }
        // Only reachable with an unbalanced construct; close what is open so events stay paired.
        if (imageClose >= 0) {
            closeScope();
            event(n, IMAGE_CLOSE, null);
        }
        if (linkClose >= 0) {
            closeScope();
            event(n, LINK_CLOSE, null);
        }
        closeScope();
    }

    /**
     * Parses what follows the link text ending at {@code close}: {@code (url "title")}, {@code [ref]},
     * {@code []} or a shortcut reference. Sets {@link #destUrl}; returns the last index of the
     * destination, or -1 when there is none.
     */
    private int destination(int open, int close) {
        if (close + 1 < n && s[close + 1] == '(' && match[close + 1] >= 0) {
            int k = match[close + 1];
            int a = close + 2;
            while (a < k && TextBuilder.isSpace(s[a])) {
                a++;
            }
            int b;
            if (a < k && s[a] == '<') {
                b = a + 1;
                while (b < k && s[b] != '>') {
                    b++;
                }
                destUrl = new String(s, a + 1, b - a - 1);
            } else {
                b = a;
                while (b < k && !TextBuilder.isSpace(s[b])) {
                    b++;
                }
                destUrl = new String(s, a, b - a);
            }
            return k;
        }
        if (refs.isEmpty()) {
            return -1;
        }
        if (close + 1 < n && s[close + 1] == '[' && match[close + 1] >= 0) {
            int k = match[close + 1];
            String label = k == close + 2 ? new String(s, open + 1, close - open - 1)
                    : new String(s, close + 2, k - close - 2);
            String url = refs.get(normalizeLabel(label));
            if (url != null) {
                destUrl = url;
                return k;
            }
            return -1;
        }
        if (close - open - 1 > 1000) {
            return -1;
        }
        String url = refs.get(normalizeLabel(new String(s, open + 1, close - open - 1)));
        if (url != null) {
            destUrl = url;
            return close;
        }
        return -1;
    }

    /** An autolink, comment or tag at {@code i}; returns the index after it, or -1. */
    private int html(int i, int limit, boolean nested) {
        if (i + 1 >= limit) {
            return -1;
        }
        char d = s[i + 1];
        if (d == '!' && i + 3 < limit && s[i + 2] == '-' && s[i + 3] == '-') {
            if (commentCloseMissing) {
                return -1;
            }
            for (int k = i + 4; k + 2 < limit; k++) {
                if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') {
                    drop(i, k + 3);
                    return k + 3;
                }
            }
            if (limit == n) {
                commentCloseMissing = true;
            }
            return -1;
        }
        if (isAsciiLetter(d)) {
            int k = i + 1;
            while (k < limit && k - i < 34 && (isAsciiLetterOrDigit(s[k]) || s[k] == '+' || s[k] == '.'
                    || s[k] == '-')) {
                k++;
            }
            if (k < limit && s[k] == ':' && k - i - 1 >= 2) {
                int e = k + 1;
                while (e < limit && s[e] != '>' && s[e] != '<' && !TextBuilder.isSpace(s[e])) {
                    e++;
                }
                if (e < limit && s[e] == '>' && e > k + 1) {
                    drop(i, i + 1);
                    drop(e, e + 1);
                    if (!nested) {
                        event(i + 1, LINK_OPEN, new String(s, i + 1, e - i - 1));
                        event(e, LINK_CLOSE, null);
                    }
                    return e + 1;
                }
            }
        }
        int k = i + 1;
        if (s[k] == '/') {
            k++;
        }
        if (k >= limit || !isAsciiLetter(s[k])) {
            return -1;
        }
        int nameStart = k;
        while (k < limit && (isAsciiLetterOrDigit(s[k]) || s[k] == '-')) {
            k++;
        }
        int nameEnd = k;
        if (k < limit && !(TextBuilder.isSpace(s[k]) || s[k] == '>' || s[k] == '/')) {
            return -1;
        }
        int max = Math.min(limit, i + MAX_TAG);
        int e = k;
        while (e < max && s[e] != '>' && s[e] != '<') {
            e++;
        }
        if (e >= max || s[e] != '>') {
            return -1;
        }
        if (breaksText(new String(s, nameStart, nameEnd - nameStart).toLowerCase(Locale.ROOT))) {
            mode[i] = REPL;
            repl[i] = ' ';
            drop(i + 1, e + 1);
        } else {
            drop(i, e + 1);
        }
        return e + 1;
    }

    private static boolean breaksText(String tag) {
        return switch (tag) {
            case "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "hr", "blockquote",
                    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure", "figcaption" -> true;
            default -> false;
        };
    }

    private int entity(int i, int limit) {
        int max = Math.min(limit, i + 12);
        int k = i + 1;
        while (k < max && (isAsciiLetterOrDigit(s[k]) || s[k] == '#')) {
            k++;
        }
        if (k >= max || s[k] != ';' || k == i + 1) {
            return -1;
        }
        String name = new String(s, i + 1, k - i - 1);
        int cp = -1;
        if (name.charAt(0) == '#') {
            try {
                if (name.length() > 2 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')) {
                    cp = Integer.parseInt(name.substring(2), 16);
                } else if (name.length() > 1) {
                    cp = Integer.parseInt(name.substring(1));
                }
            } catch (NumberFormatException e) {
                cp = -1;
            }
        } else {
            Character ch = ENTITIES.get(name);
            cp = ch == null ? -1 : ch;
        }
        // One clean char per entity keeps offsets simple; astral code points stay literal.
        if (cp <= 0 || cp > 0xFFFF || Character.isSurrogate((char) cp)) {
            return -1;
        }
        mode[i] = REPL;
        repl[i] = (char) cp;
        drop(i + 1, k + 1);
        return k + 1;
    }

    private void delimiter(int i, int len) {
        char c = s[i];
        char prev = i > 0 ? s[i - 1] : ' ';
        char next = i + len < n ? s[i + len] : ' ';
        boolean prevSpace = TextBuilder.isSpace(prev);
        boolean nextSpace = TextBuilder.isSpace(next);
        boolean prevPunct = isPunctuation(prev);
        boolean nextPunct = isPunctuation(next);
        boolean left = !nextSpace && (!nextPunct || prevSpace || prevPunct);
        boolean right = !prevSpace && (!prevPunct || nextSpace || nextPunct);
        boolean open;
        boolean close;
        if (c == '*') {
            open = left;
            close = right;
        } else {
            // Underscores inside words (snake_case) are never emphasis.
            open = left && (!right || prevPunct);
            close = right && (!left || nextPunct);
        }
        if (open || close) {
            delimStart.add(i);
            delimLen.add(len);
            delimFlags.add((open ? CAN_OPEN : 0) | (close ? CAN_CLOSE : 0));
        }
    }

    /** Matches the emphasis delimiters of a link text or image alt apart from the text around it. */
    private void pushScope() {
        scopeBase.add(delimStart.size());
    }

    private void closeScope() {
        if (scopeBase.isEmpty()) {
            return;
        }
        int base = scopeBase.removeLast();
        starStack.clear();
        underStack.clear();
        for (int k = base; k < delimStart.size(); k++) {
            int start = delimStart.get(k);
            int flags = delimFlags.get(k);
            IntList stack = s[start] == '*' ? starStack : underStack;
            if ((flags & CAN_CLOSE) != 0 && !stack.isEmpty()) {
                int o = stack.removeLast();
                drop(delimStart.get(o), delimStart.get(o) + delimLen.get(o));
                drop(start, start + delimLen.get(k));
            } else if ((flags & CAN_OPEN) != 0) {
                stack.add(k);
            }
        }
        delimStart.truncate(base);
        delimLen.truncate(base);
        delimFlags.truncate(base);
    }

    private int bareUrl(int i, int limit) {
        if (i > 0 && (Character.isLetterOrDigit(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.')) {
            return -1;
        }
        int prefix;
        if (regionMatches(i, "https://", limit)) {
            prefix = 8;
        } else if (regionMatches(i, "http://", limit)) {
            prefix = 7;
        } else {
            return -1;
        }
        int e = i + prefix;
        int open = 0;
        int close = 0;
        while (e < limit) {
            char c = s[e];
            if (TextBuilder.isSpace(c) || c == '<' || c == '>' || c == '"' || c == '`' || c == '|'
                    || (markup && (c == '[' || c == ']'))) {
                break;
            }
            if (c == '(') {
                open++;
            } else if (c == ')') {
                close++;
            }
            e++;
        }
        while (e > i + prefix) {
            char c = s[e - 1];
            if (c == ')') {
                if (close > open) {
                    close--;
                    e--;
                    continue;
                }
                break;
            }
            if (".,;:!?'*_~\u201D\u2019".indexOf(c) >= 0) {
                e--;
                continue;
            }
            break;
        }
        if (e <= i + prefix) {
            return -1;
        }
        event(i, LINK_OPEN, new String(s, i, e - i));
        event(e, LINK_CLOSE, null);
        return e;
    }

    // ---- output ----

    private void render(TextBuilder out) {
        int ev = 0;
        int events = evIndex.size();
        boolean inLink = false;
        int linkStart = -1;
        String linkUrl = null;
        boolean imageSplit = false;
        TextBuilder.Suspended suspended = null;
        for (int i = 0; i <= n; i++) {
            while (ev < events && evIndex.get(ev) == i) {
                switch (evType.get(ev)) {
                    case LINK_OPEN -> {
                        inLink = true;
                        linkStart = out.nextCharIndex();
                        linkUrl = evUrl.get(ev);
                    }
                    case LINK_CLOSE -> {
                        if (inLink && linkUrl != null) {
                            out.link(linkStart, out.length(), linkUrl);
                        }
                        inLink = false;
                        linkUrl = null;
                    }
                    case IMAGE_OPEN -> {
                        // Alt text often names a model; as its own block it cannot merge into a sentence.
                        if (!inLink && out.inBlock()) {
                            suspended = out.suspend();
                            out.begin(Block.Kind.PARAGRAPH, 0);
                            imageSplit = true;
                        }
                    }
                    case IMAGE_CLOSE -> {
                        if (imageSplit) {
                            out.end();
                            out.resume(suspended);
                            imageSplit = false;
                        }
                    }
                    default -> throw new IllegalStateException("unknown event");
                }
                ev++;
            }
            if (i == n) {
                break;
            }
            byte m = mode[i];
            if (m == KEEP) {
                out.append(s[i], map[i]);
            } else if (m == REPL) {
                out.append(repl[i], map[i]);
            }
        }
    }

    // ---- helpers ----

    private void event(int index, int type, String url) {
        evIndex.add(index);
        evType.add(type);
        evUrl.add(url);
    }

    private void drop(int from, int to) {
        Arrays.fill(mode, from, Math.min(to, n), DROP);
    }

    private int run(int i, char c) {
        int j = i;
        while (j < n && s[j] == c) {
            j++;
        }
        return j - i;
    }

    private boolean regionMatches(int i, String prefix, int limit) {
        if (i + prefix.length() > limit) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(s[i + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiPunct(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
                || (c >= '{' && c <= '~');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return isAsciiPunct(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }
}
