package org.aikg.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile inputs for the ingester: text without sentence breaks, over-long lines and
 * tokens, bracket floods, unbalanced markdown, broken front matter, YAML alias bombs, deep nesting, huge
 * tables, link floods, control and bidi characters, invalid UTF-8, hostile HTML, feeds and e-mails, odd
 * file names, and entries that are not regular files (FIFOs, sockets, links that dangle, loop or lead to a
 * device or a folder, hidden files). The same seed writes the same inputs. All text is made up here.
 *
 * <p>Documents are small (a few KB) so that thousands run in minutes; {@link #writeLarge} adds the handful
 * of big ones.
 *
 * <p>Not thread-safe: one generator per thread (it holds its random source).
 */
public final class HostileDocuments {
    /** The kinds of input, one picked per input in turn, so every kind comes up in any run of 40 or more. */
    public enum Kind {
        RUN_ON, LONG_LINE, LONG_TOKEN, BRACKETS, UNBALANCED_MARKDOWN, BROKEN_FRONT_MATTER, YAML_BOMB, DEEP_QUOTES,
        DEEP_LISTS, DEEP_HTML, HUGE_TABLE, LINK_FLOOD, CONTROL_AND_BIDI, INVALID_UTF8, UTF16, NUL_BYTES, EMPTY,
        HTML_PAGE, FEED, EMAIL, RST, BIBTEX_FLOOD, TEMPLATE_TAGS, FOOTNOTE_FLOOD, ODD_NAME, HIDDEN, PLAIN_PROSE,
        DANGLING_LINK, LOOPING_LINK, DEVICE_LINK, FOLDER_LINK, FIFO, SOCKET, NESTED_FOLDERS, ARXIV_FLOOD,
        ENTITY_FLOOD, LONG_WORDS, WHITESPACE_GAPS, MIXED_NEWLINES, CAPITALIZED_RUN_ON
    }

    private static final String[] WORDS = {"the", "lab", "released", "a", "model", "trained", "on", "text", "and",
        "code", "Corvid", "Larkspur", "Institute", "paper", "with", "Ada", "Lind", "introduced", "benchmark", "by",
        "Quillon", "AI", "v2", "built", "from", "data", "of", "in", "Moss-7B", "University", "Brindle"};
    private static final String MARKDOWN_BITS = "*_[]()`<>!#|-+>\\~{}%\"' \n";

    private final Random random;
    private int serial;
    private int kindIndex;

    public HostileDocuments(long seed) {
        this.random = new Random(seed);
    }

    /** One entry written: its path (a file, link, FIFO, folder...) and its kind. */
    public record Input(Path path, Kind kind) {}

    /**
     * Writes {@code count} small hostile inputs into {@code folder} (created if missing).
     *
     * @return what was written, one entry per input
     */
    public List<Input> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        Kind[] kinds = Kind.values();
        List<Input> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = kinds[kindIndex++ % kinds.length];
            out.add(new Input(write(folder, kind), kind));
        }
        return out;
    }

    /**
     * Writes the big pathological inputs into {@code folder}, the ones that used to stall for minutes: 64,000
     * tokens without a period, a line of {@code lineBytes} (2 MB in the benchmark), a 2 MB token,
     * {@code [}×50,000 and a link, 100 KB of unbalanced markdown.
     */
    public List<Input> writeLarge(Path folder, int lineBytes) throws IOException {
        Files.createDirectories(folder);
        List<Input> out = new ArrayList<>();
        out.add(new Input(file(folder, "runon-64k.txt", words(64_000, " ")), Kind.RUN_ON));
        out.add(new Input(file(folder, "line-" + lineBytes + ".md", "# A line\n\n" + words(lineBytes / 6, " ")),
                Kind.LONG_LINE));
        out.add(new Input(file(folder, "token-2mb.txt", "Zq".repeat(1_000_000)), Kind.LONG_TOKEN));
        out.add(new Input(file(folder, "brackets-50k.md", "[".repeat(50_000) + "a link](https://example.org/x)\n"),
                Kind.BRACKETS));
        out.add(new Input(file(folder, "unbalanced-100k.md", markdownSoup(100_000)), Kind.UNBALANCED_MARKDOWN));
        return out;
    }

    private Path write(Path folder, Kind kind) throws IOException {
        String n = String.format("%06d", serial++);
        return switch (kind) {
            case RUN_ON -> file(folder, n + "-runon.txt", words(100 + random.nextInt(300), " "));
            case CAPITALIZED_RUN_ON -> file(folder, n + "-caps.txt", capitalized(100 + random.nextInt(400)));
            case LONG_LINE -> file(folder, n + "-line.md", "# T\n\n" + words(300 + random.nextInt(500), " , "));
            case LONG_TOKEN -> file(folder, n + "-token.txt", "Start " + letters(200 + random.nextInt(8_000)) + " end");
            case LONG_WORDS -> file(folder, n + "-words.txt", repeatJoin(() -> letters(60 + random.nextInt(20)), 200, " "));
            case BRACKETS -> file(folder, n + "-brackets.md", "[".repeat(500 + random.nextInt(5_000)) + "x](https://e.org)");
            case UNBALANCED_MARKDOWN -> file(folder, n + "-soup.md", markdownSoup(500 + random.nextInt(4_000)));
            case BROKEN_FRONT_MATTER -> file(folder, n + "-fm.md", brokenFrontMatter());
            case YAML_BOMB -> file(folder, n + "-bomb.md", yamlBomb());
            case DEEP_QUOTES -> file(folder, n + "-quotes.md", ">".repeat(200 + random.nextInt(3_000)) + " Deep words.\n");
            case DEEP_LISTS -> file(folder, n + "-lists.md", deepLists(100 + random.nextInt(400)));
            case DEEP_HTML -> file(folder, n + "-deep.html", "<!DOCTYPE html><html><body>"
                    + "<div><span>".repeat(500 + random.nextInt(3_000)) + "Corvid by Quillon</body></html>");
            case HUGE_TABLE -> file(folder, n + "-table.md", table(3 + random.nextInt(60), 3 + random.nextInt(60)));
            case LINK_FLOOD -> file(folder, n + "-links.md", repeatJoin(() -> "[" + word() + "](https://example.org/"
                    + random.nextInt(1000) + ")", 100 + random.nextInt(400), " "));
            case ARXIV_FLOOD -> file(folder, n + "-arxiv.md", repeatJoin(() -> "https://arxiv.org/abs/"
                    + (2000 + random.nextInt(500)) + "." + (10000 + random.nextInt(9000)), 100 + random.nextInt(300), " "));
            case ENTITY_FLOOD -> file(folder, n + "-entities.txt", repeatJoin(() -> word() + " " + word(), 150, ", ")
                    + " were released by " + repeatJoin(this::word, 100, " and ") + ".");
            case CONTROL_AND_BIDI -> file(folder, n + "-bidi.md", controlAndBidi());
            case INVALID_UTF8 -> bytes(folder, n + "-bad.txt", invalidUtf8());
            case UTF16 -> bytes(folder, n + "-utf16.txt", ("\uFEFFText " + words(50, " ")).getBytes(StandardCharsets.UTF_16LE));
            case NUL_BYTES -> bytes(folder, n + "-nul.txt", ("Some text\0and a NUL " + words(20, " ")).getBytes(StandardCharsets.UTF_8));
            case EMPTY -> bytes(folder, n + "-empty.md", new byte[0]);
            case HTML_PAGE -> file(folder, n + "-page.html", htmlPage());
            case FEED -> file(folder, n + "-feed.xml", feed());
            case EMAIL -> file(folder, n + "-mail.eml", email());
            case RST -> file(folder, n + "-doc.rst", rst());
            case BIBTEX_FLOOD -> file(folder, n + "-bib.md", "```bibtex\n" + "@article{k, title={".repeat(200 + random.nextInt(800))
                    + "x" + "}".repeat(random.nextInt(100)) + "\n```\n");
            case TEMPLATE_TAGS -> file(folder, n + "-tags.md", "{{< ".repeat(300) + "{% x %}".repeat(300) + words(100, " ") + "{{");
            case FOOTNOTE_FLOOD -> file(folder, n + "-notes.md", footnotes(50 + random.nextInt(200)));
            case WHITESPACE_GAPS -> file(folder, n + "-gaps.txt", repeatJoin(this::word, 200, " ".repeat(1 + random.nextInt(200))));
            case MIXED_NEWLINES -> file(folder, n + "-newlines.md", repeatJoin(this::word, 300, "\r", "\n", "\r\n", "\u2028", "\u0085", "\f"));
            case ODD_NAME -> oddFile(folder, n);
            case HIDDEN -> file(folder, "." + n + "-hidden.md", "# Hidden\n\nNot to be read.\n");
            case PLAIN_PROSE -> file(folder, n + "-prose.md", "# A note\n\nQuillon AI released Corvid 2 in May. "
                    + "The model was trained on public text. Ada Lind of the Larkspur Institute wrote the paper.\n");
            case NESTED_FOLDERS -> nested(folder, n, 20 + random.nextInt(200));
            case DANGLING_LINK -> Files.createSymbolicLink(folder.resolve(n + "-dangling.md"), folder.resolve(n + "-nowhere.md"));
            case LOOPING_LINK -> {
                Path a = folder.resolve(n + "-loop-a.md");
                Files.createSymbolicLink(a, folder.resolve(n + "-loop-b.md"));
                Files.createSymbolicLink(folder.resolve(n + "-loop-b.md"), a);
                yield a;
            }
            case DEVICE_LINK -> Files.createSymbolicLink(folder.resolve(n + "-device.md"),
                    Path.of(random.nextBoolean() ? "/dev/zero" : "/dev/null"));
            case FOLDER_LINK -> Files.createSymbolicLink(folder.resolve(n + "-folder-link"), folder);
            case FIFO -> fifo(folder.resolve(n + "-pipe.md"));
            case SOCKET -> socket(folder.resolve(n + "-sock"));
        };
    }

    // ---- text ----

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String words(int count, String separator) {
        StringBuilder sb = new StringBuilder(count * 6);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(word());
        }
        return sb.toString();
    }

    private String capitalized(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String w = word();
            sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length()).append(' ');
        }
        return sb.toString();
    }

    private String letters(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ((random.nextBoolean() ? 'A' : 'a') + random.nextInt(26)));
        }
        return sb.toString();
    }

    private String repeatJoin(java.util.function.Supplier<String> piece, int count, String... separators) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(separators[random.nextInt(separators.length)]);
            }
            sb.append(piece.get());
        }
        return sb.toString();
    }

    private String markdownSoup(int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            if (random.nextInt(4) == 0) {
                sb.append(word()).append(' ');
            } else {
                sb.append(MARKDOWN_BITS.charAt(random.nextInt(MARKDOWN_BITS.length())));
            }
        }
        return sb.toString();
    }

    private String brokenFrontMatter() {
        return switch (random.nextInt(6)) {
            case 0 -> "---\ntitle: [unclosed\nauthors: {a: \n---\n" + words(40, " ");
            case 1 -> "---\ntitle: No end\nauthor: Ada Lind\n" + words(40, " ");
            case 2 -> "---\n\t- tab: indent\n  :: ::\n---\n# Body\n" + words(30, " ");
            case 3 -> "---\n" + "key" + ": x\n".repeat(2_000) + "---\n" + words(20, " ");
            case 4 -> "---\ntitle: !!python/object:os.system [\"echo\"]\ndate: 99999-99-99\n---\n" + words(20, " ");
            default -> "---\nauthors:\n" + "  - ".repeat(1) + "[".repeat(500) + "\n---\n" + words(20, " ");
        };
    }

    private String yamlBomb() {
        StringBuilder sb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i > 0 ? "," : "").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        return sb.append("title: *j\nauthors: *j\n---\n# Body\n\nQuillon AI released Corvid.\n").toString();
    }

    private String deepLists(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append(random.nextBoolean() ? "- " : "1. ").append(word()).append('\n');
        }
        return sb.toString();
    }

    private String table(int columns, int rows) {
        StringBuilder sb = new StringBuilder("| " + words(columns, " | ") + " |\n|" + "---|".repeat(columns) + "\n");
        for (int r = 0; r < rows; r++) {
            sb.append("| ").append(words(columns + random.nextInt(3) - 1, " | ")).append(random.nextBoolean() ? " |\n" : "\n");
        }
        return sb.toString();
    }

    private String controlAndBidi() {
        String[] odd = {"\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u0007", "\u001B[31m",
            "\u0008", "\u007F", "\u00AD", "\uD83D\uDE00", "\u0301", "\u2028", "\u2029", "\uFFFD", "\u000B"};
        StringBuilder sb = new StringBuilder("# ");
        for (int i = 0; i < 300; i++) {
            sb.append(random.nextBoolean() ? word() : odd[random.nextInt(odd.length)]).append(random.nextInt(5) == 0 ? " " : "");
        }
        return sb.toString();
    }

    private byte[] invalidUtf8() {
        byte[] text = ("Quillon released Corvid. " + words(60, " ")).getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        byte[] b = bad[random.nextInt(bad.length)];
        int at = random.nextInt(text.length);
        byte[] out = new byte[text.length + b.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(b, 0, out, at, b.length);
        System.arraycopy(text, at, out, at + b.length, text.length - at);
        return out;
    }

    private String htmlPage() {
        return "<!DOCTYPE html><html><head><title>" + words(5, " ") + "</title>"
                + "<script type=\"application/ld+json\">" + "{\"author\":".repeat(200 + random.nextInt(500)) + "</script>"
                + "<link rel=canonical href=\"https://fuzz.example/" + serial + "\"></head><body>"
                + "<p>".repeat(300) + words(80, " ") + "<table>" + "<tr><td>x".repeat(500) + "<a href='javascript:x'>"
                + words(10, " ") + "</body></html>";
    }

    private String feed() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n");
        if (random.nextBoolean()) {
            sb.append("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n");
        }
        sb.append("<rss version=\"2.0\"><channel><title>Fuzz</title>");
        for (int i = 0; i < 10 + random.nextInt(50); i++) {
            sb.append("<item><title>").append(word()).append("</title><link>https://fuzz.example/").append(serial).append('/')
                    .append(i % 7).append("</link><description>&lt;p&gt;").append(words(30, " ")).append("</description></item>");
        }
        return sb.append(random.nextBoolean() ? "</channel></rss>" : "<item><title>").toString();
    }

    private String email() {
        return "From: someone@example.org\nSubject: " + words(5, " ") + "\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/alternative; boundary=\"b\"\n\n" + "--b\nContent-Type: text/html\n\n<p>".repeat(
                        1 + random.nextInt(50)) + words(50, " ") + (random.nextBoolean() ? "\n--b--\n" : "");
    }

    private String rst() {
        return "=====\nTitle\n=====\n\n" + ".. note::\n\n   ".repeat(50 + random.nextInt(200)) + words(30, " ")
                + "\n\n`Corvid <https://example.org>`_ " + "`".repeat(500) + "\n";
    }

    private String footnotes(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(word()).append("[^").append(i).append("] ");
        }
        sb.append("\n\n");
        for (int i = 0; i < count; i++) {
            sb.append("[^").append(i).append("]: ").append(words(5, " ")).append('\n');
        }
        return sb.toString();
    }

    private String oddName() {
        String[] names = {" spaced name .md", "-dash.md", "a#fragment.md", "percent%20.md", "back\\slash.md", "émoji-😀.md",
            "rtl-\u202Egnp.md", "new\nline.md", "tab\tname.md", "x".repeat(200) + ".md", "?.md", "*.md", "no-extension",
            "UPPER.MD", "dots...md", "quote'\".md", "semi;colon.md"};
        return names[random.nextInt(names.length)];
    }

    // ---- entries ----

    /** A file with an odd name; an ASCII one where the file system's encoding cannot spell the name. */
    private Path oddFile(Path folder, String n) throws IOException {
        String content = "Corvid was released by Quillon AI. " + words(30, " ");
        String name = oddName();
        try {
            return file(folder, n + name, content);
        } catch (java.nio.file.InvalidPathException unspellable) {
            return file(folder, n + "-odd-fallback.md", content);
        }
    }

    private static Path file(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path bytes(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path nested(Path folder, String n, int depth) throws IOException {
        Path top = folder.resolve(n + "-nest");
        Path d = top;
        for (int i = 0; i < depth; i++) {
            d = d.resolve("d");
        }
        Files.createDirectories(d);
        file(d, "deep.md", "# Deep\n\nQuillon AI released Corvid.\n");
        return top;
    }

    /** A FIFO, made with {@code mkfifo}; a plain file where there is no such command (then it tests nothing new). */
    private static Path fifo(Path p) throws IOException {
        try {
            if (new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0) {
                return p;
            }
        } catch (IOException e) {
            // no mkfifo here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making a FIFO", e);
        }
        return Files.writeString(p, "no FIFO on this system");
    }

    /** A Unix socket file; the channel is closed at once, the file stays (as a crashed server leaves it). */
    private static Path socket(Path p) throws IOException {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            s.bind(UnixDomainSocketAddress.of(p));
        } catch (UnsupportedOperationException | UncheckedIOException e) {
            Files.writeString(p, "no Unix sockets on this system");
        }
        return p;
    }
}
