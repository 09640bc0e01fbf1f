package org.aikg.ingest.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ingest.resolve.ResolvedDocument;
import org.aikg.ingest.resolve.ResolvedMention;

/**
 * Finds the six relations of the contract within single sentences, from the words between two mentions.
 *
 * <p>Each rule reads the text between (or around) a pair of mentions of the right types: possessives
 * ("DeepMind's Perceiver"), prepositions ("AlphaCode from DeepMind", "a paper by Jane Doe"), verbs with
 * the organization as subject ("Meta released Atlas"), passives ("was developed by"), appositions
 * ("Yann LeCun, chief AI scientist at Meta"), "-based" compounds ("Transformer-based Conformer") and
 * reference-list entries. A rule that matches one mention also takes the mentions coordinated with it
 * ("DeepMind's Perceiver and Perceiver IO"). Relations are type-checked against the ontology by
 * {@link Relation}; one that the types forbid is never built.
 *
 * <p>Thread-safety: immutable.
 */
public final class RelationExtractor {
    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(,|and|or|&|, and|, or|as well as|and later,?|and then|and also|plus)\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("\\s*['’]s?\\s*");
    private static final Pattern FROM_BY = Pattern.compile(
            "[”\"’)\\]]*\\s*,?\\s*(?:\\(|(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,5}?(?:(?:[\\w-]+\\s+){0,6}?(?:developed|released|built|made|created|trained|introduced|published|designed)\\s+)?(?:from|by)\\s+(?:the\\s+)?(?:team\\s+at\\s+|researchers\\s+at\\s+|folks\\s+at\\s+)?)");
    private static final Pattern PASSIVE = Pattern.compile(
            "\\s*,?\\s*(?:which\\s+|that\\s+)?(?:is|was|were|are|has been|have been|been)?\\s*(?:\\w+\\s+)?"
                    + "(?:developed|built|created|released|introduced|launched|trained|designed|made|published|"
                    + "open[- ]sourced|unveiled|announced|proposed|presented|produced|owned)\\s+(?:[\\w-]+\\s+){0,4}?by\\s+(?:the\\s+)?");
    private static final Pattern ORG_VERB = Pattern.compile(
            "(?:^|\\s)(?:has\\s+|have\\s+|had\\s+|just\\s+|recently\\s+|also\\s+|finally\\s+)?(?:released|releases|release|"
                    + "introduced|introduces|introduce|launched|launches|launch|unveiled|unveils|announced|announces|"
                    + "created|creates|create|built|builds|build|developed|develops|develop|trained|trains|"
                    + "open[- ]sourced|open[- ]sources|published|publishes|presented|presents|debuted|shipped|"
                    + "produced|produces|made|makes|rolled out|came out with|showed off|demoed|revealed|designed|"
                    + "is training|are training|is building|are building|is developing|are developing|is releasing|"
                    + "is launching|is testing|present|unveil)\\b");
    private static final Pattern BASED_ON = Pattern.compile(
            "\\s*,?\\s*(?:which\\s+|that\\s+)?(?:is|are|was|were|being)?\\s*(?:essentially\\s+|basically\\s+|simply\\s+|just\\s+)?"
                    + "(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:based on|built on(?: top of)?|built upon|a form of|"
                    + "a version of|a variant of|variant of|version of|form of|derived from|fine-tuned from|"
                    + "fine-tuned version of|finetuned from|powered by|an extension of|extension of|"
                    + "descendant of|successor to|successor of|trained from|distilled from|initialized from|"
                    + "built with|on top of|relies on|builds on|uses|leverages|runs on|running on|ran on|extends|"
                    + "builds upon|improves on|improves upon)\\s+(?:(?:a|an|the)\\s+)?(?:[\\w'’-]+\\s+){0,3}?");
    private static final Pattern POWERS = Pattern.compile(
            "\\s*(?:is|are|was|were)?\\s*(?:used to power|used to build|powers|powered|underlies|underpins|"
                    + "is the basis (?:of|for)|is the foundation (?:of|for)|serves as the backbone (?:of|for))\\s+"
                    + "(?:[\\w-]+\\s+){0,4}?(?:such as\\s+|like\\s+)?");
    private static final Pattern DASH_BASED = Pattern.compile("\\s*-\\s*based\\s+(?:[\\w-]+\\s+)?");
    private static final Pattern IN_PAPER = Pattern.compile(
            ".{0,80}?\\b(?:in|from|by)\\s+(?:the|their|this|a|an|our)?\\s*(?:[\\w-]+\\s+){0,2}?(?:paper|preprint|"
                    + "work|publication|report|article)s?\\s*(?:,\\s*)?(?:called|titled|entitled|named)?\\s*[“\"‘(\\[]*\\s*");
    private static final Pattern PAPER_INTRODUCES = Pattern.compile(
            "[”\"’)\\]]*\\s*,?\\s*(?:[\\w-]+\\s+){0,4}?(?:introduces|introduced|presents|presented|proposes|proposed|"
                    + "describes|described|unveils|unveiled|coins|coined|details|detailed|debuts|debuted)\\s+"
                    + "(?:the\\s+|a\\s+|an\\s+|what\\s+the\\s+authors\\s+call\\s+)?(?:[\\w-]+\\s+){0,4}?");
    private static final Pattern DESCRIBED_IN = Pattern.compile(
            "\\s*,?\\s*(?:[\\w'’,-]+\\s+){0,8}?(?:(?:is|are|was|were)\\s+)?(?:first\\s+)?(?:described|introduced|presented|"
                    + "proposed|detailed|published|explained|outlined)\\s+in\\s+(?:the\\s+)?(?:paper\\s+)?[“\"‘]*\\s*");
    private static final Pattern PAPER_BY = Pattern.compile(
            "[”\"’)\\]]*\\s*,?\\s*(?:\\(|(?:[\\w-]+\\s+){0,3}?by\\s+|(?:[\\w-]+\\s+){0,4}?whose\\s+(?:first\\s+|lead\\s+|senior\\s+)?"
                    + "authors?\\s+(?:include|includes|is|are|was|were)\\s+|(?:[\\w-]+\\s+){0,3}?(?:lists|listing|led by)\\s+)");
    private static final Pattern AUTHOR_VERB = Pattern.compile(
            "\\s*,?\\s*(?:who\\s+)?(?:(?:is|was)\\s+(?:the\\s+)?(?:first\\s+|lead\\s+|senior\\s+|last\\s+|corresponding\\s+)?(?:author|co-author)\\s+of\\s+[“\"‘]*\\s*|"
                    + "(?:[\\w-]+\\s+){0,3}?(?:wrote|writes|authored|co-authored|coauthored|published|publishes)\\s+"
                    + "(?:the\\s+|a\\s+|their\\s+|his\\s+|her\\s+)?(?:paper\\s+|preprint\\s+)?[“\"‘]*\\s*)");
    private static final Pattern PERSON_AT = Pattern.compile(
            "\\s*,?\\s*(?:(?:a|an|the|who\\s+is|who\\s+was|who\\s+works|who\\s+worked|now|then|formerly|currently|is|was)\\s+)*"
                    + "(?:[\\w-]+\\s+){0,4}?(?:at|of|from|with|for|in)\\s+(?:the\\s+)?");
    private static final Pattern PERSON_VERB_ORG = Pattern.compile(
            "\\s*,?\\s*(?:who\\s+)?(?:works|worked|working|is|was)?\\s*(?:now\\s+|then\\s+|later\\s+|also\\s+)?"
                    + "(?:joined|joins|founded|co-founded|cofounded|founds|leads|led|heads|headed|runs|ran|left|"
                    + "started|works at|worked at|works for|worked for|studied at|studies at|teaches at|taught at|"
                    + "is at|was at|helped found|helped start|became|becomes|moved to|went to|returned to|launched|"
                    + "formerly of|formerly at|previously at|previously of|"
                    + "(?:became|becomes|is|was|remains)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,3}?(?:of|at))\\s+(?:the\\s+)?");
    private static final Pattern ORG_PERSON = Pattern.compile(
            "\\s*(?:['’]s?\\s*)?(?:[\\w-]+\\s+){0,3}?(?:employee|researcher|researchers|scientist|engineer|founder|"
                    + "co-founder|cofounder|ceo|cto|cso|president|director|head|chief|professor|fellow|lead|vp|"
                    + "chairman|fired|hired|poached|alum|alumnus|intern|student|team member|team includes|founders include|"
                    + "founding team includes|staff includes|hires|includes)s?\\s*(?:,\\s*)?"
                    + "(?:(?:dr\\.?|prof\\.?|professor)\\s+)?");
    private static final Pattern RESEARCHERS_FROM = Pattern.compile(
            "(?i)(?:researchers|scientists|engineers|team|authors|folks|people)\\s+(?:from|at)\\s+(?:the\\s+)?$");
    private static final Pattern ORG_OF = Pattern.compile(
            "\\s*,?\\s*(?:(?:a|an|the|which\\s+is|is|was|now|has\\s+been|had\\s+been|became|remains)\\s+)*(?:[\\w-]+\\s+){0,4}?(?:subsidiary|division|unit|"
                    + "lab|laboratory|arm|team|part|branch|department|group|spin-?off|spinout|research\\s+arm)\\s+"
                    + "(?:of|at|within|inside|in)\\s+(?:the\\s+)?");
    private static final Pattern ORG_OWNED = Pattern.compile(
            "\\s*,?\\s*(?:which\\s+|that\\s+)?(?:is|was|has been|were)?\\s*(?:now\\s+)?(?:part of|owned by|acquired by|"
                    + "bought by|a part of|merged into|folded into)\\s+(?:the\\s+)?");
    private static final Pattern ACQUIRED = Pattern.compile("\\s*(?:acquired|acquires|bought|buys|owns|absorbed)\\s+");
    private static final Pattern AT = Pattern.compile("\\s+at\\s+");

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]{0,120}\\)");
    private static final Pattern LEADING_APPOSITIVE = Pattern.compile("^\\s*,[^,;]{1,90},\\s*");

    /**
     * The gap between two mentions as written, without parenthetical asides ("(January 2021)", an arXiv
     * link's "(2005.14165)"), and without a leading appositive (", launched in June 2021,"), so one rule
     * reads all three.
     */
    static List<String> gapVariants(String gap) {
        List<String> out = new ArrayList<>(3);
        out.add(gap);
        String noParens = PARENTHESES.matcher(gap).replaceAll("");
        if (!noParens.equals(gap)) {
            out.add(noParens);
        }
        java.util.regex.Matcher ap = LEADING_APPOSITIVE.matcher(noParens);
        if (ap.find()) {
            out.add(" " + noParens.substring(ap.end()));
        }
        return out;
    }

    private static boolean any(Pattern p, List<String> variants) {
        for (String v : variants) {
            if (p.matcher(v).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WITH = Pattern.compile("[”\"’)\\]]*\\s*,?\\s*(?:[\\w-]+\\s+){0,3}?with\\s+");
    private static final Pattern AS_AUTHOR = Pattern.compile(
            "\\s+as\\s+(?:the\\s+|its\\s+)?(?:first|lead|senior|last|corresponding|main)?\\s*author");
    private static final Pattern AT_ORG = Pattern.compile("\\s*,?\\s*(?:all\\s+)?(?:at|from|of)\\s+(?:the\\s+)?");
    private static final Pattern COPULA = Pattern.compile("\\s+(?:is|was|became|becomes|remains)\\s+(?:now\\s+)?(?:the\\s+)?");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
    private static final Pattern ROLE = Pattern.compile("\\b(?:professor|researcher|scientist|engineer|ceo|cto|founder|"
            + "co-founder|cofounder|director|head|chief|student|fellow|member|employee|intern|lead|manager|president|"
            + "vp|partner|advisor|executive|chair|lecturer|postdoc|phd)\\b");
    private static final Pattern ROLE_AFTER = Pattern.compile("['’]s?\\s+(?:[\\w-]+\\s+){0,2}?(?:professor|researcher|"
            + "scientist|engineer|ceo|cto|founder|co-founder|cofounder|director|head|chief|fellow|president|lead|executive)");
    private static final Pattern AND_ROLE_AT = Pattern.compile(
            "\\s+and\\s+(?:also\\s+)?(?:a|an|the)?\\s*(?:[\\w-]+\\s+){0,3}?(?:at|of)\\s+(?:the\\s+)?");
    private static final Pattern PERSON_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern FOUNDED_BY = Pattern.compile(
            "\\s*,?\\s*(?:(?:the|a|an)\\s+)?(?:[\\w'’-]+\\s+){0,4}?(?:founded|co-founded|cofounded|started|led|run|"
                    + "headed|directed)\\s+(?:(?:in|at)\\s+[\\w-]+\\s+){0,2}by\\s+");
    /** "CLIP arrived the same month, in “Learning Transferable ...”". */
    private static final Pattern IN_QUOTED = Pattern.compile(".*\\bin\\s+[“\"]\\s*");
    /** "Alpaca, a fine-tuned LLaMA model". */
    private static final Pattern APPOSITIVE_VARIANT = Pattern.compile(
            "\\s*,\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:fine-tuned|finetuned|instruction-tuned|tuned|distilled|quantized|"
                    + "pruned|retrained|smaller|compressed)\\s+(?:version\\s+of\\s+)?");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s?\\b");
    private static final Pattern IS_A_MODEL = Pattern.compile(
            "\\s*(?:,\\s*)?(?:which\\s+|that\\s+)?(?:is|was|are|were)\\s+(?:essentially\\s+|basically\\s+|just\\s+|simply\\s+)?"
                    + "(?:(?:a|an)\\s+)?(?:(?:fine-tuned|finetuned|tuned|instruction-tuned|distilled|quantized|smaller|"
                    + "larger|modified|retrained|pruned|compressed|open|customized)\\s+)?(?:version\\s+of\\s+)?");

    /**
     * Records that {@code evidence} states {@code subject p object}: one relation per statement and
     * sentence, the most confident rule kept (the first on a tie). Self-relations and relations the
     * ontology's types forbid are not recorded. Every rule of this package records through here.
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

    /** All relations stated in single sentences of the document, best confidence per statement. */
    public List<Relation> extract(ResolvedDocument document) {
        Map<String, Relation> out = new LinkedHashMap<>();
        List<ResolvedMention> all = document.mentions();
        String text = document.document().text();
        int cursor = 0;
        ResolvedMention lastPaper = null;
        ResolvedMention lastModel = null;
        List<List<ResolvedMention>> perSentence = new ArrayList<>();
        for (Sentence s : document.document().sentences()) {
            List<ResolvedMention> in = new ArrayList<>();
            while (cursor < all.size() && all.get(cursor).mention().start() < s.start()) {
                cursor++;
            }
            for (int k = cursor; k < all.size() && all.get(k).mention().start() < s.end(); k++) {
                in.add(all.get(k));
            }
            if (in.size() >= 2) {
                new SentenceRules(text, s, in, out).apply();
            }
            perSentence.add(in);
            lastPaper = anaphora(s, in, lastPaper, out);
            modelAnaphora(text, s, in, lastModel, out);
            lastModel = lastModelOf(in, lastModel, s);
        }
        TableRelations.extract(document.document().sentences(), perSentence, out);
        SectionPapers.extract(text, document.document().sentences(), perSentence, out);
        return new ArrayList<>(out.values());
    }

    private static final Pattern MODEL_ANAPHOR = Pattern.compile(
            "^(?:It|The model|This model|The technique|This technique|The system|This system|The architecture|"
                    + "This architecture|The network|The new model)\\b");

    /** The model a following "It ..." would refer to: the first model named in this sentence, if any. */
    private static ResolvedMention lastModelOf(List<ResolvedMention> in, ResolvedMention previous, Sentence s) {
        if (s.kind() == Block.Kind.HEADING) {
            return null;
        }
        for (ResolvedMention m : in) {
            if (m.entity().type() == EntityType.MODEL) {
                return m;
            }
        }
        return MODEL_ANAPHOR.matcher(s.text()).find() ? previous : null;
    }

    /**
     * "DALL-E 2 turns captions into images. The technique relies on CLIP." A sentence that opens with "It"
     * or "The model" and says what it is built on speaks of the model the sentence before opened with.
     */
    private static void modelAnaphora(String text, Sentence s, List<ResolvedMention> in, ResolvedMention model,
                                      Map<String, Relation> out) {
        java.util.regex.Matcher a = MODEL_ANAPHOR.matcher(s.text());
        if (model == null || !a.find()) {
            return;
        }
        for (ResolvedMention m : in) {
            if (m.entity().type() != EntityType.MODEL || m.entity().iri().equals(model.entity().iri())) {
                continue;
            }
            String gap = text.substring(s.start() + a.end(), m.mention().start()).toLowerCase(Locale.ROOT);
            if (any(BASED_ON, gapVariants(gap)) && !gap.contains(",")) {
                state(out, model.entity(), Predicate.BASED_ON, m.entity(), 0.55, s, "model-anaphora");
            }
            break; // only the first model after the anaphor is its object
        }
    }

    private static final Pattern PAPER_ANAPHOR = Pattern.compile(
            "(?i)\\b(?:this|the|their|our|that)\\s+(?:new\\s+|recent\\s+|latest\\s+)?(?:paper|preprint|study|research|work)\\b"
                    + "|\\bthe\\s+authors\\b|\\bpublished\\s+a\\s+(?:new\\s+)?paper\\b");
    private static final Pattern DESCRIBES = Pattern.compile(
            "(?i)\\b(?:describes?|introduces?|presents?|proposes?|calls?|called|dubbed|named|unveils?)\\b");
    private static final Pattern ORG_DID = Pattern.compile(
            "(?i)\\b(?:researchers|scientists|engineers|team|teams|folks|authors)\\s+(?:from|at)\\b"
                    + "|\\b(?:published|presented|released|attacked|tackled|proposed|developed)\\b");

    /**
     * "This paper ... describes what the authors call CLIP": a sentence that refers back to a paper
     * ("this paper", "the authors", "published a paper") without naming it is about the paper named
     * last (in an earlier sentence, or the heading of its section). Returns the paper now in focus.
     */
    private static ResolvedMention anaphora(Sentence s, List<ResolvedMention> in, ResolvedMention lastPaper,
                                            Map<String, Relation> out) {
        ResolvedMention named = null;
        for (ResolvedMention m : in) {
            if (m.entity().type() == EntityType.PAPER) {
                named = m;
            }
        }
        if (named != null || s.kind() == Block.Kind.HEADING) {
            return named; // a heading without a paper starts a section about something else
        }
        if (lastPaper == null || !PAPER_ANAPHOR.matcher(s.text()).find()) {
            return lastPaper;
        }
        Entity paper = lastPaper.entity();
        for (ResolvedMention m : in) {
            Entity e = m.entity();
            String before = s.text().substring(0, Math.max(0, m.mention().start() - s.start()));
            Predicate p = null;
            Entity subject = null;
            Entity object = null;
            double conf = 0.6;
            if (e.type() == EntityType.MODEL && DESCRIBES.matcher(before).find()) {
                p = Predicate.INTRODUCED_IN;
                subject = e;
                object = paper;
            } else if (e.type() == EntityType.ORGANIZATION && ORG_DID.matcher(s.text()).find()) {
                p = Predicate.AFFILIATED_WITH;
                subject = paper;
                object = e;
            }
            if (p != null) {
                state(out, subject, p, object, conf, s, "paper-anaphora");
            }
        }
        return lastPaper;
    }

    /** The rules applied to one sentence. Not thread-safe; one per sentence. */
    private static final class SentenceRules {
        private final String text;
        private final Sentence sentence;
        private final List<ResolvedMention> ms;
        private final Map<String, Relation> out;

        SentenceRules(String text, Sentence sentence, List<ResolvedMention> ms, Map<String, Relation> out) {
            this.text = text;
            this.sentence = sentence;
            this.ms = spanOrdered(ms);
            this.out = out;
        }

        /** Link-papers may contain other mentions; order by start, the container first. */
        private static List<ResolvedMention> spanOrdered(List<ResolvedMention> ms) {
            List<ResolvedMention> sorted = new ArrayList<>(ms);
            sorted.sort((a, b) -> a.mention().start() != b.mention().start()
                    ? Integer.compare(a.mention().start(), b.mention().start())
                    : Integer.compare(b.mention().end(), a.mention().end()));
            return sorted;
        }

        void apply() {
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    pair(i, j);
                }
                contained(i);
            }
            if (sentence.kind() == Block.Kind.REFERENCE) {
                reference();
            }
        }

        private EntityType type(int i) {
            return ms.get(i).entity().type();
        }

        private Mention m(int i) {
            return ms.get(i).mention();
        }

        /** The text between mentions i and j (i before j), or null when they overlap. */
        private String between(int i, int j) {
            int a = m(i).end();
            int b = m(j).start();
            return a <= b ? text.substring(a, b) : null;
        }

        private String before(int i, int chars) {
            int a = Math.max(sentence.start(), m(i).start() - chars);
            return text.substring(a, m(i).start());
        }

        /** Mention j and the mentions of its type coordinated after it ("A, B and C"). */
        private List<Integer> group(int j) {
            List<Integer> g = new ArrayList<>();
            g.add(j);
            EntityType t = type(j);
            int last = j;
            for (int k = j + 1; k < ms.size(); k++) {
                String gap = between(last, k);
                if (gap == null) {
                    continue;
                }
                if (type(k) != t || !COORDINATION.matcher(gap).matches()) {
                    break;
                }
                g.add(k);
                last = k;
            }
            return g;
        }

        /** Mention i and the mentions of its type coordinated before it. */
        private List<Integer> groupBefore(int i) {
            List<Integer> g = new ArrayList<>();
            g.add(i);
            EntityType t = type(i);
            int first = i;
            for (int k = i - 1; k >= 0; k--) {
                String gap = between(k, first);
                if (gap == null) {
                    continue;
                }
                if (type(k) != t || !COORDINATION.matcher(gap).matches()) {
                    break;
                }
                g.add(k);
                first = k;
            }
            return g;
        }

        /** No other entity of type {@code t} between i and j (another mention of i's or j's entity is fine). */
        private boolean noneOfTypeBetween(int i, int j, EntityType t) {
            for (int k = i + 1; k < j; k++) {
                if (type(k) == t && m(k).start() >= m(i).end() && !sameEntity(k, i) && !sameEntity(k, j)) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameEntity(int x, int y) {
            return ms.get(x).entity().iri().equals(ms.get(y).entity().iri());
        }

        private void pair(int i, int j) {
            String gap = between(i, j);
            if (gap == null) {
                return;
            }
            EntityType a = type(i);
            EntityType b = type(j);
            List<String> g = gapVariants(gap.toLowerCase(Locale.ROOT));
            String after = after(j, 60).toLowerCase(Locale.ROOT);
            boolean adjacent = noneOfTypeBetween(i, j, b) && noneOfTypeBetween(i, j, a);
            // ---- developedBy
            if (a == EntityType.ORGANIZATION && b == EntityType.MODEL) {
                if (any(POSSESSIVE, g) || any(POSSESSIVE_MODEL_COLON, g)) {
                    addGroup(j, Predicate.DEVELOPED_BY, i, 0.9, "possessive", false);
                } else if (orgVerbObject(g.get(0)) && gap.length() <= 80 && noneOfTypeBetween(i, j, EntityType.ORGANIZATION)
                        && !gap.contains(";") && noneOfTypeBetween(i, j, EntityType.MODEL)) {
                    addGroup(j, Predicate.DEVELOPED_BY, i, 0.8, "org-verb", false);
                } else if (RESEARCHERS_FROM.matcher(before(i, 30).toLowerCase(Locale.ROOT)).find()
                        && ORG_VERB_DESCRIBE.matcher(g.get(0)).find() && gap.length() <= 80
                        && noneOfTypeBetween(i, j, EntityType.MODEL) && noneOfTypeBetween(i, j, EntityType.PAPER)
                        && noneOfTypeBetween(i, j, EntityType.ORGANIZATION)) {
                    addGroup(j, Predicate.DEVELOPED_BY, i, 0.75, "researchers-from", false);
                }
            }
            if (a == EntityType.MODEL && b == EntityType.ORGANIZATION && adjacent) {
                if (APPOSITION_OF_KIND.matcher(g.get(0)).matches() && KIND_AFTER_ORG.matcher(after).lookingAt()) {
                    // "DreamFusion, a new Google Research model", "eDiffi, NVIDIA's most recent model"
                    add(i, Predicate.DEVELOPED_BY, j, 0.8, "apposition");
                } else if (any(FROM_BY, g) || any(PASSIVE, g)) {
                    for (int k : groupBefore(i)) {
                        add(k, Predicate.DEVELOPED_BY, j, 0.8, "from-by");
                    }
                }
            }
            // ---- introducedIn
            if (a == EntityType.MODEL && b == EntityType.PAPER && adjacent) {
                if (any(IN_PAPER, g) || any(DESCRIBED_IN, g)) {
                    add(i, Predicate.INTRODUCED_IN, j, 0.8, "in-paper");
                } else if (IN_QUOTED.matcher(g.get(0)).matches() && gap.length() <= 60) {
                    add(i, Predicate.INTRODUCED_IN, j, 0.65, "in-quoted-title");
                } else if (linkedPaperNear(i, j, gap)) {
                    add(i, Predicate.INTRODUCED_IN, j, 0.7, "model-then-paper-link");
                }
            }
            if (a == EntityType.PAPER && b == EntityType.MODEL && adjacent && any(PAPER_INTRODUCES, g)) {
                addGroup(j, Predicate.INTRODUCED_IN, i, 0.75, "paper-introduces", false);
            }
            // ---- authoredBy
            if (a == EntityType.PERSON && b == EntityType.PAPER && adjacent) {
                if (any(POSSESSIVE, g) || any(AUTHOR_VERB, g)) {
                    for (int k : groupBefore(i)) {
                        add(j, Predicate.AUTHORED_BY, k, 0.8, "person-paper");
                    }
                }
            }
            if (a == EntityType.PAPER && b == EntityType.PERSON && adjacent
                    && (any(PAPER_BY, g) || (any(WITH, g) && AS_AUTHOR.matcher(after).lookingAt()))) {
                List<Integer> authors = group(j);
                for (int k : authors) {
                    add(i, Predicate.AUTHORED_BY, k, 0.8, "paper-by");
                }
                // "... by Jane Doe and John Roe at Example University": the paper and its authors' affiliation
                int last = authors.get(authors.size() - 1);
                if (last + 1 < ms.size() && type(last + 1) == EntityType.ORGANIZATION) {
                    String tail = between(last, last + 1);
                    if (tail != null && AT_ORG.matcher(tail.toLowerCase(Locale.ROOT)).matches()) {
                        add(i, Predicate.AFFILIATED_WITH, last + 1, 0.7, "paper-by-at");
                        for (int k : authors) {
                            add(k, Predicate.AFFILIATED_WITH, last + 1, 0.7, "paper-by-at");
                        }
                    }
                }
            }
            // ---- affiliatedWith: paper → organization
            if (a == EntityType.PAPER && b == EntityType.ORGANIZATION && adjacent && any(FROM_BY, g)) {
                add(i, Predicate.AFFILIATED_WITH, j, 0.75, "paper-from");
            }
            if (a == EntityType.ORGANIZATION && b == EntityType.PAPER) {
                if (any(POSSESSIVE, g)) {
                    add(j, Predicate.AFFILIATED_WITH, i, 0.7, "org-paper-possessive");
                } else if (RESEARCHERS_FROM.matcher(before(i, 30).toLowerCase(Locale.ROOT)).find()
                        && ORG_VERB_DESCRIBE.matcher(g.get(0)).find() && gap.length() <= 160
                        && noneOfTypeBetween(i, j, EntityType.ORGANIZATION)) {
                    add(j, Predicate.AFFILIATED_WITH, i, 0.75, "researchers-from");
                }
            }
            // ---- affiliatedWith: person → organization
            if (a == EntityType.PERSON && b == EntityType.ORGANIZATION && adjacent) {
                boolean possessive = any(POSSESSIVE, g);
                boolean role = ROLE.matcher(g.get(0)).find();
                if (any(PERSON_VERB_ORG, g) || (any(PERSON_AT, g) && (g.get(0).contains(",") || role))
                        || any(PERSON_OF, g) || g.get(0).equals(" (") || possessive
                        || ((any(COMMA, g) || any(COPULA, g)) && ROLE_AFTER.matcher(after).lookingAt())) {
                    for (int k : groupBefore(i)) {
                        for (int o : group(j)) { // "formerly of OpenAI and Tesla"
                            add(k, Predicate.AFFILIATED_WITH, o, possessive ? 0.6 : 0.75, "person-org");
                        }
                    }
                    // "..., chief AI scientist at Meta and a professor at New York University"
                    int next = j + 1;
                    if (next < ms.size() && type(next) == EntityType.ORGANIZATION) {
                        String more = between(j, next);
                        if (more != null && AND_ROLE_AT.matcher(more.toLowerCase(Locale.ROOT)).matches()) {
                            add(i, Predicate.AFFILIATED_WITH, next, 0.7, "person-org");
                        }
                    }
                }
            }
            if (a == EntityType.ORGANIZATION && b == EntityType.PERSON && adjacent) {
                if (any(ORG_PERSON, g) || any(POSSESSIVE, g) || any(FOUNDED_BY, g)) {
                    addGroup(j, Predicate.AFFILIATED_WITH, i, 0.75, "org-person", false);
                }
            }
            // ---- basedOn
            if (a == EntityType.MODEL && b == EntityType.MODEL && adjacent) {
                if (any(DASH_BASED, g)) {
                    addGroup(j, Predicate.BASED_ON, i, 0.85, "dash-based", false);
                } else if (any(BASED_ON, g) || any(APPOSITIVE_VARIANT, g)
                        || (any(IS_A_MODEL, g) && !POSSESSIVE_AFTER.matcher(after).lookingAt())) {
                    // "OPT is GPT-3's closest competitor" compares; "Code Llama is Llama 2 trained on code" derives
                    for (int k : groupBefore(i)) {
                        add(k, Predicate.BASED_ON, j, any(IS_A_MODEL, g) ? 0.7 : 0.8, "based-on");
                    }
                } else if (any(POWERS, g)) {
                    addGroup(j, Predicate.BASED_ON, i, 0.8, "powers", false);
                }
            }
            // ---- partOf
            if (a == EntityType.ORGANIZATION && b == EntityType.ORGANIZATION && adjacent) {
                if (any(ORG_OF, g) || any(ORG_OWNED, g)) {
                    add(i, Predicate.PART_OF, j, 0.8, "org-of");
                } else if (any(POSSESSIVE, g)) {
                    add(j, Predicate.PART_OF, i, 0.6, "org-possessive");
                } else if (any(ACQUIRED, g)) {
                    add(j, Predicate.PART_OF, i, 0.7, "acquired");
                } else if (any(AT, g)) {
                    add(i, Predicate.PART_OF, j, 0.6, "org-at-org");
                }
            }
        }

        private String after(int j, int chars) {
            int e = Math.min(sentence.end(), m(j).end() + chars);
            return text.substring(m(j).end(), Math.max(m(j).end(), e));
        }

        /** "PaLM, published in April ([paper](arxiv...))": the model's paper is the link that follows. */
        private boolean linkedPaperNear(int i, int j, String gap) {
            Mention p = m(j);
            if (!p.finder().equals("pattern:arxiv-link") || p.title() != null || gap.length() > 120) {
                return false;
            }
            String linkText = p.surface().toLowerCase(Locale.ROOT);
            boolean pointer = linkText.matches("\\W*(paper|the paper|preprint|arxiv|pdf|here|link)\\W*")
                    || linkText.matches("\\W*(arxiv:?\\s*)?\\d{4}\\.\\d{4,5}(v\\d+)?\\W*");
            return pointer && !gap.contains(";") && noneOfTypeBetween(i, j, EntityType.MODEL);
        }

        /** Mentions inside a link-paper's text: "[the Flamingo paper](...)", "[Mikolov's paper](...)". */
        private void contained(int i) {
            Mention p = m(i);
            if (type(i) == EntityType.PAPER) {
                for (int k = 0; k < ms.size(); k++) {
                    Mention inner = m(k);
                    if (k != i && inner.finder().equals("pattern:title-prefix") && inner.start() >= p.start()
                            && inner.end() <= p.end()) {
                        add(k, Predicate.INTRODUCED_IN, i, 0.8, "title-prefix");
                    }
                }
            }
            if (type(i) != EntityType.PAPER || !p.finder().equals("pattern:arxiv-link")) {
                return;
            }
            String linkText = p.surface().toLowerCase(Locale.ROOT);
            if (!linkText.contains("paper") && !linkText.contains("preprint")) {
                // "[RevGNNs](arxiv...)": a model's name linked to its paper
                for (int k = 0; k < ms.size(); k++) {
                    Mention inner = m(k);
                    if (k != i && type(k) == EntityType.MODEL && inner.start() >= p.start() && inner.end() <= p.end()
                            && inner.length() * 10 >= p.length() * 6) {
                        add(k, Predicate.INTRODUCED_IN, i, 0.7, "linked-model-name");
                    }
                }
                return;
            }
            for (int k = 0; k < ms.size(); k++) {
                Mention inner = m(k);
                if (k == i || inner.start() < p.start() || inner.end() > p.end()) {
                    continue;
                }
                if (type(k) == EntityType.PERSON) {
                    add(i, Predicate.AUTHORED_BY, k, 0.75, "link-person-paper");
                } else if (type(k) == EntityType.MODEL) {
                    add(k, Predicate.INTRODUCED_IN, i, 0.75, "link-model-paper");
                } else if (type(k) == EntityType.ORGANIZATION) {
                    add(i, Predicate.AFFILIATED_WITH, k, 0.65, "link-org-paper");
                }
            }
        }

        /** A reference-list entry: the people before the title wrote the paper. */
        private void reference() {
            for (int p = 0; p < ms.size(); p++) {
                if (type(p) != EntityType.PAPER) {
                    continue;
                }
                for (int k = 0; k < p; k++) {
                    if (type(k) == EntityType.PERSON) {
                        add(p, Predicate.AUTHORED_BY, k, 0.75, "reference-entry");
                    }
                }
                return;
            }
        }

        /** subject = each of group(j) (or object = group(j) when {@code groupIsObject}). */
        private void addGroup(int j, Predicate p, int other, double conf, String rule, boolean groupIsObject) {
            for (int k : group(j)) {
                if (groupIsObject) {
                    add(other, p, k, conf, rule);
                } else {
                    add(k, p, other, conf, rule);
                }
            }
        }

        private void add(int s, Predicate p, int o, double conf, String rule) {
            state(out, ms.get(s).entity(), p, ms.get(o).entity(), conf, sentence, rule);
        }
    }

    private static final Pattern PREPOSITION = Pattern.compile(
            "\\b(?:on|of|to|for|with|than|like|about|at|in|by|from|against|over|into|using|via)\\b");

    /**
     * "Meta released Atlas", "Google released not one but two models, Imagen", "OpenAI released a model
     * for that: Whisper": the model is the verb's object (no preposition between, unless a colon
     * introduces the model).
     */
    private static boolean orgVerbObject(String gap) {
        java.util.regex.Matcher v = ORG_VERB.matcher(gap);
        if (!v.find()) {
            return false;
        }
        String rest = WEIGHTS_OF.matcher(gap.substring(v.end())).replaceAll(" ");
        // a naming cue right before the model marks it as the object: "open-sourced a method for X called Y"
        return !PREPOSITION.matcher(rest).find() || (rest.strip().endsWith(":") && !rest.contains("."))
                || (NAMED_AT_END.matcher(rest).find() && !rest.contains("."));
    }

    /** "released the weights of its Grok-1 model": releasing a model's weights or code releases the model. */
    private static final Pattern WEIGHTS_OF = Pattern.compile(
            "\\b(?:weights|code|source code|checkpoints?|parameters|details)\\s+(?:of|for)\\b");

    private static final Pattern NAMED_AT_END = Pattern.compile("\\b(?:called|named|dubbed)\\s*[“\"]?\\s*$");
    private static final Pattern APPOSITION_OF_KIND = Pattern.compile(
            "\\s*,\\s*(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?)?");
    private static final Pattern KIND_AFTER_ORG = Pattern.compile(
            "(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,3}?(?:model|system|chatbot|assistant|llm|network|architecture|method|"
                    + "tool|algorithm|codec|agent|product)s?\\b");

    /** "OpenAI's most recent model: Whisper". */
    private static final Pattern POSSESSIVE_MODEL_COLON = Pattern.compile(
            "\\s*['’]s?\\s+(?:[\\w-]+\\s+){0,4}?(?:model|system|chatbot|assistant|llm|network|architecture)s?\\s*:\\s*");

    private static final Pattern ORG_VERB_DESCRIBE = Pattern.compile(
            "\\b(?:described|describe|describes|published|publish|presented|present|introduced|introduce|"
                    + "proposed|propose|released|release|unveiled|developed|built|trained|created)\\b");
}
