package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkRulesTest {
    /** Whether {@code name}, written in {@code entry} after {@code title}, edited the volume by {@link LinkRules#editor}. */
    private static boolean editor(String entry, String title, String name) {
        int titleEnd = entry.indexOf(title) + title.length();
        int at = entry.indexOf(name, titleEnd);
        return LinkRules.editor(entry, titleEnd, at, at + name.length());
    }

    @Test
    void peopleWhoEditedTheVolumeAreNoAuthors() {
        String chicago = "Lind, Ana, and Tomas Berg. 2019. “Small Decoders for Radios.” In Radio Days 2019, Proceedings, "
                + "edited by Nia Okafor, Jo Park, and Mei Tanaka, 34–43. Oslo: Velto Press.";
        assertTrue(editor(chicago, "Small Decoders for Radios", "Nia Okafor"));
        assertTrue(editor(chicago, "Small Decoders for Radios", "Mei Tanaka"));
        String apa = "Berg, T. (2020). Counting herons. In N. Okafor & J. Park (Eds.), Birds and Machines (pp. 1–9). Velto Press.";
        assertTrue(editor(apa, "Counting herons", "N. Okafor"));
        assertTrue(editor(apa, "Counting herons", "J. Park"));
        String springer = "Berg T.: Counting herons. In: Okafor N., Park J., editors, Birds and Machines, pp. 1–9. Velto (2020)";
        assertTrue(editor(springer, "Counting herons", "Okafor N."));
        String nlm = "Berg T. Counting herons. In: Okafor N, Park J, editors. Birds and Machines. Oslo: Velto; 2020. p. 1-9.";
        assertTrue(editor(nlm, "Counting herons", "Okafor N"));
        String oneEditor = "Berg, Tomas. 2020. “Counting Herons.” In Birds and Machines, ed. Lena Vogt, 1–9. Oslo: Velto.";
        assertTrue(editor(oneEditor, "Counting Herons", "Lena Vogt"));
        String ieee = "T. Berg, “Counting herons,” in Birds and Machines, J. Park, Ed. Oslo: Velto, 2020, pp. 1–9.";
        assertTrue(editor(ieee, "Counting herons", "J. Park"));
    }

    @Test
    void whomTheVolumeHonoursWroteNothingInIt() {
        String festschrift = "Okafor, N. and Berg, T. (2015), Counting herons at dusk. Birds and Machines: Essays in "
                + "Honor of Marta K. Sorensen. Velto Press, pages 33-51.";
        assertTrue(editor(festschrift, "Counting herons at dusk", "Marta K. Sorensen"));
        String memorial = "Lind, A. (2011). Radar counts. In Essays in memory of Jo Park (pp. 1-9). Velto.";
        assertTrue(editor(memorial, "Radar counts", "Jo Park"));
        // every person the phrase names, titles and all
        String two = "Lind, A. (2011). Radar counts. Essays in Honour of Professor Marta Sorensen and Jo Park. Velto.";
        assertTrue(editor(two, "Radar counts", "Marta Sorensen"));
        assertTrue(editor(two, "Radar counts", "Jo Park"));
        // the authors of a title-first entry come before the phrase: they wrote it
        String titleFirst = "Counting herons. Nia Okafor, Jo Park. In: Essays in Honor of Marta Sorensen. Velto, 2020.";
        assertFalse(editor(titleFirst, "Counting herons", "Nia Okafor"));
        assertTrue(editor(titleFirst, "Counting herons", "Marta Sorensen"));
        // a sentence's period ends the phrase's reach
        String later = "Lind, A. (2011). Radar counts. Essays in honor of the coast. Tomas Berg edited the notes.";
        assertFalse(editor(later, "Radar counts", "Tomas Berg"));
    }

    @Test
    void authorsWrittenAfterTheTitleStayAuthors() {
        // BibTeX and "Title, by A and B" put the authors after the title
        String bib = "title = {Counting herons}, author = {Nia Okafor and Jo Park}, booktitle = {Birds and Machines, ed. 2}";
        assertFalse(editor(bib, "Counting herons", "Nia Okafor"));
        String by = "Counting herons, by Nia Okafor and Jo Park. Velto Press, 2020 (2nd ed.).";
        assertFalse(editor(by, "Counting herons", "Jo Park"));
        String titleFirst = "Counting herons, by Nia Okafor, in Jo Park (ed.), Handbook of Birds, 2020.";
        assertFalse(editor(titleFirst, "Counting herons", "Nia Okafor"));
        assertTrue(editor(titleFirst, "Counting herons", "Jo Park"));
        String edition = "Counting herons, Nia Okafor, 2nd ed. Velto Press, 2020.";
        assertFalse(editor(edition, "Counting herons", "Nia Okafor"));
    }
}
