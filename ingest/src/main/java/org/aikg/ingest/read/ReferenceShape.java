package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reference entries wherever a document lists them, not only under a "References" heading: a paragraph
 * or list item shaped like a citation (a list of authors in one of the common styles, then the year or a
 * quoted title, and somewhere a venue, pages or an identifier) becomes a {@link Block.Kind#REFERENCE}
 * block, so a "Publications" or "Papers using X" list is read as the bibliography it is.
 *
 * <p>The styles: APA and Harvard ("Doe, J., & Roe, R. (2021). Title."), ACL and ACM ("Jane Doe and Rob
 * Roe. 2021. Title. In ..."), IEEE ("J. Doe, R. Roe, and P. Poe, “Title,” in Proc. ..."), Springer ("Doe J,
 * Roe R (2021) Title. In: ..."), with an optional "[1]", "1." or "(1)" marker and "et al.".
 *
 * <p>Thread-safety: stateless.
 */
public final class ReferenceShape {
    private ReferenceShape() {}

    private static final String NAME = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)?";
    private static final String PARTICLE = "(?:(?:van|von|de|der|den|da|del|di|le|la|du|dos|ten|ter) )*";
    private static final String INITIALS = "(?:\\p{Lu}\\.[ -]?){1,4}";
    /** One author: "Doe, J.", "J. Doe", "Jane Doe", "Jane M. Doe", "Doe J" (Springer). */
    private static final String AUTHOR = "(?:" + PARTICLE + NAME + "(?: " + NAME + ")?, ?" + INITIALS
            + "|" + INITIALS + " ?" + PARTICLE + NAME
            + "|" + NAME + "(?: (?:\\p{Lu}\\. )?" + PARTICLE + NAME + "){1,2}"
            + "|" + NAME + " (?:\\p{Lu}\\.?){1,3}(?=[,(]| \\(| and | & ))";
    private static final String SEPARATOR = "(?:, ?(?:& ?|and )?| ?(?:&|and) )";
    /** The start of an entry: a marker, then authors, then the year or a quoted title. */
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:\\[\\d{1,4}]|\\d{1,4}\\.|\\(\\d{1,4}\\))?\\s*" + AUTHOR + "(?:" + SEPARATOR + AUTHOR + "){0,40}"
                    + "(?:,? et al\\.?)?"
                    + "(?:[ .,]*(?:\\((?:19|20)\\d{2}[a-z]?\\)[.,:]?|(?:19|20)\\d{2}[a-z]?[.,:])|, ?[“\"])");
    /** What only citations carry: a venue, pages, a volume, an identifier. */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:In:? (?:Proc|Proceedings|Advances|the [\\p{L} ]{0,40}(?:Conference|Workshop|Symposium|Meeting)|\\p{Lu}{2,})"
                    + "|Proceedings|Proc\\.|Journal|Transactions|Conference|Workshop|Symposium|Letters|vol\\.|Vol\\.|pp\\.?"
                    + " ?\\d|arXiv|doi|DOI|ISBN|Press|Springer|Elsevier|IEEE|ACM|\\d+ ?\\(\\d+\\) ?[,:] ?\\d+|, \\d{1,5} ?[-–] ?\\d{1,5}\\b)");
    private static final int MAX_LENGTH = 700;

    /** {@code document} with its citation-shaped paragraphs and list items made reference entries. */
    public static Document apply(Document document) {
        List<Block> blocks = document.blocks();
        List<Block> out = null;
        String text = document.text();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if ((b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM) && isEntry(text, b.start(), b.end())) {
                if (out == null) {
                    out = new ArrayList<>(blocks);
                }
                out.set(i, new Block(Block.Kind.REFERENCE, b.start(), b.end(), 0));
            }
        }
        if (out == null) {
            return document;
        }
        return new Document(document.path(), document.original(), document.format(), document.metadata(), text,
                document.offsets(), out, document.links(), document.lineStarts());
    }

    /** Whether {@code text[from, to)} reads as one citation. */
    static boolean isEntry(String text, int from, int to) {
        if (to - from < 30 || to - from > MAX_LENGTH) {
            return false;
        }
        CharSequence entry = text.subSequence(from, to);
        return HEAD.matcher(entry).lookingAt() && VENUE.matcher(entry).find();
    }
}
