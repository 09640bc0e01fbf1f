package org.aikg.ingest.ner;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aikg.ingest.DataFiles;

/**
 * Whether an "and" inside a capitalized run joins two fields of one institution's name ("Center for Vision and Speech
 * Processing", "Harbor Perception and Language Sciences Unit") or two organizations ("University of Oslo and Velto
 * Labs"). The words are data: {@code institution-words.yaml}.
 *
 * <p>Thread-safety: immutable.
 */
public final class InstitutionWords {
    public static final String BUNDLED = "/org/aikg/ingest/ner/institution-words.yaml";

    /** The lists of institution-words.yaml, as written. */
    record Lists(List<String> fields, List<String> heads, List<String> modifiers) {}

    private final Set<String> fields = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();

    InstitutionWords(Lists lists) {
        lists.fields().forEach(w -> fields.add(w.toLowerCase(Locale.ROOT)));
        lists.heads().forEach(w -> heads.add(w.toLowerCase(Locale.ROOT)));
        lists.modifiers().forEach(w -> modifiers.add(w.toLowerCase(Locale.ROOT)));
    }

    /** The bundled lists; loaded once. */
    public static InstitutionWords bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final InstitutionWords INSTANCE = new InstitutionWords(DataFiles.readYaml(
                DataFiles.resource(BUNDLED, "list of institution words"), Path.of(BUNDLED), Lists.class));
    }

    /** True when {@code word} names a field of study or work ("Speech", "Engineering"). */
    boolean field(String word) {
        return fields.contains(bare(word));
    }

    /** True when {@code word} heads an organization's name ("University", "Labs", "Inc.") where it stands first. */
    boolean head(String word) {
        return heads.contains(bare(word));
    }

    /** True when a name ending in {@code word} was cut short: "Centre for Digital" of "Centre for Digital music". */
    boolean endsNoName(String word) {
        return modifiers.contains(bare(word));
    }

    private static String bare(String word) {
        String w = word.endsWith(".") || word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
        return w.toLowerCase(Locale.ROOT);
    }

    /**
     * The length of {@code name}'s first part: up to the first "and" (or "&amp;") that joins a second organization, or
     * the whole name. For names headed by their institution ("Department of ...").
     */
    int headedLength(String name) {
        String[] words = name.split(" ");
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && i + 1 < words.length && conjunction(words[i])
                    && !joinsFields(words, i, words.length)) {
                return offset - 1;
            }
            offset += words[i].length() + 1;
        }
        return name.length();
    }

    /**
     * Whether every "and" inside {@code name} joins two fields, for names ended by their kind ("Perception and Language
     * Sciences Unit"), whose last word belongs to no field; false when one joins a second organization ("Velto Labs
     * and Quillon Labs").
     */
    boolean joinsOnlyFields(String name) {
        String[] words = name.split(" ");
        for (int i = 1; i + 1 < words.length - 1; i++) {
            if (conjunction(words[i]) && !joinsFields(words, i, words.length - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean conjunction(String word) {
        return word.equals("and") || word.equals("&");
    }

    /**
     * Whether the "and" at {@code and} joins two fields: every word after it, up to {@code end} or the next small
     * word, is a field's ("... and Computer Engineering"); an organization's name, unknown as it may be ("the
     * Institute for AI and Quillon", "... and Harbor Hospital"), is not.
     */
    private boolean joinsFields(String[] words, int and, int end) {
        int k = and + 1;
        for (; k < end && !conjunction(words[k]) && !Lexicon.TITLE_FUNCTION_WORDS.contains(words[k]); k++) {
            if (!field(words[k]) && !modifiers.contains(bare(words[k]))) {
                return false;
            }
        }
        return k > and + 1;
    }
}
