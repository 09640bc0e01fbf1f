package org.aikg.ingest.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;

/**
 * What one document says about the one-word names it was only guessed to call models: by their shape
 * ("WrenParser"), by their neighbours in a list, or by the statistical finder alone. A README's classes, settings
 * and tools have the same shape as a model's name, so a guess stands only where the document treats the name as a
 * model somewhere: a size ("Corvid-7B") or a number after a hyphen ("Corvid-7") in it (a bare version, "ReceiptV4",
 * "GStreamer 1.2", is how software is named too), a part that model names are built on
 * at its start or end ("HeronBERT", "QuailNet"), a word of models in a sentence that names it ("we fine-tuned
 * Corvid on ...") or in the heading of its section ("Supported models"), or another finder's cue for the same
 * name. A word of code right after the name anywhere ("the
 * WrenParser class", "a TranscriptLine type") makes it code, whatever else the document says.
 *
 * <p>Made for one document; immutable and safe to read from several threads once built.
 */
public final class ModelEvidence {

    /**
     * The word lists the evidence is read with (implausible.yaml's {@code model_name_ends},
     * {@code model_name_starts}, {@code model_context_words}, {@code code_nouns}).
     */
    record Words(List<String> nameEnds, List<String> nameStarts, Set<String> codeNouns, Pattern contextPattern) {
        Words(List<String> nameEnds, List<String> nameStarts, List<String> contextWords, List<String> codeNouns) {
            this(List.copyOf(nameEnds), List.copyOf(nameStarts), lowerCase(codeNouns), Pattern.compile(
                    "(?i)(?<![\\p{L}\\p{N}_-])(?:" + String.join("|", contextWords.stream().map(Pattern::quote).toList())
                            + ")(?![\\p{L}\\p{N}_-])"));
        }

        private static Set<String> lowerCase(List<String> words) {
            Set<String> out = new HashSet<>();
            words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
            return Set.copyOf(out);
        }
    }

    /**
     * The evidence {@code document} gives for the model names among {@code mentions} (in document order), read with
     * the bundled word lists.
     */
    public static ModelEvidence read(AnnotatedDocument document, List<Mention> mentions) {
        Words words = Plausibility.bundled().modelEvidence;
        List<Block> headings = Plausibility.headings(document.document());
        String text = document.document().text();
        return new ModelEvidence(words, document.sentences(), text, mentions,
                at -> Plausibility.underHeading(headings, text, at, words.contextPattern()));
    }

    /**
     * Whether {@code m} is a guess: a one-word model name (or a name and a bare version) the knowledge base does not
     * know, found only by its shape,
     * its neighbours in a list or statistics, or copied from such a finding.
     */
    public static boolean guess(Mention m) {
        return m.type() == EntityType.MODEL && m.kbId() == null
                && (m.surface().indexOf(' ') < 0 || BARE_VERSION.matcher(m.surface()).matches())
                && (Plausibility.GUESSED_MODEL.contains(m.finder()) || m.finder().equals(NameFinding.COPY));
    }

    /**
     * A word and a release's version after a space: "GStreamer 1.2", "Invoice V4.7", as software is named too ("Llama 2",
     * a word and a number, and "Claude Sonnet 3.7", two words, are how models are named).
     */
    private static final Pattern BARE_VERSION = Pattern.compile("\\S+ (?:[vV]\\d+(?:\\.\\d+)*|\\d+\\.\\d+(?:\\.\\d+)*)");

    /** A size in a name: "Corvid-7B", "Heron 1.5B", "Wren-350M": what only models are named with. */
    private static final Pattern SIZE = Pattern.compile("(?i)\\d(?:\\.\\d+)?[bmkt]\\b|\\d+x\\d+[bm]\\b");
    /** A word and a number after a hyphen: "Corvid-7", "Heron-2.5" (a release's "v4" and "1.2" are software's too). */
    private static final Pattern HYPHEN_NUMBER = Pattern.compile("^(?=.*\\p{Ll}).+-\\d{1,4}(?:\\.\\d)?$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]*([\\p{L}][\\p{L}-]*)");

    private final Set<String> supported = new HashSet<>();
    private final Set<String> code = new HashSet<>();

    /**
     * Reads the evidence for every model name among {@code mentions} (in document order) from the sentences that
     * hold them ({@code sentences} in order, over {@code text}) and from the headings of their sections
     * ({@code underModelHeading} tells whether the heading over an offset speaks of models: "Supported models").
     */
    ModelEvidence(Words words, List<Sentence> sentences, String text, List<Mention> mentions, IntPredicate underModelHeading) {
        int si = 0;
        for (Mention m : mentions) {
            if (m.type() != EntityType.MODEL) {
                continue;
            }
            String surface = m.surface();
            boolean versioned = surface.chars().anyMatch(Character::isDigit);
            // a version alone ("ReceiptV4", "GStreamer 1.2") is how software is named too: it needs the words of models
            // around it ("Our evaluation compares Wren2 ...") or in its section's heading. (Taking any version as a model's
            // shape in documents that name a known model gave back as many wrong names as right ones on the development
            // sets: dev7 0.938 -> 0.936.)
            boolean shaped = SIZE.matcher(surface).find() || HYPHEN_NUMBER.matcher(surface).find() || builtOnPart(words, surface);
            Matcher next = NEXT_WORD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
            if (!shaped && !versioned && next.find() && words.codeNouns().contains(next.group(1).toLowerCase(Locale.ROOT))) {
                code.add(surface); // a version or a family's part is a model's shape, whatever word follows
            }
            if (supported.contains(surface)) {
                continue;
            }
            if (!guess(m) || shaped) { // another finder's cue, the dictionary, or a model's shape
                supported.add(surface);
                continue;
            }
            while (si < sentences.size() && sentences.get(si).end() <= m.start()) {
                si++;
            }
            if (si < sentences.size() && sentences.get(si).start() <= m.start()
                    && speaksOfModels(sentences.get(si), words.contextPattern()) || underModelHeading.test(m.start())) {
                supported.add(surface);
            }
        }
    }

    /** Whether the document treats {@code surface} as a model's name somewhere and never as code's. */
    public boolean supports(String surface) {
        return supported.contains(surface) && !code.contains(surface);
    }

    /** Whether the document writes {@code surface} as a name in code somewhere ("the WrenParser class"). */
    public boolean code(String surface) {
        return code.contains(surface);
    }

    /**
     * A part of {@code words} closes or opens the name (a plural's "s" aside) with more of the name beside it
     * ("HeronBERT", "xCLIP", "QuailGNNs", "BERTino"); the part with a plural "s" alone is no more than the part.
     */
    static boolean builtOnPart(Words words, String surface) {
        String singular = surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : surface;
        for (String part : words.nameEnds()) {
            if (singular.length() > part.length() && singular.endsWith(part)) {
                return true;
            }
        }
        for (String part : words.nameStarts()) {
            if (singular.length() > part.length() && singular.startsWith(part)) {
                return true;
            }
        }
        return false;
    }

    /** A word of models in the sentence, whole ("fine-tuned", not "speech_model" or "SpeechModel"). */
    private static boolean speaksOfModels(Sentence s, Pattern contextWords) {
        return contextWords.matcher(s.text()).find();
    }
}
