package org.aikg.ingest.train;

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
 * <pre>java org.aikg.ingest.train.Explain FILE [FILTER]</pre>
 * FILTER, when given, keeps only sentences containing that text.
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

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Explain FILE [FILTER]");
            System.exit(2);
        }
        Extractor extractor = Extractor.standard(KnowledgeBase.load(List.of()));
        Extractor.Result r = extractor.run(DocumentReaders.read(Path.of(args[0])));
        String text = r.annotated().document().text();
        for (Sentence s : r.annotated().sentences()) {
            if (args.length > 1 && !s.text().contains(args[1])) {
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
            System.out.println("[" + s.kind() + "] " + b.toString().replace('\n', ' '));
            if (RAW) {
                for (Mention m : r.mentions()) {
                    if (m.start() >= s.start() && m.end() <= s.end()) {
                        System.out.printf("    raw %s|%s|%s %.2f%n", m.type().segment(), m.surface(), m.finder(), m.confidence());
                    }
                }
            }
            if (TAGS) {
                StringBuilder t = new StringBuilder("   ");
                s.tokens().forEach(k -> t.append(' ').append(k.text()).append("/").append(k.pos()));
                System.out.println(t);
            }
            for (Relation rel : r.relations()) {
                if (rel.start() == s.start()) {
                    System.out.printf("    %s > %s > %s   (%s %.2f)%n", rel.subject().label(),
                            rel.predicate().property().getLocalName(), rel.object().label(), rel.rule(), rel.confidence());
                }
            }
        }
    }
}
