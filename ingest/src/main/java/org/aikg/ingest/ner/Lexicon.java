package org.aikg.ingest.ner;

import java.util.Locale;
import java.util.Set;

/**
 * Small closed word lists the pattern finders share: function words of titles, words that are
 * capitalized for grammar rather than because they name something, and generic model families.
 *
 * <p>Thread-safety: immutable.
 */
final class Lexicon {
    private Lexicon() {}

    /** Words a Title Case title leaves in lower case. */
    static final Set<String> TITLE_FUNCTION_WORDS = words("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "is", "are", "via", "vs", "into", "over", "under",
            "through", "without", "be", "than", "up", "all", "its", "your", "you", "do", "not", "we", "can", "it");

    /** Capitalized words that do not start a name (sentence openers, pronouns, months, days...). */
    private static final Set<String> NOT_NAMES = words("the", "a", "an", "this", "that", "these", "those", "it",
            "its", "i", "we", "you", "he", "she", "they", "our", "my", "his", "her", "their", "in", "on", "at", "for",
            "and", "but", "or", "so", "if", "when", "while", "as", "with", "from", "by", "to", "of", "after", "before",
            "since", "also", "however", "here", "there", "what", "why", "how", "who", "which", "where", "one", "two",
            "first", "second", "third", "last", "next", "new", "more", "most", "some", "many", "all", "each", "both",
            "every", "other", "another", "such", "no", "not", "yes", "just", "even", "still", "then", "now", "today",
            "yesterday", "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "ai", "ml", "nlp", "api", "ceo", "cto", "phd", "dr", "prof", "mr", "ms", "mrs",
            "source", "figure", "table", "section", "chapter", "page", "pages", "pp", "vol", "volume", "update", "version", "release", "revision", "note", "paper", "papers", "blog", "post",
            "video", "code", "demo", "link", "links", "read", "more", "see", "via", "image", "images", "caption",
            "thanks", "thank", "let", "let's", "is", "are", "was", "were", "will", "would", "can", "could", "should",
            "do", "does", "did", "has", "have", "had", "be", "been", "being", "again", "finally", "overall",
            "meanwhile", "instead", "besides", "perhaps", "maybe", "because", "although", "though", "unlike",
            "once", "whenever", "whether", "unless", "until", "thus", "hence", "therefore", "otherwise", "currently",
            "previously", "recently", "usually", "always", "never", "often", "sometimes",
            "like", "using", "based", "given", "despite", "during", "within", "without", "across", "between",
            "among", "about", "above", "below", "under", "over", "into", "onto", "upon", "via", "per", "yet",
            "well", "great", "good", "big", "large", "small", "old", "young", "open", "deep", "machine",
            "learning", "artificial", "intelligence", "neural", "network", "networks", "model", "models", "data",
            "research", "researchers", "company", "companies", "startup", "startups", "lab", "labs", "university",
            "team", "teams", "people", "world", "year", "years", "week", "weeks", "month", "months", "day", "days",
            "english", "american", "european", "chinese", "british", "french", "german", "japanese", "indian",
            "us", "uk", "eu", "usa", "china", "europe", "america", "india", "japan", "korea", "canada", "africa",
            "london", "paris", "berlin", "california", "silicon", "valley", "san", "new york",
            // roles written after a person's name ("Ana Lind (Chair)"): what someone is, not a name
            "chair", "co-chair", "editor", "maintainer", "contributor", "contributors", "reviewer", "advisor",
            "adviser", "intern", "emeritus", "speaker", "moderator", "organizer", "organiser", "host");

    /** Generic architectures and families: not specific models (GUIDELINES: "generic families"). */
    static final Set<String> GENERIC_MODEL_WORDS = words("gan", "gans", "cnn", "cnns", "rnn", "rnns", "lstm",
            "lstms", "vae", "vaes", "mlp", "mlps", "gnn", "gnns", "llm", "llms", "transformers", "diffusion",
            "nerf", "nerfs", "convnet", "convnets", "autoencoder", "autoencoders", "bert-style", "seq2seq", "rl",
            "ann", "anns", "dnn", "dnns", "svm", "svms", "ai", "agi", "nlp", "ml", "gpu", "gpus", "tpu", "tpus",
            "cpu", "api", "apis", "sota", "faq", "pdf", "url", "html", "css", "json", "sql", "covid", "covid19",
            "ceo", "cto", "phd", "usa", "uk", "eu", "us", "ok", "tl", "dr", "tldr", "vr", "ar", "iot", "ui", "ux",
            "ps", "am", "pm", "vs", "etc", "ie", "eg", "q1", "q2", "q3", "q4", "utf8", "utf16", "ascii", "mlops",
            "devops", "aiops", "llmops", "saas", "paas", "b2b", "b2c", "gdpr", "4k", "8k", "1080p", "5g", "4g", "h100", "a100",
            "v100", "gpt", "ai2027", "lidar", "radar", "gps", "cuda", "fpga", "asic",
            // text encodings ("Latin-1"), a Gaussian process ("GP parameters"), an object system of R ("S4 classes")
            "latin1", "latin2", "iso88591", "cp1252", "utf32", "ucs2", "shiftjis", "eucjp", "gp", "s3", "s4",
            // mathematicians' names in the names of classes of models: "a hidden Markov model", "a Gaussian process"
            "markov", "hiddenmarkov", "bayes", "naivebayes", "bayesian", "gaussian", "boltzmann", "dirichlet", "poisson", "ising", "potts",
            // classes of models written out
            "supportvectormachine", "supportvectormachines", "neuralnetwork", "neuralnetworks", "randomforest",
            "randomforests", "decisiontree", "decisiontrees", "hiddenmarkovmodel", "hiddenmarkovmodels",
            "gaussianprocess", "gaussianprocesses", "languagemodel", "languagemodels", "largelanguagemodels");

    /** A set of words; duplicates in the lists are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean notAName(String token) {
        return NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
    }

    static boolean genericModel(String surface) {
        return GENERIC_MODEL_WORDS.contains(Names.key(surface)) || ACRONYM_PLURAL.matcher(surface).matches();
    }

    /** "LLMs", "VLMs", "GANs": an acronym in the plural names a class of models, not one model. */
    private static final java.util.regex.Pattern ACRONYM_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}{2,}s");
}
