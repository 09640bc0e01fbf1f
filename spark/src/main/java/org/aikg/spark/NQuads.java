package org.aikg.spark;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.aikg.ingest.AikgException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads as N-Quads lines, the form they take between the job's stages and in its shards: plain strings
 * serialize anywhere, compare and sort as text, and one quad is always written as the same line, so
 * {@code distinct} and a sort make the shards a set in a fixed order.
 *
 * <p>Stateless and thread-safe.
 */
final class NQuads {
    private NQuads() {
    }

    /** One line per quad (no end of line), in order. */
    static List<String> lines(Collection<Quad> quads) {
        StringWriter w = new StringWriter();
        StreamRDF out = StreamRDFLib.writer(w);
        out.start();
        quads.forEach(out::quad);
        out.finish();
        List<String> lines = new ArrayList<>(quads.size());
        for (String line : w.toString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** One quad's line. */
    static String line(Quad quad) {
        return lines(List.of(quad)).get(0);
    }

    /** The quads of N-Quads lines. */
    static List<Quad> parse(Collection<String> lines) {
        List<Quad> out = new ArrayList<>(lines.size());
        try {
            RDFParser.fromString(String.join("\n", lines), Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    out.add(quad);
                }
            });
        } catch (RiotException e) {
            throw new AikgException("not N-Quads: " + e.getMessage(), e);
        }
        return out;
    }
}
