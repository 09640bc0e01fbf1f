package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedDocument;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Finds the six relations of the contract, sentence by sentence. Four sources, each of one kind:
 * <ul>
 *   <li>the {@link RuleBook}: rows that read the words between two typed mentions (run by
 *       {@link RuleEngine}); what a row reads is data, with its examples, in {@code rules.yaml};</li>
 *   <li>{@link RelationClassifier}: a maxent model over features of a candidate pair, trained at build
 *       time on the project's own annotated sentences, for the phrasings no row reads;</li>
 *   <li>document structure: links whose text names the model or authors of a paper, reference-list
 *       entries, citation marks that point at them, and table rows read by their header ({@link LinkRules},
 *       {@link CitationMarks}, {@link TableRelations}).</li>
 * </ul>
 * Anaphors ("the model", "this paper", "the company") are read as mentions of the entity named last
 * before them ({@link Anaphora}), so the same rows read "It is built on X" as "Y is built on X".
 * Every fact is type-checked against the ontology by {@link #state}.
 *
 * <p>Thread-safety: immutable; the rule book and the classifier are shared and read-only.
 */
public final class RelationExtractor {
    private final RuleEngine rules;
    private final RelationClassifier classifier;
    private final Anaphora anaphora;
    private final LinkRules linkRules;
    private final CitationMarks citations;
    private final double tableConfidence;
    private final double addressConfidence;
    private final double membersConfidence;
    private final double indexedConfidence;
    private final double sectionMakerConfidence;
    private final double citeRequestConfidence;
    private final double linkedPaperConfidence;
    private final double bylinePaperConfidence;
    private final double authorsAffiliationConfidence;
    private final VariantLinks variants;
    private final ParentNames parents;
    private final double parentConfidence;
    private final ModelCardFields cardFields;
    private final double cardFieldConfidence;
    private final double variantConfidence;
    private final KnownMakers makers;

    /** The bundled rule book and classifier, with no known makers. */
    public RelationExtractor() {
        this(RuleBook.bundled(), RelationClassifier.bundled());
    }

    /** The bundled rule book and classifier; {@code makers} vetoes a developedBy that names someone else. */
    public RelationExtractor(KnownMakers makers) {
        this(RuleBook.bundled(), RelationClassifier.bundled(), makers);
    }

    /**
     * @param book       the relation rules
     * @param classifier the learned classifier, or null for rules and structure alone
     */
    public RelationExtractor(RuleBook book, RelationClassifier classifier) {
        this(book, classifier, KnownMakers.none());
    }

    /**
     * @param book       the relation rules
     * @param classifier the learned classifier, or null for rules and structure alone
     * @param makers     who is known to have made which model
     */
    public RelationExtractor(RuleBook book, RelationClassifier classifier, KnownMakers makers) {
        this.makers = makers;
        this.rules = new RuleEngine(book);
        this.classifier = classifier;
        this.anaphora = new Anaphora(book);
        this.linkRules = new LinkRules(book, makers);
        this.citations = new CitationMarks(book);
        this.tableConfidence = book.confidence("table-row");
        this.sectionMakerConfidence = book.confidence(SectionMakers.RULE);
        this.citeRequestConfidence = book.confidence(CiteRequests.RULE);
        this.addressConfidence = book.confidence(LineGroups.ADDRESS);
        this.membersConfidence = book.confidence(LineGroups.MEMBERS);
        this.indexedConfidence = book.confidence(IndexedAffiliations.RULE);
        this.linkedPaperConfidence = book.confidence("linked-paper-of-model");
        this.bylinePaperConfidence = book.confidence("byline-our-paper");
        this.authorsAffiliationConfidence = book.confidence("paper-of-authors-affiliation");
        this.variants = new VariantLinks(book.lexicon().getOrDefault("variant_word", List.of()));
        this.variantConfidence = book.confidence(VariantLinks.RULE);
        this.parents = new ParentNames(book.lexicon().getOrDefault("unit_name_end", List.of()));
        this.parentConfidence = book.confidence(ParentNames.RULE);
        this.cardFields = new ModelCardFields(book.lexicon());
        this.cardFieldConfidence = book.confidence(ModelCardFields.RULE);
    }

    /**
     * Records that {@code evidence} states {@code subject p object}: one relation per statement and
     * sentence, the most confident source kept (the first on a tie). Self-relations and relations the
     * ontology's types forbid are not recorded. Every source of this package records through here.
     */
    static void state(Map<String, Relation> out, Entity subject, Predicate p, Entity object, double confidence,
                      Sentence evidence, String rule) {
        if (subject.iri().equals(object.iri()) || !p.accepts(subject.type(), object.type())) {
            return;
        }
        String key = subject.iri() + " " + p + " " + object.iri() + " " + evidence.start();
        Relation r = new Relation(subject, p, object, confidence, evidence.start(), evidence.end(), evidence.text(), rule);
        out.merge(key, r, (x, y) -> x.confidence() >= y.confidence() ? x : y);
    }

    /** Words of paying for work, not doing it: a maker is not named by them. */
    private static final java.util.Set<String> FUNDING = java.util.Set.of("funded", "funding", "backed", "sponsored",
            "financed", "grant", "grants", "donated", "donation", "supported");

    /** Whether a word of funding stands between the finding's two mentions. */
    private static boolean funded(RuleSentence rs, RuleEngine.Finding f) {
        RuleSentence.Span a = null;
        RuleSentence.Span b = null;
        for (RuleSentence.Span m : rs.mentions()) {
            if (m.index() == f.subject()) {
                a = m;
            } else if (m.index() == f.object()) {
                b = m;
            }
        }
        if (a == null || b == null) {
            return false;
        }
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return rs.tokensBetween(from, to).stream().anyMatch(t -> FUNDING.contains(t.toLowerCase(java.util.Locale.ROOT)));
    }

    /** All relations the document states, best confidence per statement. */
    public List<Relation> extract(ResolvedDocument document) {
        Map<String, Relation> out = new LinkedHashMap<>();
        List<ResolvedMention> all = document.mentions();
        String text = document.document().text();
        List<Sentence> sentences = document.document().sentences();
        List<List<ResolvedMention>> perSentence = new ArrayList<>(sentences.size());
        int cursor = 0;
        List<Entity> byline = bylineAuthors(all);
        Anaphora.Focus focus = anaphora.start(onlyOne(byline, org.aikg.ingest.ner.EntityType.ORGANIZATION), documentPaper(all));
        List<Entity> bylinePeople = byline.stream().filter(e -> e.type() == org.aikg.ingest.ner.EntityType.PERSON).toList();
        for (Sentence s : sentences) {
            List<ResolvedMention> in = new ArrayList<>();
            while (cursor < all.size() && all.get(cursor).mention().start() < s.start()) {
                cursor++;
            }
            for (int k = cursor; k < all.size() && all.get(k).mention().start() < s.end(); k++) {
                in.add(all.get(k));
            }
            perSentence.add(in);
            List<Anaphora.Resolved> anaphors = focus.resolve(s, in);
            List<Entity> entities = new ArrayList<>(in.size() + anaphors.size());
            List<RuleSentence.Span> spans = new ArrayList<>(in.size() + anaphors.size());
            Map<Entity, Entity> paperOfLinkedModel = new java.util.HashMap<>();
            for (ResolvedMention m : in) {
                Entity linkedModel = LinkRules.modelNamedBy(m, in);
                if (linkedModel != null) {
                    paperOfLinkedModel.put(linkedModel, m.entity());
                    continue; // "[Corvid](arxiv...)" reads as the model's name; LinkRules ties it to its paper
                }
                spans.add(new RuleSentence.Span(m.mention().start(), m.mention().end(), m.entity().type(),
                        m.entity().iri(), entities.size()));
                entities.add(m.entity());
            }
            int named = entities.size(); // the named mentions; anaphors come after them
            for (Anaphora.Resolved a : anaphors) {
                spans.add(new RuleSentence.Span(a.start(), a.end(), a.entity().type(), a.entity().iri(), entities.size()));
                entities.add(a.entity());
            }
            if (spans.size() >= 2) {
                RuleSentence rs = new RuleSentence(tokens(s), spans, s.kind());
                for (RuleEngine.Finding f : rules.apply(rs)) {
                    boolean viaAnaphor = f.subject() >= named || f.object() >= named;
                    if (viaAnaphor && rules.readsNames(f.rule())) {
                        continue; // "Coming out of the Sky Lab, we are ...": "we" is no parent named in an address
                    }
                    state(out, entities.get(f.subject()), f.predicate(), entities.get(f.object()),
                            viaAnaphor ? f.confidence() * Anaphora.DISCOUNT : f.confidence(), s,
                            viaAnaphor ? f.rule() + "+anaphor" : f.rule());
                    Entity paper = paperOfLinkedModel.get(entities.get(f.subject()));
                    if (paper != null && f.predicate() == Predicate.DEVELOPED_BY && !viaAnaphor) {
                        // "Acme released [Corvid](arxiv...)": the linked paper comes from Acme too
                        state(out, paper, Predicate.AFFILIATED_WITH, entities.get(f.object()), linkedPaperConfidence, s,
                                "linked-paper-of-model");
                    }
                }
                if (classifier != null) {
                    for (RuleEngine.Finding f : classifier.classify(rs)) {
                        if (f.predicate() == Predicate.DEVELOPED_BY && funded(rs, f)) {
                            continue; // "a model backed by the Lind Foundation": who pays is not who builds
                        }
                        state(out, entities.get(f.subject()), f.predicate(), entities.get(f.object()), f.confidence(), s,
                                f.rule());
                    }
                }
            }
            if (in.size() >= 2) {
                linkRules.apply(s, in, out);
            }
            if (!bylinePeople.isEmpty()) {
                ourPaper(s, text, in, bylinePeople, out);
            }
            focus.saw(s, in);
        }
        TableRelations.extract(sentences, perSentence, out, tableConfidence);
        SectionMakers.extract(sentences, perSentence, out, sectionMakerConfidence);
        CiteRequests.extract(sentences, perSentence, out, citeRequestConfidence);
        cardFields.extract(sentences, perSentence, out, cardFieldConfidence);
        LineGroups.extract(document.document().document(), sentences, perSentence, out, addressConfidence, membersConfidence);
        IndexedAffiliations.extract(document.document().document(), sentences, perSentence, out, indexedConfidence);
        variants.extract(sentences, perSentence, out, variantConfidence);
        parents.extract(sentences, perSentence, out, parentConfidence);
        citations.apply(text, sentences, perSentence, out);
        papersOfAuthorsAffiliations(sentences, out);
        // "the NVIDIA BERT", "a hosted DeepSeek R1": a developer other than the model's known makers is an
        // implementer or a host
        out.values().removeIf(r -> r.predicate() == Predicate.DEVELOPED_BY && makers.contradicts(r.subject(), r.object()));
        return new ArrayList<>(out.values());
    }

    /**
     * "Title - A (Lab One), B (Lab Two)": when one sentence states a paper's author and that author's
     * affiliation, the paper comes from that organization. One pass over the facts, grouped by sentence.
     */
    private void papersOfAuthorsAffiliations(List<Sentence> sentences, Map<String, Relation> out) {
        Map<Integer, List<Relation>> bySentence = new java.util.HashMap<>();
        for (Relation r : out.values()) {
            if (r.predicate() == Predicate.AUTHORED_BY || (r.predicate() == Predicate.AFFILIATED_WITH
                    && r.subject().type() == org.aikg.ingest.ner.EntityType.PERSON)) {
                bySentence.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Integer, Sentence> at = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            at.put(s.start(), s);
        }
        for (Map.Entry<Integer, List<Relation>> e : bySentence.entrySet()) {
            for (Relation authored : e.getValue()) {
                if (authored.predicate() != Predicate.AUTHORED_BY) {
                    continue;
                }
                for (Relation works : e.getValue()) {
                    if (works.predicate() == Predicate.AFFILIATED_WITH
                            && works.subject().iri().equals(authored.object().iri())) {
                        state(out, authored.subject(), Predicate.AFFILIATED_WITH, works.object(),
                                Math.min(authorsAffiliationConfidence, Math.min(authored.confidence(), works.confidence())),
                                at.get(e.getKey()), "paper-of-authors-affiliation");
                    }
                }
            }
        }
    }

    /** "our paper", "our recent work": what the authors of a post call a paper of their own. */
    private static final java.util.regex.Pattern OUR_PAPER = java.util.regex.Pattern.compile(
            "(?i)\\bour\\s+(?:(?:recent|new|latest|last|first|own|upcoming|accepted|published|\\w+\\d\\d|spotlight|oral)\\s+){0,3}"
                    + "(?:(?:paper|preprint|work|article|study)\\s*,?\\s*(?:titled|called|entitled)?\\s*[\"“]?\\s*)?$");

    /**
     * "In our recent paper X": a paper the post's byline authors call theirs was written by them. The
     * phrase must stand right before the paper's name or link.
     */
    private void ourPaper(Sentence s, String text, List<ResolvedMention> in, List<Entity> bylinePeople,
                          Map<String, Relation> out) {
        for (ResolvedMention m : in) {
            if (m.entity().type() != org.aikg.ingest.ner.EntityType.PAPER) {
                continue;
            }
            int from = Math.max(s.start(), m.mention().start() - 60);
            String before = text.substring(from, m.mention().start());
            if (OUR_PAPER.matcher(before).find()) { // "our [spotlight paper](arxiv...)", "our paper, X"
                for (Entity person : bylinePeople) {
                    state(out, m.entity(), Predicate.AUTHORED_BY, person, bylinePaperConfidence, s, "byline-our-paper");
                }
            }
        }
    }

    /**
     * The distinct entities the document's byline names (the reader's author marks near its start), in order:
     * what "we" and "our" in the post stand for.
     */
    private static List<Entity> bylineAuthors(List<ResolvedMention> mentions) {
        List<Entity> out = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            if (m.mention().start() >= 400) {
                break;
            }
            if (m.mention().finder().equals("structure:author") && !out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** "Link to the paper", "[arXiv]", "the paper": link texts that point to a paper without naming it. */
    private static final java.util.regex.Pattern PAPER_POINTER = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:(?:link to|read|see|find) )?(?:the |our |this )?(?:full )?(?:paper|preprint|arxiv|pdf|technical report)\\W*");

    /**
     * The one paper a document is about: the only paper it points to with a link that names no title ("Link
     * to the paper") or that its front matter names; null when there is none or more than one.
     */
    private static Entity documentPaper(List<ResolvedMention> mentions) {
        Entity found = null;
        for (ResolvedMention m : mentions) {
            if (m.entity().type() != org.aikg.ingest.ner.EntityType.PAPER) {
                continue;
            }
            boolean pointer = m.mention().finder().equals("pattern:arxiv-link")
                    && PAPER_POINTER.matcher(m.mention().surface()).matches();
            if (pointer) {
                if (found != null && !found.iri().equals(m.entity().iri())) {
                    return null;
                }
                found = m.entity();
            }
        }
        return found;
    }

    /** The one entity of {@code type} among {@code entities}, or null (none, or several). */
    private static Entity onlyOne(List<Entity> entities, org.aikg.ingest.ner.EntityType type) {
        List<Entity> of = entities.stream().filter(e -> e.type() == type).toList();
        return of.size() == 1 ? of.get(0) : null;
    }

    private static List<RuleSentence.Tok> tokens(Sentence s) {
        List<RuleSentence.Tok> out = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            out.add(new RuleSentence.Tok(t.start(), t.end(), t.text()));
        }
        return out;
    }
}
