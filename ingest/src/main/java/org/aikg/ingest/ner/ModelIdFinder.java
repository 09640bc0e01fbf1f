package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.TableHeaders;

/**
 * Models an API names by their ids, in lower case, where the document's structure says they are models: a cell of a
 * table's model column ("| Model | Context |" over "| velto-chat-2 | 128k |"), and the id that opens a list item
 * whose description calls it a model ("- `velto-coder-7b`: a small model for code"). Such ids are no English words
 * ("velto-chat-2", "quill-embed-v1"), yet no other finder takes them: their shape is no proper name's.
 *
 * <p>Thread-safety: stateless.
 */
public final class ModelIdFinder implements MentionFinder {
    /** The finder written with each mention. */
    static final String FINDER = "pattern:model-id";

    /**
     * An id: lower-case words and numbers joined by hyphens or points ("velto-chat-2", "quill-7b.q4"); in a table it
     * needs a hyphen or a digit too, which "options.name" of an API's table has not. Underscores are left out: a name
     * with one is an identifier of code to {@link Plausibility}, which would drop the mention anyway.
     */
    private static final Pattern ID = Pattern.compile("\\p{Ll}[\\p{Ll}\\d]*(?:[-.][\\p{Ll}\\d]+)+");
    /**
     * A header that says its column holds models' names or ids ("Model", "Model ID", "Chat models", "Checkpoint"; not
     * "Name" or "Method", which hold anything, nor "Model type" or "Model architecture", which hold a kind).
     */
    private static final Pattern MODEL_HEADER = Pattern.compile(
            "(?i)\\W*(?:[\\w-]+\\s+){0,2}(?:models?|checkpoints?|llms?)(?:\\s+(?:ids?|names?|identifiers?|strings?|slugs?|tags?))?"
                    + "(?:\\s*\\([^)]*\\))?\\W*");
    /**
     * A list item's description that calls its id a model within its first words ("our largest chat model", "a 1.5B
     * parameter model", "Velto's flagship chat model", "the base (pretrained) model"), where the word or two before
     * "model" are no preposition, verb or quantifier ("a tool to download any model", "runs every model", "a CLI for the
     * model" speak of other models).
     */
    private static final Pattern MODEL_DESCRIPTION = Pattern.compile(
            "(?is)\\s*(?::|-|–|—)\\s+(?:[^:;.!?]|\\.(?=\\S)){0,60}?(?<!\\b(?:to|for|of|with|from|by|using|uses|use|runs?|serves?|loads?|downloads?|"
                    + "calls?|wraps?|any|all|other|your|every|each)\\s)(?<!\\b(?:to|for|of|with|from|by|using|any|all|every|each)\\s[\\w'’-]{1,20}\\s)"
                    + "(?:model|models|llm|llms|checkpoint|checkpoints)\\b.*");
    /** How far back a table row looks for its table's header row. */
    private static final int MAX_ROWS = 2000;

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        if (sentence.kind() == Block.Kind.TABLE_ROW) {
            return modelColumn(document, sentence);
        }
        if (sentence.kind() == Block.Kind.LIST_ITEM) {
            return listedModel(document.text(), sentence);
        }
        return List.of();
    }

    /** The id in the cell of the row's model column, when the table's header row has one. */
    private static List<Mention> modelColumn(AnnotatedDocument document, Sentence row) {
        String text = row.text();
        List<int[]> cells = TableHeaders.cells(text);
        // most rows hold no id at all: only those walk back to their table's header
        if (cells.stream().noneMatch(c -> idCell(text.substring(c[0], c[1]).strip()))) {
            return List.of();
        }
        List<Sentence> all = document.sentences();
        int header = row.index();
        while (header > 0 && row.index() - header < MAX_ROWS && all.get(header - 1).kind() == Block.Kind.TABLE_ROW) {
            header--;
        }
        if (header == row.index()) {
            return List.of(); // the header row itself
        }
        String headerText = all.get(header).text();
        List<int[]> heads = TableHeaders.cells(headerText);
        List<Mention> out = new ArrayList<>();
        for (int c = 0; c < Math.min(heads.size(), cells.size()); c++) {
            String head = headerText.substring(heads.get(c)[0], heads.get(c)[1]);
            String cell = text.substring(cells.get(c)[0], cells.get(c)[1]);
            String id = cell.strip();
            if (TableHeaders.column(head) == TableHeaders.Column.MODEL && MODEL_HEADER.matcher(head).matches() && idCell(id)) {
                int start = row.start() + cells.get(c)[0] + cell.indexOf(id);
                out.add(Mention.of(start, start + id.length(), id, EntityType.MODEL, 0.7, FINDER));
            }
        }
        return out;
    }

    /** Whether a cell holds an id, and one with a hyphen or a digit ("options.name" of an API's table has neither). */
    private static boolean idCell(String id) {
        return ID.matcher(id).matches() && id.chars().anyMatch(ch -> ch == '-' || Character.isDigit(ch));
    }

    /** An id with a digit among its words ("velto-chat-2", "quill-7b.q4"): a model's, not a word's ("options.name"). */
    static boolean digitId(CharSequence id) {
        return ID.matcher(id).matches() && id.chars().anyMatch(Character::isDigit);
    }

    /** "velto-coder-7b: a small model for code": the id that opens an item whose description calls it a model. */
    private static List<Mention> listedModel(String documentText, Sentence item) {
        Token first = item.tokens().get(0);
        int k = 0;
        StringBuilder id = new StringBuilder(first.text());
        int end = first.end();
        // the tokenizer may part "velto-chat-2" at its marks: glue back what is written without spaces
        while (k + 1 < item.tokens().size() && item.tokens().get(k + 1).start() == end
                && !item.tokens().get(k + 1).text().equals(":")) {
            k++;
            id.append(item.tokens().get(k).text());
            end = item.tokens().get(k).end();
        }
        String rest = documentText.substring(end, item.end());
        if (!digitId(id) || !MODEL_DESCRIPTION.matcher(rest).matches()) {
            return List.of();
        }
        return List.of(Mention.of(first.start(), end, id.toString(), EntityType.MODEL, 0.7, FINDER));
    }
}
