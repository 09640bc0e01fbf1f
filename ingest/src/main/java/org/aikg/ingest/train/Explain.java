package org.aikg.ingest.train;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.Extractor;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.relate.Relation;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Prints, sentence by sentence, what extraction found in a document: each sentence with its mentions
 * marked up as {@code {Type|surface}} and the facts stated in it with the rule that stated them. For
 * finding the kinds of errors on development documents, and for writing new rule examples.
 *
 * <pre>java org.aikg.ingest.train.Explain FILE [FILTER]
 * java org.aikg.ingest.train.Explain --out DIR FILE...</pre>
 * FILTER, when given, keeps only sentences containing that text. With {@code --out}, each FILE's explanation
 * goes to {@code DIR/<file name>.txt}, the models loaded once (for comparing two builds on many documents).
 *
 * With {@code -Draw} it also lists the mentions name finding gave before resolution.
 *
 * <p>Thread-safety: a command.
 */
public final class Explain {
    /** With {@code -Dfinders}, each mention also names the finder that found it. */
    private static final boolean FINDERS = System.getProperty("finders") != null;
    /** With {@code -Dtags}, each sentence is followed by its tokens and their part-of-speech tags. */
    private static final boolean TAGS = System.getProperty("tags") != null;
    /** With {@code -Draw}, each sentence is followed by the mentions name finding gave before resolution. */
    private static final boolean RAW = System.getProperty("raw") != null;

    private Explain() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args[0].equals("--out") && args.length < 3) {
            System.err.println("usage: Explain FILE [FILTER] | Explain --out DIR FILE...");
            System.exit(2);
        }
        Extractor extractor = Extractor.standard(KnowledgeBase.load(List.of()));
        if (!args[0].equals("--out")) {
            explain(extractor, Path.of(args[0]), args.length > 1 ? args[1] : null, new PrintStream(System.out, true, UTF_8));
            return;
        }
        Path dir = Files.createDirectories(Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve(file.getFileName() + ".txt")), false, UTF_8)) {
                explain(extractor, file, null, out);
            } catch (RuntimeException e) { // one unreadable file should not stop a comparison of hundreds
                System.err.println(file + ": " + e.getMessage());
            }
        }
    }

    private static void explain(Extractor extractor, Path file, String filter, PrintStream out) {
        Extractor.Result r = extractor.run(DocumentReaders.read(file));
        String text = r.annotated().document().text();
        for (Sentence s : r.annotated().sentences()) {
            if (filter != null && !s.text().contains(filter)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            int at = s.start();
            for (ResolvedMention m : r.resolved().mentions()) {
                if (m.mention().start() < at || m.mention().end() > s.end()) {
                    continue;
                }
                b.append(text, at, m.mention().start()).append('{').append(m.entity().type().segment()).append('|')
                        .append(m.mention().surface()).append(FINDERS ? "|" + m.mention().finder() : "").append('}');
                at = m.mention().end();
            }
            b.append(text, at, s.end());
            out.println("[" + s.kind() + "] " + b.toString().replace('\n', ' '));
            if (RAW) {
                for (Mention m : r.mentions()) {
                    if (m.start() >= s.start() && m.end() <= s.end()) {
                        out.printf("    raw %s|%s|%s %.2f%n", m.type().segment(), m.surface(), m.finder(), m.confidence());
                    }
                }
            }
            if (TAGS) {
                StringBuilder t = new StringBuilder("   ");
                s.tokens().forEach(k -> t.append(' ').append(k.text()).append("/").append(k.pos()));
                out.println(t);
            }
            for (Relation rel : r.relations()) {
                if (rel.start() == s.start()) {
                    out.printf("    %s > %s > %s   (%s %.2f)%n", rel.subject().label(),
                            rel.predicate().property().getLocalName(), rel.object().label(), rel.rule(), rel.confidence());
                }
            }
        }
    }
}
