package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.TableHeaders;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Relations stated by markdown tables: the header says what each column holds ("Model",
 * "Organization" / "Released by", "Paper", "Built on", "Authors"), and every row then relates its
 * cells: the model of a row was developed by the organization in its row, introduced in its paper,
 * built on its base model; a row of one organization lists the models it made ("| Velto Labs | Corvid-7B, Corvid-13B |"). The row is the evidence. A transposed table (a header of models, a first column of
 * attributes: "| Developer | Velto | Quillon |") is read column by column.
 *
 * <p>Thread-safety: stateless.
 */
final class TableRelations {
    private TableRelations() {}

    /** A cell of a row: its span in the clean text. */
    private record Cell(int start, int end) {}

    private static List<Cell> cells(Sentence row) {
        return TableHeaders.cells(row.text()).stream().map(c -> new Cell(row.start() + c[0], row.start() + c[1])).toList();
    }


    /**
     * Adds the relations of every table in the document.
     *
     * @param sentences the document's sentences
     * @param mentions  the resolved mentions of each sentence, index for index
     */
    static void extract(List<Sentence> sentences, List<List<ResolvedMention>> mentions, Map<String, Relation> out,
                        double confidence) {
        List<TableHeaders.Column> roles = null;
        List<Entity> columnModels = null; // a transposed table's model per column, or null
        boolean makersListModels = false;
        List<Listed> listed = new ArrayList<>(); // one table's rows of one maker and its models
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.kind() != Block.Kind.TABLE_ROW) {
                roles = null;
                stateListed(listed, out, confidence);
                continue;
            }
            List<Cell> cells = cells(s);
            if (roles == null) {
                roles = new ArrayList<>();
                makersListModels = true;
                for (Cell c : cells) {
                    String header = s.text().substring(c.start() - s.start(), c.end() - s.start());
                    roles.add(TableHeaders.column(header));
                    makersListModels &= !NOT_MADE.matcher(header).find();
                }
                columnModels = transposedHeader(s, cells, roles, mentions.get(k));
                continue;
            }
            if (columnModels != null) {
                transposedRow(s, cells, columnModels, mentions.get(k), out, confidence);
            } else {
                row(s, cells, roles, mentions.get(k), out, confidence, makersListModels ? listed : null);
            }
        }
        stateListed(listed, out, confidence);
    }

    /** Header words of a table that lists what an organization runs, serves or tested, not what it made. */
    private static final java.util.regex.Pattern NOT_MADE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:evaluated|tested|served|hosted|supported|available|used|deployed|benchmarked|compared|fine-tuned|runs?)\\b");

    /** A model of a row that lists one organization's models, pending the rest of its table. */
    private record Listed(Entity model, Entity org, Sentence row) {}

    /**
     * States the pending rows' facts: a model that two organizations' rows list is served or run by some of them, so none
     * is its maker by the table alone.
     */
    private static void stateListed(List<Listed> listed, Map<String, Relation> out, double confidence) {
        for (Listed l : listed) {
            boolean shared = listed.stream().anyMatch(o -> o.model().equals(l.model()) && !o.org().equals(l.org()));
            if (!shared) {
                add(l.model(), Predicate.DEVELOPED_BY, l.org(), l.row(), out, confidence);
            }
        }
        listed.clear();
    }

    /**
     * "| | Corvid-7B | Heron-2 |": a header that names one model per column after the first, and no kind of column,
     * opens a transposed table, whose rows each give one attribute of every model ("| Developer | Velto | Quillon |").
     * The model of each header cell (null where a cell names none), or null when the table is not transposed.
     */
    private static List<Entity> transposedHeader(Sentence s, List<Cell> cells, List<TableHeaders.Column> roles, List<ResolvedMention> in) {
        List<Entity> models = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            if (roles.get(c) != TableHeaders.Column.OTHER && roles.get(c) != TableHeaders.Column.MODEL) {
                return null; // "| | Organization | Paper |": a header of kinds, read row by row
            }
            List<Entity> here = entities(in, cells.get(c));
            Entity model = here.size() == 1 && here.get(0).type() == EntityType.MODEL ? here.get(0) : null;
            any |= model != null;
            models.add(model);
        }
        return any ? models : null;
    }

    /** One attribute row of a transposed table: its first cell says what the other cells hold for their column's model. */
    private static void transposedRow(Sentence s, List<Cell> cells, List<Entity> columnModels, List<ResolvedMention> in,
                                      Map<String, Relation> out, double confidence) {
        // the header's first cell, over the column of attributes, is empty: written, or left out of the clean text
        // (with it written, whatever a finder read in it, "| Attribute | Corvid-7B | ... |", labels the first column)
        int shift = cells.size() - columnModels.size();
        if (shift != 0 && shift != 1) {
            return;
        }
        TableHeaders.Column role = TableHeaders.column(s.text().substring(0, cells.get(0).end() - s.start()));
        Predicate p = switch (role) {
            case ORGANIZATION -> Predicate.DEVELOPED_BY;
            case PAPER -> Predicate.INTRODUCED_IN;
            case BASE -> Predicate.BASED_ON;
            default -> null;
        };
        if (p == null) {
            return;
        }
        for (int c = 1; c < cells.size(); c++) {
            Entity model = columnModels.get(c - shift);
            if (model == null) {
                continue;
            }
            for (Entity e : entities(in, cells.get(c))) {
                if (p.accepts(EntityType.MODEL, e.type())) {
                    add(model, p, e, s, out, confidence);
                }
            }
        }
    }

    /** The entities mentioned inside a cell, once each. */
    private static List<Entity> entities(List<ResolvedMention> in, Cell c) {
        List<Entity> entities = new ArrayList<>();
        for (ResolvedMention m : in) {
            if (m.mention().start() >= c.start() && m.mention().end() <= c.end() && !entities.contains(m.entity())) {
                entities.add(m.entity());
            }
        }
        return entities;
    }

    private static void row(Sentence s, List<Cell> cells, List<TableHeaders.Column> roles, List<ResolvedMention> in,
                            Map<String, Relation> out, double confidence, List<Listed> listed) {
        List<List<Entity>> byColumn = new ArrayList<>();
        for (Cell c : cells) {
            byColumn.add(entities(in, c));
        }
        List<Entity> models = of(byColumn, roles, TableHeaders.Column.MODEL, EntityType.MODEL);
        List<Entity> papers = of(byColumn, roles, TableHeaders.Column.PAPER, EntityType.PAPER);
        if (models.size() == 1) {
            Entity model = models.get(0);
            for (Entity org : of(byColumn, roles, TableHeaders.Column.ORGANIZATION, EntityType.ORGANIZATION)) {
                add(model, Predicate.DEVELOPED_BY, org, s, out, confidence);
            }
            for (Entity paper : papers) {
                add(model, Predicate.INTRODUCED_IN, paper, s, out, confidence);
            }
            for (Entity base : of(byColumn, roles, TableHeaders.Column.BASE, EntityType.MODEL)) {
                add(model, Predicate.BASED_ON, base, s, out, confidence);
            }
        } else if (models.size() > 1 && listed != null && inOneColumn(byColumn, roles, TableHeaders.Column.MODEL, EntityType.MODEL)) {
            // "| Velto Labs | Corvid-7B, Corvid-13B |": one maker and the list of its models in one cell
            List<Entity> orgs = of(byColumn, roles, TableHeaders.Column.ORGANIZATION, EntityType.ORGANIZATION);
            if (orgs.size() == 1) {
                for (Entity model : models) {
                    listed.add(new Listed(model, orgs.get(0), s));
                }
            }
        }
        if (papers.size() == 1) {
            for (Entity author : of(byColumn, roles, TableHeaders.Column.PERSON, EntityType.PERSON)) {
                add(papers.get(0), Predicate.AUTHORED_BY, author, s, out, confidence);
            }
        }
        List<Entity> people = of(byColumn, roles, TableHeaders.Column.PERSON, EntityType.PERSON);
        if (models.isEmpty() && papers.isEmpty() && people.size() == 1) {
            for (Entity org : of(byColumn, roles, TableHeaders.Column.ORGANIZATION, EntityType.ORGANIZATION)) {
                add(people.get(0), Predicate.AFFILIATED_WITH, org, s, out, confidence);
            }
        }
    }

    /** Whether the entities of type {@code type} under {@code role} all stand in one column. */
    private static boolean inOneColumn(List<List<Entity>> byColumn, List<TableHeaders.Column> roles, TableHeaders.Column role, EntityType type) {
        int columns = 0;
        for (int c = 0; c < byColumn.size() && c < roles.size(); c++) {
            if (roles.get(c) == role && byColumn.get(c).stream().anyMatch(e -> e.type() == type)) {
                columns++;
            }
        }
        return columns == 1;
    }

    /** The entities of type {@code type} in the columns whose role is {@code role}. */
    private static List<Entity> of(List<List<Entity>> byColumn, List<TableHeaders.Column> roles, TableHeaders.Column role, EntityType type) {
        List<Entity> out = new ArrayList<>();
        for (int c = 0; c < byColumn.size() && c < roles.size(); c++) {
            if (roles.get(c) == role) {
                for (Entity e : byColumn.get(c)) {
                    if (e.type() == type && !out.contains(e)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static void add(Entity s, Predicate p, Entity o, Sentence row, Map<String, Relation> out, double confidence) {
        RelationExtractor.state(out, s, p, o, confidence, row, "table-row");
    }
}
