package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper a post's front matter names: its parts, split as names are, and no work on what is no field. */
class PaperFieldsTest {
    private static List<String> texts(String fm, PaperFields.Kind kind) {
        return PaperFields.parts(fm, fm.length()).stream().filter(p -> p.kind() == kind)
                .map(p -> fm.substring(p.start(), p.end())).toList();
    }

    @Test
    void authorsOrganizationsTitleAndLink() {
        String fm = "paper_title: Corvid-3 Technical Report\npaper_authors: Ada Ferreira, Tomas Lind and Mei Tanaka et al.\n"
                + "paper_orgs: Northwind AI, ETH Zurich & Mila\npaper_link: https://arxiv.org/abs/2411.01234\n";
        assertEquals(List.of("Corvid-3 Technical Report"), texts(fm, PaperFields.Kind.TITLE));
        assertEquals(List.of("Ada Ferreira", "Tomas Lind", "Mei Tanaka"), texts(fm, PaperFields.Kind.AUTHOR));
        assertEquals(List.of("Northwind AI", "ETH Zurich", "Mila"), texts(fm, PaperFields.Kind.ORGANIZATION));
        assertEquals(List.of("https://arxiv.org/abs/2411.01234"), texts(fm, PaperFields.Kind.LINK));
    }

    @Test
    void noTitleNoPaper() {
        assertEquals(List.of(), PaperFields.parts("paper_authors: Ada Ferreira\n", 27));
    }

    @Test
    void aRunOfSpacesIsReadOnceAndAnOverlongValueIsNoField() {
        String spaces = " ".repeat(200_000);
        String fm = "paper_title: X\npaper_authors: Ada Ferreira" + spaces + "Tomas Lind, Mei Tanaka\n";
        // the value is over the longest a field may be: the authors are not read, the title still is
        assertEquals(List.of(), texts(fm, PaperFields.Kind.AUTHOR));
        assertEquals(List.of("X"), texts(fm, PaperFields.Kind.TITLE));
        String names = "paper_title: X\npaper_authors: Ada Ferreira," + " ".repeat(1_500) + "Tomas Lind\n";
        assertEquals(List.of("Ada Ferreira", "Tomas Lind"), texts(names, PaperFields.Kind.AUTHOR));
    }
}
