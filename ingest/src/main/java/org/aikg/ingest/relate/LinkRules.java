package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.HubIdFinder;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Relations stated by the structure of a document rather than by its words:
 * <ul>
 *   <li>a link to a paper whose text names a model, a person or an organization ("[the Corvid
 *       paper](arxiv...)", "[Lind's preprint](...)"): the model was introduced there, the person wrote it;</li>
 *   <li>a model's name linked to its paper ("[Corvid](arxiv...)");</li>
 *   <li>a pointer link right after a model ("Corvid ([paper](arxiv...))");</li>
 *   <li>a paper whose title starts with a model's name ("Corvid: Small Birds Fly Far");</li>
 *   <li>a reference-list entry: the people it names wrote its paper (BibTeX gives the title first), at the
 *       organizations named before the title;</li>
 *   <li>a repository id whose owner is an organization's account ("acme/Corvid-2-7B"): the organization
 *       publishes the model.</li>
 * </ul>
 *
 * <p>Thread-safety: immutable.
 */
final class LinkRules {
    private final RuleBook book;
    private final KnownMakers makers;

    /**
     * @param book   gives each structural rule its measured confidence
     * @param makers tells a model maker's account from a host's
     */
    LinkRules(RuleBook book, KnownMakers makers) {
        this.book = book;
        this.makers = makers;
    }

    private static final Pattern POINTER = Pattern.compile(
            "\\W*(?:the\\s+)?(?:paper|preprint|arxiv|pdf|here|link|report|technical report|tech report)\\W*"
                    + "|\\W*(?:arxiv:?\\s*)?\\d{4}\\.\\d{4,5}(?:v\\d+)?\\W*");

    /** Link text that is an author-year citation: "Lind et al. (2024)", "Lind and Okafor, 2023". */
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "\\bet\\s+al\\b|^[\\p{L}'-]+\\s+(?:and|&)\\s+[\\p{L}'-]+,?\\s*\\(?(?:19|20)\\d\\d|^[\\p{L}'-]+,?\\s*\\(?(?:19|20)\\d\\d\\)?$");

    void apply(Sentence s, List<ResolvedMention> in, Map<String, Relation> out) {
        List<ResolvedMention> ms = new ArrayList<>(in);
        ms.sort((a, b) -> a.mention().start() != b.mention().start()
                ? Integer.compare(a.mention().start(), b.mention().start())
                : Integer.compare(b.mention().end(), a.mention().end()));
        for (int i = 0; i < ms.size(); i++) {
            contained(s, ms, i, out);
            pointerAfterModel(s, ms, i, out);
            hubId(s, ms, i, out);
        }
        if (s.kind() == Block.Kind.REFERENCE) {
            reference(s, ms, out);
        } else if (ms.stream().anyMatch(m -> m.mention().finder().equals("pattern:reference-title"))) {
            citationInProse(s, ms, out);
        }
    }

    private static EntityType type(List<ResolvedMention> ms, int i) {
        return ms.get(i).entity().type();
    }

    private void add(Sentence s, List<ResolvedMention> ms, int subj, Predicate p, int obj, String rule,
                     Map<String, Relation> out) {
        RelationExtractor.state(out, ms.get(subj).entity(), p, ms.get(obj).entity(), book.confidence(rule), s, rule);
    }

    /** Mentions inside the span of a paper mention: its link text or its title. */
    private void contained(Sentence s, List<ResolvedMention> ms, int i, Map<String, Relation> out) {
        Mention p = ms.get(i).mention();
        if (type(ms, i) != EntityType.PAPER) {
            return;
        }
        String linkText = p.surface().toLowerCase(Locale.ROOT);
        boolean arxivLink = p.finder().equals("pattern:arxiv-link");
        boolean pointerText = linkText.contains("paper") || linkText.contains("preprint") || linkText.contains("report");
        for (int k = 0; k < ms.size(); k++) {
            Mention inner = ms.get(k).mention();
            if (k == i || inner.start() < p.start() || inner.end() > p.end()) {
                continue;
            }
            if (inner.finder().equals("pattern:title-prefix")) {
                add(s, ms, k, Predicate.INTRODUCED_IN, i, "title-prefix", out);
            } else if (arxivLink && !pointerText) {
                // "[Corvid](arxiv...)": a model's name linked to its paper
                if (type(ms, k) == EntityType.MODEL && namesMostOf(p, inner)) {
                    add(s, ms, k, Predicate.INTRODUCED_IN, i, "linked-model-name", out);
                }
                // "[Lind et al. (2024)](arxiv...)": an author-year citation linked to the paper it cites
                if (type(ms, k) == EntityType.PERSON && AUTHOR_YEAR.matcher(linkText).find()) {
                    add(s, ms, i, Predicate.AUTHORED_BY, k, "linked-citation", out);
                }
            } else if (arxivLink) {
                if (type(ms, k) == EntityType.PERSON) {
                    add(s, ms, i, Predicate.AUTHORED_BY, k, "link-person-paper", out);
                } else if (type(ms, k) == EntityType.MODEL) {
                    add(s, ms, k, Predicate.INTRODUCED_IN, i, "link-model-paper", out);
                } else if (type(ms, k) == EntityType.ORGANIZATION) {
                    add(s, ms, i, Predicate.AFFILIATED_WITH, k, "link-org-paper", out);
                }
            }
        }
    }

    /** "acme/Corvid-2-7B": the organization whose account owns a model's repository publishes the model. */
    private void hubId(Sentence s, List<ResolvedMention> ms, int i, Map<String, Relation> out) {
        Mention owner = ms.get(i).mention();
        if (!owner.finder().equals(HubIdFinder.OWNER) || type(ms, i) != EntityType.ORGANIZATION
                || !makers.makesModels(ms.get(i).entity().kbId())) {
            return; // a host's account ("fastcloud/corvid-2") serves the model, it did not make it
        }
        for (int k = i + 1; k < ms.size(); k++) {
            Mention name = ms.get(k).mention();
            if (name.start() == owner.end() + 1 && name.finder().equals(HubIdFinder.MODEL) && type(ms, k) == EntityType.MODEL) {
                add(s, ms, k, Predicate.DEVELOPED_BY, i, "hub-id", out);
            }
        }
    }

    /** True when {@code inner} lies in the link {@code link} and makes up most of its text (six tenths or more). */
    private static boolean namesMostOf(Mention link, Mention inner) {
        if (inner.start() < link.start() || inner.end() > link.end()) {
            return false;
        }
        if (inner.length() * 10 >= link.length() * 6) {
            return true;
        }
        // "[Corvid models](arxiv...)", "[the Corvid architecture](...)": the rest of the text is a kind word
        String rest = (link.surface().substring(0, inner.start() - link.start()) + " "
                + link.surface().substring(inner.end() - link.start())).toLowerCase(Locale.ROOT).trim();
        return !rest.isEmpty() && Arrays.stream(rest.split("[\\s,]+")).allMatch(KIND_WORDS::contains);
    }

    /** Words that may stand beside a model's name in the text of a link to its paper. */
    private static final Set<String> KIND_WORDS = Set.of("the", "a", "an", "model", "models", "architecture",
            "network", "networks", "family", "series", "llm", "llms", "lm", "lms", "checkpoints", "algorithm",
            "method", "system", "transformer", "transformers", "encoder", "decoder", "framework");

    /**
     * "[Corvid](arxiv...)": the model whose name makes up most of the text of this link to an arXiv paper, or
     * null. The sentence speaks of that model; the link ties it to its paper.
     */
    static Entity modelNamedBy(ResolvedMention link, List<ResolvedMention> in) {
        if (link.entity().type() != EntityType.PAPER || link.mention().arxivId() == null) {
            return null;
        }
        for (ResolvedMention m : in) {
            if (m != link && m.entity().type() == EntityType.MODEL && namesMostOf(link.mention(), m.mention())) {
                return m.entity();
            }
        }
        return null;
    }

    /** "Corvid, out in May ([paper](arxiv...))": a model followed closely by a pointer link to a paper. */
    private void pointerAfterModel(Sentence s, List<ResolvedMention> ms, int i, Map<String, Relation> out) {
        if (type(ms, i) != EntityType.MODEL) {
            return;
        }
        Mention model = ms.get(i).mention();
        for (int j = i + 1; j < ms.size(); j++) {
            Mention p = ms.get(j).mention();
            if (p.start() < model.end()) {
                continue;
            }
            if (type(ms, j) == EntityType.MODEL || p.start() - model.end() > 120) {
                return; // another model comes first: the link is its paper, if anyone's
            }
            if (type(ms, j) == EntityType.PAPER && p.finder().equals("pattern:arxiv-link") && p.title() == null
                    && POINTER.matcher(p.surface().toLowerCase(Locale.ROOT)).matches()) {
                String gap = s.text().substring(model.end() - s.start(), p.start() - s.start());
                if (!gap.contains(";")) {
                    add(s, ms, i, Predicate.INTRODUCED_IN, j, "model-then-paper-link", out);
                }
                return;
            }
        }
    }

    /**
     * A citation that ends a sentence of prose ("... is described in A. Lind and T. Berg, "Title," Venue, 2019"): the
     * authors the citation's reader found wrote its paper; other people of the sentence did not.
     */
    private void citationInProse(Sentence s, List<ResolvedMention> ms, Map<String, Relation> out) {
        for (int p = 0; p < ms.size(); p++) {
            if (type(ms, p) != EntityType.PAPER || !ms.get(p).mention().finder().equals("pattern:reference-title")) {
                continue;
            }
            for (int k = 0; k < ms.size(); k++) {
                if (type(ms, k) == EntityType.PERSON && ms.get(k).mention().finder().equals("pattern:reference-author")) {
                    add(s, ms, p, Predicate.AUTHORED_BY, k, "reference-entry", out);
                }
            }
        }
    }

    /**
     * Words that say the names after them edited the volume an entry appears in: "edited by", "Eds.:", "ed. Lena Vogt"
     * (but "2nd ed." is an edition).
     */
    private static final Pattern EDITED_BY = Pattern.compile(
            "(?i:\\b(?:edited|eds?\\.)\\s+by\\b|\\b(?:editors?|eds?\\.?)\\s*:)|(?<!\\d(?:st|nd|rd|th) )\\b[Ee]ds?\\.\\s+(?=\\p{Lu})");
    /**
     * A mark after names that says they edited the volume: "(ed.)", "(Eds.)", ", editors,", ", editors." (NLM), ", Ed."
     * (IEEE); never read past "in", where a title-first entry's volume and its editors begin.
     */
    private static final Pattern EDITORS_MARK = Pattern.compile(
            "(?:(?!,?\\s[Ii]n:?\\s)[^;(){}]){0,100}?(?:\\(\\s*(?i:eds?|editors?)\\.?\\s*\\)|,\\s*(?i:eds?|editors?)\\.?(?=[\\s.,:]|$))");

    /** Words right before a name that say the volume honours that person: "in Honor of", "in memory of", "Festschrift for". */
    private static final Pattern HONOREE = Pattern.compile(
            "(?i:\\b(?:hono(?:u)?r\\s+of|memory\\s+of|memoriam|tribute\\s+to|dedicated\\s+to|festschrift\\s+for|birthday\\s+of"
                    + "|occasion\\s+of))\\s");
    /** A period that ends a sentence, not an abbreviation's ("Prof.", "Dr.") or an initial's. */
    private static final Pattern SENTENCE_PERIOD = Pattern.compile("(?<!\\b(?:Dr|Prof|Mr|Ms|Mrs|St|\\p{Lu}))\\.\\s");

    /**
     * Whether the person at {@code [start, end)} of an entry's text, after its title (ending at {@code titleEnd}), edited
     * the book or proceedings the entry appears in rather than wrote it: "edited by" (or "Eds.:") stands between the title
     * and them, or "(ed.)", "(Eds.)", ", editors" follows their list.
     */
    static boolean editor(String text, int titleEnd, int start, int end) {
        if (start < titleEnd || end > text.length()) {
            return false;
        }
        if (EDITED_BY.matcher(text).region(titleEnd, start).useTransparentBounds(true).find()) {
            return true;
        }
        Matcher honour = HONOREE.matcher(text).region(titleEnd, start);
        int after = -1;
        while (honour.find()) {
            after = honour.end();
        }
        if (after >= 0 && !SENTENCE_PERIOD.matcher(text).region(after, start).find()) {
            // "A Volume in Honor of Ana Lind", "... of Professor Ana Lind and Tomas Berg": whom the book honours wrote
            // nothing in it
            return true;
        }
        return EDITORS_MARK.matcher(text).region(end, Math.min(text.length(), end + 160)).lookingAt();
    }

    /** A reference-list entry: the people before the title wrote the paper. */
    private void reference(Sentence s, List<ResolvedMention> ms, Map<String, Relation> out) {
        for (int p = 0; p < ms.size(); p++) {
            if (type(ms, p) != EntityType.PAPER) {
                continue;
            }
            Mention paper = ms.get(p).mention();
            // a link whose text is the whole entry ("[A. Lind, T. Berg, Title, 2021](arXiv)") names the paper by the
            // title found in it: only that part of the text is the title
            int[] title = paper.titleSpan();
            int titleStart = title[0];
            int titleEnd = title[1];
            for (int k = 0; k < ms.size(); k++) {
                Mention other = ms.get(k).mention();
                if (k == p || (other.start() >= titleStart && other.end() <= titleEnd)) {
                    continue; // a name inside the title is not an author
                }
                if (k > p && type(ms, k) == EntityType.ORGANIZATION) {
                    continue; // after the title comes the venue or the publisher, not the authors' institution
                }
                if (type(ms, k) == EntityType.PERSON) {
                    if (other.start() >= titleEnd && editor(s.text(), titleEnd - s.start(), other.start() - s.start(),
                            other.end() - s.start())) {
                        continue; // "..., edited by A and B" or "In A (ed.), Proceedings": who edited the book
                    }
                    add(s, ms, p, Predicate.AUTHORED_BY, k, "reference-entry", out);
                } else if (type(ms, k) == EntityType.ORGANIZATION) {
                    // "Lind et al. (Northwind AI), 2024, Title": styles that give the authors' institution
                    add(s, ms, p, Predicate.AFFILIATED_WITH, k, "reference-entry-org", out);
                }
            }
            return;
        }
    }
}
