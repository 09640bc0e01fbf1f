package org.aikg.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aikg.ingest.AikgException;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed file with Rome: each entry is a document of its own.
 *
 * <p>An entry's document is its title (as a heading) and its content (or, lacking content, its
 * description), read as HTML by {@link HtmlReader} when the feed says it is HTML and as plain text
 * otherwise; its original is that title and content as the feed gives them, so evidence offsets point
 * into the entry, not into the feed's XML. Its metadata are the entry's title, published (or updated)
 * date, author and link; the link, when there is one, is the document's identity. Its path is the
 * feed's, with a fragment naming the entry ({@code feeds/weekly.xml#3fa9c1d2}, from the entry's id, link
 * or position), so two entries never share a graph.
 *
 * <p>A feed that does not parse is refused with the parser's reason and the file's name; an entry with
 * neither content nor description is left out, and a feed with no entry left is refused. Doctypes are
 * refused (no external entities).
 *
 * <p>Stateless and thread-safe.
 */
final class FeedReader {
    private static final Pattern FEED_START = Pattern.compile(
            "(?is)\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<\\?xml-stylesheet[^>]*>\\s*)*(?:<!DOCTYPE[^>\\[]*(?:\\[[^\\]]*\\])?\\s*>\\s*)?(?:<rss[\\s>]|<feed[\\s>]|<rdf:RDF[\\s>])");
    private static final DocumentReader HTML = new HtmlReader();
    private static final DocumentReader TEXT = new PlainTextReader();

    private FeedReader() {
    }

    /** Whether {@code content} opens as an RSS, Atom or RSS 1.0 (RDF) feed. */
    static boolean isFeed(String content) {
        return FEED_START.matcher(content.length() > 4096 ? content.substring(0, 4096) : content).lookingAt();
    }

    /** The documents of the feed {@code content} read from {@code path}. */
    static List<Document> read(Path path, String content) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new StringReader(content)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new AikgException(path + ": not a readable feed: " + e.getMessage(), e);
        }
        List<Document> out = new ArrayList<>();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            Optional<String> body = body(entry);
            if (body.isEmpty()) {
                continue;
            }
            String title = entry.getTitle() == null ? "" : entry.getTitle().strip();
            boolean html = isHtml(entry);
            String original = html ? (title.isEmpty() ? "" : "<h1>" + escape(title) + "</h1>\n") + body.get()
                    : (title.isEmpty() ? "" : title + "\n\n") + body.get();
            String key = entry.getUri() != null ? entry.getUri() : entry.getLink() != null ? entry.getLink() : "#" + position;
            Path entryPath = Path.of(path + "#" + hash(key));
            Document read = (html ? HTML : TEXT).read(entryPath, original);
            Metadata m = new Metadata(title.isEmpty() ? read.metadata().title() : Optional.of(title),
                    date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    entry.getAuthor() == null || entry.getAuthor().isBlank() ? read.metadata().author()
                            : Optional.of(entry.getAuthor().strip()),
                    Optional.ofNullable(entry.getLink()).map(String::strip));
            out.add(new Document(entryPath, read.original(), read.format(), m, read.text(), read.offsets(),
                    read.blocks(), read.links()));
        }
        if (out.isEmpty()) {
            throw new AikgException(path + ": a feed without an entry that has content");
        }
        return out;
    }

    private static Optional<String> body(SyndEntry entry) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                b.append(c.getValue()).append('\n');
            }
        }
        if (b.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            b.append(entry.getDescription().getValue());
        }
        String s = b.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static boolean isHtml(SyndEntry entry) {
        String type = !entry.getContents().isEmpty() ? entry.getContents().get(0).getType()
                : entry.getDescription() != null ? entry.getDescription().getType() : null;
        // RSS descriptions carry HTML without saying so; only an explicit "text" is plain
        return type == null || !type.equalsIgnoreCase("text") && !type.equalsIgnoreCase("text/plain");
    }

    private static Optional<String> date(Date d) {
        return d == null ? Optional.empty() : Optional.of(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
