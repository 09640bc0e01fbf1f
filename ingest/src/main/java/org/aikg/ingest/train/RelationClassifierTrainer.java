package org.aikg.ingest.train;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.relate.Markup;
import org.aikg.ingest.relate.PairFeatures;
import org.aikg.ingest.relate.Predicate;
import org.aikg.ingest.relate.RuleSentence;

/**
 * Trains the relation classifier from the project's annotated sentences (format: {@link Markup}; files
 * {@code org/aikg/ingest/relate/train/*.txt}). Every candidate pair of mentions of a sentence is one
 * training event: its {@link PairFeatures} and whether the sentence states the relation its types allow
 * with the left mention as subject, the right one, or neither. The build runs it after compiling, so the
 * model ships in the jar. Deterministic for given files.
 *
 * <pre>java org.aikg.ingest.train.RelationClassifierTrainer TRAIN_FILE... MODEL_OUT</pre>
 *
 * <p>Thread-safety: a command; not for concurrent use.
 */
public final class RelationClassifierTrainer {
    private RelationClassifierTrainer() {}

    /** Maxent, 300 iterations, features seen at least twice. */
    public static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** The annotated examples of the given files, in order (comments and blank lines skipped). */
    public static List<Markup.Example> examples(List<Path> files) throws IOException {
        List<Markup.Example> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    out.add(Markup.parseLine(line));
                } catch (IllegalArgumentException e) {
                    throw AikgException.at(f, n + 1, 1, e.getMessage());
                }
            }
        }
        return out;
    }

    /** The training events of one example: one per candidate pair. */
    public static List<Event> events(Markup.Example ex) {
        List<Event> out = new ArrayList<>();
        RuleSentence s = ex.sentence();
        List<RuleSentence.Span> ms = s.mentions();
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                if (!PairFeatures.candidatePair(s, i, j)) {
                    continue;
                }
                RuleSentence.Span a = ms.get(i);
                RuleSentence.Span b = ms.get(j);
                out.add(new Event(outcome(ex, a, b), PairFeatures.of(s, i, j)));
            }
        }
        return out;
    }

    /** What the example says of the pair (a, b), a first. */
    static String outcome(Markup.Example ex, RuleSentence.Span a, RuleSentence.Span b) {
        Predicate l = PairFeatures.predicate(a.type(), b.type());
        Predicate r = PairFeatures.predicate(b.type(), a.type());
        if (l != null && ex.facts().contains(new Markup.Fact(a.key(), l, b.key()))) {
            return PairFeatures.LEFT;
        }
        if (r != null && ex.facts().contains(new Markup.Fact(b.key(), r, a.key()))) {
            return PairFeatures.RIGHT;
        }
        return PairFeatures.NONE;
    }

    /** Trains on the given examples. */
    public static MaxentModel train(List<Markup.Example> examples) throws IOException {
        List<Event> events = new ArrayList<>();
        examples.forEach(e -> events.addAll(events(e)));
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters(), null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RelationClassifierTrainer TRAIN_FILE... MODEL_OUT");
            System.exit(2);
        }
        List<Path> train = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            train.add(Path.of(args[i]));
        }
        Path out = Path.of(args[args.length - 1]);
        if (NameFinderTrainer.upToDate(out, train)) {
            System.out.println("relation classifier is up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        List<Markup.Example> examples = examples(train);
        MaxentModel model = train(examples);
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "aikg-relations", ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(os)).persist();
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        NameFinderTrainer.stamp(out, train);
        System.out.printf("trained relation classifier on %d sentences of %s in %.1f s → %s%n", examples.size(), train,
                (System.nanoTime() - t0) / 1e9, out);
    }
}
