package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project must not quote its evaluation documents ({@code ../shared/corpus/{seeds,extra,dev2}}): a rule,
 * dictionary entry, training sentence, test sentence or comment that shares six consecutive words with them
 * is fitted to an evaluation sentence. This test fails on every such line of the extractor's resources, the
 * Java sources of four modules and the paraphrase suite, naming the file, the line and the shared words.
 *
 * <p>Words are found exactly as {@code ../shared/tools/eval-overlap} finds them: URLs and written arXiv ids
 * are blanked, the text is lower-cased, and a word is a run of {@code [a-z0-9]} with an optional {@code 's}
 * style suffix. Paper titles may be shared: a six-word run is allowed when it lies inside the title of a
 * Paper entity of a gold file (name or alias), or inside quoted text on the same line that looks like a
 * title. Runs that cross from a title into the words around it are not allowed.
 *
 * <p>Skipped when the evaluation documents are not there.
 */
class EvalOverlapTest {
    private static final int N = 6;

    /**
     * Being rewritten by the lead in their own words; remove each path from this list once its rewrite is in.
     * Paths are relative to the project root.
     */
    private static final Set<String> PENDING_REWRITE = Set.of();

    /** Copied from eval-overlap: {@code WORD} and {@code URL}. */
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|arxiv:\\s*\\d{4}\\.\\d{4,5}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> RESOURCE_EXT = Set.of(".txt", ".yaml", ".yml", ".json", ".tsv");
    /** eval-overlap's TEXT_EXT, for the paraphrase suite. */
    private static final Set<String> TEXT_EXT = Set.of(".java", ".json", ".txt", ".md", ".rq", ".ttl", ".js",
            ".html", ".py", ".sh", ".tsv", ".csv", ".properties", ".xml", ".yml", ".yaml");
    private static final Set<String> SKIP_DIRS = Set.of(".git", "target", "node_modules", ".idea");

    private static final Pattern CURLY_QUOTED = Pattern.compile("“([^“”]*)”");
    private static final Pattern NAME_TAG = Pattern.compile("<START:[^>]*>|<END>");
    private static final Pattern MARKED_PAPER = Pattern.compile("\\{Paper\\|([^{}|]+)}|<START:paper>(.*?)<END>");
    private static final Pattern MARKUP = Pattern.compile("\\{(?:Model|Paper|Organization|Person)\\||}|<START:[^>]*>|<END>");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!;]\\s|[.!;]$");

    private static Path root;
    private static Path shared;

    @BeforeAll
    static void locate() {
        Path module = Path.of("").toAbsolutePath();
        root = module.getParent();
        shared = root.resolveSibling("shared");
    }

    @Test
    void noLineQuotesTheEvaluationTexts() throws IOException {
        Path corpus = shared.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no evaluation texts at " + corpus);
        Map<String, String> evaluation = evaluationShingles(corpus);
        Assumptions.assumeFalse(evaluation.isEmpty(), "no evaluation texts under " + corpus);
        Set<String> titles = goldTitleShingles();

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path file : filesToCheck()) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            if (PENDING_REWRITE.contains(rel)) {
                continue;
            }
            checked++;
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String runs = sharedRuns(lines.get(i), evaluation, titles);
                if (!runs.isEmpty()) {
                    failures.add(rel + ":" + (i + 1) + ": " + runs);
                }
            }
        }
        assertTrue(checked > 0, "no files to check under " + root);
        assertTrue(failures.isEmpty(), failures.size() + " line(s) share " + N
                + "+ consecutive words with the evaluation texts; say it in your own words:\n"
                + String.join("\n", failures));
    }

    /** The shared runs of the line, outside paper titles, as {@code "w1 w2 ..." (source)}; empty if none. */
    static String sharedRuns(String line, Map<String, String> evaluation, Set<String> titles) {
        Set<String> allowed = new HashSet<>(titles);
        // a paper marked up in training or example text is a title; the mark-up itself is not text
        Matcher marked = MARKED_PAPER.matcher(line);
        while (marked.find()) {
            List<String> title = words(marked.group(1) != null ? marked.group(1) : marked.group(2));
            allowed.addAll(shingles(title));
            allowed.addAll(shingles(title, N - 1));
        }
        line = MARKUP.matcher(line).replaceAll(" ");
        List<String> w = words(line);
        for (String quoted : titleLikeQuotes(line)) {
            allowed.addAll(shingles(words(quoted)));
            allowed.addAll(shingles(words(quoted), N - 1));
        }
        boolean[] bad = new boolean[w.size()];
        String source = null;
        for (int i = 0; i + N <= w.size(); i++) {
            String g = String.join(" ", w.subList(i, i + N));
            String src = evaluation.get(g);
            // one word of context beside a title ("the paper <title>", "<title> from") is the title's
            String head = String.join(" ", w.subList(i, i + N - 1));
            String tail = String.join(" ", w.subList(i + 1, i + N));
            if (src != null && !allowed.contains(g) && !allowed.contains(head) && !allowed.contains(tail)) {
                for (int k = i; k < i + N; k++) {
                    bad[k] = true;
                }
                if (source == null) {
                    source = src;
                }
            }
        }
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (bad[i]) {
                int j = i;
                while (j < w.size() && bad[j]) {
                    j++;
                }
                runs.add("\"" + String.join(" ", w.subList(i, j)) + "\"");
                i = j;
            }
        }
        return runs.isEmpty() ? "" : String.join(", ", runs) + " (as in " + source + ")";
    }

    /** eval-overlap's {@code words}: URLs out, lower case, word runs. */
    static List<String> words(String text) {
        String t = URL.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<String> shingles(List<String> w) {
        return shingles(w, N);
    }

    static List<String> shingles(List<String> w, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + n)));
        }
        return out;
    }

    /**
     * Quoted text of the line ("…" or “…”; in Java source {@code \"} counts as a quote) that looks like a title:
     * it starts with a capital letter once name-finder tags and leading punctuation are dropped, has no
     * sentence break and no escape sequence, and at least half its words of four or more letters are
     * capitalized. A whole sentence in a string literal is not a title.
     */
    static List<String> titleLikeQuotes(String line) {
        List<String> candidates = new ArrayList<>();
        Matcher m = CURLY_QUOTED.matcher(line);
        while (m.find()) {
            candidates.add(m.group(1));
        }
        String plain = line.replace("\\\"", "\"");
        int prev = -1;
        for (int i = plain.indexOf('"'); i >= 0; i = plain.indexOf('"', i + 1)) {
            if (prev >= 0) {
                candidates.add(plain.substring(prev + 1, i)); // every span between two quote marks
            }
            prev = i;
        }
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            String t = NAME_TAG.matcher(c).replaceAll(" ").strip();
            int start = 0;
            while (start < t.length() && !Character.isLetterOrDigit(t.charAt(start))) {
                start++;
            }
            t = t.substring(start);
            if (looksLikeTitle(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean looksLikeTitle(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.indexOf('\\') >= 0
                || SENTENCE_BREAK.matcher(t).find()) {
            return false;
        }
        int longWords = 0;
        int capitalized = 0;
        for (String token : t.split("[\\s\\-–—/]+")) {
            String letters = token.replaceAll("[^\\p{L}\\p{N}]", "");
            if (letters.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(letters.charAt(0)) || Character.isDigit(letters.charAt(0))) {
                    capitalized++;
                }
            }
        }
        return longWords > 0 && 2 * capitalized >= longWords;
    }

    /** Six-word runs of seeds, extra and dev2, each with the first document it occurs in (like eval-overlap). */
    private static Map<String, String> evaluationShingles(Path corpus) throws IOException {
        Map<String, String> grams = new HashMap<>();
        for (String sub : List.of("seeds", "extra", "dev2")) {
            Path folder = corpus.resolve(sub);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> docs;
            try (Stream<Path> s = Files.list(folder)) {
                docs = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path doc : docs) {
                String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
                for (String g : shingles(words(text))) {
                    grams.putIfAbsent(g, sub + "/" + doc.getFileName());
                }
            }
        }
        return grams;
    }

    /** Six-word runs inside the names and aliases of the Paper entities of all gold files. */
    private static Set<String> goldTitleShingles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> out = new HashSet<>();
        for (Path dir : List.of(shared.resolve("eval/gold"), shared.resolve("eval/gold-dev2"),
                root.resolve("eval/gold-extra"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                for (JsonNode e : json.readTree(f.toFile()).path("entities")) {
                    if (!"Paper".equals(e.path("type").asText())) {
                        continue;
                    }
                    addName(out, e.path("name").asText());
                    for (JsonNode alias : e.path("aliases")) {
                        addName(out, alias.asText());
                    }
                }
            }
        }
        // the knowledge base's names (labels and aliases of every type) are names, not sentences
        Path kb = root.resolve("ingest/src/main/resources/org/aikg/ingest/kb/entities.json");
        if (Files.exists(kb)) {
            JsonNode all = json.readTree(kb.toFile());
            for (JsonNode e : all.isArray() ? all : all.path("entities")) {
                addName(out, e.path("label").asText());
                for (JsonNode alias : e.path("aliases")) {
                    addName(out, alias.asText());
                }
            }
        }
        return out;
    }
    private static void addName(Set<String> out, String name) {
        List<String> w = words(name);
        out.addAll(shingles(w));
        out.addAll(shingles(w, N - 1));
    }


    private static List<Path> filesToCheck() throws IOException {
        List<Path> out = new ArrayList<>();
        out.addAll(walk(root.resolve("ingest/src/main/resources/org/aikg/ingest"), RESOURCE_EXT));
        for (String module : List.of("ingest", "server", "queries", "ontology")) {
            out.addAll(walk(root.resolve(module).resolve("src"), Set.of(".java")));
        }
        out.addAll(walk(root.resolve("eval/paraphrases"), TEXT_EXT));
        return out;
    }

    private static List<Path> walk(Path dir, Set<String> extensions) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (SKIP_DIRS.contains(part.toString())) {
                                return false;
                            }
                        }
                        String name = p.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        return dot > 0 && extensions.contains(name.substring(dot));
                    })
                    .sorted()
                    .toList();
        }
    }

    /** The file's lines as eval-overlap reads them (UTF-8, malformed bytes replaced). */
    private static List<String> lines(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
