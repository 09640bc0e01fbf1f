package org.aikg.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.AikgException;

/**
 * Entry point of the read stage: loads a file safely and picks the reader by content, not by
 * extension. A page that opens as HTML ({@code <!DOCTYPE html>}, {@code <html>}, or {@code <head>}/
 * {@code <body>}, after blank lines and comments) selects {@link HtmlReader}; YAML front matter selects
 * {@link MarkdownReader}; reStructuredText's own constructs (directives, targets, {@code `text <url>`_}
 * links, overlined titles, a docinfo field list) select {@link RstReader}; Markdown syntax (ATX headings, {@code [text](url)} links, or at least
 * two of {@code **bold**}, {@code - }/{@code * } list lines and {@code |table|} rows) selects
 * {@link MarkdownReader}; anything else {@link PlainTextReader}.
 *
 * <p>Every refusal is an {@link AikgException} whose message starts with the path and states the
 * reason: {@code empty file}, {@code binary file}, {@code not valid UTF-8} (with the line and column
 * of the first bad byte; only for a damaged UTF-8 file: one whose bytes are not UTF-8 anywhere is a legacy
 * 8-bit file, see {@link #isLegacyEightBit(byte[])}, and is read as Windows-1252), {@code file too large} (stating the limit; the size is checked before
 * anything is read, so a huge file never reaches memory), {@code not a regular file} (a FIFO, socket or
 * device is never opened), or the I/O error.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentReaders {

    /** The default size limit: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final DocumentReader MARKDOWN = new MarkdownReader();
    private static final DocumentReader TEXT = new PlainTextReader();
    private static final DocumentReader HTML = new HtmlReader();
    private static final DocumentReader RST = new RstReader();
    private static final DocumentReader CFF = new CitationFileReader();
    private static final DocumentReader R_CITATION = new RCitationReader();
    private static final DocumentReader POD = new PodReader();
    private static final DocumentReader ROFF = new RoffReader();
    private static final java.util.regex.Pattern HTML_START = java.util.regex.Pattern.compile(
            "(?is)\\A\\uFEFF?\\s*(?:<!--.*?-->\\s*)*(?:<\\?xml[^>]*>\\s*)?(?:<!DOCTYPE\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");
    private static final int BINARY_SAMPLE = 64 * 1024;
    private static final char[] WINDOWS_1252 = windows1252Table();

    private DocumentReaders() {
    }

    /** Reads {@code path} with the default limit of {@value #DEFAULT_MAX_BYTES} bytes. */
    public static Document read(Path path) {
        return read(path, DEFAULT_MAX_BYTES);
    }

    /** Reads {@code path}, refusing files larger than {@code maxBytes}. */
    public static Document read(Path path, long maxBytes) {
        return parse(path, load(path, maxBytes));
    }

    /**
     * Reads every document of the file at {@code path}: one for most files, one per entry of an RSS or
     * Atom feed ({@link FeedReader}); an e-mail ({@code .eml}) is read from its HTML or text part
     * ({@link EmailReader}). Refusals as {@link #read(Path, long)}.
     */
    public static List<Document> readAll(Path path, long maxBytes) {
        return documents(path, loadBytes(path, maxBytes));
    }

    /** As {@link #readAll(Path, long)} for {@code bytes} received from elsewhere, as if read from {@code path}. */
    public static List<Document> readAll(Path path, byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw fail(path, "file too large: " + bytes.length + " bytes, the limit is " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw fail(path, "empty file");
        }
        return documents(path, bytes);
    }

    /** The documents of a file's bytes, already checked for size and emptiness. */
    private static List<Document> documents(Path path, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        if (EmailReader.isEmail(head)) {
            return List.of(ReferenceShape.apply(EmailReader.read(path, bytes)));
        }
        checkNotBinary(path, bytes);
        String content = decode(path, bytes);
        if (FeedReader.isFeed(content)) {
            return FeedReader.read(path, content).stream().map(ReferenceShape::apply).toList();
        }
        return List.of(parse(path, content));
    }

    /** Reads already decoded {@code content} as if it came from {@code path}. */
    public static Document parse(Path path, String content) {
        return ReferenceShape.apply(readerFor(content).read(path, content));
    }

    /** The reader {@code content} calls for. */
    public static DocumentReader readerFor(String content) {
        if (HTML_START.matcher(content.length() > 4096 ? content.substring(0, 4096) : content).lookingAt()) {
            return HTML;
        }
        if (CitationFileReader.looksLikeCff(content)) {
            return CFF;
        }
        if (RCitationReader.looksLikeRCitation(content)) {
            return R_CITATION;
        }
        if (FrontMatter.parse(content).isPresent()) {
            return MARKDOWN;
        }
        if (PodReader.looksLikePod(content)) {
            return POD; // "=head1 NAME": Perl's documentation format, also of many tools' manual pages
        }
        if (RoffReader.looksLikeRoff(content)) {
            return ROFF; // ".SH NAME": a manual page
        }
        if (TexMarkup.isSource(content)) {
            return TEXT; // LaTeX, R's .Rd: plain text with TeX-like markup, whatever else it looks like
        }
        if (RstReader.looksLikeRst(content)) {
            return RST;
        }
        if (looksLikeMarkdown(content)) {
            return MARKDOWN;
        }
        return TEXT;
    }

    /** Loads and decodes {@code path} as UTF-8, refusing what is not a readable text file. */
    static String load(Path path, long maxBytes) {
        byte[] bytes = loadBytes(path, maxBytes);
        checkNotBinary(path, bytes);
        return decode(path, bytes);
    }

    /**
     * The bytes of {@code path}, refusing folders, unreadable, empty and over-large files (an
     * {@link org.aikg.ingest.AikgException} naming the path and the reason), as {@link #readAll(Path, long)}
     * reads them: {@link FileBytes#load}.
     */
    public static byte[] loadBytes(Path path, long maxBytes) {
        return FileBytes.load(path, maxBytes);
    }

    private static void checkNotBinary(Path path, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw fail(path, "binary file (UTF-16 byte order mark; only UTF-8 text is read)");
        }
        int control = 0;
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw fail(path, "binary file (NUL byte at byte offset " + i + ")");
            }
            if (i < sample && b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f'
                    && b != 0x1B) {
                control++;
            }
        }
        if (control >= 4 && control * 20L > sample) {
            throw fail(path, "binary file (" + control + " control characters in the first " + sample + " bytes)");
        }
    }

    private static String decode(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() && isLegacyEightBit(bytes)) {
            // Old READMEs, AUTHORS files and man pages are often Latin-1 or Windows-1252: refusing them
            // would lose a whole document for one accented name.
            return decodeWindows1252(bytes);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                char c = out.get(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            throw AikgException.at(path, line, column, String.format(
                    "not valid UTF-8: byte 0x%02X at byte offset %d", bytes[bad] & 0xFF, bad));
        }
        out.flip();
        return out.toString();
    }

    /**
     * Whether bytes that are not valid UTF-8 are a legacy 8-bit text rather than damaged UTF-8: not one
     * byte at or above 0x80 starts a well-formed UTF-8 sequence of two to four bytes. A Latin-1 text
     * almost never holds one (it would take a capital letter with accent followed by a symbol from
     * 0x80-0xBF, as in "Ã©"), while UTF-8 damaged by a cut or a stray byte still holds its good ones.
     */
    static boolean isLegacyEightBit(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                continue;
            }
            boolean wellFormed = true;
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    wellFormed = false;
                    break;
                }
            }
            if (wellFormed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Windows-1252, which is Latin-1 with printable characters at 0x80-0x9F; its five unassigned bytes
     * are read as Latin-1's control characters (where Java's decoder would put U+FFFD).
     */
    private static String decodeWindows1252(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = WINDOWS_1252[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    private static char[] windows1252Table() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        char[] table = new String(all, java.nio.charset.Charset.forName("windows-1252")).toCharArray();
        for (int i = 0; i < 256; i++) {
            if (table[i] == '\uFFFD') {
                table[i] = (char) i;
            }
        }
        return table;
    }

    private static AikgException fail(Path path, String reason) {
        return new AikgException(path + ": " + reason);
    }

    /** Whether the text shows Markdown syntax; one linear pass over its lines. */
    static boolean looksLikeMarkdown(String content) {
        int weak = 0;
        int n = content.length();
        int ls = 0;
        while (ls < n) {
            int le = ls;
            while (le < n && content.charAt(le) != '\n' && content.charAt(le) != '\r') {
                le++;
            }
            int p = ls;
            while (p < le && p - ls < 4 && content.charAt(p) == ' ') {
                p++;
            }
            int te = le;
            while (te > p && Character.isWhitespace(content.charAt(te - 1))) {
                te--;
            }
            if (p < te && p - ls <= 3) {
                char c = content.charAt(p);
                if (c == '`' && te - p >= 3 && content.startsWith("```", p)) {
                    return true; // a fenced code block
                }
                if (c == '#') {
                    int h = p;
                    while (h < te && content.charAt(h) == '#') {
                        h++;
                    }
                    if (h - p <= 6 && h + 1 < te && content.charAt(h) == ' ' && content.charAt(h + 1) != ' ') {
                        return true;
                    }
                }
                if ((c == '-' || c == '*' || c == '+') && p + 2 < te && content.charAt(p + 1) == ' '
                        && content.charAt(p + 2) != ' ') {
                    weak++;
                }
                if (c == '|' && te - p >= 3 && content.charAt(te - 1) == '|') {
                    weak++;
                }
            }
            if (hasLink(content, p, te)) {
                return true;
            }
            if (hasBold(content, p, te)) {
                weak++;
            }
            if (weak >= 2) {
                return true;
            }
            ls = le + 1;
            if (le + 1 < n && content.charAt(le) == '\r' && content.charAt(le + 1) == '\n') {
                ls++;
            }
        }
        return false;
    }

    private static boolean hasLink(String s, int from, int to) {
        int lastParen = -1;
        for (int k = to - 1; k >= from; k--) {
            if (s.charAt(k) == ')') {
                lastParen = k;
                break;
            }
        }
        if (lastParen < 0) {
            return false;
        }
        boolean open = false;
        for (int k = from; k + 2 < lastParen + 1; k++) {
            char c = s.charAt(k);
            if (c == '[') {
                open = true;
            } else if (c == ']' && open && s.charAt(k + 1) == '(' && k + 2 < lastParen
                    && !Character.isWhitespace(s.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBold(String s, int from, int to) {
        int open = -1;
        for (int k = from; k + 1 < to; k++) {
            if (s.charAt(k) == '*' && s.charAt(k + 1) == '*') {
                if (open < 0) {
                    if (k + 2 < to && !Character.isWhitespace(s.charAt(k + 2))) {
                        open = k;
                        k++;
                    }
                } else if (k > open + 2 && !Character.isWhitespace(s.charAt(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
