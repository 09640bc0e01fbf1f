package org.aikg.ingest.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import org.aikg.ingest.relate.Markup;
import org.aikg.ingest.relate.Predicate;
import org.aikg.ingest.relate.RelationClassifier;
import org.aikg.ingest.relate.RuleBook;
import org.aikg.ingest.relate.RuleEngine;
import org.aikg.ingest.relate.RuleSentence;

/**
 * Measures the relation rules, the relation classifier and the two together on annotated sentences the
 * classifier did not learn from: one sentence in five of the training files is held out (by position, so
 * the split is the same every run), the classifier is trained on the rest, and each source's facts on the
 * held-out sentences are compared with their annotation. Gold entities are given (the sentences' mark-up),
 * so this measures relation reading alone, not name finding. Writes a markdown report.
 *
 * <pre>java org.aikg.ingest.train.RelationEvaluation TRAIN_FILE... REPORT.md</pre>
 *
 * <p>Thread-safety: a command.
 */
public final class RelationEvaluation {
    private RelationEvaluation() {}

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> testFiles = new ArrayList<>();
        boolean testing = false;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--test")) {
                testing = true;
            } else {
                (testing ? testFiles : files).add(Path.of(args[i]));
            }
        }
        List<Markup.Example> all = RelationClassifierTrainer.examples(files);
        List<Markup.Example> train = new ArrayList<>();
        List<Markup.Example> test = new ArrayList<>();
        if (testFiles.isEmpty()) {
            for (int i = 0; i < all.size(); i++) {
                (i % 5 == 0 ? test : train).add(all.get(i));
            }
        } else {
            // another writer's sentences: neither the classifier nor the rules were made from them
            train.addAll(all);
            test.addAll(RelationClassifierTrainer.examples(testFiles));
        }
        MaxentModel model = RelationClassifierTrainer.train(train);
        RuleBook book = RuleBook.bundled();
        RuleEngine rules = new RuleEngine(book);
        StringBuilder report = new StringBuilder();
        report.append("# Relation rules and classifier on held-out annotated sentences\n\n")
                .append("Made by `org.aikg.ingest.train.RelationEvaluation` (command in the README). ");
        if (testFiles.isEmpty()) {
            report.append(all.size()).append(" annotated sentences of our own (`ingest/src/main/resources/org/aikg/ingest/relate/train/`); ")
                    .append("every fifth is held out (").append(test.size()).append(" sentences), the classifier is trained on the other ")
                    .append(train.size()).append(".");
        } else {
            report.append("The classifier is trained on ").append(train.size()).append(" sentences (")
                    .append(files.stream().map(f -> "`" + f.getFileName() + "`").toList()).append(") and tested on ")
                    .append(test.size()).append(" sentences another writer wrote in the register of newsletters, release posts and digests (")
                    .append(testFiles.stream().map(f -> "`" + f.getFileName() + "`").toList())
                    .append("), which neither the classifier nor the rules were made from.");
        }
        report.append(" Entities are given by the mark-up, so this measures reading relations, not finding names.\n\n");
        for (double min : new double[] {0.5, 0.7, 0.9}) {
            RelationClassifier classifier = new RelationClassifier(model, min, book);
            Map<String, int[]> r = new LinkedHashMap<>();
            Map<String, int[]> c = new LinkedHashMap<>();
            Map<String, int[]> b = new LinkedHashMap<>();
            for (Markup.Example ex : test) {
                Set<Markup.Fact> byRules = facts(ex, rules.apply(ex.sentence()));
                Set<Markup.Fact> byClassifier = facts(ex, classifier.classify(ex.sentence()));
                Set<Markup.Fact> both = new HashSet<>(byRules);
                both.addAll(byClassifier);
                count(r, byRules, ex.facts());
                count(c, byClassifier, ex.facts());
                count(b, both, ex.facts());
            }
            report.append("## Classifier threshold ").append(min).append("\n\n")
                    .append("| relation | rules P / R / F1 | classifier P / R / F1 | both P / R / F1 |\n|---|---|---|---|\n");
            for (String p : union(r, c, b)) {
                report.append("| ").append(p).append(" | ").append(prf(r.get(p))).append(" | ").append(prf(c.get(p)))
                        .append(" | ").append(prf(b.get(p))).append(" |\n");
            }
            report.append('\n');
        }
        Files.writeString(Path.of(args[args.length - 1]), report.toString());
        System.out.print(report);
    }

    private static Set<Markup.Fact> facts(Markup.Example ex, List<RuleEngine.Finding> findings) {
        Set<Markup.Fact> out = new HashSet<>();
        for (RuleEngine.Finding f : findings) {
            out.add(new Markup.Fact(key(ex, f.subject()), f.predicate(), key(ex, f.object())));
        }
        return out;
    }

    private static String key(Markup.Example ex, int index) {
        for (RuleSentence.Span m : ex.sentence().mentions()) {
            if (m.index() == index) {
                return m.key();
            }
        }
        return "?";
    }

    /** tp, fp, fn per relation and in all. */
    private static void count(Map<String, int[]> acc, Set<Markup.Fact> found, Set<Markup.Fact> gold) {
        for (Markup.Fact f : found) {
            int hit = gold.contains(f) ? 0 : 1;
            acc.computeIfAbsent(name(f.predicate()), k -> new int[3])[hit]++;
            acc.computeIfAbsent("all", k -> new int[3])[hit]++;
        }
        for (Markup.Fact f : gold) {
            if (!found.contains(f)) {
                acc.computeIfAbsent(name(f.predicate()), k -> new int[3])[2]++;
                acc.computeIfAbsent("all", k -> new int[3])[2]++;
            }
        }
    }

    private static String name(Predicate p) {
        return p.property().getLocalName();
    }

    @SafeVarargs
    private static List<String> union(Map<String, int[]>... maps) {
        List<String> out = new ArrayList<>();
        for (Predicate p : Predicate.values()) {
            out.add(name(p));
        }
        out.add("all");
        return out;
    }

    private static String prf(int[] c) {
        if (c == null) {
            return "-";
        }
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format("%.2f / %.2f / **%.2f**", p, r, f);
    }
}
