package org.aikg.ingest.read;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.DataFiles;

/**
 * The word lists of reference entries and of publishers' names, as data ({@code reference-words.yaml}, its format in
 * {@code docs/name-cues.md}, "Reference words"): publishers' last words and book publishers' names, the labels of a
 * colophon's fields, the words of a venue's name, and what makes a person's name a firm's. The readers ({@link
 * ReferenceShape}, {@code ReferenceFinder}, {@code Plausibility}) compile each list into their own patterns with
 * {@link #anyOf}, around which they put the boundaries and flags they need; the lists only say which words.
 *
 * <p>Thread-safety: immutable; the bundled lists are loaded once.
 */
public final class ReferenceWords {
    private ReferenceWords() {}

    /** The bundled data file, a classpath resource. */
    public static final String BUNDLED = "/org/aikg/ingest/read/reference-words.yaml";

    /**
     * The lists of reference-words.yaml, as written.
     *
     * @param publisher_words the last word of a publisher's name ("Press", "Verlag")
     * @param book_publishers publishers of books known by their own names ("Wiley", "Prentice-Hall")
     * @param field_labels words that label a field of a colophon or a package's card ("Copyright"), any case
     * @param venue_words words of a venue's name ("Journal", "Proceedings")
     * @param firm_abbreviations abbreviations that make a person's name a firm's ("Co.", "Ltd.")
     * @param press_nouns nouns after "Press" that make it a word of its own ("officers", "release")
     */
    public record Lists(List<String> publisher_words, List<String> book_publishers, List<String> field_labels,
                        List<String> venue_words, List<String> firm_abbreviations, List<String> press_nouns) {
        /** Refuses a missing or empty list: an empty alternation would match everywhere. */
        public Lists {
            check("publisher_words", publisher_words);
            check("book_publishers", book_publishers);
            check("field_labels", field_labels);
            check("venue_words", venue_words);
            check("firm_abbreviations", firm_abbreviations);
            check("press_nouns", press_nouns);
            publisher_words = List.copyOf(publisher_words);
            book_publishers = List.copyOf(book_publishers);
            field_labels = List.copyOf(field_labels);
            venue_words = List.copyOf(venue_words);
            firm_abbreviations = List.copyOf(firm_abbreviations);
            press_nouns = List.copyOf(press_nouns);
        }

        private static void check(String name, List<String> words) {
            if (words == null || words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isEmpty())) {
                throw new AikgException(BUNDLED + ": list " + name + " is missing, empty or holds an empty word");
            }
        }
    }

    /** The bundled lists; loaded once. */
    public static Lists bundled() {
        return Bundled.LISTS;
    }

    private static final class Bundled {
        static final Lists LISTS = DataFiles.readYaml(DataFiles.resource(BUNDLED, "list of reference words"),
                Path.of(BUNDLED), Lists.class);
    }

    /**
     * A non-capturing group of {@code words}, each quoted as a literal, in their order: {@code (?:\QPress\E|\QBooks\E)}.
     * Boundaries and flags are the caller's.
     */
    public static String anyOf(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
