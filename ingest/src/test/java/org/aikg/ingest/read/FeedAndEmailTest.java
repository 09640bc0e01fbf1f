package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aikg.ingest.AikgException;
import org.junit.jupiter.api.Test;

class FeedAndEmailTest {
    private static final long MAX = 1 << 20;

    private static List<Document> read(String name, String content) {
        List<Document> docs = DocumentReaders.readAll(Path.of(name), content.getBytes(StandardCharsets.UTF_8), MAX);
        docs.forEach(Texts::assertOffsetsHold);
        return docs;
    }

    @Test
    void eachRssItemIsADocument() {
        List<Document> docs = read("feeds/weekly.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Tiny Models Weekly</title><link>https://example.org</link>
                <item><title>Corvid-2 is out</title><link>https://example.org/corvid-2</link>
                  <pubDate>Fri, 09 Feb 2024 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Northwind Labs released &lt;b&gt;Corvid-2&lt;/b&gt; today.&lt;/p&gt;</description></item>
                <item><title>Heron notes</title><guid>heron-notes-1</guid>
                  <description>&lt;p&gt;Heron was trained by Acme.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>https://example.org/empty</link></item>
                </channel></rss>
                """);
        assertEquals(2, docs.size(), "the entry without content is left out");
        Document first = docs.get(0);
        assertEquals(Optional.of("Corvid-2 is out"), first.metadata().title());
        assertEquals(Optional.of("2024-02-09"), first.metadata().date());
        assertEquals(Optional.of("https://example.org/corvid-2"), first.metadata().url());
        assertTrue(first.text().contains("Northwind Labs released Corvid-2 today."), first.text());
        assertTrue(first.path().toString().startsWith("feeds/weekly.xml#"), first.path().toString());
        assertNotEquals(first.path(), docs.get(1).path(), "two entries never share a path");
    }

    @Test
    void atomEntriesAndBrokenFeeds() {
        List<Document> docs = read("atom.xml", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Lab blog</title><id>urn:x:lab</id><updated>2024-03-01T00:00:00Z</updated>
                <entry><title>Sparrow</title><id>urn:x:sparrow</id><updated>2024-03-01T00:00:00Z</updated>
                  <author><name>Ada Example</name></author>
                  <content type="text">Sparrow is a small model from Acme Labs.</content></entry></feed>
                """);
        assertEquals(1, docs.size());
        assertEquals(Format.TEXT, docs.get(0).format());
        assertEquals(Optional.of("Ada Example"), docs.get(0).metadata().author());
        assertTrue(docs.get(0).text().contains("Sparrow is a small model from Acme Labs."), docs.get(0).text());

        AikgException broken = assertThrows(AikgException.class, () -> read("bad.xml", "<rss version=\"2.0\"><channel><item>"));
        assertTrue(broken.getMessage().startsWith("bad.xml: not a readable feed"), broken.getMessage());
        AikgException doctype = assertThrows(AikgException.class, () -> read("x.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><item><description>&x;</description></item></channel></rss>"));
        assertTrue(doctype.getMessage().startsWith("x.xml:"), doctype.getMessage());
    }

    @Test
    void anEmailIsReadFromItsHtmlPart() {
        List<Document> docs = read("mail/issue-3.eml", """
                From: Tiny Models Weekly <editor@example.org>
                To: reader@example.org
                Subject: Issue 3: Corvid-2
                Date: Fri, 9 Feb 2024 08:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                Plain version.
                --b1
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <html><body><h1>Issue 3</h1><p>Northwind Labs released Corvid-2 =E2=80=94 a small model.</p></body></html>
                --b1--
                """);
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        assertEquals(Format.EMAIL, d.format());
        assertEquals(Optional.of("Issue 3: Corvid-2"), d.metadata().title());
        assertEquals(Optional.of("2024-02-09"), d.metadata().date());
        assertEquals(Optional.of("Tiny Models Weekly"), d.metadata().author());
        assertTrue(d.text().contains("Northwind Labs released Corvid-2 — a small model."), d.text());

        AikgException none = assertThrows(AikgException.class, () -> read("mail/x.eml",
                "From: a@example.org\nMIME-Version: 1.0\nContent-Type: image/png\n\nAAAA\n"));
        assertTrue(none.getMessage().contains("without a text or HTML part"), none.getMessage());
    }
}
