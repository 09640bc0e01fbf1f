package org.aikg.ingest.ner;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.DataFiles;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;

/**
 * The model a piece of project documentation is about, named by its title: "quillnet, a part-of-speech tagger", "Wren::Tagger
 * - learns to tag verbs", a manual page's "heron - handwritten digit recognition". Projects name themselves in lower case
 * or as module paths, which no other finder takes for a name; the title's description says whether the project is a
 * learned system (words of {@code title-subjects.yaml}). The mention is confident enough for the name to be found again
 * in the rest of the document.
 *
 * <p>Thread-safety: immutable.
 */
public final class TitleSubjectFinder implements MentionFinder {
    public static final String BUNDLED = "/org/aikg/ingest/ner/title-subjects.yaml";
    static final String FINDER = "pattern:title-subject";

    /** The lists of title-subjects.yaml, as written. */
    record Lists(List<String> system, List<String> method, List<String> not_system, List<String> not_name) {}

    /** One word (letters, digits and the joiners of package names), a separator, a description. */
    private static final Pattern TITLE = Pattern.compile(
            "\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}._+]*(?:(?:::|-)[\\p{L}\\p{N}][\\p{L}\\p{N}._+]*)*)"
                    + "(?:\\s+[-–—]\\s+|\\s*\\\\-\\s+|:\\s+|,\\s+(?=(?:an?|the)\\s))(.{3,})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final List<String> system;
    private final List<String> method;
    private final List<String> notSystem;
    private final Set<String> notName = new HashSet<>();

    TitleSubjectFinder(Lists lists) {
        this.system = lower(lists.system());
        this.method = lower(lists.method());
        this.notSystem = lower(lists.not_system());
        this.notName.addAll(lower(lists.not_name()));
    }

    /** The finder with the bundled lists; loaded once. */
    public static TitleSubjectFinder bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final TitleSubjectFinder INSTANCE = new TitleSubjectFinder(DataFiles.readYaml(
                DataFiles.resource(BUNDLED, "title subjects"), Path.of(BUNDLED), Lists.class));
    }

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        if (!isTitle(document.sentences(), sentence)) {
            return List.of();
        }
        Matcher m = TITLE.matcher(sentence.text());
        if (!m.matches()) {
            return List.of();
        }
        String name = m.group(1);
        if (!name.matches(".*\\p{L}.*") || notName.contains(name.toLowerCase(Locale.ROOT)) || Lexicon.notAName(name)
                || !learnedSystem(m.group(2))) {
            return List.of();
        }
        if (Character.isLowerCase(name.charAt(0)) && !opensASentence(document.sentences(), sentence, name)) {
            return List.of(); // "file - determine file type ...": a word of English, unless the text writes it as a name
        }
        int start = sentence.start() + m.start(1);
        return List.of(Mention.of(start, start + name.length(), name, EntityType.MODEL, 0.8, FINDER));
    }

    /**
     * The document's first heading, or the paragraph right after a "NAME" heading (manual pages, POD): where a project's
     * documentation states what it is.
     */
    static boolean isTitle(List<Sentence> sentences, Sentence sentence) {
        if (sentence.kind() == Block.Kind.HEADING) {
            // the first heading, near the top (a heading deep in a document heads a section, not the project)
            for (Sentence s : sentences) {
                if (s.kind() == Block.Kind.HEADING) {
                    return s.index() == sentence.index() && s.index() <= FIRST_LINES;
                }
            }
            return false;
        }
        int i = sentence.index();
        return i > 0 && i - 1 < sentences.size() && sentences.get(i - 1).index() == i - 1
                && sentences.get(i - 1).kind() == Block.Kind.HEADING
                && sentences.get(i - 1).text().strip().equalsIgnoreCase("name");
    }

    /** How far down the first heading may stand and still title the document, in sentences. */
    private static final int FIRST_LINES = 10;

    /**
     * Whether the document opens a sentence with {@code name} as written, in small letters ("quillnet is fast"): a project
     * named in lower case is written so, a word of English never is (a sentence opens with a capital).
     */
    static boolean opensASentence(List<Sentence> sentences, Sentence title, String name) {
        for (Sentence s : sentences) {
            if (s.index() != title.index() && s.text().startsWith(name) && s.text().length() > name.length()
                    && (s.text().charAt(name.length()) == ' ' || s.text().charAt(name.length()) == ',')) {
                return true;
            }
        }
        return false;
    }

    /** The description names a learned system: a word of what one is or how it learns, none of what wraps one. */
    boolean learnedSystem(String description) {
        String words = " " + String.join(" ", words(description)) + " ";
        return notSystem.stream().noneMatch(w -> words.contains(" " + w + " "))
                && (system.stream().anyMatch(w -> said(words, w, ASIDE)) || method.stream().anyMatch(w -> said(words, w, NOT_SO)));
    }

    /** Words after which what a system does is a side of the task, not what the thing is: "print lines, with detection of ...". */
    private static final Set<String> ASIDE = Set.of("by", "with", "without", "for", "from", "of", "to", "and", "or", "no");
    /** Words after which a way of learning is not the thing's ("and predicts nothing", "without neural networks"). */
    private static final Set<String> NOT_SO = Set.of("and", "or", "no", "without", "not");

    /** Whether {@code words} holds {@code phrase} once at least where no word of {@code aside} stands right before it. */
    private static boolean said(String words, String phrase, Set<String> aside) {
        String needle = " " + phrase + " ";
        for (int at = words.indexOf(needle); at >= 0; at = words.indexOf(needle, at + 1)) {
            int before = words.lastIndexOf(' ', at - 1);
            if (at == 0 || !aside.contains(words.substring(before + 1, at))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
