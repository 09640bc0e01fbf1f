package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured authors in front matter: indexed affiliations, names, and an article's title. */
class FrontMatterAuthorsTest {
    private static final String ARTICLE = """
            ---
            title: 'Heron: a toolkit for bird song classification'
            authors:
              - name: Mei Okafor
                affiliation: 1
              - name: Tomas Berg
                affiliation: "1, 2"
            affiliations:
             - name: Harbor University
               index: 1
             - name: Institute of Acoustics, Velto Labs
               index: 2
            bibliography: paper.bib
            ---

            # Summary

            Heron sorts bird songs.
            """;


    @Test
    void anArticlesAuthorsWroteItsTitleAndWorkWhereTheirIndexesSay() {
        Document d = DocumentReaders.parse(Path.of("paper.md"), ARTICLE);
        assertEquals(List.of("Mei Okafor, Tomas Berg, Heron: a toolkit for bird song classification"),
                Texts.texts(d, Block.Kind.REFERENCE));
        assertEquals(List.of("Mei Okafor (Harbor University)", "Tomas Berg (Harbor University)",
                "Tomas Berg (Institute of Acoustics, Velto Labs)"), Texts.texts(d, Block.Kind.LIST_ITEM));
        assertEquals(List.of("Heron: a toolkit for bird song classification"), Texts.marked(d, Link.TITLE_MARK));
        // a list of a unit and its parent is left to the name finders
        assertEquals(List.of("Harbor University", "Harbor University"), Texts.marked(d, Link.AFFILIATION_MARK));
    }

    @Test
    void aPostWithAuthorsIsNoArticle() {
        String post = "---\ntitle: Why birds sing\nauthors:\n  - name: Mei Okafor\n    affiliation: Harbor University\n---\n\nText.\n";
        Document d = DocumentReaders.parse(Path.of("post.md"), post);
        assertEquals(List.of(), Texts.marked(d, Link.TITLE_MARK));
        assertEquals(List.of("Mei Okafor (Harbor University)"), Texts.texts(d, Block.Kind.LIST_ITEM));
    }

    @Test
    void authorsWithoutMappingsGiveNothing() {
        String post = "---\ntitle: Why birds sing\nauthors: [Mei Okafor, Tomas Berg]\n---\n\nText.\n";
        Document d = DocumentReaders.parse(Path.of("post.md"), post);
        assertEquals(List.of(), Texts.texts(d, Block.Kind.LIST_ITEM));
    }
}
