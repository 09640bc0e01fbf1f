package org.aikg.ingest.relate;

import org.aikg.ingest.pattern.TokenPattern;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.ingest.AikgException;
import org.aikg.ingest.DataFiles;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;

/**
 * The relation rules: a lexicon of phrase lists and a list of {@link PatternRule} rows, read from YAML
 * (the format is documented in {@code docs/relation-rules.md}). The bundled book is
 * {@code org/aikg/ingest/relate/rules.yaml}.
 *
 * <p>Thread-safety: immutable after loading.
 */
public final class RuleBook {
    public static final String BUNDLED = "/org/aikg/ingest/relate/rules.yaml";

    private final Map<String, List<String>> lexicon;
    private final List<PatternRule> rules;
    private final TokenPattern coordination;
    private final Map<String, Double> confidences;

    private RuleBook(Map<String, List<String>> lexicon, Map<String, Double> confidences, List<PatternRule> rules) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        lexicon.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.lexicon = java.util.Collections.unmodifiableMap(frozen);
        this.confidences = Map.copyOf(confidences);
        this.rules = List.copyOf(rules);
        this.coordination = TokenPattern.compile("@coordination", lexicon);
    }

    /** The rules that ship with aikg; loaded once. */
    public static RuleBook bundled() {
        return Bundled.BOOK;
    }

    private static final class Bundled {
        static final RuleBook BOOK = load(BUNDLED);
    }

    /** Loads a rule book from a classpath resource. */
    public static RuleBook load(String resource) {
        return parse(DataFiles.resource(resource, "rule book"), Path.of(resource));
    }

    /** The YAML document, as written. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Doc(Map<String, List<String>> lexicon, Map<String, Double> confidences, List<Row> rules) {}

    /** One rule as written (see docs/relation-rules.md). */
    record Row(String id, String relation, String left, String right, String subject, String gap, String before,
               String notBefore, String after, String leftName, String rightName, List<String> unless, List<String> expand,
               List<String> blockers, List<String> kinds, Integer maxGap, Double confidence, String why, List<String> fires, List<String> silent) {}

    /**
     * Parses a rule book; {@code file} only names it in errors.
     *
     * @throws AikgException with the file, line and column of the fault
     */
    public static RuleBook parse(String yaml, Path file) {
        Doc doc = DataFiles.readYaml(yaml, file, Doc.class);
        Map<String, List<String>> lexicon = new LinkedHashMap<>(doc.lexicon() == null ? Map.of() : doc.lexicon());
        if (!lexicon.containsKey("coordination")) {
            throw AikgException.at(file, 1, 1, "the lexicon needs a 'coordination' entry");
        }
        List<PatternRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : doc.rules() == null ? List.<Row>of() : doc.rules()) {
            try {
                if (row.id() == null || !ids.add(row.id())) {
                    throw new IllegalArgumentException("every rule needs an id of its own: " + row.id());
                }
                rules.add(compile(row, lexicon));
            } catch (IllegalArgumentException e) {
                // the line is looked for only here: a scan of the whole book per rule made loading it quadratic
                throw AikgException.at(file, DataFiles.lineOf(yaml, row.id()), 1, "rule " + row.id() + ": " + e.getMessage());
            }
        }
        Map<String, Double> confidences = doc.confidences() == null ? Map.of() : doc.confidences();
        for (var c : confidences.entrySet()) {
            // a learned source may be switched off for one relation with 0 ("classifier-partOf: 0")
            boolean mayBeOff = c.getKey().startsWith("classifier-");
            if (c.getValue() == null || c.getValue() < 0 || (c.getValue() == 0 && !mayBeOff) || c.getValue() > 1) {
                throw AikgException.at(file, DataFiles.lineOf(yaml, c.getKey()), 1, "confidence of " + c.getKey()
                        + (mayBeOff ? " must be in [0, 1]" : " must be in (0, 1]"));
            }
        }
        return new RuleBook(lexicon, confidences, rules);
    }

    private static PatternRule compile(Row r, Map<String, List<String>> lexicon) {
        EntityType left = EntityType.parse(require(r.left(), "left"));
        EntityType right = EntityType.parse(require(r.right(), "right"));
        String subject = require(r.subject(), "subject");
        if (!subject.equals("left") && !subject.equals("right")) {
            throw new IllegalArgumentException("subject is 'left' or 'right'");
        }
        List<TokenPattern> unless = new ArrayList<>();
        for (String u : r.unless() == null ? List.<String>of() : r.unless()) {
            unless.add(TokenPattern.compile(u, lexicon));
        }
        List<String> expand = r.expand() == null ? List.of() : r.expand();
        for (String e : expand) {
            if (!e.equals("left") && !e.equals("right")) {
                throw new IllegalArgumentException("expand takes 'left' and/or 'right'");
            }
        }
        Set<EntityType> blockers = EnumSet.noneOf(EntityType.class);
        if (r.blockers() == null) {
            blockers.add(left);
            blockers.add(right);
        } else {
            r.blockers().forEach(b -> blockers.add(EntityType.parse(b)));
        }
        Set<Block.Kind> kinds = EnumSet.noneOf(Block.Kind.class);
        if (r.kinds() != null) {
            r.kinds().forEach(k -> kinds.add(Block.Kind.valueOf(k.toUpperCase(java.util.Locale.ROOT))));
        }
        if (r.why() == null || r.why().isBlank()) {
            throw new IllegalArgumentException("say in 'why' which construction of English the rule reads");
        }
        return new PatternRule(r.id(), Markup.predicate(require(r.relation(), "relation")), left, right,
                subject.equals("left"), TokenPattern.compile(requirePresent(r.gap(), "gap"), lexicon),
                r.before() == null ? null : TokenPattern.compile(r.before(), lexicon),
                r.notBefore() == null ? null : TokenPattern.compile(r.notBefore(), lexicon),
                r.after() == null ? null : TokenPattern.compile(r.after(), lexicon),
                r.leftName() == null ? null : TokenPattern.compile(r.leftName(), lexicon),
                r.rightName() == null ? null : TokenPattern.compile(r.rightName(), lexicon), unless,
                expand.contains("left"), expand.contains("right"), blockers, kinds,
                maxGap(r.maxGap()), r.confidence() == null ? 0 : r.confidence(),
                r.fires() == null ? List.of() : r.fires(), r.silent() == null ? List.of() : r.silent());
    }

    /** A gap of more than this many tokens is not read: patterns can backtrack, so what they read stays short. */
    static final int MAX_GAP = 30;

    private static int maxGap(Integer given) {
        if (given != null && (given < 0 || given > MAX_GAP)) {
            throw new IllegalArgumentException("maxGap is between 0 and " + MAX_GAP);
        }
        return given == null ? 16 : given;
    }

    /** Like {@link #require} but an empty value is allowed (an empty gap: the names touch). */
    private static String requirePresent(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing '" + field + "' (write \"\" for names that touch)");
        }
        return value.strip();
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return value.strip();
    }

    public List<PatternRule> rules() {
        return rules;
    }

    public Map<String, List<String>> lexicon() {
        return lexicon;
    }

    /** The confidence given for {@code source}, or {@code fallback} when the book gives none. */
    public double confidence(String source, double fallback) {
        return confidences.getOrDefault(source, fallback);
    }

    /**
     * The confidence of a source of facts that is not a row (the structural rules, the classifier), from
     * the book's {@code confidences} table.
     *
     * @throws AikgException when the book does not give one
     */
    public double confidence(String source) {
        Double c = confidences.get(source);
        if (c == null) {
            throw new AikgException("the rule book gives no confidence for '" + source + "' (add it under 'confidences:')");
        }
        return c;
    }

    /** The pattern of a coordinating gap ("A, B and C"). */
    public TokenPattern coordination() {
        return coordination;
    }
}
