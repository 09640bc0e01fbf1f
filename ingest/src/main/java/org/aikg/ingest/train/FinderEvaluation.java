package org.aikg.ingest.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Annotator;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.ArxivFinder;
import org.aikg.ingest.ner.DictionaryFinder;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.ner.MentionFinder;
import org.aikg.ingest.ner.ModelFinder;
import org.aikg.ingest.ner.NameFinding;
import org.aikg.ingest.ner.OrganizationFinder;
import org.aikg.ingest.ner.PaperTitleFinder;
import org.aikg.ingest.ner.PersonFinder;
import org.aikg.ingest.ner.ReferenceFinder;
import org.aikg.ingest.ner.StatisticalFinder;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.read.Format;
import org.aikg.ingest.read.Metadata;
import org.aikg.ingest.train.SpanScore.Counts;
import org.aikg.ingest.train.SpanScore.Labeled;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.eval.FMeasure;

/**
 * Measures each name finder alone, and their combination, against hand-annotated sentences, and
 * cross-validates the learned finder on its training sentences. Prints a Markdown report on standard output.
 *
 * <pre>java org.aikg.ingest.train.FinderEvaluation [TEST_FILE [TRAIN_FILE]]</pre>
 *
 * <p>Both files are in OpenNLP's name-finder format (one tokenized sentence per line, names marked
 * {@code <START:type> ... <END>}, blank lines between documents). Each document of the test file is turned
 * back into text, its sentences joined by blank lines and their tokens by single spaces (and, as a second
 * measure, with the spacing prose would have), and run through the real reader, annotator and finders; gold
 * names become character spans of that text. A prediction
 * counts only when its span and type both equal a gold name's.
 *
 * <p>Thread-safety: a command; not for concurrent use.
 */
public final class FinderEvaluation {
    static final String DEFAULT_TEST = "ingest/src/test/resources/org/aikg/ingest/ner/test.txt";
    static final String DEFAULT_TRAIN = "ingest/src/main/resources/org/aikg/ingest/ner/train.txt";
    static final int FOLDS = 10;
    /** The probability floor {@code Extractor.standard} gives the learned finder. */
    static final double STATISTICAL_MIN_PROBABILITY = StatisticalFinder.DEFAULT_MIN_PROBABILITY;

    /** One document of an annotated file: its text and the gold names as character spans of it. */
    record GoldDocument(String text, List<String> sentences, List<Labeled> gold) {}

    private FinderEvaluation() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 2 || (args.length > 0 && args[0].startsWith("-"))) {
            System.err.println("usage: FinderEvaluation [TEST_FILE [TRAIN_FILE]]");
            System.exit(2);
        }
        Path test = Path.of(args.length > 0 ? args[0] : DEFAULT_TEST);
        Path train = Path.of(args.length > 1 ? args[1] : DEFAULT_TRAIN);
        PrintStream stdout = System.out;
        // OpenNLP's trainers report progress on standard output; keep it out of the report.
        System.setOut(System.err);
        String report;
        try {
            report = new FinderEvaluation().run(test, train, args);
        } finally {
            System.setOut(stdout);
        }
        stdout.print(report);
        stdout.flush();
    }

    /** One way of turning the annotated tokens back into text. */
    enum Rendering {
        /** Tokens joined by single spaces, exactly as the annotated file stores them. */
        SPACED,
        /** Tokens joined as prose would have them ("Y. Song", "GPT-4", "(2023)."), by {@link #attaches}. */
        DETOKENIZED
    }

    /** What one rendering of the test set scored. */
    record Result(int documents, int builtDirectly, Map<String, SpanScore> scores, Map<String, Map<String, int[]>> byRule) {}

    private String run(Path test, Path train, String[] args) throws IOException {
        Annotator annotator = Annotator.load();
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        StatisticalFinder statistical = new StatisticalFinder(StatisticalFinder.bundledModel(),
                STATISTICAL_MIN_PROBABILITY, kb::isFirstName);
        Map<String, Function<AnnotatedDocument, List<Mention>>> systems = new LinkedHashMap<>();
        systems.put("dictionary", alone(new DictionaryFinder(kb)));
        systems.put("arxiv", alone(new ArxivFinder()));
        systems.put("paper-title", alone(new PaperTitleFinder()));
        systems.put("reference", alone(new ReferenceFinder()));
        systems.put("person", alone(new PersonFinder(kb)));
        systems.put("organization", alone(new OrganizationFinder(kb)));
        systems.put("model", alone(new ModelFinder()));
        systems.put("statistical", alone(statistical));
        systems.put("combined, no statistical", NameFinding.standard(kb, null)::find);
        systems.put("combined (standard)", NameFinding.standard(kb, statistical)::find);

        List<GoldDocument> gold = readAnnotated(test, Rendering.SPACED);
        Result spaced = evaluate(gold, annotator, systems);
        Result detokenized = evaluate(readAnnotated(test, Rendering.DETOKENIZED), annotator, systems);

        SpanScore cv = new SpanScore();
        FMeasure openNlp = crossValidate(train, cv);

        return report(test, train, args, gold, overlap(test, train), spaced, detokenized, cv, openNlp);
    }

    private static Result evaluate(List<GoldDocument> gold, Annotator annotator,
            Map<String, Function<AnnotatedDocument, List<Mention>>> systems) {
        int builtDirectly = 0;
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (GoldDocument g : gold) {
            Document d = DocumentReaders.parse(Path.of("eval.txt"), g.text());
            if (!d.text().equals(g.text())) {
                // The reader changed the text (a line read as a list marker, say), so gold offsets would not
                // fit: give the annotator the sentences as they are, one paragraph each.
                d = direct(g);
                builtDirectly++;
            }
            docs.add(annotator.annotate(d));
        }
        Map<String, SpanScore> scores = new LinkedHashMap<>();
        Map<String, Map<String, int[]>> byRule = new LinkedHashMap<>();
        for (var system : systems.entrySet()) {
            SpanScore score = new SpanScore();
            Map<String, int[]> rules = new TreeMap<>();
            for (int i = 0; i < docs.size(); i++) {
                List<Labeled> goldSpans = gold.get(i).gold();
                Set<Labeled> goldSet = new HashSet<>(goldSpans);
                List<Labeled> predicted = new ArrayList<>();
                Set<Labeled> seen = new HashSet<>();
                for (Mention m : system.getValue().apply(docs.get(i))) {
                    Labeled l = new Labeled(m.start(), m.end(), m.type().segment());
                    predicted.add(l);
                    if (seen.add(l)) {
                        int[] c = rules.computeIfAbsent(m.finder(), k -> new int[2]);
                        c[0]++;
                        c[1] += goldSet.contains(l) ? 1 : 0;
                    }
                }
                score.add(goldSpans, predicted);
            }
            scores.put(system.getKey(), score);
            byRule.put(system.getKey(), rules);
        }
        return new Result(docs.size(), builtDirectly, scores, byRule);
    }

    /** A finder run alone over every sentence, with no merging or document-level propagation. */
    private static Function<AnnotatedDocument, List<Mention>> alone(MentionFinder finder) {
        return doc -> {
            List<Mention> all = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                all.addAll(finder.find(doc, s));
            }
            return all;
        };
    }

    /**
     * Reads an annotated file into documents (separated by blank lines), one sentence per line, its tokens
     * joined as {@code rendering} says.
     */
    static List<GoldDocument> readAnnotated(Path file, Rendering rendering) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldDocument> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        List<Labeled> spans = new ArrayList<>();
        for (int li = 0; li <= lines.size(); li++) {
            String line = li < lines.size() ? lines.get(li).strip() : "";
            if (line.isEmpty()) {
                if (!sentences.isEmpty()) {
                    docs.add(new GoldDocument(text.toString(), List.copyOf(sentences), List.copyOf(spans)));
                    text.setLength(0);
                    sentences.clear();
                    spans.clear();
                }
                continue;
            }
            NameSample sample;
            try {
                sample = NameSample.parse(line, false);
            } catch (IOException | RuntimeException e) {
                throw AikgException.at(file, li + 1, 1, "not a name-finder sample: " + e.getMessage());
            }
            // OpenNLP silently drops a name whose <END> is missing; a lost gold name would inflate precision.
            long opened = Arrays.stream(line.split("\\s+")).filter(t -> t.startsWith("<START")).count();
            if (opened != sample.getNames().length) {
                throw AikgException.at(file, li + 1, 1, "a <START:...> without its <END>");
            }
            if (!sentences.isEmpty()) {
                text.append("\n\n");
            }
            String[] tokens = sample.getSentence();
            int[] starts = new int[tokens.length];
            int[] ends = new int[tokens.length];
            int sentenceStart = text.length();
            for (int t = 0; t < tokens.length; t++) {
                if (t > 0 && (rendering == Rendering.SPACED || !attaches(tokens, t))) {
                    text.append(' ');
                }
                starts[t] = text.length();
                text.append(tokens[t]);
                ends[t] = text.length();
            }
            sentences.add(text.substring(sentenceStart));
            for (Span s : sample.getNames()) {
                spans.add(new Labeled(starts[s.getStart()], ends[s.getEnd() - 1], type(s.getType())));
            }
        }
        return docs;
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", ")", "]", "}", "?", "!", "%",
            "\u201D", "\u2019");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "\u201C", "\u2018", "$", "/");
    private static final Set<String> CLITICS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

    /**
     * Whether token {@code i} was most likely written against the token before it. A heuristic: the
     * tokenizer threw the original spacing away, and "9 B" may have been "9B" or "9 B".
     */
    static boolean attaches(String[] tokens, int i) {
        String prev = tokens[i - 1];
        String cur = tokens[i];
        String next = i + 1 < tokens.length ? tokens[i + 1] : "";
        String beforePrev = i >= 2 ? tokens[i - 2] : "";
        if (NO_SPACE_AFTER.contains(prev) || cur.equals("/")) {
            return true;
        }
        if ((cur.equals("-") || cur.equals(".")) && alnum(prev) && alnum(next)
                && (cur.equals("-") || (digits(prev) && digits(next)))) {
            return true;
        }
        if ((prev.equals("-") || prev.equals(".")) && alnum(beforePrev) && alnum(cur)
                && (prev.equals("-") || (digits(beforePrev) && digits(cur)))) {
            return true;
        }
        if (cur.equals("'") && alnum(prev) && CLITICS.contains(next)) {
            return true;
        }
        if (prev.equals("'") && CLITICS.contains(cur) && alnum(beforePrev)) {
            return true;
        }
        return NO_SPACE_BEFORE.contains(cur);
    }

    private static boolean alnum(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isLetterOrDigit);
    }

    private static boolean digits(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private static String type(String tag) {
        return tag == null ? "default" : tag.toLowerCase(Locale.ROOT);
    }

    /** The document as a reader would give it had it changed nothing: one paragraph per sentence. */
    private static Document direct(GoldDocument g) {
        String text = g.text();
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        for (String s : g.sentences()) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, at, at + s.length(), 0));
            at += s.length() + 2;
        }
        return new Document(Path.of("eval.txt"), text, Format.TEXT, Metadata.EMPTY, text, offsets, blocks,
                List.of());
    }

    /** How many test sentences also occur, word for word, in the training file. */
    private static int[] overlap(Path test, Path train) throws IOException {
        Set<String> trained = new HashSet<>();
        for (GoldDocument d : readAnnotated(train, Rendering.SPACED)) {
            trained.addAll(d.sentences());
        }
        int total = 0;
        int shared = 0;
        for (GoldDocument d : readAnnotated(test, Rendering.SPACED)) {
            for (String s : d.sentences()) {
                total++;
                shared += trained.contains(s) ? 1 : 0;
            }
        }
        return new int[] {shared, total};
    }

    /**
     * Cross-validates the learned finder on {@code train} with the build's training parameters, adding every
     * fold's token spans to {@code score}. Returns OpenNLP's own overall measure as a check.
     */
    static FMeasure crossValidate(Path train, SpanScore score) throws IOException {
        TokenNameFinderEvaluationMonitor monitor = new TokenNameFinderEvaluationMonitor() {
            @Override
            public void correctlyClassified(NameSample reference, NameSample prediction) {
                add(reference, prediction);
            }

            @Override
            public void misclassified(NameSample reference, NameSample prediction) {
                add(reference, prediction);
            }

            private void add(NameSample reference, NameSample prediction) {
                score.add(tokenSpans(reference), tokenSpans(prediction));
            }
        };
        TokenNameFinderCrossValidator validator = new TokenNameFinderCrossValidator("en", null,
                NameFinderTrainer.parameters(), new TokenNameFinderFactory(), monitor);
        try (ObjectStream<NameSample> samples = NameFinderTrainer.samples(train)) {
            validator.evaluate(samples, FOLDS);
        }
        return validator.getFMeasure();
    }

    private static List<Labeled> tokenSpans(NameSample sample) {
        List<Labeled> spans = new ArrayList<>();
        for (Span s : sample.getNames()) {
            spans.add(new Labeled(s.getStart(), s.getEnd(), type(s.getType())));
        }
        return spans;
    }

    // ---- report ----

    private static String report(Path test, Path train, String[] args, List<GoldDocument> gold, int[] overlap,
            Result spaced, Result detokenized, SpanScore cv, FMeasure openNlp) {
        List<String> types = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            types.add(t.segment());
        }
        StringBuilder out = new StringBuilder();
        out.append("# Name-finder evaluation\n\n");
        out.append("Generated on ").append(LocalDate.now()).append(" by\n\n```\n")
                .append("mvn -B -q -DskipTests package\n")
                .append("java -cp \"server/target/aikg.jar:server/target/lib/*\" ")
                .append(FinderEvaluation.class.getName());
        for (String a : args) {
            out.append(' ').append(a);
        }
        out.append(" > docs/finder-evaluation.md\n```\n\n");
        out.append("Do not edit by hand: rerun the command. The numbers move whenever the finders, the knowledge base "
                + "or the annotated sentences change.\n\n");

        int sentenceCount = gold.stream().mapToInt(g -> g.sentences().size()).sum();
        SpanScore any = spaced.scores().values().iterator().next();
        out.append("## Data and method\n\n");
        out.append("- Test set: `").append(test).append("`: ").append(gold.size()).append(" documents, ")
                .append(sentenceCount).append(" sentences, ").append(any.overall().gold()).append(" gold names (");
        List<String> perType = new ArrayList<>();
        for (String t : types) {
            perType.add(any.counts(t).gold() + " " + t);
        }
        out.append(String.join(", ", perType)).append(").\n");
        out.append("- Training set of the learned finder: `").append(train).append("`. Test sentences also found "
                + "word for word in it: ").append(overlap[0]).append(" of ").append(overlap[1])
                .append(", so the test numbers of the learned finder are held out.\n");
        out.append("- Each test document is rebuilt as text, one paragraph per sentence, read by `DocumentReaders`, "
                + "annotated by `Annotator` and passed to the finders. The file keeps only tokens, so the text is "
                + "rebuilt in two ways: *spaced* joins every token with one space (\"Y . Song\", \"GPT - 4\", "
                + "\"[ 2 ]\"), *detokenized* guesses the original spacing (\"Y. Song\", \"GPT-4\", \"[2]\"). "
                + "Spaced is the main measure; rules that match on the sentence text rather than on tokens (reference "
                + "entries, \"University of\") are at a disadvantage there, and the detokenized column shows by how "
                + "much. Documents the reader changed, and that were therefore built directly: ")
                .append(spaced.builtDirectly()).append(" spaced, ").append(detokenized.builtDirectly())
                .append(" detokenized.\n");
        out.append("- Scoring is exact: a prediction is correct only when its start, end and type all match a gold "
                + "name. A name found with the wrong type or a word too many counts as one false positive and one "
                + "false negative. Precision, recall and F1 are micro-averaged; \"–\" marks a ratio with nothing to "
                + "divide by (for precision: the finder predicted nothing of that type).\n");
        out.append("- The single finders run alone, sentence by sentence, on their raw output. \"combined\" is "
                + "`NameFinding.standard`: it keeps one winner per overlap (candidates under confidence 0.5 dropped) "
                + "and then finds known names again across the document. The learned finder runs with probability "
                + "floor ").append(STATISTICAL_MIN_PROBABILITY).append(", as in `Extractor.standard`; the dictionary "
                + "is the bundled knowledge base (`KnowledgeBase.load(List.of())`).\n\n");

        out.append("## Summary (all types, micro-averaged)\n\n");
        out.append("| finder | predicted | correct | precision | recall | F1 | detokenized: precision | recall | F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var e : spaced.scores().entrySet()) {
            Counts c = e.getValue().overall();
            Counts d = detokenized.scores().get(e.getKey()).overall();
            out.append("| ").append(e.getKey()).append(" | ").append(c.predicted()).append(" | ")
                    .append(c.truePositives()).append(" | ").append(fmt(c.precision())).append(" | ")
                    .append(fmt(c.recall())).append(" | ").append(fmt(c.f1())).append(" | ")
                    .append(fmt(d.precision())).append(" | ").append(fmt(d.recall())).append(" | ")
                    .append(fmt(d.f1())).append(" |\n");
        }
        out.append('\n');

        out.append("## Per type (spaced)\n\n");
        for (var e : spaced.scores().entrySet()) {
            out.append("### ").append(e.getKey()).append("\n\n");
            typeTable(out, e.getValue(), types);
        }
        out.append("## Per type (detokenized), learned and combined\n\n");
        for (String system : List.of("statistical", "combined (standard)")) {
            out.append("### ").append(system).append("\n\n");
            typeTable(out, detokenized.scores().get(system), types);
        }

        out.append("## By rule (spaced)\n\n");
        out.append("Each prediction carries the name of the rule that made it (`Mention.finder`). Recall is not "
                + "given per rule, since several rules share one type.\n\n");
        out.append("| finder | rule | predicted | correct | precision |\n");
        out.append("|---|---|---:|---:|---:|\n");
        for (var e : spaced.byRule().entrySet()) {
            for (var r : e.getValue().entrySet()) {
                int[] c = r.getValue();
                out.append("| ").append(e.getKey()).append(" | `").append(r.getKey()).append("` | ").append(c[0])
                        .append(" | ").append(c[1]).append(" | ")
                        .append(fmt(c[0] == 0 ? Double.NaN : (double) c[1] / c[0])).append(" |\n");
            }
        }
        out.append('\n');

        out.append("## Learned finder: ").append(FOLDS).append("-fold cross-validation on the training set\n\n");
        out.append("OpenNLP's `TokenNameFinderCrossValidator` with `NameFinderTrainer.parameters()` on `").append(train)
                .append("`. This scores the bare `NameFinderME` on token spans, without the probability floor and "
                        + "the plausibility checks `StatisticalFinder` adds, so it is not directly comparable to the "
                        + "\"statistical\" rows above.\n\n");
        typeTable(out, cv, types);
        out.append("OpenNLP's own overall figure for the same run: precision ").append(fmt(openNlp.getPrecisionScore()))
                .append(", recall ").append(fmt(openNlp.getRecallScore())).append(", F1 ")
                .append(fmt(openNlp.getFMeasure())).append(".\n");
        return out.toString();
    }

    private static void typeTable(StringBuilder out, SpanScore score, List<String> types) {
        List<String> rows = new ArrayList<>(types);
        for (String t : score.types()) {
            if (!rows.contains(t)) {
                rows.add(t);
            }
        }
        out.append("| type | gold | predicted | correct | precision | recall | F1 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String t : rows) {
            row(out, t, score.counts(t));
        }
        row(out, "**all**", score.overall());
        out.append('\n');
    }

    private static void row(StringBuilder out, String label, Counts c) {
        out.append("| ").append(label).append(" | ").append(c.gold()).append(" | ").append(c.predicted())
                .append(" | ").append(c.truePositives()).append(" | ").append(fmt(c.precision())).append(" | ")
                .append(fmt(c.recall())).append(" | ").append(fmt(c.f1())).append(" |\n");
    }

    static String fmt(double v) {
        return Double.isNaN(v) || v < 0 ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
