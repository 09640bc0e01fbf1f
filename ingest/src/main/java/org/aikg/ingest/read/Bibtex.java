package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BibTeX entries ({@code @article{key, title={...}, author={A and B}, journal={arXiv preprint
 * arXiv:2401.01234}}}) out of a fenced block, so that a post's "cite this work" block becomes reference
 * entries like any other: the authors, the title in quotes, the arXiv id. Each character keeps its offset
 * in the original file, and fields are given in the order they are written, so evidence offsets stay
 * exact. Anything that is not a well-formed entry is left alone (the block stays code).
 *
 * <p>Thread-safety: stateless.
 */
final class Bibtex {
    private Bibtex() {}

    private static final Pattern ENTRY = Pattern.compile("@([A-Za-z]+)\\s*\\{\\s*[^,{}\\s]*\\s*,");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)\\s*=\\s*([{\"]|[\\w.:/-]+)");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    /** A line that starts the next field: where a value with unbalanced braces must stop. */
    private static final Pattern NEXT_FIELD = Pattern.compile("\\n\\s*[A-Za-z]+\\s*=");
    private static final Pattern ARXIV = Pattern.compile("(\\d{4}\\.\\d{4,5})");
    private static final Pattern WRITTEN_ARXIV = Pattern.compile("(?i)arxiv:\\s*\\d{4}\\.\\d{4,5}");
    private static final int MAX_ENTRY = 20_000;
    /** BibTeX entry types that are research papers or reports (not manuals, books or software). */
    static final java.util.Set<String> PAPER_TYPES = java.util.Set.of("article", "inproceedings", "conference",
            "techreport", "phdthesis", "mastersthesis", "incollection", "unpublished");

    /** Text to add to the clean text, with the original offset of each character, and a link target or null. */
    record Piece(String text, int[] offsets, String url) {
        Piece(String text, int[] offsets) {
            this(text, offsets, null);
        }
    }

    /** One entry: its pieces in the order they are to be emitted. */
    record Entry(List<Piece> pieces) {}

    /**
     * Writes the entries of {@code original[from, to)} to {@code out} as reference blocks, each ended through
     * {@code outline}; the number written. Shared by the readers of every format with code blocks.
     */
    static int emit(String original, int from, int to, TextBuilder out, Outline outline) {
        List<Entry> entries = entries(original, from, to);
        for (Entry e : entries) {
            out.begin(Block.Kind.REFERENCE, 0);
            for (Piece piece : e.pieces()) {
                int linkStart = out.nextCharIndex();
                for (int k = 0; k < piece.text().length(); k++) {
                    out.append(piece.text().charAt(k), piece.offsets()[k]);
                }
                if (piece.url() != null) {
                    out.link(linkStart, out.nextCharIndex(), piece.url());
                }
            }
            if (out.inBlock()) {
                outline.ended(out.end(), out);
            }
        }
        return entries.size();
    }

    /** The entries in {@code original[from, to)}; empty when there are none. */
    static List<Entry> entries(String original, int from, int to) {
        List<Entry> out = new ArrayList<>();
        Matcher e = ENTRY.matcher(original);
        int at = from;
        while (at < to && e.region(at, to).find()) {
            String type = e.group(1).toLowerCase(java.util.Locale.ROOT);
            if (type.equals("comment") || type.equals("string") || type.equals("preamble")) {
                at = e.end();
                continue;
            }
            List<int[]> fields = new ArrayList<>(); // name index, value start, value end
            List<String> names = new ArrayList<>();
            int p = e.end();
            int limit = Math.min(to, e.start() + MAX_ENTRY);
            Matcher f = FIELD.matcher(original);
            while (p < limit) {
                f.region(p, limit);
                if (!f.lookingAt() && !skipToField(f, original, p, limit)) {
                    break;
                }
                String opener = f.group(2);
                int valueStart = opener.equals("{") || opener.equals("\"") ? f.end() : f.start(2);
                int valueEnd = opener.equals("{") ? closeBrace(original, valueStart, limit)
                        : opener.equals("\"") ? original.indexOf('"', valueStart) : f.end(2);
                if (valueEnd < 0 || valueEnd > limit) {
                    break;
                }
                names.add(f.group(1).toLowerCase(java.util.Locale.ROOT));
                fields.add(new int[] {valueStart, valueEnd});
                p = valueEnd + 1;
            }
            String arxivId = null;
            for (int k = 0; k < fields.size() && arxivId == null; k++) {
                arxivId = arxivId(original, fields.get(k)[0], fields.get(k)[1]);
            }
            // a paper is published somewhere: an article, proceedings, a report or thesis, or an entry
            // naming a journal or venue; "@misc{..., howpublished={url}}" cites a blog post or a page
            boolean paper = PAPER_TYPES.contains(type) || names.contains("journal") || names.contains("booktitle")
                    || names.contains("eprint") || names.contains("archiveprefix");
            List<Piece> pieces = new ArrayList<>();
            boolean wroteAny = false;
            for (int k = 0; k < fields.size(); k++) {
                int valueStart = fields.get(k)[0];
                int valueEnd = fields.get(k)[1];
                if (names.get(k).equals("author")) {
                    if (wroteAny) {
                        pieces.add(new Piece(". ", new int[] {valueStart, valueStart}));
                    }
                    pieces.addAll(authors(original, valueStart, valueEnd));
                    wroteAny = true;
                    continue;
                }
                Piece piece = switch (names.get(k)) {
                    // the title links to its arXiv page when the entry gives the id, as a markdown link would
                    case "title" -> arxivId != null ? linked(original, valueStart, valueEnd, "https://arxiv.org/abs/" + arxivId)
                            : paper ? linked(original, valueStart, valueEnd, Link.TITLE_MARK) : quoted(original, valueStart, valueEnd);
                    case "journal", "eprint", "url", "booktitle", "note", "howpublished" -> arxiv(original, valueStart, valueEnd);
                    default -> null;
                };
                if (piece != null) {
                    if (wroteAny) {
                        pieces.add(new Piece(". ", new int[] {valueStart, valueStart}));
                    }
                    pieces.add(piece);
                    wroteAny = true;
                }
            }
            if (wroteAny) {
                pieces.add(new Piece(".", new int[] {Math.max(from, p - 1)}));
                out.add(new Entry(pieces));
            }
            at = Math.max(p, e.end());
        }
        return out;
    }

    private static boolean skipToField(Matcher f, String original, int p, int limit) {
        // past the separating comma and white space to the next "name ="
        int k = p;
        while (k < limit && (original.charAt(k) == ',' || Character.isWhitespace(original.charAt(k)))) {
            k++;
        }
        if (k >= limit || original.charAt(k) == '}') {
            return false;
        }
        f.region(k, limit);
        return f.lookingAt();
    }

    private static int closeBrace(String s, int from, int limit) {
        int depth = 1;
        for (int k = from; k < limit; k++) {
            char c = s.charAt(k);
            if (c == '\n' && NEXT_FIELD.matcher(s).region(k, limit).lookingAt()) {
                return k; // braces left open: the value ends where the next field begins
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The marker a reader puts on a span that a citation's author field names: a person, by construction. */
    static final String AUTHOR = Link.AUTHOR_MARK;

    /**
     * "A and B and C" → "A, B, C": one piece per name, each marked {@link #AUTHOR}, and a separator piece
     * mapped to the " and " it replaces; braces dropped.
     */
    private static List<Piece> authors(String s, int from, int to) {
        List<Piece> out = new ArrayList<>();
        Matcher and = AND.matcher(s);
        int k = from;
        while (k < to) {
            boolean more = and.region(k, to).find();
            int nameEnd = more ? and.start() : to;
            StringBuilder b = new StringBuilder();
            List<Integer> offs = new ArrayList<>();
            copy(s, k, nameEnd, b, offs);
            if (!b.toString().isBlank() && !b.toString().strip().equalsIgnoreCase("others")) {
                Piece name = piece(b, offs);
                out.add(new Piece(name.text(), name.offsets(), AUTHOR));
            }
            if (!more) {
                break;
            }
            out.add(new Piece(", ", new int[] {and.start(), and.start()}));
            k = and.end();
        }
        return out;
    }

    /** The title in quotes, braces dropped; the quotes map to the value's ends. */
    private static Piece quoted(String s, int from, int to) {
        StringBuilder b = new StringBuilder("\"");
        List<Integer> offs = new ArrayList<>(List.of(from));
        copy(s, from, to, b, offs);
        b.append('"');
        offs.add(Math.max(from, to - 1));
        return piece(b, offs);
    }

    /** The title as link text to {@code url}, braces dropped. */
    private static Piece linked(String s, int from, int to, String url) {
        StringBuilder b = new StringBuilder();
        List<Integer> offs = new ArrayList<>();
        copy(s, from, to, b, offs);
        Piece p = piece(b, offs);
        return new Piece(p.text(), p.offsets(), url);
    }

    /**
     * The field's "arXiv:2401.01234" as written, every character from its own place, when the field holds one;
     * null otherwise (a bare id is carried by the title's link instead: letters never stand in for others).
     */
    private static Piece arxiv(String s, int from, int to) {
        Matcher m = WRITTEN_ARXIV.matcher(s);
        m.region(from, to);
        if (!m.find()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        List<Integer> offs = new ArrayList<>();
        copy(s, m.start(), m.end(), b, offs);
        return piece(b, offs);
    }

    /** The arXiv id a field gives, written "arXiv:2401.01234", "arXiv preprint arXiv:…" or bare; null if none. */
    private static String arxivId(String s, int from, int to) {
        String v = s.substring(from, to);
        Matcher m = ARXIV.matcher(v);
        if (!m.find() || !(v.toLowerCase(java.util.Locale.ROOT).contains("arxiv") || v.strip().matches("\\d{4}\\.\\d{4,5}(v\\d+)?"))) {
            return null;
        }
        return m.group(1);
    }

    private static void copy(String s, int from, int to, StringBuilder b, List<Integer> offs) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 2 < to && "\"'`^~cvHkru".indexOf(s.charAt(k + 1)) >= 0
                    && (Character.isLetter(s.charAt(k + 1)) ? s.charAt(k + 2) == '{' : true)) {
                // "Sch\\"{o}nberger", "G\\'omez", "Fran\\c{c}ois", "G\\'{\\i}menez": TeX's accent on the next letter
                // (a dotless i written "\\i") makes one letter
                int letter = s.charAt(k + 2) == '{' ? k + 3 : k + 2;
                if (letter + 1 < to && s.charAt(letter) == '\\' && (s.charAt(letter + 1) == 'i' || s.charAt(letter + 1) == 'j')) {
                    letter++;
                }
                String composed = letter < to ? TexMarkup.accented(s.charAt(k + 1), s.charAt(letter)) : null;
                if (composed != null) {
                    b.append(composed);
                    offs.add(k);
                    k = letter;
                    continue;
                }
            }
            if (c == '{' || c == '}' || c == '\\') {
                continue;
            }
            b.append(Character.isWhitespace(c) ? ' ' : c);
            offs.add(k);
        }
    }

    private static Piece piece(StringBuilder b, List<Integer> offs) {
        int[] o = new int[offs.size()];
        for (int k = 0; k < o.length; k++) {
            o[k] = offs.get(k);
        }
        return new Piece(b.toString(), o);
    }
}
