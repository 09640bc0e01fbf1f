package org.aikg.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aikg.ingest.AikgException;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;

/**
 * Reads a newsletter saved as an e-mail ({@code .eml}, MIME) with Apache James Mime4j: the HTML part,
 * else the plain-text part, read by {@link HtmlReader} or {@link PlainTextReader}; the subject, date and
 * sender are the document's title, date and author. The document's original is the decoded part (not
 * the transfer-encoded message), so evidence offsets point into the text a reader saw.
 *
 * <p>A message without a text or HTML part is refused with that reason. Stateless and thread-safe.
 */
final class EmailReader {
    /** Mail headers first: a From line and a MIME or message header before the first blank line. */
    private static final Pattern HEADER = Pattern.compile("(?m)^[A-Za-z][A-Za-z0-9-]*:[ \\t]");
    private static final DocumentReader HTML = new HtmlReader();
    private static final DocumentReader TEXT = new PlainTextReader();

    private EmailReader() {
    }

    /** Whether {@code head} (the first bytes, as Latin-1) opens like a MIME message. */
    static boolean isEmail(String head) {
        int end = head.indexOf("\n\n");
        int crlf = head.indexOf("\r\n\r\n");
        if (crlf >= 0 && (end < 0 || crlf < end)) {
            end = crlf;
        }
        if (end <= 0 || !HEADER.matcher(head).lookingAt()) {
            return false;
        }
        String headers = "\n" + head.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        return headers.contains("\nfrom:") && (headers.contains("\nmime-version:") || headers.contains("\ncontent-type:")
                || headers.contains("\nmessage-id:"));
    }

    static Document read(Path path, byte[] bytes) {
        Message message;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            message = new DefaultMessageBuilder().parseMessage(in);
        } catch (IOException | RuntimeException e) {
            throw new AikgException(path + ": not a readable e-mail: " + e.getMessage(), e);
        }
        String html = part(message, "text/html");
        String text = html == null ? part(message, "text/plain") : null;
        if (html == null && text == null) {
            throw new AikgException(path + ": an e-mail without a text or HTML part");
        }
        Document read = html != null ? HTML.read(path, html) : TEXT.read(path, text);
        Optional<String> subject = Optional.ofNullable(message.getSubject()).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> date = Optional.ofNullable(message.getDate())
                .map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        Optional<String> from = message.getFrom() == null || message.getFrom().isEmpty() ? Optional.empty()
                : Optional.ofNullable(message.getFrom().get(0).getName()).filter(n -> !n.isBlank())
                        .or(() -> Optional.of(message.getFrom().get(0).getAddress()));
        Metadata m = new Metadata(subject.or(() -> read.metadata().title()), date.or(() -> read.metadata().date()),
                from.or(() -> read.metadata().author()), read.metadata().url());
        return new Document(path, read.original(), Format.EMAIL, m, read.text(), read.offsets(), read.blocks(), read.links());
    }

    /** The first part of {@code mimeType} in the message, decoded, or null. */
    private static String part(Entity entity, String mimeType) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity e : multipart.getBodyParts()) {
                String found = part(e, mimeType);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (body instanceof TextBody tb && mimeType.equalsIgnoreCase(entity.getMimeType())
                && !"attachment".equalsIgnoreCase(entity.getDispositionType())) {
            try (InputStream in = tb.getInputStream()) {
                Charset cs;
                try {
                    cs = Charset.forName(entity.getCharset() == null ? "UTF-8" : entity.getCharset());
                } catch (RuntimeException unknown) {
                    cs = StandardCharsets.UTF_8;
                }
                String s = new String(in.readAllBytes(), cs);
                return s.isBlank() ? null : s;
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
