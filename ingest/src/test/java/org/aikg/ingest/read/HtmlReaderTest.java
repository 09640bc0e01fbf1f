package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Tiny Models Weekly &mdash; Issue 3</title>
            <meta name="author" content="Ada Example">
            <meta property="article:published_time" content="2024-02-09T08:00:00Z">
            <script type="application/ld+json">{"@type": "BlogPosting",
              "author": {"@type": "Person", "name": "Bo Sample", "affiliation": "Northwind AI"}}</script>
            <style>p { color: red }</style>
            </head><body>
            <nav class="site-nav"><a href="/">Home</a> <a href="/about">About us</a></nav>
            <div class="page-with-sidebar">
            <aside class="sidebar"><p>Subscribe to our list of offers.</p></aside>
            <article>
            <h1>Tiny Models Weekly</h1>
            <p>This week <a href="https://example.org/corvid">Corvid-7B</a> came out of
               Northwind&nbsp;AI &amp; friends.<br>It is small.</p>
            <ul><li>First item about <b>SmolNet</b></li><li><p>Second item</p></li></ul>
            <table><tr><th>Model</th><th>Params</th></tr><tr><td>SmolNet</td><td>7M</td></tr></table>
            <blockquote><p>A quoted remark.</p></blockquote>
            <pre><code>hidden_code = 1</code></pre>
            <h2>References</h2>
            <div id="refs"><div class="csl-entry">Doe, J. 2020. A Study of Things.</div></div>
            </article>
            </div>
            <footer class="site-footer"><p>Copyright notice.</p></footer>
            <script>var hidden_script = 1;</script>
            </body></html>
            """;

    private static Document read(String html) {
        Document d = DocumentReaders.parse(Path.of("page.html"), html);
        Texts.assertOffsetsHold(d);
        Texts.assertBlocksSeparated(d);
        return d;
    }

    @Test
    void pagesAreChosenByContent() {
        assertSame(Format.HTML, read(PAGE).format());
        assertSame(Format.HTML, read("<html><body><p>Only a paragraph.</p></body></html>").format());
        assertSame(Format.HTML, read("\n<!-- saved -->\n<!doctype HTML><p>Text</p>").format());
        assertSame(Format.MARKDOWN, DocumentReaders.parse(Path.of("a.md"), "# Title\n\n<p>inline html</p>\n").format());
    }

    @Test
    void aDefinitionListsTermAndDescriptionAreOneEntry() {
        Document d = read("<html><body><dl><dt>Ana Lind</dt><dd>Harbor University</dd>"
                + "<dt>Corvid</dt><dd>a small model for birds</dd><dd>a second description</dd></dl></body></html>");
        assertEquals(List.of("Ana Lind: Harbor University", "Corvid: a small model for birds", "a second description"),
                d.blocks().stream().map(b -> d.text().substring(b.start(), b.end())).toList());
    }

    @Test
    void metadataComesFromThePagesOwnStatements() {
        Document d = read(PAGE);
        assertEquals(Optional.of("Tiny Models Weekly — Issue 3"), d.metadata().title());
        assertEquals(Optional.of("2024-02-09"), d.metadata().date());
        assertEquals(Optional.of("Ada Example, Bo Sample"), d.metadata().author());
    }

    @Test
    void theBylineMarksPeopleAndTheirStatedAffiliations() {
        Document d = read(PAGE);
        assertEquals("Ada Example, Bo Sample (Northwind AI)", d.textOf(d.blocks().get(0)));
        List<String> marks = d.links().stream().filter(Link::structural)
                .map(l -> d.text().substring(l.start(), l.end()) + " " + l.url()).toList();
        assertEquals(List.of("Ada Example " + Link.AUTHOR_MARK, "Bo Sample " + Link.AUTHOR_MARK,
                "Northwind AI " + Link.AFFILIATION_MARK), marks);
        for (Link mark : d.links()) {
            Document.Span span = d.originalSpan(mark.start(), mark.end());
            assertEquals(d.text().substring(mark.start(), mark.end()), d.original().substring(span.start(), span.end()));
        }
    }

    @Test
    void thePostIsReadAndThePageAroundItIsNot() {
        Document d = read(PAGE);
        assertEquals(List.of("Tiny Models Weekly", "References"), Texts.texts(d, Block.Kind.HEADING));
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains(
                "This week Corvid-7B came out of Northwind AI & friends. It is small."), d.text());
        assertEquals(List.of("First item about SmolNet", "Second item"), Texts.texts(d, Block.Kind.LIST_ITEM));
        assertEquals(List.of("Model ; Params", "SmolNet ; 7M"), Texts.texts(d, Block.Kind.TABLE_ROW));
        assertEquals(List.of("A quoted remark."), Texts.texts(d, Block.Kind.QUOTE));
        assertEquals(List.of("Doe, J. 2020. A Study of Things."), Texts.texts(d, Block.Kind.REFERENCE));
        assertEquals(1, d.blocks().stream().filter(b -> b.kind() == Block.Kind.CODE).count());
        for (String gone : List.of("Home", "About us", "Subscribe", "Copyright", "hidden_code", "hidden_script", "color")) {
            assertFalse(d.text().contains(gone), gone + " should not be read: " + d.text());
        }
        assertEquals(List.of("Corvid-7B -> https://example.org/corvid"), d.links().stream()
                .filter(l -> !l.structural()).map(l -> d.text().substring(l.start(), l.end()) + " -> " + l.url()).toList());
    }

    @Test
    void decodedCharactersMapToTheirReferences() {
        Document d = read(PAGE);
        int amp = d.text().indexOf(" & friends") + 1;
        assertEquals("&amp;", d.original().substring(d.originalOffset(amp), d.originalOffset(amp) + 5));
        int corvid = d.text().indexOf("Corvid-7B");
        assertEquals("Corvid-7B", d.original().substring(d.originalOffset(corvid), d.originalOffset(corvid) + 9));
    }

    @Test
    void brokenHtmlIsStillRead() {
        Document d = read("<html><body><p>Unclosed <b>bold <i>and <p>next paragraph &bogus; text</body>");
        assertTrue(d.text().contains("Unclosed bold and"), d.text());
        assertTrue(d.text().contains("next paragraph &bogus; text"), d.text());
    }

    @Test
    void htmlBlocksInsideMarkdownAreReadAsBlocks() {
        Document d = DocumentReaders.parse(Path.of("a.md"), """
                # Notes

                <div class="note"><p>First <a href="https://example.org/x">linked</a> remark.</p>
                <p>Second remark &amp; more.</p></div>

                Markdown again.
                """);
        Texts.assertOffsetsHold(d);
        assertEquals(List.of("First linked remark.", "Second remark & more.", "Markdown again."),
                Texts.texts(d, Block.Kind.PARAGRAPH));
        assertEquals(List.of("linked -> https://example.org/x"), Texts.linkTexts(d));
    }

    @Test
    void raisedIndexesStayApartFromTheNamesTheyFollow() {
        Document d = read("<html><body><p>Ana Lind<sup>1</sup>, Tomas Berg<sup>1,2</sup></p>"
                + "<p>Footnote<sup>see CLD2</sup></p></body></html>");
        assertEquals(List.of("Ana Lind¹, Tomas Berg¹,²", "Footnotesee CLD2"), Texts.texts(d, Block.Kind.PARAGRAPH));
    }
}
