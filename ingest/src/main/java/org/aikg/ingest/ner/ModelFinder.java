package org.aikg.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;

/**
 * Models the dictionary does not know, by context and by shape: a name after "called", "named" or
 * "dubbed"; a name before "model", "architecture" or "chatbot"; and, weakly, words shaped like model names
 * (inner capitals as in "RoseTTAFold", letters with a version as in "XK-1" or "T5", with a trailing version
 * number "Foo 2").
 *
 * <p>Thread-safety: immutable.
 */
public final class ModelFinder implements MentionFinder {
    private static final Set<String> NAMING_CUES = Set.of("called", "named", "dubbed", "codenamed", "nicknamed");
    /** Nouns that, after a name, say the name is a model's ("the Corvid model"); not "algorithm": "the Viterbi algorithm" is a method. */
    private static final Set<String> MODEL_NOUNS = Set.of("model", "models", "architecture", "architectures",
            "chatbot", "llm", "network", "system", "agent", "transformer", "decoder", "encoder");
    /** Formats, frameworks and number types a model is packaged in: "the Corvid TFLite model", "a Kestrel GPTQ model". */
    private static final Set<String> FORMAT_WORDS = Set.of("TFLite", "ONNX", "GGUF", "GGML", "TensorRT", "CoreML",
            "OpenVINO", "TorchScript", "SavedModel", "Keras", "PyTorch", "TensorFlow", "JAX", "Flax", "MLX", "AWQ",
            "GPTQ", "EXL2", "INT8", "INT4", "FP16", "FP32", "BF16", "FP8");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2,}\\p{Ll}{2,}");
    private static final Pattern VERSIONED = Pattern.compile("\\p{L}+\\d+[\\p{L}\\d]*|\\p{Lu}\\p{L}*");

    @Override
    public List<Mention> find(AnnotatedDocument document, Sentence sentence) {
        List<Mention> found = new ArrayList<>();
        String text = document.text();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (NAMING_CUES.contains(lower) && i + 1 < tokens.size()) {
                int from = i + 1;
                if (tokens.get(from).text().matches("[“\"‘']") && from + 1 < tokens.size()) {
                    from++;
                }
                int to = run(text, tokens, from);
                EntityType named = namedKind(tokens, i);
                if (to >= from && named != null && !Lexicon.genericModel(TokenSpans.surface(text, tokens, from, to))) {
                    Mention m = mention(text, tokens, from, to, 0.7, "pattern:called");
                    found.add(named == EntityType.MODEL ? m : m.withType(named));
                    i = to;
                    continue;
                }
            }
            if ((MODEL_NOUNS.contains(lower) || familyOfModels(tokens, i)) && i > 0 && !(i + 1 < tokens.size()
                    && tokens.get(i + 1).text().toLowerCase(Locale.ROOT).matches("cards?"))) {
                // "the Short Range Model Card" is a document about a model, and what stands before it no name
                int to = i - 1;
                boolean task = false;
                int from = to;
                while (from > 0 && TokenSpans.continues(text, tokens, from)) {
                    if (nameToken(tokens.get(from - 1))) {
                        from--;
                    } else if (from > 1 && tokens.get(from - 1).text().equals("-") && TokenSpans.continues(text, tokens, from - 1)
                            && nameToken(tokens.get(from - 2))
                            && (versionLike(tokens.get(from).text()) || versionLike(tokens.get(from - 2).text()))) {
                        from -= 2; // "Quuxford-V7 model": a hyphen inside the name
                    } else {
                        break;
                    }
                }
                while (to > from && (FORMAT_WORDS.contains(tokens.get(to).text()) || task(tokens.get(to)))) {
                    // "the Corvid ONNX model": the file format is no part of the model's name; nor is the task in
                    // "the PP-Corvid OCR models", "Heron Embedding models": a kind of model after the name
                    task |= task(tokens.get(to));
                    to--;
                }
                if (task && from == to && SHORT_ACRONYM.matcher(tokens.get(to).text()).matches()) {
                    continue; // "the NSFW detection model", "a PII detection model": what is detected, not a name
                }
                if (FORMAT_WORDS.contains(tokens.get(to).text()) || task(tokens.get(to))) {
                    continue; // "the ONNX model", "OCR models": a format or a task alone names no model
                }
                if (from == to && KIND_WORDS.contains(tokens.get(to).text().toLowerCase(Locale.ROOT))) {
                    continue; // "a Language Model", "our VISION model": a kind in capitals, not a name
                }
                while (from < to) { // "3B and 7B Heron-Chat family of models": the sizes come in, the name is the family's
                    if (SIZE.matcher(tokens.get(from).text()).matches()) {
                        from++;
                    } else if (from + 1 < to && tokens.get(from).text().chars().allMatch(Character::isDigit)
                            && tokens.get(from + 1).text().matches("[BMKT]") && tokens.get(from + 1).start() == tokens.get(from).end()) {
                        from += 2; // "7" "B", as the tokenizer cuts it
                    } else {
                        break;
                    }
                }
                if (nameToken(tokens.get(to)) && from <= to && (modelShaped(tokens, from, to, sentence) || familyWord(tokens, from, to))) {
                    String surface = TokenSpans.surface(text, tokens, from, to);
                    if (!Lexicon.genericModel(surface) && !Lexicon.notAName(tokens.get(from).text())) {
                        found.add(mention(text, tokens, from, to, 0.65, "pattern:model-noun"));
                    }
                }
            }
        }
        listedAfterModels(text, tokens, found);
        appositiveNames(text, tokens, found);
        describedAsModel(text, tokens, found);
        shaped(text, tokens, found);
        namedArchitectures(text, tokens, found);
        return found;
    }

    /** A size before a model's name: "7B", "1.5B", "350M". */
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[BMKT]");

    /** Words of a model's kind: written in capitals right before the noun ("a Language Model") they are no name. */
    private static final Set<String> KIND_WORDS = Set.of("language", "acoustic", "speech", "vision", "visual", "audio",
            "voice", "image", "text", "diffusion", "foundation", "embedding", "recognition", "detection", "segmentation",
            "classification", "translation", "transcription", "generation", "synthesis", "neural", "pretrained",
            "multilingual", "multimodal", "reasoning", "chat", "instruction", "tagging", "parsing");

    /** A short acronym of capitals alone: what a detector looks for ("NSFW", "PII"), rarely a model's whole name. */
    private static final Pattern SHORT_ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    private static boolean task(Token t) {
        return TASK_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }
    /** Tasks that name a kind of model after a model's name ("Corvid OCR models"): no part of the name. */
    private static final Set<String> TASK_WORDS = Set.of("ocr", "asr", "tts", "stt", "nlp", "embedding", "embeddings",
            "detection", "segmentation", "classification", "recognition", "translation", "transcription",
            "summarization", "reranking", "reranker", "rerank", "retrieval");

    /** "V7", "2B", "XL": one side of a hyphen inside a model's name ("Quuxford-V7", "R1-Zero"); "Full-Modal" is a compound adjective. */
    private static boolean versionLike(String w) {
        return w.chars().anyMatch(Character::isDigit) || (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase));
    }

    private static final Set<String> PRODUCT_NOUNS = Set.of("model", "chatbot", "assistant", "llm", "system",
            "codec", "agent", "app", "product");

    /** "its chatbot, Pi, runs on ...": a capitalized name set off by commas right after a product noun. */
    private static void appositiveNames(String text, List<Token> tokens, List<Mention> found) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!PRODUCT_NOUNS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) || !tokens.get(i + 1).text().equals(",")) {
                continue;
            }
            int from = i + 2;
            int to = run(text, tokens, from);
            if (to >= from && to + 1 < tokens.size() && tokens.get(to + 1).text().equals(",")
                    && !Lexicon.genericModel(TokenSpans.surface(text, tokens, from, to))) {
                found.add(mention(text, tokens, from, to, 0.65, "pattern:appositive"));
            }
        }
    }

    /** Words before a family's name and "models": "the Corvid models", "Velto's Corvid models", "several Corvid models". */
    private static final Set<String> FAMILY_BEFORE = Set.of("the", "its", "their", "our", "your", "several", "all", "both",
            "these", "those", "latest", "s", "other", "two", "three", "four");

    /**
     * "the Zephyrine models", "several Corvid models": one capitalized word (not an acronym, which {@link #modelShaped}
     * reads) that a determiner or a possessive opens, before "model(s)": a family's name, though the tagger calls it a
     * noun modifier. Words of kinds, tasks and formats are no names; a word the document also writes in small letters
     * is none either (Plausibility).
     */
    private static boolean familyWord(List<Token> tokens, int from, int to) {
        if (from != to || from == 0) {
            return false;
        }
        String w = tokens.get(from).text();
        String noun = to + 1 < tokens.size() ? tokens.get(to + 1).text() : "";
        // "The Quality Models filter ...", "the Bell System": a title's capitals, or a noun of another kind
        return (noun.equals("models") || noun.equals("model") || noun.equals("llms") || noun.equals("checkpoints")
                || familyOfModels(tokens, to + 1))
                && w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && FAMILY_BEFORE.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))
                && !KIND_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Lexicon.notAName(w) && !Lexicon.genericModel(w);
    }

    /** "family of models", "family of open LLMs": the word at {@code i} names a family of models (not "the Lind family"). */
    private static boolean familyOfModels(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i).text().equalsIgnoreCase("family") || !tokens.get(i + 1).text().equals("of")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("models") || w.equals("llms")) {
                return true;
            }
            if (!Character.isLowerCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return false;
    }

    /** The nouns whose list of names follows: "models such as A and B", "LLMs: A, B and C". */
    private static final Set<String> LIST_HEADS = Set.of("models", "llms", "checkpoints", "variants");

    /**
     * The names listed after models: "models such as Corvid-Pro and Corvid-Mini", "models from Velto, including
     * Corvid-Pro", "LLMs like Heron-2", "several Corvid models: Corvid-Pro, Corvid-Mini and Corvid-Nano", "small models
     * (e.g. Heron-Nano, Heron-Micro)", "two models, namely A and B", "open models, for example A and B". Each item is
     * a name (capitals or digits), joined by commas, "and" or "or"; the list ends at anything else.
     */
    private static void listedAfterModels(String text, List<Token> tokens, List<Mention> found) {
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            int start = -1;
            if (w.equals(":") && LIST_HEADS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                start = i + 1;
            } else if (w.equals("like") && (LIST_HEADS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    || i > 1 && tokens.get(i - 1).text().equals(",") && LIST_HEADS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)))) {
                start = i + 1;
            } else if ((w.equals("such") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("as")
                    || w.equals("including") || w.equals("namely")) && headBefore(tokens, i)) {
                start = w.equals("such") ? i + 2 : i + 1;
            } else if (w.equals("for") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("example")
                    && headBefore(tokens, i)) {
                start = i + 2 < tokens.size() && tokens.get(i + 2).text().equals(",") ? i + 3 : i + 2;
            } else if (w.equals("e") && i + 3 < tokens.size() && tokens.get(i + 1).text().equals(".")
                    && tokens.get(i + 2).text().equalsIgnoreCase("g") && tokens.get(i + 3).text().equals(".") && headBefore(tokens, i)) {
                start = i + 4 < tokens.size() && tokens.get(i + 4).text().equals(",") ? i + 5 : i + 4; // "models (e.g. A, B)"
            }
            if (start < 0) {
                continue;
            }
            int j = start;
            while (j < tokens.size() && (nameToken(tokens.get(j)) || idRun(text, tokens, j) >= j)) {
                int to = nameToken(tokens.get(j)) ? run(text, tokens, j) : idRun(text, tokens, j);
                if (to < j) {
                    break;
                }
                String surface = TokenSpans.surface(text, tokens, j, to);
                String next = to + 1 < tokens.size() ? tokens.get(to + 1).text() : ".";
                if (!ITEM_END.contains(next)) {
                    break; // "models: Array of paths", "models such as Corvid perform": a sentence goes on, no list
                }
                if (!Lexicon.genericModel(surface) && !(j == to && KIND_WORDS.contains(surface.toLowerCase(Locale.ROOT)))) {
                    found.add(mention(text, tokens, j, to, 0.6, "pattern:listed-model"));
                }
                j = to + 1;
                if (j < tokens.size() && tokens.get(j).text().equals("(")) {
                    // "Heron-2 (Quillon Labs), Corvid-7B (Velto AI)": each name with its maker or size in parentheses
                    int close = j + 1;
                    while (close < tokens.size() && close <= j + 7 && !tokens.get(close).text().equals(")")) {
                        close++;
                    }
                    if (close >= tokens.size() || !tokens.get(close).text().equals(")")) {
                        break;
                    }
                    j = close + 1;
                }
                if (j < tokens.size() && tokens.get(j).text().equals(",")) {
                    j++;
                }
                if (j < tokens.size() && (tokens.get(j).text().equals("and") || tokens.get(j).text().equals("or"))) {
                    j++;
                } else if (j > to + 1 && tokens.get(j - 1).text().equals(",")) {
                    continue;
                } else {
                    break;
                }
            }
        }
    }

    /**
     * The last token of a model's id written in lower case from token {@code from} ("corvid-7b-chat", "heron-2-mini"; the
     * ids {@link ModelIdFinder} reads), or -1: listed after "models:", such an id is a model's as a capitalized name is.
     */
    private static int idRun(String text, List<Token> tokens, int from) {
        if (!Character.isLowerCase(tokens.get(from).text().charAt(0))) {
            return -1;
        }
        int to = from;
        while (to + 1 < tokens.size() && tokens.get(to + 1).start() == tokens.get(to).end()
                && !ITEM_END.contains(tokens.get(to + 1).text())) {
            to++;
        }
        return ModelIdFinder.digitId(text.substring(tokens.get(from).start(), tokens.get(to).end())) ? to : -1;
    }

    /** What may follow an item of a list of names. */
    private static final Set<String> ITEM_END = Set.of(",", "and", "or", ".", ";", ")", "(", "!", "?");

    /**
     * A list head among the eight tokens before {@code i}, with no sentence mark between and no other plural noun in
     * small letters nearer ("models to platforms such as ...": the list is the platforms'); its maker's name may stand
     * between ("models from Velto AI, such as ...").
     */
    private static boolean headBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            String t = tokens.get(k).text();
            String w = t.toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(".") || w.equals(":")) {
                return false;
            }
            if (LIST_HEADS.contains(w)) {
                return true;
            }
            if (t.length() > 3 && t.endsWith("s") && t.chars().allMatch(Character::isLowerCase)) {
                return false; // another plural noun is the list's head
            }
        }
        return false;
    }

    private static final Set<String> NOT_MODEL_HEADS = Set.of("course", "courses", "book", "newsletter", "podcast",
            "event", "conference", "workshop", "blog", "series", "show", "talk", "paper", "dataset", "benchmark",
            "competition", "challenge", "initiative", "report", "city", "town",
            "person", "man", "woman", "guy", "girl", "boy", "dog", "cat", "song", "film", "movie", "game");
    private static final Set<String> ORG_HEADS = Set.of("company", "startup", "start-up", "lab", "firm", "nonprofit",
            "non-profit", "organization", "organisation", "team", "group", "institute");

    /** What "X called Y" names, from the noun before "called": a model unless the noun says otherwise. */
    private static EntityType namedKind(List<Token> tokens, int cue) {
        // the noun right before "called" ("a course called", "the course is called"), skipping the copula
        for (int k = cue - 1; k >= 0 && k >= cue - 3; k--) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("is") || w.equals("was") || w.equals("are") || w.equals("were") || w.equals(",")
                    || w.equals("being") || w.equals("also")) {
                continue;
            }
            if (NOT_MODEL_HEADS.contains(w)) {
                return null;
            }
            return ORG_HEADS.contains(w) ? EntityType.ORGANIZATION : EntityType.MODEL;
        }
        return EntityType.MODEL;
    }

    private static final Set<String> STOPS = Set.of("whose", "that", "which", "who", "where", "when", "and", "but",
            ",", ";", ".", "(", ")");

    /**
     * Heads of "X is a speech recognition system", "X, a lightweight text-to-speech engine": a named ML system
     * (GUIDELINES: a model, system or AI product). Unlike "model", such a word also starts compounds
     * ("a system integrator"), so it counts only where the noun phrase ends.
     */
    private static final Set<String> SYSTEM_HEADS = Set.of("system", "engine", "synthesizer", "synthesiser",
            "recognizer", "recogniser", "classifier", "detector", "tagger", "encoder", "decoder", "predictor", "network");
    /** Heads that are learned systems whatever words come before them: "a memory-based tagger", "a face detector". */
    private static final Set<String> LEARNED_HEADS = Set.of("tagger", "recognizer", "recogniser", "synthesizer",
            "synthesiser");
    /** Words that make a tagger or a classifier one of rules, not a learned one: "a rule-based tagger". */
    private static final Set<String> NOT_LEARNED = Set.of("rule", "rules", "regex", "regexp", "dictionary", "finite",
            "lexicon", "heuristic", "keyword", "pattern");
    /** Determiners of a description that names one thing already known: "our", "the". */
    private static final Set<String> DEFINITE = Set.of("the", "our", "their", "its");
    /** Words that make such a description one of an ML system ("a speech recognition system", not "a health system"). */
    private static final Set<String> ML_WORDS = Set.of("speech", "recognition", "synthesis", "text", "image", "vision",
            "visual", "language", "neural", "detection", "classification", "translation", "learning", "dialogue",
            "voice", "audio", "segmentation", "ocr", "asr", "tts", "nlp", "ai", "inference", "embedding", "generative",
            "transcription", "tagging", "object", "face", "pose", "handwriting", "character", "spoken", "text-to-speech",
            "speech-to-text", "chess", "go", "pos", "part-of-speech", "svm");
    /** What may follow the head noun of a description: its end, a clause or a phrase of its own. */
    private static final Set<String> PHRASE_ENDS = Set.of(".", ",", ";", ":", ")", "(", "that", "which", "for", "from", "of",
            "with", "by", "on", "to", "developed", "built", "created", "trained", "designed",
            "written", "made", "released", "and", "based", "using", "used", "originally", "first");

    private static boolean endsPhrase(List<Token> tokens, int next) {
        return next >= tokens.size() || PHRASE_ENDS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
                || tokens.get(next).text().equals("-") && next + 1 < tokens.size()
                && tokens.get(next + 1).text().equalsIgnoreCase("based");
    }

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");
    /** Collective nouns before "of" and a plural head: "a family of models", "a series of open LLMs". */
    private static final Set<String> GROUP_NOUNS = Set.of("family", "series", "suite", "collection", "line", "set");

    /** What "assistant" heads in a person's title: "an assistant professor", "an assistant director". */
    private static final Set<String> ASSISTANT_ROLES = Set.of("professor", "professors", "director", "manager", "editor",
            "coach", "dean", "lecturer", "secretary", "attorney", "curator", "principal", "instructor", "teacher",
            "researcher", "research", "engineer", "vice", "general", "chief", "head", "producer", "treasurer");

    /** Words that end the description before its head noun when a copula introduces it ("a platform for model sharing"). */
    private static final Set<String> COPULA_STOPS = Set.of("for", "of", "with", "to", "in", "on", "from", "by",
            "like", "than", "about", "at");

    /**
     * "Quokka, a fine-tuned LLaMA model" and "Quokka is an open language model": a name set off by a comma,
     * or the subject of "is"/"was", described as a model.
     */
    private static void describedAsModel(String text, List<Token> tokens, List<Mention> found) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).capitalized() || Lexicon.notAName(tokens.get(i).text())) {
                continue;
            }
            int to = run(text, tokens, i);
            // a quoted name ("“Quill” is a family of models"): the closing quote stands before the copula
            int quote = i > 0 && QUOTES.contains(tokens.get(i - 1).text()) && to + 1 < tokens.size()
                    && QUOTES.contains(tokens.get(to + 1).text()) ? 1 : 0;
            if (to < i || to + 2 + quote >= tokens.size()) {
                continue;
            }
            String link = tokens.get(to + 1 + quote).text().toLowerCase(Locale.ROOT);
            boolean copula = link.equals("is") || link.equals("was");
            if (!link.equals(",") && !copula) {
                continue;
            }
            String det = tokens.get(to + 2 + quote).text().toLowerCase(Locale.ROOT);
            // "Petrel, our new text-to-speech system": a definite or possessive description needs a word of ML
            boolean definite = DEFINITE.contains(det);
            if (!det.equals("a") && !det.equals("an") && !definite) {
                continue;
            }
            boolean group = false; // "a family of small models": the head is plural after a collective noun
            boolean ml = false; // a word of ML before the head: "a speech recognition system"
            for (int k = to + 3 + quote; k < tokens.size() && k <= to + 9 + quote; k++) {
                String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
                if (!group && GROUP_NOUNS.contains(w) && k + 1 < tokens.size()
                        && tokens.get(k + 1).text().equals("of")) {
                    group = true;
                    k++;
                    continue;
                }
                if (STOPS.contains(w) || (copula && COPULA_STOPS.contains(w) && !tokens.get(k - 1).text().equals("-"))) {
                    break;
                }
                ml |= ML_WORDS.contains(w);
                if (NOT_LEARNED.contains(w)) {
                    break; // "a rule-based tagger", "a dictionary-based segmenter": rules, not a model
                }
                if (w.equals("assistant") && k + 1 < tokens.size()
                        && ASSISTANT_ROLES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                    break; // "an assistant professor at ...": a person's post, not an AI assistant
                }
                boolean head = w.equals("model") || w.equals("llm") || w.equals("chatbot") || w.equals("assistant")
                        || group && (w.equals("models") || w.equals("llms"))
                        || SYSTEM_HEADS.contains(w) && ml && endsPhrase(tokens, k + 1)
                        || LEARNED_HEADS.contains(w) && endsPhrase(tokens, k + 1);
                if (!head) {
                    continue;
                }
                String surface = TokenSpans.surface(text, tokens, i, to);
                if (definite && (!ml || surface.matches(".*\\s[-–—]\\s.*"))) {
                    // "Paris, the model city": only a word of ML makes a definite description a model's; and it
                    // describes one name, not a headline's end run into the next sentence ("... -Source - Corvid, the")
                    break;
                }
                if (!Lexicon.genericModel(surface)) {
                    found.add(mention(text, tokens, i, to, 0.78, "pattern:described-as-model"));
                }
                break;
            }
            i = to;
        }
    }

    /** Heads that make a capitalized phrase a named architecture: "Temporal Fusion Transformer". */
    private static final Set<String> ARCHITECTURE_HEADS = Set.of("Transformer", "Transformers", "Former", "Mixer",
            "Net", "GAN", "Diffusion", "Diffuser", "Autoencoder");

    /** One to three proper-noun words before an architecture head ("Point Transformers", "Swin Transformer"). */
    private static void namedArchitectures(String text, List<Token> tokens, List<Mention> found) {
        for (int h = 1; h < tokens.size(); h++) {
            if (!ARCHITECTURE_HEADS.contains(tokens.get(h).text()) || !TokenSpans.continues(text, tokens, h)) {
                continue;
            }
            int from = h;
            while (from > 0 && h - from < 3 && tokens.get(from - 1).capitalized() && TokenSpans.wordy(tokens.get(from - 1))
                    && !Lexicon.notAName(tokens.get(from - 1).text()) && (from == h || TokenSpans.continues(text, tokens, from))
                    && TokenSpans.continues(text, tokens, from)) {
                from--;
            }
            if (from < h && !(from == 0 && h - from == 1 && !tokens.get(0).properNoun())) {
                found.add(mention(text, tokens, from, h, 0.65, "pattern:architecture"));
            }
        }
    }

    /** Words shaped like model names, wherever they stand. */
    private static void shaped(String text, List<Token> tokens, List<Mention> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!TokenSpans.wordy(t) || !Character.isLetter(t.text().charAt(0))) {
                continue;
            }
            boolean quoted = i > 0 && "“\"‘'".contains(tokens.get(i - 1).text());
            // "vLLM", "xLSTM": a lower-case letter before an acronym is a name's shape too (not "iPhone", "eBay")
            boolean lowerLead = Character.isLowerCase(t.text().charAt(0)) && t.text().length() >= 3
                    && Character.isUpperCase(t.text().charAt(1)) && Character.isUpperCase(t.text().charAt(2));
            boolean inner = INNER_CAPITAL.matcher(t.text()).find() && (Names.startsUpper(t.text()) || quoted || lowerLead);
            int to = i;
            // "XK - 1", "GPT - 4o"
            if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && TokenSpans.continues(text, tokens, i + 1)
                    && TokenSpans.continues(text, tokens, i + 2) && Character.isDigit(tokens.get(i + 2).text().charAt(0))
                    && Names.hasUpper(t.text())) {
                to = i + 2;
            } else if (!inner) {
                continue;
            }
            if (to + 2 < tokens.size() && tokens.get(to + 1).text().equals(".") && tokens.get(to + 2).text().matches("\\d{1,2}")
                    && tokens.get(to + 1).start() == tokens.get(to).end() && tokens.get(to + 2).start() == tokens.get(to + 1).end()
                    && Character.isDigit(tokens.get(to).text().charAt(0))) {
                to += 2; // "Inflection-2.5"
            }
            if (to + 1 < tokens.size() && tokens.get(to + 1).text().matches("\\d(\\.\\d)?")
                    && TokenSpans.continues(text, tokens, to + 1)) {
                to++;
            }
            String surface = TokenSpans.surface(text, tokens, i, to);
            if (!Lexicon.genericModel(surface)) {
                found.add(mention(text, tokens, i, to, 0.5, "pattern:model-shape"));
            }
            i = to;
        }
    }

    private static int run(String text, List<Token> tokens, int from) {
        int last = from - 1;
        for (int j = from; j < tokens.size() && j < from + 4; j++) {
            if (j > from && !TokenSpans.continues(text, tokens, j)) {
                break;
            }
            Token t = tokens.get(j);
            if (TokenSpans.wordy(t) && !nameToken(t)) {
                break;
            }
            if (TokenSpans.wordy(t)) {
                last = j;
            }
        }
        return last;
    }

    private static boolean nameToken(Token t) {
        String w = t.text();
        return TokenSpans.wordy(t) && (Names.hasUpper(w) || Character.isDigit(w.charAt(0)) || w.startsWith("µ"))
                && !Lexicon.notAName(w);
    }

    /** The run looks like a name rather than capitalized prose: inner capitals, digits, or a proper noun. */
    private static boolean modelShaped(List<Token> tokens, int from, int to, Sentence s) {
        for (int j = from; j <= to; j++) {
            String w = tokens.get(j).text();
            if (INNER_CAPITAL.matcher(w).find() || w.chars().anyMatch(Character::isDigit)
                    || (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Names.hasUpper(w))) {
                return true;
            }
        }
        return from > 0 && tokens.get(from).properNoun() && VERSIONED.matcher(tokens.get(from).text()).matches();
    }

    private static Mention mention(String text, List<Token> tokens, int from, int to, double conf, String finder) {
        String surface = TokenSpans.surface(text, tokens, from, to);
        return Mention.of(tokens.get(from).start(), tokens.get(to).end(), surface, EntityType.MODEL, conf, finder);
    }
}
