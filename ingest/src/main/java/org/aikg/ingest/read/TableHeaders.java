package org.aikg.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a table's column holds, read from its header cell ("Model", "Released by", "Base model", "Authors"): the
 * vocabulary both the name finders (which type a model column's ids) and the relation extractor (which relates a
 * row's cells) read tables with, and where a row's cells lie.
 *
 * <p>Thread-safety: stateless.
 */
public final class TableHeaders {
    private TableHeaders() {}

    /** How every reader joins a table row's cells ({@link Block.Kind#TABLE_ROW}). */
    public static final String CELL_SEPARATOR = " ; ";

    /**
     * Where the cells of a table row's text lie: {@code {start, end}} offsets in {@code row}, one pair per cell, in
     * order (an empty cell, as "a ;  ; b" writes it, is an empty span).
     */
    public static List<int[]> cells(String row) {
        List<int[]> cells = new ArrayList<>();
        int from = 0;
        while (true) {
            int sep = row.indexOf(CELL_SEPARATOR, from);
            int end = sep < 0 ? row.length() : sep;
            cells.add(new int[] {from, end});
            if (sep < 0) {
                return cells;
            }
            from = sep + CELL_SEPARATOR.length();
        }
    }

    /** What a column holds. */
    public enum Column { MODEL, ORGANIZATION, PAPER, BASE, PERSON, OTHER }

    /** The kind of thing the column under {@code header} holds ({@link Column#OTHER} when the header says none). */
    public static Column column(String header) {
        String h = header.toLowerCase(Locale.ROOT).strip();
        if (h.matches(".*\\b(built on|based on|base model|base|backbone|foundation model|fine-tuned from|parent model)\\b.*")) {
            return Column.BASE;
        }
        if (h.matches(".*\\b(model|models|system)\\s+(provider|vendor|publisher|owner|developer|creator|maker)s?\\b.*")) {
            return Column.ORGANIZATION; // "Model provider": who made the model, not the model
        }
        if (h.matches(".*\\b(model|models|system|architecture|method|name)\\b.*")) {
            return Column.MODEL;
        }
        if (h.matches(".*\\b(organi[sz]ation|org|lab|labs|company|developer|developed by|released by|built by|by|from|"
                + "creator|maker|team|affiliation|institution|employer|provider|vendor|publisher|owner)\\b.*")) {
            return Column.ORGANIZATION;
        }
        if (h.matches(".*\\b(paper|papers|publication|reference|references|arxiv|where to read|read)\\b.*")) {
            return Column.PAPER;
        }
        if (h.matches(".*\\b(author|authors|first author|researcher|researchers|person|people)\\b.*")) {
            return Column.PERSON;
        }
        return Column.OTHER;
    }
}
