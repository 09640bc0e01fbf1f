package org.aikg.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark only (CoreNLP is GPL; this class is not part of aikg). Runs Stanford CoreNLP's stock NER over the
 * documents of a gold set and writes the PERSON and ORGANIZATION mentions as N-Quads in the shape that
 * {@code shared/eval/kgeval.py} scores.
 *
 * <pre>
 * CoreNlpNer --out FILE.nq [--merge-name-parts] [--keep-pronouns] [--prop key=value]... GOLD_DIR CORPUS_DIR...
 * </pre>
 *
 * For each gold file {@code <doc>.json} (with {@code "doc": "<file name>"}), the corpus folders are searched
 * recursively for a file of that name; its raw UTF-8 text goes through tokenize,ssplit,pos,lemma,ner. Per
 * document, each distinct mention text of type PERSON or ORGANIZATION becomes one entity that the document
 * {@code aikg:mentions}; all quads of a document stand in its named graph (the document IRI).
 *
 * Pronominal mentions (he, she, his, her), which CoreNLP's entity-mention step adds as PERSON mentions
 * although their tokens carry the NER tag O, are not named entities and are skipped
 * ({@code --keep-pronouns} keeps them).
 *
 * {@code --merge-name-parts} (off by default; not stock CoreNLP) drops a PERSON mention whose tokens are a
 * proper part of a longer PERSON mention of the same document ("Hinton" after "Geoffrey Hinton"), as a
 * minimal within-document entity resolution.
 */
public final class CoreNlpNer {

    static final String AIKG = "https://w3id.org/aikg/ontology#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String DCT_SOURCE = "http://purl.org/dc/terms/source";
    static final String DOC_BASE = "https://w3id.org/aikg/doc/";
    static final String ID_BASE = "https://w3id.org/aikg/id/";

    /** CoreNLP NER tag -> aikg class local name and IRI path segment. */
    static final Map<String, String[]> TYPES = Map.of(
            "PERSON", new String[] {"Person", "person"},
            "ORGANIZATION", new String[] {"Organization", "organization"});

    private static final Pattern DOC_FIELD = Pattern.compile("\"doc\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        Path out = null;
        boolean mergeNameParts = false;
        boolean keepPronouns = false;
        Properties extra = new Properties();
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out", "-o" -> out = Path.of(args[++i]);
                case "--merge-name-parts" -> mergeNameParts = true;
                case "--keep-pronouns" -> keepPronouns = true;
                case "--prop" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    if (eq < 1) usage("bad --prop " + kv);
                    extra.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> {
                    if (args[i].startsWith("-")) usage("unknown option " + args[i]);
                    dirs.add(Path.of(args[i]));
                }
            }
        }
        if (out == null || dirs.size() < 2) usage("need --out FILE, a gold folder and at least one corpus folder");
        Path goldDir = dirs.get(0);
        List<Path> corpusDirs = dirs.subList(1, dirs.size());

        // gold doc names, sorted, so document numbers are stable
        TreeSet<String> docNames = new TreeSet<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                Matcher m = DOC_FIELD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                if (!m.find()) {
                    System.err.println("skip " + f + ": no \"doc\" field");
                    continue;
                }
                docNames.add(unescapeJson(m.group(1)));
            }
        }
        if (docNames.isEmpty()) usage("no gold files in " + goldDir);

        // file name -> path, first corpus folder wins
        Map<String, Path> byName = new TreeMap<>();
        for (Path dir : corpusDirs) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    if (!docNames.contains(name)) return;
                    Path prev = byName.putIfAbsent(name, p);
                    if (prev != null && !prev.equals(p)) System.err.println("note: " + name + " also at " + p + ", using " + prev);
                });
            }
        }

        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.putAll(extra);
        System.err.println("CoreNLP properties: " + new TreeMap<>(props));
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        System.err.printf("pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Files.createDirectories(out.toAbsolutePath().getParent());
        int n = 0, missing = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String name : docNames) {
                n++;
                Path file = byName.get(name);
                if (file == null) {
                    System.err.println("MISSING " + name + " (not in any corpus folder)");
                    missing++;
                    continue;
                }
                long t = System.nanoTime();
                // as aikg reads it: UTF-8, a byte that is not (a Latin-1 file) becomes U+FFFD instead of failing the run
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                CoreDocument doc = new CoreDocument(text);
                pipeline.annotate(doc);

                // (type, slug) -> labels, in order of first mention
                Map<String, Set<String>> entities = new LinkedHashMap<>();
                Map<String, List<String>> personTokens = new LinkedHashMap<>();
                int mentions = 0, pronouns = 0, persons = 0, orgs = 0;
                for (CoreEntityMention em : doc.entityMentions()) {
                    String[] type = TYPES.get(em.entityType());
                    if (type == null) continue;
                    // CoreNLP's entitymentions step also adds pronouns (he, she, his, her) as PERSON mentions
                    // (for KBP); their tokens keep the NER tag O. They are not named entities: skip them.
                    if (!keepPronouns && em.tokens().stream().noneMatch(tk -> em.entityType().equals(tk.ner()))) {
                        pronouns++;
                        continue;
                    }
                    String label = em.text().replaceAll("\\s+", " ").strip();
                    String slug = slug(label);
                    if (slug.isEmpty()) continue;
                    mentions++;
                    String key = type[1] + "/" + slug;
                    entities.computeIfAbsent(key, k -> new TreeSet<>()).add(label);
                    if (type[1].equals("person")) {
                        personTokens.putIfAbsent(key, em.tokens().stream().map(tk -> tk.word().toLowerCase()).toList());
                    }
                }
                if (mergeNameParts) {
                    for (var e : personTokens.entrySet()) {
                        List<String> part = e.getValue();
                        boolean inLonger = personTokens.values().stream()
                                .anyMatch(other -> other.size() > part.size() && other.containsAll(part));
                        if (inLonger) entities.remove(e.getKey());
                    }
                }
                String docIri = DOC_BASE + n;
                quad(w, iri(docIri), iri(RDF_TYPE), iri(AIKG + "Document"), docIri);
                quad(w, iri(docIri), iri(DCT_SOURCE), literal(name), docIri);
                for (var e : entities.entrySet()) {
                    String seg = e.getKey().substring(0, e.getKey().indexOf('/'));
                    String cls = seg.equals("person") ? "Person" : "Organization";
                    if (cls.equals("Person")) persons++; else orgs++;
                    String ent = ID_BASE + e.getKey();
                    quad(w, iri(ent), iri(RDF_TYPE), iri(AIKG + cls), docIri);
                    for (String label : e.getValue()) quad(w, iri(ent), iri(RDFS_LABEL), literal(label), docIri);
                    quad(w, iri(docIri), iri(AIKG + "mentions"), iri(ent), docIri);
                }
                System.err.printf("%-100s %7d chars %4d mentions (%3d pronouns skipped) -> %3d persons %3d orgs  %.1f s%n",
                        name, text.length(), mentions, pronouns, persons, orgs, (System.nanoTime() - t) / 1e9);
            }
        }
        System.err.printf("wrote %s: %d documents (%d missing) in %.1f s%n",
                out, docNames.size() - missing, missing, (System.nanoTime() - t0) / 1e9);
    }

    private static void usage(String why) {
        System.err.println(why);
        System.err.println("usage: CoreNlpNer --out FILE.nq [--merge-name-parts] [--keep-pronouns] [--prop key=value]... GOLD_DIR CORPUS_DIR...");
        System.exit(2);
    }

    /** Lower case letters and digits (after NFKD), other runs as '-', non-ASCII percent-encoded. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase();
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && b.length() > 0) b.append('-');
                dash = false;
                if (cp < 0x80) {
                    b.appendCodePoint(cp);
                } else {
                    for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        b.append('%').append(String.format("%02X", x & 0xff));
                    }
                }
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        return b.toString();
    }

    static String iri(String s) {
        return "<" + s + ">";
    }

    /**
     * An N-Quads string literal. Only the escapes that N-Quads and kgeval's reader (which decodes through JSON)
     * both understand: \" \\ \n \r \t, and \\uXXXX for other control characters; everything else is raw UTF-8.
     */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04X", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    static void quad(Writer w, String s, String p, String o, String graph) {
        try {
            w.write(s + " " + p + " " + o + " <" + graph + "> .\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescapeJson(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
