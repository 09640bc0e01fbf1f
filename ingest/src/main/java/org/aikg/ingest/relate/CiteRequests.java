package org.aikg.ingest.relate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * A request to cite a paper for a model ("If you use Corvid in your work, please cite:", "When using Heron, cite
 * the following paper", a heading "Citing Wren") names the paper that describes the model: the model was
 * introduced in it. READMEs of research software close so. The paper is the one the request's sentence names after
 * the model, or else the one reference entry right after the request; a request followed by several entries names
 * no one paper of its own and states nothing (each entry may still be the model's by its title), and so does one that
 * asks for another paper too ("please also cite", "the work it builds on", "for the data"). A request that names no
 * model ("If you use this software, please cite:") is for the model the document is about, when its first heading
 * names that model and nothing else and the document does not build it on another model (a fine-tune's card cites its
 * base model's paper). The request is the evidence.
 *
 * <p>Thread-safety: stateless.
 */
final class CiteRequests {
    private CiteRequests() {}

    /** The rule id written with each fact. */
    static final String RULE = "cite-request";

    /**
     * A sentence that asks its reader to cite ("please cite", "kindly cite", "cite ... if/when you use", "if you use
     * ... cite").
     */
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)\\b(?:please|kindly)\\s+(?:also\\s+)?(?:cite|reference|acknowledge)\\b"
                    + "|\\bcite\\b.{0,80}\\b(?:if|when)\\s+(?:you|using)\\b"
                    + "|\\b(?:if|when)\\s+(?:you\\s+)?(?:use|using|used)\\b.{0,120}\\b(?:cite|citing)\\b"
                    + "|\\bwhen\\s+using\\b.{0,120}\\bcite\\b");
    /** A heading about citing ("Citing Heron", "How to cite", "Citation"): a request when it names the model. */
    private static final Pattern CITING_HEADING = Pattern.compile(
            "(?i)^\\W*(?:citing|cite|citation|citations|how\\s+to\\s+cite)\\b.{0,60}$");
    /** A request for someone else's paper too: "please also cite", "the work it builds on", "for the data". */
    private static final Pattern OTHERS_PAPER = Pattern.compile(
            "(?i)\\b(?:also|additionally|in\\s+addition|as\\s+well|builds?\\s+on|built\\s+on|based\\s+on|on\\s+which|which\\s+it"
                    + "|for\\s+the\\s+(?:data|dataset|benchmark|method|algorithm)|data\\s*set|dataset|original)\\b");

    /** Adds the facts; {@code perSentence} holds each sentence's resolved mentions, in order. */
    static void extract(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, Map<String, Relation> out,
                        double confidence) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean heading = s.kind() == Block.Kind.HEADING;
            if (s.kind() == Block.Kind.REFERENCE || s.kind() == Block.Kind.CODE
                    || !(heading ? CITING_HEADING.matcher(s.text()).find() : REQUEST.matcher(s.text()).find())
                    || OTHERS_PAPER.matcher(s.text()).find()) {
                continue;
            }
            List<ResolvedMention> in = perSentence.get(i);
            Set<Entity> models = new LinkedHashSet<>();
            for (ResolvedMention m : in) {
                if (m.entity().type() == EntityType.MODEL && !insidePaper(m, in)) {
                    models.add(m.entity());
                }
            }
            if (models.isEmpty() && !heading && THIS_WORK.matcher(s.text()).find()) {
                // "If you use this software, please cite:": the document's own model, named by its title, unless that
                // model is built on another (a fine-tune's or a conversion's card cites its base model's paper)
                Entity subject = subject(sentences, perSentence);
                if (subject != null && out.values().stream().noneMatch(r -> r.subject().equals(subject)
                        && (r.predicate() == Predicate.BASED_ON || r.predicate() == Predicate.VARIANT_OF))) {
                    models.add(subject);
                }
            }
            if (models.size() != 1) {
                continue; // no model, or several: whose paper it is, the request does not say
            }
            Entity model = models.iterator().next();
            Entity paper = onlyPaper(in);
            if (paper == null) {
                paper = onlyEntryAfter(sentences, perSentence, i, model);
            }
            if (paper != null) {
                RelationExtractor.state(out, model, Predicate.INTRODUCED_IN, paper, confidence, s, RULE);
            }
        }
    }

    /** The document itself, as a request names it: "this software", "our work", "cite it". */
    private static final Pattern THIS_WORK = Pattern.compile(
            "(?i)\\b(?:this|our)\\s+(?:project|software|tool|toolkit|library|package|code|program|work|repository|method|model|system|implementation)\\b"
                    + "|\\bcite\\s+(?:it|us)\\b");
    /** Most words a title may have besides the name it gives the document ("Heron: counting birds by their songs"). */
    private static final int TITLE_WORDS = 8;

    /**
     * The model the document is about: the one model its first heading names, that heading short, or null (no heading
     * first, or one that names nothing, several things or no model).
     */
    static Entity subject(List<Sentence> sentences, List<List<ResolvedMention>> perSentence) {
        for (int i = 0; i < sentences.size() && i < 3; i++) {
            if (sentences.get(i).kind() != Block.Kind.HEADING) {
                continue;
            }
            List<ResolvedMention> in = perSentence.get(i);
            Set<Entity> named = new LinkedHashSet<>();
            in.forEach(m -> named.add(m.entity()));
            if (named.size() != 1 || named.iterator().next().type() != EntityType.MODEL
                    || sentences.get(i).text().strip().split("\\s+").length > TITLE_WORDS) {
                return null;
            }
            return named.iterator().next();
        }
        return null;
    }

    /** After a model's name, a release of it: " Version 3", " v2", "-2", " 2.5". */
    private static final Pattern RELEASE = Pattern.compile("(?i)(?:\\s+version\\s*|[\\s-]v?)\\d+(?:\\.\\d+)*");

    /** Whether {@code name} is {@code model}'s name and a release ("Wren Version 3" of "Wren"; not "Wrenfly", "Wren-Guard"). */
    static boolean releaseOf(String name, String model) {
        return name.regionMatches(true, 0, model, 0, model.length()) && RELEASE.matcher(name.substring(model.length())).matches();
    }

    /** Whether {@code m} lies inside a paper's mention (a model named in a title). */
    private static boolean insidePaper(ResolvedMention m, List<ResolvedMention> in) {
        return in.stream().anyMatch(p -> p != m && p.entity().type() == EntityType.PAPER
                && p.mention().start() <= m.mention().start() && m.mention().end() <= p.mention().end());
    }

    /** The one paper the sentence names (a model's name inside a title aside), or null (none, or several). */
    private static Entity onlyPaper(List<ResolvedMention> in) {
        Set<Entity> papers = new LinkedHashSet<>();
        for (ResolvedMention m : in) {
            if (m.entity().type() == EntityType.PAPER) {
                papers.add(m.entity());
            }
        }
        return papers.size() == 1 ? papers.iterator().next() : null;
    }

    /**
     * The paper of the one reference entry right after sentence {@code at} (up to two lead-in sentences between them
     * skipped, a heading not), or null when none follows, more than one entry does, or the entry's title names another
     * model.
     */
    private static Entity onlyEntryAfter(List<Sentence> sentences, List<List<ResolvedMention>> perSentence, int at, Entity model) {
        int k = at + 1;
        while (k < sentences.size() && k <= at + 2 && sentences.get(k).kind() != Block.Kind.REFERENCE
                && sentences.get(k).kind() != Block.Kind.HEADING) {
            k++; // "Please cite:" then "Our paper:" and the entry
        }
        if (k >= sentences.size() || sentences.get(k).kind() != Block.Kind.REFERENCE
                || k + 1 < sentences.size() && sentences.get(k + 1).kind() == Block.Kind.REFERENCE) {
            return null; // no entry (or a new section first), or several
        }
        List<ResolvedMention> entry = perSentence.get(k);
        if (entry.stream().anyMatch(m -> m.entity().type() == EntityType.MODEL && !m.entity().equals(model)
                && m.mention().finder().equals("pattern:title-prefix")
                && !releaseOf(m.entity().label(), model.label()))) {
            return null; // "Corvid: ..." names another model's paper ("Wren Version 3: ..." is still Wren's)
        }
        return onlyPaper(entry);
    }
}
