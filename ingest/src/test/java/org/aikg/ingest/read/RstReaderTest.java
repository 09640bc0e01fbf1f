package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RstReaderTest {

    private static final String POST = """
            ==========================
            Notes on tiny models
            ==========================

            :date: 2024-03-05
            :author: Ada Example

            .. note:: This post is a summary,
               written in a hurry.

            The `Corvid model <https://example.org/corvid>`_ was trained by
            **Northwind AI** with *care*; see ``corvid.train()`` and `SmolNet`_.

            .. _SmolNet: https://example.org/smolnet

            Details
            -------

            * First item about Corvid
              continued on a second line.
            * Second item [1]_

            An example::

                hidden_code = 1

                more_hidden = 2

            .. code-block:: python

               also_hidden = 3

            .. image:: figure.png
               :width: 400

            .. a comment that nobody reads

               hidden_comment

            References
            ----------

            .. [1] Doe, J. 2020. A Study of Things.
            """;

    private static Document read(String rst) {
        Document d = DocumentReaders.parse(Path.of("post.rst"), rst);
        Texts.assertOffsetsHold(d);
        Texts.assertBlocksSeparated(d);
        return d;
    }

    @Test
    void isChosenByItsOwnConstructs() {
        assertSame(Format.RST, read(POST).format());
        assertSame(Format.RST, read("Intro\n\n.. note:: A note.\n").format());
        assertSame(Format.MARKDOWN, DocumentReaders.parse(Path.of("a.md"), "Title\n=====\n\nSome [link](https://x.org).\n").format());
        // one-line fenced code blocks are Markdown's, not titles between two adornments
        assertSame(Format.MARKDOWN, DocumentReaders.parse(Path.of("a.md"),
                "Install it:\n\n```\npip install wren\n```\n\nOr:\n\n```\nmake install\n```\n").format());
        // overlined titles of any adornment, "~" too, as long as their titles
        assertSame(Format.RST, DocumentReaders.parse(Path.of("a.rst"), "~~~~\nWren\n~~~~\n\nText.\n\n~~~~~~\nCorvid\n~~~~~~\n").format());
    }

    @Test
    void titlesFieldsAndSections() {
        Document d = read(POST);
        assertEquals(Optional.of("Notes on tiny models"), d.metadata().title());
        assertEquals(Optional.of("2024-03-05"), d.metadata().date());
        assertEquals(Optional.of("Ada Example"), d.metadata().author());
        assertEquals(List.of("Notes on tiny models", "Details", "References"), Texts.texts(d, Block.Kind.HEADING));
        assertEquals(List.of(1, 2, 2), d.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::level).toList());
    }

    @Test
    void inlineMarkupGoesAndLinksStay() {
        Document d = read(POST);
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains(
                "The Corvid model was trained by Northwind AI with care; see corvid.train() and SmolNet."), d.text());
        assertEquals(List.of("Corvid model -> https://example.org/corvid", "SmolNet -> https://example.org/smolnet"),
                Texts.linkTexts(d));
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains("This post is a summary, written in a hurry."), d.text());
    }

    @Test
    void listsReferencesAndWhatIsLeftOut() {
        Document d = read(POST);
        assertEquals(List.of("First item about Corvid continued on a second line.", "Second item [1]"),
                Texts.texts(d, Block.Kind.LIST_ITEM));
        assertEquals(List.of("[1] Doe, J. 2020. A Study of Things."), Texts.texts(d, Block.Kind.REFERENCE));
        assertTrue(Texts.texts(d, Block.Kind.PARAGRAPH).contains("An example:"), d.text());
        for (String gone : List.of("hidden", ":width:", "figure.png", "comment", "_SmolNet", "2024-03-05")) {
            assertFalse(d.text().contains(gone), gone + " should not be read: " + d.text());
        }
        assertEquals(2, d.blocks().stream().filter(b -> b.kind() == Block.Kind.CODE).count());
    }
}
