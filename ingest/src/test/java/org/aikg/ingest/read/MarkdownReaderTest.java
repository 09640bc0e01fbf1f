package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    static final String SAMPLE = String.join("\n",
            "---",
            "title: \"Notes on Tiny Models\"",
            "date: 2021-03-05",
            "authors:",
            "  - Ada Example",
            "  - Bo Sample",
            "tags: [ml, nlp]",
            "---",
            "",
            "# Notes on *tiny* models",
            "",
            "We trained **SmolNet** on the `toy_corpus` data",
            "and it beat the __baseline__ by a wide margin.",
            "The variable snake_case_name stays, as does 2*3.",
            "",
            "See [the paper](https://example.org/paper.pdf \"PDF\") and <https://example.org/code>.",
            "Also https://example.org/raw_data_v2, which is bare.",
            "",
            "![FooNet-7B architecture](img/arch.png)",
            "",
            "| Model | Params |",
            "|-------|-------:|",
            "| SmolNet | 7M |",
            "",
            "> A quoted remark",
            "> over two lines.",
            "",
            "- first item",
            "- second item with [a link](http://x.example)",
            "  1. nested numbered",
            "",
            "```python",
            "print(\"hidden_code\")",
            "```",
            "",
            "Tom &amp; Jerry &lt;3 <b>bold html</b><br/>next.",
            "",
            "## References",
            "",
            "- Doe, J. 2020. A Study of Things.",
            "- Roe, R. 2021. Another Study.",
            "");

    private final MarkdownReader reader = new MarkdownReader();

    private Document read(String content) {
        Document d = reader.read(Path.of("t.md"), content);
        Texts.assertOffsetsHold(d);
        Texts.assertBlocksSeparated(d);
        return d;
    }

    @Test
    void frontMatterIsParsedAndLeftOutOfTheText() {
        Document d = read(SAMPLE);
        assertEquals(Format.MARKDOWN, d.format());
        assertEquals(Optional.of("Notes on Tiny Models"), d.metadata().title());
        assertEquals(Optional.of("2021-03-05"), d.metadata().date());
        assertEquals(Optional.of("Ada Example, Bo Sample"), d.metadata().author());
        assertFalse(d.text().contains("tags"));
        // the front matter's authors open the text as a byline, each name marked a person; nothing else of it
        assertTrue(d.text().startsWith("Ada Example, Bo Sample\n\nNotes on tiny models\n\n"), d.text());
        List<Link> marks = d.links().stream().filter(Link::structural).toList();
        assertEquals(2, marks.size());
        for (Link mark : marks) {
            Document.Span span = d.originalSpan(mark.start(), mark.end());
            assertEquals(d.text().substring(mark.start(), mark.end()), d.original().substring(span.start(), span.end()));
        }
    }

    @Test
    void aTitleOverlinedAsReStructuredTextDoesIsTheTitleAlone() {
        Document d = read("========\nWrenfold: a tagger for birdsong\n========\n\nIt tags songs.\n");
        Block title = d.blocks().get(0);
        assertEquals("Wrenfold: a tagger for birdsong", d.text().substring(title.start(), title.end()));
        assertEquals(Block.Kind.HEADING, title.kind());
    }

    @Test
    void handlesAreNotBylines() {
        Document d = read("---\nauthor: [zero_gravitas, jacky_liang]\n---\nBody text.\n");
        assertEquals("Body text.", d.text());
    }

    @Test
    void frontMatterVariants() {
        Document d = read("---\npublished: 'March 7, 2020'\nauthor: Single Person # comment\ntitle: A: B\n---\nBody text.\n");
        assertEquals(Optional.of("2020-03-07"), d.metadata().date());
        assertEquals(Optional.of("Single Person"), d.metadata().author());
        assertEquals(Optional.of("A: B"), d.metadata().title());
        assertEquals("Body text.", d.text());

        Document noDate = read("---\npubDate: sometime soon\n---\n# Heading One\n\nText.\n");
        assertEquals(Optional.empty(), noDate.metadata().date());
        assertEquals(Optional.of("Heading One"), noDate.metadata().title(), "falls back to the first heading");
    }

    @Test
    void emphasisAndHeadingMarkersAreStrippedButSnakeCaseStays() {
        Document d = read(SAMPLE);
        Block heading = d.blocks().get(1); // after the byline
        assertEquals(Block.Kind.HEADING, heading.kind());
        assertEquals(1, heading.level());
        assertEquals("Notes on tiny models", d.textOf(heading));
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains(
                "We trained SmolNet on the toy_corpus data and it beat the baseline by a wide margin. "
                        + "The variable snake_case_name stays, as does 2*3."));
        assertEquals("References", Texts.texts(d, Block.Kind.HEADING).get(1));
        assertEquals(2, d.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).skip(1).findFirst()
                .orElseThrow().level());
    }

    @Test
    void emphasisEdgeCases() {
        assertEquals("use my_var_name and a__b__c here", read("use my_var_name and a__b__c here").text());
        assertEquals("bold italic and strong", read("***bold italic*** and __strong__").text());
        assertEquals("5 * 3 = 15 and a*b", read("5 * 3 = 15 and a*b").text());
        assertEquals("unclosed **star stays", read("unclosed **star stays").text());
        assertEquals("escaped *not emphasis*", read("escaped \\*not emphasis\\*").text());
        assertEquals(List.of("Setext Title"), Texts.texts(read("Setext Title\n============\n\nBody."),
                Block.Kind.HEADING));
    }

    @Test
    void linksAreRecordedWithSpansAndUrls() {
        Document d = read(SAMPLE);
        assertEquals(List.of(
                "the paper -> https://example.org/paper.pdf",
                "https://example.org/code -> https://example.org/code",
                "https://example.org/raw_data_v2 -> https://example.org/raw_data_v2",
                "a link -> http://x.example"), Texts.linkTexts(d).stream().filter(t -> !t.contains("urn:aikg:")).toList());
        for (Link link : d.links()) {
            Document.Span span = d.originalSpan(link.start(), link.end());
            assertEquals(d.text().substring(link.start(), link.end()),
                    d.original().substring(span.start(), span.end()), "link text maps back verbatim");
        }
    }

    @Test
    void referenceStyleLinksAndAnchorsAndNestedBrackets() {
        Document d = read("Read [the spec][s] and [Intro [1]](#intro) and [plain].\n\n[s]: https://example.net/spec\n");
        assertEquals("Read the spec and Intro [1] and [plain].", d.text());
        assertEquals(List.of("the spec -> https://example.net/spec"), Texts.linkTexts(d));
    }

    @Test
    void imageAltTextIsItsOwnBlockWithoutALink() {
        Document d = read(SAMPLE);
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains("FooNet-7B architecture"));
        assertTrue(d.links().stream().noneMatch(l -> l.url().contains("arch.png")));

        Document inline = read("Before ![BarNet diagram](x.png) after text.");
        assertEquals(List.of("Before", "BarNet diagram", "after text."), Texts.texts(inline, Block.Kind.PARAGRAPH));

        Document linked = read("[![Badge](b.svg)](https://example.com/home)");
        assertEquals(List.of("Badge -> https://example.com/home"), Texts.linkTexts(linked));
    }

    @Test
    void statusBadgesSayNothing() {
        Document d = read("[![Travis Build Status](https://travis-ci.org/acme/wren.svg?branch=main)](https://travis-ci.org/acme/wren)\n"
                + "[![npm version](https://img.shields.io/npm/v/wren.svg)](https://npmjs.com/package/wren)\n\nWren reads speech.");
        assertEquals(List.of("Wren reads speech."), Texts.texts(d, Block.Kind.PARAGRAPH));
    }

    @Test
    void tablesBecomeRows() {
        Document d = read(SAMPLE);
        assertEquals(List.of("Model ; Params", "SmolNet ; 7M"), Texts.texts(d, Block.Kind.TABLE_ROW));
        assertFalse(d.text().contains("---"));
        assertFalse(d.text().contains("|"));
        Document noOuterPipes = read("Name | Year\n--- | ---\nAlpha | 2020\n\nAfter.");
        assertEquals(List.of("Name ; Year", "Alpha ; 2020"), Texts.texts(noOuterPipes, Block.Kind.TABLE_ROW));
        assertEquals(List.of("After."), Texts.texts(noOuterPipes, Block.Kind.PARAGRAPH));
    }

    @Test
    void listsQuotesCodeAndHtml() {
        Document d = read(SAMPLE);
        List<Block> items = d.blocks().stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).toList();
        assertEquals(List.of("first item", "second item with a link", "nested numbered"),
                items.stream().map(d::textOf).toList());
        assertEquals(List.of(1, 1, 2), items.stream().map(Block::level).toList());
        assertEquals(List.of("A quoted remark over two lines."), Texts.texts(d, Block.Kind.QUOTE));
        assertFalse(d.text().contains("hidden_code"), "fenced code is left out");
        Block code = d.blocks().stream().filter(b -> b.kind() == Block.Kind.CODE).findFirst().orElseThrow();
        assertEquals(code.start(), code.end());
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains("Tom & Jerry <3 bold html next."));
    }

    @Test
    void referenceSectionsAndNumberedEntries() {
        Document d = read(SAMPLE);
        assertEquals(List.of("Doe, J. 2020. A Study of Things.", "Roe, R. 2021. Another Study."),
                Texts.texts(d, Block.Kind.REFERENCE));

        Document numbered = read("Some intro.\n\n[1] Someone, A. 2020. First Title.\n[2] Other, B. 2021. Second Title.\n");
        assertEquals(List.of("[1] Someone, A. 2020. First Title.", "[2] Other, B. 2021. Second Title."),
                Texts.texts(numbered, Block.Kind.REFERENCE));

        // a list of entries, each behind an anchor the citation marks link to
        Document anchored = read("Corvid[[1]](#1) is small.\n\n---\n\n- <i id=1></i>[1] Someone, A. 2020. First Title.\n"
                + "    In Proceedings of a Workshop.\n- <a name=\"2\"></a>[2] Other, B. 2021. Second Title.\n- Not an entry.\n");
        assertEquals(List.of("[1] Someone, A. 2020. First Title. In Proceedings of a Workshop.", "[2] Other, B. 2021. Second Title."),
                Texts.texts(anchored, Block.Kind.REFERENCE));
        assertEquals(List.of("Not an entry."), Texts.texts(anchored, Block.Kind.LIST_ITEM));

        Document ended = read("## Further reading\n\nA book, 2019.\n\n## Next section\n\nOrdinary text.\n");
        assertEquals(List.of("A book, 2019."), Texts.texts(ended, Block.Kind.REFERENCE));
        assertEquals(List.of("Ordinary text."), Texts.texts(ended, Block.Kind.PARAGRAPH));
    }

    @Test
    void crlfAndBomAreHandled() {
        Document d = read("\uFEFF# Title\r\n\r\nLine one\r\nline two.\r\n");
        assertEquals("Title\n\nLine one line two.", d.text());
        assertEquals(3, d.originalOffset(0), "offsets point into the original, BOM included");
    }

    @Test
    void bibtexEntriesBecomeReferencesWithExactOffsets() {
        String md = "Cite us:\n\n```\n@misc{lind2025,\n  year = 2025,\n  title = {Small Birds {Fly} Far},\n"
                + "  author = {Ada Ferreira and Tomas Lind},\n  eprint = {2501.00005}\n}\n@article{broken,\n"
                + "  title = {Unclosed {brace,\n  author = {Mei Tanaka}\n}\n```\n";
        Document d = read(md);
        List<String> refs = Texts.texts(d, Block.Kind.REFERENCE);
        assertEquals(2, refs.size(), refs.toString());
        assertTrue(refs.get(0).startsWith("Small Birds Fly Far. Ada Ferreira, Tomas Lind"), refs.get(0));
        assertTrue(d.links().stream().anyMatch(l -> l.url().endsWith("2501.00005")), "the title links to its arXiv page");
        assertTrue(refs.get(1).contains("Mei Tanaka"), "a value with an open brace stops at the next field: " + refs.get(1));
        // author names are copied as written; a title loses its BibTeX braces
        for (Link mark : d.links().stream().filter(l -> l.url().equals(Link.AUTHOR_MARK)).toList()) {
            Document.Span span = d.originalSpan(mark.start(), mark.end());
            assertEquals(d.text().substring(mark.start(), mark.end()), d.original().substring(span.start(), span.end()));
        }
        assertEquals(List.of("Unclosed brace,"), d.links().stream().filter(l -> l.url().equals(Link.TITLE_MARK))
                .map(l -> d.text().substring(l.start(), l.end())).toList(), "a title without an arXiv id is marked a title");
    }

    @Test
    void aBibtexEntryIndentedAsCodeIsAReference() {
        Document d = read("# Cite\n\n\t@inproceedings{lind21,\n \ttitle = {Counting {B}irds},\n \tyear = {2021},\n"
                + " \tauthor = {A. Lind and T. Berg},\n \tbooktitle = {Proceedings of Bird Days}\n\t}\n");
        List<String> refs = Texts.texts(d, Block.Kind.REFERENCE);
        assertEquals(1, refs.size(), d.text());
        assertTrue(refs.get(0).startsWith("Counting Birds. A. Lind, T. Berg"), refs.get(0));
        // TeX's accents make their letters
        Document accents = read("```\n@misc{x, title = {Small Birds}, author = {Sch\\\"{o}nberg, Jan and G\\'omez, Ana"
                + " and Fran\\c{c}ois, Luc and G\\'{\\i}menez, Eva}}\n```\n");
        assertTrue(Texts.texts(accents, Block.Kind.REFERENCE).get(0).contains("Schönberg, Jan, Gómez, Ana, François, Luc, Gímenez, Eva"),
                Texts.texts(accents, Block.Kind.REFERENCE).toString());
    }

    @Test
    void bylinesReadWindowsLineEnds() {
        Document d = read("---\r\nauthors:\r\n  - Ada Ferreira\r\n  - Tomas Lind\r\n---\r\nBody text.\r\n");
        assertTrue(d.text().startsWith("Ada Ferreira, Tomas Lind"), d.text());
    }

    /** Commonmark tries block types in the set's order: a fixed order, the same in every JVM. */
    @Test
    void blockTypesAreTriedInCommonmarksOwnOrder() {
        assertEquals(List.of(org.commonmark.node.BlockQuote.class, org.commonmark.node.Heading.class,
                org.commonmark.node.FencedCodeBlock.class, org.commonmark.node.HtmlBlock.class,
                org.commonmark.node.ThematicBreak.class, org.commonmark.node.ListBlock.class),
                List.copyOf(MarkdownReader.BLOCK_TYPES));
    }

    @Test
    void aLineOverDashesIsAHeading() {
        Document d = read("The Wider View\n" + "-".repeat(40) + "\n\nA paragraph under it.\n");
        assertEquals(List.of("The Wider View"), Texts.texts(d, Block.Kind.HEADING));
        assertEquals(Optional.of("The Wider View"), d.metadata().title());
    }

    @Test
    void siteGeneratorTagsAreNotText() {
        Document d = read("# Release\n\n{{< button href=\"https://x.org/abc123XYZ\" label=\"GITHUB\" >}}\n\n"
                + "Text {% include note.html %} after {{ site.title }}.\n");
        assertEquals(List.of("Text after ."), Texts.texts(d, Block.Kind.PARAGRAPH));
        assertFalse(d.text().contains("GITHUB"), d.text());
    }

    @Test
    void shortLinesOfAParagraphAreAListOneEntryALine() {
        Document d = DocumentReaders.parse(Path.of("credits.md"),
                "# Credits\n\nThanks to everyone who helped.\n\nAna Lind  \nTomas Berg  \nquilldev  \nMei Okafor\n");
        assertEquals(List.of("Ana Lind", "Tomas Berg", "quilldev", "Mei Okafor"), Texts.texts(d, Block.Kind.LIST_ITEM));
        // wrapped prose stays one paragraph
        Document prose = DocumentReaders.parse(Path.of("notes.md"), "Corvid was trained\non speech from\nthree languages.\n");
        assertEquals(List.of("Corvid was trained on speech from three languages."), Texts.texts(prose, Block.Kind.PARAGRAPH));
        assertEquals(List.of(), Texts.texts(prose, Block.Kind.LIST_ITEM));
    }

    @Test
    void raisedIndexesStayApartFromTheNamesTheyFollow() {
        String md = "# Quail\n\n[Ana Lind](https://example.org/a)<sup>1</sup>, Tomas Berg<sup>1,2</sup>\n\n"
                + "<sup>2</sup>Vexar Labs. <sup>see CLD2</sup>\n";
        Document d = DocumentReaders.parse(Path.of("a.md"), md);
        assertEquals(List.of("Ana Lind¹, Tomas Berg¹,²", "²Vexar Labs. see CLD2"), Texts.texts(d, Block.Kind.PARAGRAPH));
        Document unclosed = DocumentReaders.parse(Path.of("b.md"), "# Quail\n\n[Ana Lind](https://example.org/a)<sup>1, Tomas Berg\n\n"
                + "Released in **2020** with 7 models.\n");
        assertEquals(List.of("Ana Lind1, Tomas Berg", "Released in 2020 with 7 models."), Texts.texts(unclosed, Block.Kind.PARAGRAPH),
                "an unclosed <sup> raises no digit past its block");
        int raised = d.text().indexOf('²');
        assertEquals('2', md.charAt(d.originalOffset(raised)), "a raised digit maps to the digit it stands for");
    }

    @Test
    void aCitationWrittenAFieldALineIsOneReferenceEntry() {
        Document d = read("## Citing\n\n**Counting birds with small radios**  \n*Ana Lind, Tomas Berg and Mei Okafor*  \n"
                + "Bird Informatics (2021)\n\nText.\n");
        Block entry = d.blocks().get(1);
        assertEquals(Block.Kind.REFERENCE, entry.kind());
        assertEquals("Counting birds with small radios. Ana Lind, Tomas Berg and Mei Okafor. Bird Informatics (2021)",
                d.text().substring(entry.start(), entry.end()));
        // a bold line before a paragraph of prose stays apart from it
        Document prose = read("**Counting birds with small radios**\nAna Lind wrote it with Tomas Berg in 2021.\n");
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH), prose.blocks().stream().map(Block::kind).toList());
        // nor does a line of names without a title before it
        Document names = read("Ana Lind, Tomas Berg\nBird Informatics (2021)\n");
        assertEquals(List.of(Block.Kind.PARAGRAPH), names.blocks().stream().map(Block::kind).toList());
    }
}
