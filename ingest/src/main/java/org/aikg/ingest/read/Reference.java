package org.aikg.ingest.read;

import java.util.List;

/**
 * A cited work as a structured citation file gives it (CFF's {@code references}, an R {@code bibentry()}), written
 * as one reference entry "Authors. Title. Venue, year. arXiv:N." whose authors are marked a person's and whose
 * title is marked a paper's when the work is a published one (linked to its arXiv page when the file gives the id).
 *
 * @param authors      in the file's order
 * @param title        the title as shown, or null
 * @param writtenTitle the title as the file writes it (braces and escapes in), where its place is looked for
 * @param venue        journal, proceedings or institution, or null
 * @param year         or null
 * @param arxiv        the arXiv id, or null
 * @param paper        whether the work is a paper or report (not software, a manual or a web page)
 */
record Reference(List<Author> authors, String title, String writtenTitle, String venue, String year, String arxiv,
                 boolean paper) {

    /**
     * An author: the name to write, whether it is a person's (else an organization's or a team's, written
     * unmarked), and the strings of the file it was made of (where the author's place is looked for).
     */
    record Author(String name, boolean person, List<String> parts) {}

    /** Writes the entry as a reference block through {@code w}. */
    void write(OrderedText w) {
        w.block(Block.Kind.REFERENCE, 0);
        boolean any = false;
        for (Author a : authors) {
            if (any) {
                w.piece(", ", null);
            }
            if (a.person()) {
                w.person(a.name(), a.parts());
            } else {
                w.value(a.name(), null);
            }
            any = true;
        }
        if (title != null) {
            if (any) {
                w.piece(". ", null);
            }
            w.value(title, writtenTitle, arxiv != null ? "https://arxiv.org/abs/" + arxiv : paper ? Link.TITLE_MARK : null);
            any = true;
        }
        if (venue != null) {
            w.piece(". ", null);
            w.value(venue, null);
        }
        if (year != null) {
            w.piece(", ", null);
            w.value(year, null);
        }
        if (arxiv != null) {
            w.piece(". arXiv:" + arxiv, null);
        }
        if (any) {
            w.piece(".", null);
        }
        w.end();
    }
}
