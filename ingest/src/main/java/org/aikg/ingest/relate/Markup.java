package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;

/**
 * The mark-up of the project's own annotated sentences (rule examples and relation training data):
 * entities inline as {@code {Type|surface}}, and the facts the sentence states as
 * {@code Subject > predicate > Object} joined by {@code " ; "}, or {@code -} for none. For example
 * <pre>{Organization|Northwind AI} released {Model|Corvid-7B}.	Corvid-7B &gt; developedBy &gt; Northwind AI</pre>
 *
 * <p>Thread-safety: stateless.
 */
public final class Markup {
    private static final Pattern ENTITY = Pattern.compile("\\{(Model|Paper|Organization|Person)\\|([^{}|]+)}");

    private Markup() {}

    /** A parsed example: its plain text, its sentence as the rules see it, and the facts it states. */
    public record Example(String text, RuleSentence sentence, Set<Fact> facts) {}

    /** A fact between two mentions, named by the keys of their surfaces ({@link #key}). */
    public record Fact(String subject, Predicate predicate, String object) {
        @Override
        public String toString() {
            return subject + " > " + predicate.property().getLocalName() + " > " + object;
        }
    }

    /**
     * Parses one annotated sentence; {@code facts} may be null (no facts given) or {@code "-"}.
     *
     * @throws IllegalArgumentException when a fact names a surface the sentence does not mark, or an
     *                                  unknown predicate
     */
    public static Example parse(String marked, String facts) {
        return parse(marked, facts, Block.Kind.PARAGRAPH);
    }

    /** As {@link #parse(String, String)}, for a sentence from a block of the given kind. */
    public static Example parse(String marked, String facts, Block.Kind kind) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        Matcher m = ENTITY.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(2));
            spans.add(new int[] {start, text.length()});
            types.add(EntityType.parse(m.group(1)));
            surfaces.add(m.group(2));
            last = m.end();
        }
        text.append(marked.substring(last));
        String plain = text.toString();
        List<RuleSentence.Tok> tokens = new ArrayList<>();
        for (Span t : SimpleTokenizer.INSTANCE.tokenizePos(plain)) {
            tokens.add(new RuleSentence.Tok(t.getStart(), t.getEnd(), plain.substring(t.getStart(), t.getEnd())));
        }
        List<RuleSentence.Span> mentions = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            mentions.add(new RuleSentence.Span(spans.get(k)[0], spans.get(k)[1], types.get(k), key(surfaces.get(k)), k));
        }
        Set<Fact> parsed = new LinkedHashSet<>();
        if (facts != null && !facts.isBlank() && !facts.strip().equals("-")) {
            Set<String> keys = new java.util.HashSet<>();
            surfaces.forEach(s -> keys.add(key(s)));
            for (String f : facts.split("\\s;\\s")) {
                String[] parts = f.strip().split("\\s>\\s");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("a fact is 'Subject > predicate > Object': " + f);
                }
                Fact fact = new Fact(key(parts[0]), predicate(parts[1].strip()), key(parts[2]));
                if (!keys.contains(fact.subject()) || !keys.contains(fact.object())) {
                    throw new IllegalArgumentException("fact '" + f + "' names an unmarked entity in: " + marked);
                }
                parsed.add(fact);
            }
        }
        return new Example(plain, new RuleSentence(tokens, mentions, kind), parsed);
    }

    /** Parses {@code "sentence => facts"} (rule examples) or {@code "sentence<TAB>facts"} (training data). */
    public static Example parseLine(String line) {
        return parseLine(line, Block.Kind.PARAGRAPH);
    }

    /** As {@link #parseLine(String)}, for a sentence from a block of the given kind. */
    public static Example parseLine(String line, Block.Kind kind) {
        int tab = line.indexOf('\t');
        int arrow = line.indexOf(" => ");
        int cut = tab >= 0 ? tab : arrow;
        if (cut < 0) {
            return parse(line.strip(), null, kind);
        }
        return parse(line.substring(0, cut).strip(), line.substring(cut + (tab >= 0 ? 1 : 4)), kind);
    }

    /** The predicate named by its local name ("developedBy"). */
    public static Predicate predicate(String localName) {
        for (Predicate p : Predicate.values()) {
            if (p.property().getLocalName().equals(localName)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + localName + "'");
    }

    /** The key two spellings of one name share in examples: letters and digits, lower-cased. */
    public static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
