package org.aikg.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ontology.AIKG;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.KbEntry;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.ner.Names;

/**
 * Groups a document's mentions into entities and gives each a stable IRI and one label.
 *
 * <p>Mentions are one entity when they share a knowledge-base entry, an arXiv id, or a type and a
 * normalized name ("DALL-E 2" = "DALLE2"), after dropping possessives and a leading "the". Within a
 * document a plural joins its singular ("RevGNNs" → "RevGNN"), a surname or a unique given name joins the
 * full name ("Hinton" → "Geoffrey Hinton"), and a paper named by title inside an arXiv link joins the
 * paper of that id. Distinct types never merge, so a paper stays apart from the model it names.
 *
 * <p>IRIs are {@code AIKG.ID_BASE + type + "/" + key}: the knowledge-base id, {@code arxiv-<id>}, or
 * the normalized label, so the same entity gets the same IRI in every document and every run.
 *
 * <p>Thread-safety: immutable.
 */
public final class EntityResolver {
    private final KnowledgeBase kb;
    private final Map<String, KbEntry> papersByArxiv = new HashMap<>();

    public EntityResolver(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            if (e.arxiv() != null) {
                papersByArxiv.put(e.arxiv(), e);
            }
        }
    }

    public ResolvedDocument resolve(AnnotatedDocument document, List<Mention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        List<Cluster> ofMention = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Cluster c = cluster(m, byKey, clusters);
            ofMention.add(c);
        }
        mergeWithinDocument(clusters, byKey);
        Map<Cluster, Entity> entities = new LinkedHashMap<>();
        List<ResolvedMention> resolved = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Cluster c = ofMention.get(i).root();
            Entity e = entities.computeIfAbsent(c, this::entity);
            resolved.add(new ResolvedMention(mentions.get(i), e));
        }
        return new ResolvedDocument(document, new ArrayList<>(entities.values()), resolved);
    }

    private Cluster cluster(Mention m, Map<String, Cluster> byKey, List<Cluster> clusters) {
        m = trustTitleOverLink(m);
        String surface = cleanSurface(m.surface(), m.type());
        KbEntry entry = m.kbId() == null ? null : kb.byId(m.kbId()).orElse(null);
        if (entry == null && m.arxivId() != null) {
            entry = papersByArxiv.get(m.arxivId());
        }
        if (entry == null && m.type() == EntityType.PAPER) {
            entry = paperByTitle(m.title() != null ? m.title() : surface);
        }
        if (entry == null && m.kbId() == null && m.type() != EntityType.PAPER && m.arxivId() == null) {
            // a name found by its shape or its place ("DeepSeek-AI" as a byline) that the KB knows, in its type
            EntityType type = m.type();
            List<KbEntry> known = kb.lookup(Names.key(surface)).stream().filter(e -> e.entityType() == type).toList();
            if (known.size() == 1) {
                entry = known.get(0);
            }
        }
        String key;
        if (entry != null && entry.entityType() == m.type()) {
            key = m.type() + "|kb:" + entry.id();
        } else if (m.arxivId() != null) {
            key = m.type() + "|arxiv:" + m.arxivId();
            entry = null;
        } else {
            String name = m.title() != null ? m.title() : surface;
            key = m.type() + "|" + Names.key(name);
            entry = null;
        }
        Cluster c = byKey.get(key);
        if (c == null) {
            c = new Cluster(m.type(), key, entry);
            byKey.put(key, c);
            clusters.add(c);
        }
        c.add(m, surface);
        if (m.arxivId() != null) {
            c.arxivId = m.arxivId();
        }
        if (m.title() != null) {
            c.titles.add(m.title());
            // the same paper named by its title elsewhere in the document
            Cluster byTitle = byKey.get(m.type() + "|" + Names.key(m.title()));
            if (byTitle != null && byTitle.root() != c.root()) {
                byTitle.root().mergeInto(c.root());
            }
            byKey.putIfAbsent(m.type() + "|" + Names.key(m.title()), c);
        }
        return c;
    }

    /**
     * A link whose text is one paper's title but whose target is another paper's arXiv id (a slip of the
     * writer's) names the paper of the title: the id is dropped when the knowledge base gives it to a
     * different title.
     */
    private Mention trustTitleOverLink(Mention m) {
        if (m.title() == null || m.arxivId() == null) {
            return m;
        }
        KbEntry byArxiv = papersByArxiv.get(m.arxivId());
        if (byArxiv == null || byArxiv.equals(paperByTitle(m.title()))) {
            return m;
        }
        return new Mention(m.start(), m.end(), m.surface(), m.type(), m.confidence(), "pattern:titled-link",
                null, null, m.title());
    }

    /** The knowledge-base paper of this title, tolerating a dropped plural "s". */
    private KbEntry paperByTitle(String title) {
        String key = Names.key(title);
        for (String k : List.of(key, key + "s")) {
            for (KbEntry e : kb.lookup(k)) {
                if (e.entityType() == EntityType.PAPER) {
                    return e;
                }
            }
        }
        return null;
    }

    private void mergeWithinDocument(List<Cluster> clusters, Map<String, Cluster> byKey) {
        PeopleIndex people = new PeopleIndex(clusters);
        for (Cluster c : clusters) {
            if (c.root() != c || c.entry != null) {
                continue;
            }
            String nameKey = c.key.substring(c.key.indexOf('|') + 1);
            // plural → singular
            if (nameKey.length() > 3 && nameKey.endsWith("s")) {
                Cluster singular = byKey.get(c.type + "|" + nameKey.substring(0, nameKey.length() - 1));
                if (singular != null && singular.root() != c) {
                    c.mergeInto(singular.root());
                    continue;
                }
            }
            if (c.type == EntityType.PERSON) {
                Cluster full = people.fullNameOf(c);
                if (full != null) {
                    c.mergeInto(full);
                }
            }
            if (c.type == EntityType.MODEL) {
                Cluster family = familyMemberOf(c, clusters);
                if (family != null) {
                    c.mergeInto(family);
                }
            }
        }
    }

    /**
     * "V3" in a document that also says "DeepSeek-V3": a short versioned name is the one model of the
     * document whose name ends with it after a hyphen or space. Null when there is none, or more than one.
     */
    private static Cluster familyMemberOf(Cluster c, List<Cluster> clusters) {
        Cluster found = null;
        for (String surface : c.surfaces.keySet()) {
            if (surface.length() < 2 || surface.length() > 8 || surface.chars().noneMatch(Character::isDigit)
                    || surface.chars().noneMatch(Character::isLetter) || surface.contains(" ") || surface.contains("-")) {
                continue;
            }
            String lower = surface.toLowerCase(java.util.Locale.ROOT);
            for (Cluster o : clusters) {
                if (o.type != EntityType.MODEL || o.root() == c.root()) {
                    continue;
                }
                for (String long_ : o.surfaces.keySet()) {
                    String l = long_.toLowerCase(java.util.Locale.ROOT);
                    if (l.length() > lower.length() + 1 && l.endsWith(lower)
                            && (l.charAt(l.length() - lower.length() - 1) == '-' || l.charAt(l.length() - lower.length() - 1) == ' ')) {
                        if (found != null && found.root() != o.root()) {
                            return null;
                        }
                        found = o.root();
                    }
                }
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern SURNAME_INITIALS = java.util.regex.Pattern.compile(
            "^(\\p{L}[\\p{L}'’ -]*\\p{L}),\\s*(\\p{Lu})\\.?.*$");
    private static final java.util.regex.Pattern INITIALS_SURNAME = java.util.regex.Pattern.compile(
            "^(\\p{Lu})\\.(?:\\s*\\p{Lu}\\.)*\\s*(\\p{L}[\\p{L}'’-]*\\p{L})$");

    /** "Touvron, H." or "H. Touvron" → "touvron|h"; null for other forms. */
    private static String initialsSignature(String name) {
        java.util.regex.Matcher m = SURNAME_INITIALS.matcher(name);
        if (m.matches()) {
            return Names.key(m.group(1)) + "|" + Names.key(m.group(2));
        }
        m = INITIALS_SURNAME.matcher(name);
        return m.matches() ? Names.key(m.group(2)) + "|" + Names.key(m.group(1)) : null;
    }

    /**
     * The people a document names in full ("Geoffrey Hinton"), indexed by surname, given name and
     * surname + initial, so a short form ("Hinton", "Geoffrey", "Hinton, G.", "G. Hinton") finds its
     * full name in one look-up. A short form joins only a name it fits uniquely.
     */
    private static final class PeopleIndex {
        private final Map<String, Set<Cluster>> byWord = new HashMap<>();
        private final Map<String, Set<Cluster>> bySignature = new HashMap<>();

        PeopleIndex(List<Cluster> clusters) {
            for (Cluster c : clusters) {
                if (c.type != EntityType.PERSON) {
                    continue;
                }
                String name = c.preferredSurface();
                String[] parts = name.split("\\s+");
                java.util.regex.Matcher inverted = SURNAME_INITIALS.matcher(name);
                if (parts.length >= 2 && inverted.matches() && !inverted.group(1).contains(" ")) {
                    // "Okafor, N.": known by the surname alone too ("(Okafor and Berg, 2013)"), as "N. Okafor" is
                    byWord.computeIfAbsent(Names.key(inverted.group(1)), k -> new LinkedHashSet<>()).add(c);
                    continue;
                }
                if (parts.length < 2 || name.contains(",")) {
                    continue;
                }
                if (INITIALS_SURNAME.matcher(name).matches()) {
                    // "A. Lind": known by the surname alone too ("Lind and Berg (2020)"); the initial is no given name
                    byWord.computeIfAbsent(Names.key(parts[parts.length - 1]), k -> new LinkedHashSet<>()).add(c);
                    continue;
                }
                if (parts[0].endsWith(".")) {
                    continue;
                }
                String first = Names.key(parts[0]);
                String last = Names.key(parts[parts.length - 1]);
                byWord.computeIfAbsent(last, k -> new LinkedHashSet<>()).add(c);
                byWord.computeIfAbsent(first, k -> new LinkedHashSet<>()).add(c);
                if (!first.isEmpty()) {
                    bySignature.computeIfAbsent(last + "|" + first.charAt(0), k -> new LinkedHashSet<>()).add(c);
                }
            }
        }

        Cluster fullNameOf(Cluster c) {
            Set<Cluster> candidates = new LinkedHashSet<>();
            boolean singleWords = true;
            for (String s : c.surfaces.keySet()) {
                singleWords &= !s.contains(" ");
            }
            if (singleWords) {
                for (String s : c.surfaces.keySet()) {
                    String w = Names.key(s);
                    candidates.addAll(byWord.getOrDefault(w, Set.of()));
                    if (w.endsWith("s")) {
                        candidates.addAll(byWord.getOrDefault(w.substring(0, w.length() - 1), Set.of()));
                    }
                }
            } else {
                // "Lind AM" reads "A.M. Lind": the reading order a reference finder gave is a form of the name too
                Set<String> forms = new LinkedHashSet<>(c.surfaces.keySet());
                forms.addAll(c.titles);
                for (String s : forms) {
                    String signature = initialsSignature(s);
                    if (signature != null) {
                        candidates.addAll(bySignature.getOrDefault(signature, Set.of()));
                    }
                }
            }
            Set<Cluster> roots = new LinkedHashSet<>();
            for (Cluster k : candidates) {
                if (k.root() != c.root()) {
                    roots.add(k.root());
                }
            }
            if (roots.size() > 1) {
                // "A. Lind" and "Ana Lind", not joined yet, are one person: a surname alone joins the full name
                List<Cluster> full = roots.stream().filter(r -> initialsSignature(r.preferredSurface()) == null).toList();
                if (full.size() == 1 && roots.stream().allMatch(r -> r == full.get(0) || fits(r, full.get(0)))) {
                    return full.get(0);
                }
            }
            return roots.size() == 1 ? roots.iterator().next() : null;
        }

        /** Whether {@code initials} ("A. Lind") can be {@code full} ("Ana Lind"): the same surname and first initial. */
        private static boolean fits(Cluster initials, Cluster full) {
            String signature = initialsSignature(initials.preferredSurface());
            String[] parts = full.preferredSurface().split("\\s+");
            String first = Names.key(parts[0]);
            return signature != null && !first.isEmpty()
                    && signature.equals(Names.key(parts[parts.length - 1]) + "|" + first.charAt(0));
        }
    }

    private Entity entity(Cluster c) {
        Set<String> surfaces = new LinkedHashSet<>(c.allSurfaces());
        String label;
        String key;
        String wikidata = null;
        String kind = null;
        String arxiv = c.arxivIdDeep();
        KbEntry entry = c.entryDeep();
        if (entry != null) {
            label = entry.label();
            key = entry.id();
            wikidata = entry.wikidata();
            kind = entry.kind();
            if (arxiv == null) {
                arxiv = entry.arxiv();
            }
        } else if (c.type == EntityType.PAPER && arxiv != null) {
            String title = c.titleDeep();
            label = title != null ? title : "arXiv:" + arxiv;
            key = "arxiv-" + arxiv;
        } else {
            String title = c.titleDeep();
            if (c.type == EntityType.PERSON && title != null) {
                title = fullerName(title, surfaces);
            }
            label = title != null ? title : c.preferredSurface();
            key = Names.key(label);
        }
        if (arxiv != null && entry != null && entry.arxiv() == null) {
            key = "arxiv-" + arxiv;
        }
        surfaces.removeIf(s -> s.equals(label) || s.isBlank());
        String iri = AIKG.ID_BASE + c.type.segment() + "/" + (key.isEmpty() ? Integer.toHexString(label.hashCode()) : key);
        return new Entity(iri, c.type, label, surfaces, entry == null ? null : entry.id(), wikidata, arxiv, kind);
    }

    private static final java.util.regex.Pattern INITIAL_FIRST = java.util.regex.Pattern.compile("^(\\p{Lu})\\.");

    /**
     * A person named "D. Lind" in one entry and "Dana Lind" in another is called by the full name: the form in
     * reading order whose given name is written out, has the same initial and ends with the same surname.
     */
    static String fullerName(String name, Set<String> forms) {
        java.util.regex.Matcher initial = INITIAL_FIRST.matcher(name);
        if (!initial.find()) {
            return name;
        }
        String[] parts = name.split("\\s+");
        String surname = Names.key(parts[parts.length - 1]);
        for (String f : forms) {
            String[] w = f.split("\\s+");
            if (w.length >= 2 && !f.contains(",") && w[0].length() > 1 && !w[0].endsWith(".")
                    && w[0].startsWith(initial.group(1)) && Names.key(w[w.length - 1]).equals(surname)) {
                return f;
            }
        }
        return name;
    }

    /**
     * Drops a leading "the" (but a paper's title keeps it: "The Count-Split-Merge Method" is its title), a trailing
     * possessive and surrounding punctuation (a closing parenthesis that closes one in the name stays).
     */
    static String cleanSurface(String surface, EntityType type) {
        String s = Names.clean(surface);
        if (s.toLowerCase(Locale.ROOT).startsWith("the ") && !(type == EntityType.PAPER && s.startsWith("The "))) {
            s = s.substring(4);
        }
        s = s.replaceAll("['’]s?$", "");
        String unstripped = s;
        s = s.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»&&[^?!]]+$", "");
        if (s.indexOf('(') > 0 && s.indexOf(')', s.indexOf('(')) < 0 && unstripped.contains(s + ")")) {
            s = s + ")"; // "Heron (large)"
        }
        return s.strip();
    }

    /** Mentions grouped by key, merged union-find style. Not shared across threads. */
    private static final class Cluster {
        final EntityType type;
        final String key;
        final KbEntry entry;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final List<String> titles = new ArrayList<>();
        final List<Cluster> members = new ArrayList<>();
        String arxivId;
        Cluster parent;

        Cluster(EntityType type, String key, KbEntry entry) {
            this.type = type;
            this.key = key;
            this.entry = entry;
        }

        Cluster root() {
            Cluster c = this;
            while (c.parent != null) {
                c = c.parent;
            }
            return c;
        }

        void add(Mention m, String surface) {
            if (m.finder().equals("pattern:arxiv-link")) {
                if (m.title() == null) {
                    return; // "paper", "here": the link text is no name of the paper
                }
                // "[A. Lind, T. Berg, Title, Venue, 2021](https://arxiv.org/abs/...)": a whole reference entry as the link's
                // text; the title found in it is the paper's name
                surface = m.title();
            }
            if (!surface.isEmpty()) {
                surfaces.merge(surface, 1, Integer::sum);
            }
        }

        private List<Cluster> tree() {
            List<Cluster> all = new ArrayList<>();
            Cluster root = root();
            collectTree(root, all);
            return all;
        }

        private static void collectTree(Cluster root, List<Cluster> out) {
            out.add(root);
            for (Cluster c : root.members) {
                collectTree(c, out);
            }
        }

        void mergeInto(Cluster target) {
            Cluster to = target.root();
            if (to != this) {
                parent = to;
                to.members.add(this);
            }
        }

        Set<String> allSurfaces() {
            Set<String> out = new LinkedHashSet<>();
            for (Cluster c : tree()) {
                out.addAll(c.surfaces.keySet());
                out.addAll(c.titles);
            }
            return out;
        }

        /** An id written in lower case with marks between its parts: "corvid-2-mini", "heron-7b.q4", "heron_7b". */
        private static final java.util.regex.Pattern LOWER_ID = java.util.regex.Pattern.compile("[\\p{Ll}\\d]+(?:[-_.][\\p{Ll}\\d]+)+");

        String preferredSurface() {
            Map<String, Integer> counts = new HashMap<>();
            for (Cluster c : tree()) {
                c.surfaces.forEach((s, n) -> counts.merge(s, n, Integer::sum));
            }
            Comparator<Map.Entry<String, Integer>> order = type == EntityType.PERSON
                    ? Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length)
                        .thenComparing(Map.Entry::getValue)
                    // "Gemini 3 Flash" over "gemini-3-flash", however often an API's id is written: a name is the label
                    : Comparator.comparing((Map.Entry<String, Integer> e) -> !LOWER_ID.matcher(e.getKey()).matches())
                        .thenComparing(e -> e.getValue())
                        .thenComparing(e -> Names.hasUpper(e.getKey()))
                        .thenComparing(e -> -e.getKey().length());
            Optional<String> best = counts.entrySet().stream().max(order).map(Map.Entry::getKey);
            return best.orElse(key.substring(key.indexOf('|') + 1));
        }

        KbEntry entryDeep() {
            for (Cluster c : tree()) {
                if (c.entry != null) {
                    return c.entry;
                }
            }
            return null;
        }

        String arxivIdDeep() {
            for (Cluster c : tree()) {
                if (c.arxivId != null) {
                    return c.arxivId;
                }
            }
            return null;
        }

        String titleDeep() {
            for (Cluster c : tree()) {
                if (!c.titles.isEmpty()) {
                    return c.titles.get(0);
                }
            }
            return null;
        }
    }
}
