package org.aikg.ingest.relate;

import org.aikg.ingest.pattern.TokenPattern;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Reads anaphors ("the model", "this paper", "the company", a sentence-opening "It") as mentions of
 * the entity they stand for: the entity of that type named last, within the last few sentences of the
 * same section. The phrases are the lexicon entries {@code anaphor_model}, {@code anaphor_paper},
 * {@code anaphor_organization} and {@code anaphor_subject} of the rule book; in a post whose byline
 * names one organization, {@code anaphor_author} ("we", "our") stands for it. A sentence that opens with
 * a phrase of {@code anaphor_elided_model} ("Developed by", "Maintained by") and names no model is about the
 * model in focus, which stands, as an empty span, where its subject would be. A phrase followed at once
 * by a name of its type ("the model Corvid") introduces that name and is not an anaphor.
 *
 * <p>Facts found through an anaphor are less sure than facts between two names: their confidence is
 * multiplied by {@link #DISCOUNT}.
 *
 * <p>Thread-safety: the phrase patterns are immutable; a {@link Focus} belongs to one document.
 */
final class Anaphora {
    /** Confidence factor for a fact read through an anaphor. */
    static final double DISCOUNT = 0.85;
    /** How many sentences an entity stays in focus after it was named. */
    private static final int REACH = 3;
    private static final int LONGEST_PHRASE = 5;

    private final Map<EntityType, TokenPattern> phrases = new EnumMap<>(EntityType.class);
    private final TokenPattern subject;
    private final TokenPattern sectionPaper;
    private final TokenPattern author;
    private final TokenPattern elided;

    Anaphora(RuleBook book) {
        for (EntityType t : List.of(EntityType.MODEL, EntityType.PAPER, EntityType.ORGANIZATION)) {
            String entry = "anaphor_" + t.segment();
            if (book.lexicon().containsKey(entry)) {
                phrases.put(t, TokenPattern.compile("@" + entry, book.lexicon()));
            }
        }
        subject = book.lexicon().containsKey("anaphor_subject")
                ? TokenPattern.compile("@anaphor_subject", book.lexicon()) : null;
        sectionPaper = book.lexicon().containsKey("anaphor_section_paper")
                ? TokenPattern.compile("@anaphor_section_paper", book.lexicon()) : null;
        author = book.lexicon().containsKey("anaphor_author")
                ? TokenPattern.compile("@anaphor_author", book.lexicon()) : null;
        elided = book.lexicon().containsKey("anaphor_elided_model")
                ? TokenPattern.compile("@anaphor_elided_model", book.lexicon()) : null;
    }

    /** An anaphor's span in the sentence and the entity it stands for. */
    record Resolved(int start, int end, Entity entity) {}

    /**
     * A focus for a document whose byline names {@code authorOrganization} and which is about one paper,
     * {@code documentPaper} (each null when there is none or several): "we" is that organization, and "the
     * paper" with nothing named before it in its section is that paper.
     */
    Focus start(Entity authorOrganization, Entity documentPaper) {
        return new Focus(authorOrganization, documentPaper);
    }

    /** What a document has named so far, sentence by sentence. */
    final class Focus {
        private final Map<EntityType, Entity> last = new EnumMap<>(EntityType.class);
        private final Map<EntityType, Integer> age = new EnumMap<>(EntityType.class);
        private Entity previousFirst;
        /** The paper the current section's heading names: the section is about it. */
        private Entity headingPaper;
        /** The organization that wrote the document: what "we" and "our" stand for. */
        private final Entity authorOrganization;

        /** The one paper the whole document is about, or null. */
        private final Entity documentPaper;

        Focus(Entity authorOrganization, Entity documentPaper) {
            this.authorOrganization = authorOrganization;
            this.documentPaper = documentPaper;
        }

        /** The anaphors of {@code s}, which names {@code named}, with the entities they stand for. */
        List<Resolved> resolve(Sentence s, List<ResolvedMention> named) {
            List<Resolved> out = new ArrayList<>();
            if (s.kind() == Block.Kind.HEADING || s.kind() == Block.Kind.TABLE_ROW || s.kind() == Block.Kind.REFERENCE) {
                return out;
            }
            List<Token> toks = s.tokens();
            List<String> texts = new ArrayList<>(toks.size());
            toks.forEach(t -> texts.add(t.text()));
            if (subject != null && previousFirst != null && !toks.isEmpty()) {
                int n = subject.prefixTokens(texts.subList(0, Math.min(texts.size(), LONGEST_PHRASE)));
                // "It" stands for a model, a paper or an organization, never for a person
                if (n > 0 && previousFirst.type() != EntityType.PERSON
                        && named.stream().noneMatch(m -> m.mention().start() < toks.get(n - 1).end())) {
                    out.add(new Resolved(toks.get(0).start(), toks.get(n - 1).end(), previousFirst));
                }
            }
            // "Developed by Meta, PyTorch is ...": a comma after the phrase brings the sentence's own subject
            if (elided != null && !toks.isEmpty() && !texts.contains(",")
                    && named.stream().noneMatch(m -> m.entity().type() == EntityType.MODEL)
                    && last.get(EntityType.MODEL) != null && age.getOrDefault(EntityType.MODEL, 0) <= REACH
                    && elided.prefixTokens(texts.subList(0, Math.min(texts.size(), LONGEST_PHRASE))) > 0) {
                // "Developed by the speech group at Harbor University.": a README's subject-less line is about
                // the model in focus; the subject it drops stands, empty, before the participle
                out.add(new Resolved(toks.get(0).start(), toks.get(0).start(), last.get(EntityType.MODEL)));
            }
            if (authorOrganization != null && author != null) {
                for (int k = 0; k < toks.size(); k++) {
                    int n = author.prefixTokens(texts.subList(k, Math.min(texts.size(), k + LONGEST_PHRASE)));
                    if (n > 0) {
                        out.add(new Resolved(toks.get(k).start(), toks.get(k + n - 1).end(), authorOrganization));
                        k += n - 1;
                    }
                }
            }
            if (headingPaper != null && sectionPaper != null) {
                // in a section headed by a paper's title, "a new paper", "the research" are that paper
                for (int k = 0; k < toks.size(); k++) {
                    int n = sectionPaper.prefixTokens(texts.subList(k, Math.min(texts.size(), k + LONGEST_PHRASE)));
                    if (n > 0) {
                        int start = toks.get(k).start();
                        int end = toks.get(k + n - 1).end();
                        if (named.stream().noneMatch(m -> m.mention().start() < end + 3 && start < m.mention().end())) {
                            out.add(new Resolved(start, end, headingPaper));
                        }
                        k += n - 1;
                    }
                }
            }
            for (var e : phrases.entrySet()) {
                Entity antecedent = last.get(e.getKey());
                if (antecedent == null && e.getKey() == EntityType.PAPER) {
                    antecedent = documentPaper; // a review of one paper: "the paper" is the one it links to
                }
                // a paper stays in focus for its whole section: prose discusses one paper at length
                if (antecedent == null || (e.getKey() != EntityType.PAPER && age.getOrDefault(e.getKey(), 0) > REACH)) {
                    continue;
                }
                for (int k = 0; k < toks.size(); k++) {
                    int n = e.getValue().prefixTokens(texts.subList(k, Math.min(texts.size(), k + LONGEST_PHRASE)));
                    if (n <= 0) {
                        continue;
                    }
                    int start = toks.get(k).start();
                    int end = toks.get(k + n - 1).end();
                    // a name of the type within the next two tokens is what the phrase introduces
                    int reach = toks.get(Math.min(toks.size() - 1, k + n + 1)).end();
                    Entity stands = antecedent;
                    boolean introducesName = false;
                    for (ResolvedMention m : named) {
                        if (m.entity().type() != e.getKey()) {
                            continue;
                        }
                        if (m.mention().end() <= start) {
                            stands = m.entity(); // named earlier in this very sentence
                        } else if (m.mention().start() >= end && m.mention().start() <= reach) {
                            introducesName = true; // "the model Corvid", "the paper, Small Birds Fly Far"
                        }
                    }
                    boolean overlapsName = false;
                    for (ResolvedMention m : named) {
                        overlapsName |= m.mention().start() < end && start < m.mention().end();
                    }
                    // "the University of Toronto" is a name, not an anaphor followed by words
                    boolean nameFollows = k + n < toks.size() && toks.get(k + n - 1).capitalized()
                            && (toks.get(k + n).text().equals("of") || toks.get(k + n).capitalized());
                    if (!introducesName && !overlapsName && !nameFollows) {
                        out.add(new Resolved(start, end, stands));
                    }
                    k += n - 1;
                }
            }
            return out;
        }

        /** Moves the focus past {@code s}, which names {@code mentions}. */
        void saw(Sentence s, List<ResolvedMention> mentions) {
            if (s.kind() == Block.Kind.HEADING) {
                last.clear(); // a new section speaks of what its heading names, or of something new
                age.clear();
                headingPaper = null;
                for (ResolvedMention m : mentions) {
                    if (m.entity().type() == EntityType.PAPER) {
                        headingPaper = m.entity();
                    }
                }
            }
            age.replaceAll((t, a) -> a + 1);
            for (ResolvedMention m : mentions) {
                last.put(m.entity().type(), m.entity());
                age.put(m.entity().type(), 0);
            }
            previousFirst = s.kind() == Block.Kind.HEADING || mentions.isEmpty() ? null : mentions.get(0).entity();
        }
    }
}
