package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.junit.jupiter.api.Test;

class StructureFinderTest {
    /** The people a citation's author field names, by the name they are given, from a whole document. */
    private static List<String> authors(String name, String content) {
        AnnotatedDocument doc = TokenizedSentences.blocks(name, content);
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Mention m : new StructureFinder().find(doc, s)) {
                if (m.type() == EntityType.PERSON) {
                    out.add(m.title() != null ? m.title() : m.surface());
                }
            }
        }
        return out;
    }

    @Test
    void bibtexAuthorsAreNamedGivenNameFirst() {
        String bib = "@article{lind2021,\n  title={Counting Crows},\n  author={Lind, Tomas and Okafor, Mei A. and Ana Berg},\n  year={2021}\n}\n";
        assertEquals(List.of("Tomas Lind", "Mei A. Okafor", "Ana Berg"),
                authors("a.md", "# Crows\n\nCite us:\n\n```bibtex\n" + bib + "```\n"));
        assertEquals(List.of("Tomas Lind", "Mei A. Okafor", "Ana Berg"),
                authors("a.rst", "Crows\n=====\n\nCite us:\n\n.. code-block:: bibtex\n\n   "
                        + bib.replace("\n", "\n   ") + "\n"));
    }
}
