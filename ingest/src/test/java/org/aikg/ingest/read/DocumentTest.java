package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void offsetsHoldOverVariedInputs() {
        List<String> inputs = List.of(
                MarkdownReaderTest.SAMPLE,
                PlainTextReaderTest.SAMPLE,
                "\uFEFFPlain with BOM\r\nand CRLF lines\r\n\r\nSecond para.",
                "# H\u00e9ading \u00fcber\n\nEmoji \uD83E\uDD16 and *ital_ic* and `code_x` and &quot;q&quot; &#65;&#x42;.",
                "| a | b |\n|---|---|\n| **x** | [y](http://y.example) |\n",
                "Text<!-- hidden comment -->after <span class=\"k\">kept</span>\n> quote *em*\n",
                "a\rb\rc old mac line ends\r\rnew para");
        for (String input : inputs) {
            Document d = DocumentReaders.parse(Path.of("x"), input);
            Texts.assertOffsetsHold(d);
            Texts.assertBlocksSeparated(d);
        }
    }

    @Test
    void entitiesCommentsAndTagsAreCleaned() {
        Document d = DocumentReaders.parse(Path.of("x.md"),
                "# T\n\nText<!-- hidden comment -->after <span class=\"k\">kept</span> &#65;&#x42; &nbsp;end");
        assertEquals("T\n\nTextafter kept AB end", d.text());
    }

    @Test
    void lineColumnIsOneBasedAcrossLineEndings() {
        String original = "ab\ncd\r\nef\rgh";
        Document d = new PlainTextReader().read(Path.of("x"), original);
        assertEquals(new LineColumn(1, 1), d.lineColumn(0));
        assertEquals(new LineColumn(1, 2), d.lineColumn(1));
        assertEquals(new LineColumn(2, 1), d.lineColumn(3));
        assertEquals(new LineColumn(2, 2), d.lineColumn(4));
        assertEquals(new LineColumn(3, 1), d.lineColumn(7));
        assertEquals(new LineColumn(4, 1), d.lineColumn(10));
        assertEquals(new LineColumn(4, 3), d.lineColumn(original.length()));
        assertThrows(IndexOutOfBoundsException.class, () -> d.lineColumn(original.length() + 1));
    }

    @Test
    void lineColumnOfACleanWordPointsAtItInTheSource() {
        Document d = new MarkdownReader().read(Path.of("x.md"), MarkdownReaderTest.SAMPLE);
        int clean = d.text().indexOf("SmolNet");
        LineColumn lc = d.lineColumn(d.originalOffset(clean));
        assertEquals(12, lc.line());
        assertEquals("We trained **".length() + 1, lc.column());
    }

    @Test
    void originalSpanCoversTheSourceOfACleanSpan() {
        Document d = new MarkdownReader().read(Path.of("x.md"), "Some **bold words** here.");
        int s = d.text().indexOf("bold words");
        Document.Span span = d.originalSpan(s, s + "bold words".length());
        assertEquals("bold words", d.original().substring(span.start(), span.end()));
        assertEquals(new Document.Span(d.originalOffset(0), d.originalOffset(0)), d.originalSpan(0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> d.originalSpan(0, d.text().length() + 1));
    }

    @Test
    void rejectsInconsistentOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new Document(Path.of("x"), "ab", Format.TEXT,
                Metadata.EMPTY, "ab", new int[] {0, 1}, List.of(), List.of()));
    }
}
