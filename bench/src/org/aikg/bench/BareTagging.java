package org.aikg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The baseline of the ingest benchmark: the OpenNLP pass a user would write over the same files, with the
 * models aikg ships on its classpath (the opennlp-models-*-en 1.3.0 jars): {@link SentenceDetectorME},
 * {@link TokenizerME} and {@link POSTaggerME} on every file's whole text, one set of tools per thread (they
 * are not thread-safe), the models shared.
 *
 * <p>{@code java -cp ... org.aikg.bench.BareTagging THREADS CORPUS_DIR} prints one line: files, bytes,
 * tokens, seconds (from the first file read to the last tag, models loaded before) and MB/s.
 */
public final class BareTagging {
    private BareTagging() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        Path corpus = Path.of(args[1]);
        SentenceModel sentences = new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
        TokenizerModel tokens = new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
        POSModel pos = new POSModel(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicLong tokenCount = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            running.add(pool.submit(() -> {
                SentenceDetectorME sd = new SentenceDetectorME(sentences);
                TokenizerME tok = new TokenizerME(tokens);
                POSTaggerME tagger = new POSTaggerME(pos);
                for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
                    byte[] raw = read(files.get(f));
                    bytes.addAndGet(raw.length);
                    String text = new String(raw, StandardCharsets.UTF_8);
                    for (String sentence : sd.sentDetect(text)) {
                        String[] t = tok.tokenize(sentence);
                        tagger.tag(t);
                        tokenCount.addAndGet(t.length);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "bare: %d files, %d bytes, %d tokens in %.2f s, %.3f MB/s%n",
                files.size(), bytes.get(), tokenCount.get(), secs, bytes.get() / secs / 1e6);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BareTagging.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return in;
    }
}
