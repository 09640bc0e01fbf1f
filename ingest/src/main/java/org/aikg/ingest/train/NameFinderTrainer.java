package org.aikg.ingest.train;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains aikg's name finder from its annotated sentences (OpenNLP name-finder format, one tokenized
 * sentence per line). The build runs it after compiling, so the model ships inside the jar; at run time
 * only {@code StatisticalFinder} loads it. Training is deterministic for a given file.
 *
 * <pre>java org.aikg.ingest.train.NameFinderTrainer TRAIN_FILE... MODEL_OUT</pre>
 *
 * <p>Thread-safety: a command; not for concurrent use.
 */
public final class NameFinderTrainer {
    private NameFinderTrainer() {}

    /** The training parameters: maxent, 200 iterations, features seen at least twice. */
    public static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** Trains a model on the sentences of the given files, read in order. */
    public static TokenNameFinderModel train(java.util.List<Path> trainFiles) throws IOException {
        try (ObjectStream<NameSample> samples = samples(trainFiles)) {
            return NameFinderME.train("en", null, samples, parameters(), new TokenNameFinderFactory());
        }
    }

    /** Trains a model on the sentences of {@code trainFile}. */
    public static TokenNameFinderModel train(Path trainFile) throws IOException {
        return train(java.util.List.of(trainFile));
    }

    static ObjectStream<NameSample> samples(Path file) throws IOException {
        return new NameSampleDataStream(new PlainTextByLineStream(
                new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8));
    }

    /** The samples of several files, one after the other. */
    static ObjectStream<NameSample> samples(java.util.List<Path> files) throws IOException {
        java.util.List<ObjectStream<NameSample>> streams = new java.util.ArrayList<>();
        for (Path f : files) {
            streams.add(samples(f));
        }
        return opennlp.tools.util.ObjectStreamUtils.concatenateObjectStream(streams);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NameFinderTrainer TRAIN_FILE... MODEL_OUT");
            System.exit(2);
        }
        java.util.List<Path> train = new java.util.ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            train.add(Path.of(args[i]));
        }
        Path out = Path.of(args[args.length - 1]);
        if (upToDate(out, train)) {
            System.out.println("name finder model is up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        TokenNameFinderModel model = train(train);
        Files.createDirectories(out.getParent());
        File tmp = Files.createTempFile(out.getParent(), "aikg-ner", ".tmp").toFile();
        try (OutputStream os = Files.newOutputStream(tmp.toPath())) {
            model.serialize(os);
        }
        Files.move(tmp.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        stamp(out, train);
        System.out.printf("trained name finder on %s in %.1f s → %s%n", train, (System.nanoTime() - t0) / 1e9, out);
    }

    /**
     * True when {@code out} exists, is newer than every input and was trained on exactly these inputs
     * (a file taken out of the list must make the build train again): the build need not train again.
     */
    static boolean upToDate(Path out, java.util.List<Path> inputs) {
        Path stamp = stampOf(out);
        try {
            return Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(inputList(inputs))
                    && inputs.stream().allMatch(t -> newer(out, t));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records which inputs {@code out} was trained on, for {@link #upToDate}. */
    static void stamp(Path out, java.util.List<Path> inputs) throws IOException {
        Files.writeString(stampOf(out), inputList(inputs));
    }

    private static Path stampOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".inputs");
    }

    private static String inputList(java.util.List<Path> inputs) {
        StringBuilder b = new StringBuilder();
        // names only: the stamp ships in the jar, and the build machine's paths are nobody's business
        inputs.forEach(p -> b.append(p.getFileName()).append('\n'));
        return b.toString();
    }

    private static boolean newer(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
