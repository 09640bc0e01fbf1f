package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.read.DocumentReaders;
import org.aikg.ingest.relate.Relation;
import org.aikg.ingest.resolve.Entity;
import org.aikg.ontology.AIKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole extraction on short texts written for these tests, with the real models. */
class ExtractionIT {
    /** The title of the GPT-3 paper (arXiv 2005.14165). */
    private static final String GPT3_TITLE = "Language Models are Few-Shot Learners";

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard(KnowledgeBase.load(List.of()));
    }

    private static Extractor.Result run(String name, String text) {
        return extractor.run(DocumentReaders.parse(Path.of(name), text));
    }

    private static Set<String> facts(Extractor.Result r) {
        return r.relations().stream()
                .map(x -> x.subject().label() + " " + x.predicate() + " " + x.object().label())
                .collect(Collectors.toSet());
    }

    /** Every one of {@code expected} is among the stated facts {@code f}. */
    private static void assertStates(Set<String> f, String... expected) {
        for (String fact : expected) {
            assertTrue(f.contains(fact), fact + " missing from " + f);
        }
    }

    private static Entity entity(Extractor.Result r, EntityType type, String label) {
        return r.resolved().entities().stream().filter(e -> e.type() == type && e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + label + " in " + r.resolved().entities()));
    }

    @Test
    void aSurnameThatSignsAReferenceIsAPersonWhereItIsCitedOnly() {
        var r = run("a.md", """
                # Forests

                Quantile forests (Lindqvist 2009) are fast. Statista and Brightwave track the market.

                ## References

                Lindqvist (2009). Sparse ranking forests for survival data. J Mach Learn Res 3:101-120.

                Statista (2022). Global market for speech software. Market report.
                """);
        Set<String> people = r.resolved().entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::label).collect(Collectors.toSet());
        assertTrue(people.contains("Lindqvist"), people.toString());
        assertFalse(people.contains("Statista") || people.contains("Brightwave"), people.toString());
        assertStates(facts(r), "Sparse ranking forests for survival data AUTHORED_BY Lindqvist");
    }

    @Test
    void aNameThatOpensTheSentenceIsTypedByAStrongCue() {
        var r = run("a.md", """
                # Tools

                Wrenfold was developed at the Harbor Institute for Speech.

                Quellmark is an open language model for clinics.

                Models were developed at the Harbor Institute for Speech, and we train models daily.
                """);
        Set<String> models = r.resolved().entities().stream().filter(e -> e.type() == EntityType.MODEL)
                .map(Entity::label).collect(Collectors.toSet());
        assertTrue(models.containsAll(Set.of("Wrenfold", "Quellmark")), models.toString());
        assertFalse(models.contains("Models"), models.toString());
        assertStates(facts(r), "Wrenfold DEVELOPED_BY Harbor Institute for Speech");
    }

    @Test
    void spellingsOfOneNameAreOneEntity() {
        var r = run("a.txt", "OpenAI's DALL-E 2 draws pictures. Some write DALLE2, others Dall-E 2.\n");
        List<Entity> dalle = r.resolved().entities().stream().filter(e -> e.type() == EntityType.MODEL).toList();
        assertEquals(1, dalle.size(), dalle.toString());
        assertEquals("DALL-E 2", dalle.get(0).label());
        assertTrue(dalle.get(0).altLabels().containsAll(Set.of("DALLE2", "Dall-E 2")));
        assertEquals(AIKG.ID_BASE + "model/dall-e-2", dalle.get(0).iri());
        assertEquals("OpenAI", entity(r, EntityType.ORGANIZATION, "OpenAI").label());
        assertTrue(facts(r).contains("DALL-E 2 DEVELOPED_BY OpenAI"), facts(r).toString());
    }

    @Test
    void plainTextAddressesAndMemberListsStateAffiliations() {
        var r = run("CREDITS", """
                CREDITS FOR THE TOOLKIT

                Contributors

                  Harbor University
                    Mei Okafor
                    Jo Park

                  Northwind Labs
                    Ravi Menon

                Ana Lindqvist
                Speech Group
                Harbor University
                Lisbon, Portugal
                """);
        Set<String> f = facts(r);
        assertStates(f, "Mei Okafor AFFILIATED_WITH Harbor University", "Jo Park AFFILIATED_WITH Harbor University",
                "Ravi Menon AFFILIATED_WITH Northwind Labs", "Ana Lindqvist AFFILIATED_WITH Harbor University");
        assertFalse(f.contains("Ravi Menon AFFILIATED_WITH Harbor University"), f.toString());
        assertFalse(f.contains("Jo Park AFFILIATED_WITH Northwind Labs"), f.toString());
    }

    @Test
    void aLineThatIntroducesAMakersListStatesItsMaker() {
        var r = run("models.md", """
                # Our zoo

                Models by Vexar Research:

                - Heron-1
                - Heron-2

                Other models we host:

                - Corvid-7B
                """);
        Set<String> f = facts(r);
        assertStates(f, "Heron-1 DEVELOPED_BY Vexar Research", "Heron-2 DEVELOPED_BY Vexar Research");
        assertFalse(f.contains("Corvid-7B DEVELOPED_BY Vexar Research"), f.toString());
    }

    @Test
    void aCitationThatEndsASentenceOfProseStatesItsAuthors() {
        Set<String> facts = facts(run("counter.md", """
                # Counter

                Ana Lind wrote the tool. The method was published in T. Berg and N. Okafor, "Counting birds by song," Bird Letters, 2019.
                """));
        assertStates(facts, "Counting birds by song AUTHORED_BY T. Berg");
        assertStates(facts, "Counting birds by song AUTHORED_BY N. Okafor");
        assertTrue(facts.stream().noneMatch(f -> f.contains("AUTHORED_BY Ana Lind")), facts.toString());
    }

    @Test
    void aRequestToCiteAPaperForAModelSaysItIntroducedTheModel() {
        Set<String> one = facts(run("heron.md", """
                # Heron-7B

                Heron-7B counts birds by their songs.

                If you use Heron-7B in your research, please cite the following paper:

                Ana Lind, Tomas Berg and Nia Okafor. Counting Birds by Their Songs. In Proceedings of the Bird Conference, 2021.
                """));
        assertStates(one, "Heron-7B INTRODUCED_IN Counting Birds by Their Songs");
        Set<String> paraphrase = facts(run("wren.md", """
                # Wren-2

                ## Citing Wren-2

                Lind, A. and Berg, T. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """));
        assertStates(paraphrase, "Wren-2 INTRODUCED_IN Small Decoders for Field Radios");
        // the paper's title names a release of the model: still the model's paper
        Set<String> release = facts(run("osprey.md", """
                # OspreyNet

                When using OspreyNet please cite the following paper:

                Ana Lind, Tomas Berg: "OspreyNet Version 3: Counting Birds on Small Radios." Signal Craft (2015) 31 (15): 257-259.
                """));
        assertStates(release, "OspreyNet INTRODUCED_IN OspreyNet Version 3: Counting Birds on Small Radios");
        // the document's own model, named by its title: "this software", a heading "Citation"
        Set<String> own = facts(run("quail.md", """
                # Quail-2

                Quail-2 is a small decoder for field radios.

                ## Citation

                If you use this software in a publication, please cite it as:

                Okafor, N. and Park, R. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """));
        assertStates(own, "Quail-2 INTRODUCED_IN Small Decoders for Field Radios");
        // a reference list of one entry asks for nothing; a heading alone names no model; a fine-tune's card cites its
        // base's paper; a request for another paper too ("also", "the work it builds on")
        for (String doc : List.of("""
                # Quail-2

                Quail-2 is a small decoder for field radios.

                ## References

                Okafor, N. and Park, R. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """, """
                # Quail-2

                ## Citation

                Okafor, N. and Park, R. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """, """
                # Quail-2-Chat

                Quail-2-Chat is a fine-tune of Quail-2 for dialogue.

                If you use this model, please cite:

                Okafor, N. and Park, R. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """, """
                # Quail-2

                If you use Quail-2, please also cite the work it builds on:

                Okafor, N. and Park, R. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """)) {
            Set<String> none = facts(run("quail.md", doc));
            assertFalse(none.stream().anyMatch(x -> x.contains("INTRODUCED_IN Small Decoders")), none.toString());
        }
        // several entries after the request: whose paper described the model, the request does not say
        Set<String> several = facts(run("finch.md", """
                # Finch-3

                When using Finch-3, please cite these papers:

                Ana Lind and Tomas Berg. Counting Birds by Their Songs. In Proceedings of the Bird Conference, 2021.

                Okafor, N. and Park, R. (2022). Small Decoders for Field Radios. Journal of Signal Craft, 3(2), 1-9.
                """));
        assertFalse(several.stream().anyMatch(x -> x.startsWith("Finch-3 INTRODUCED_IN")), several.toString());
    }

    @Test
    void whoPaysForAModelIsNotWhoBuiltIt() {
        Set<String> f = facts(run("fund.md", """
                # Heron

                Heron-2, an open model backed by the Okafor Foundation, counts birds.

                Wren-3 was developed by Harbor AI and funded by the Okafor Foundation.
                """));
        assertStates(f, "Wren-3 DEVELOPED_BY Harbor AI");
        assertFalse(f.stream().anyMatch(x -> x.contains("DEVELOPED_BY Okafor Foundation")), f.toString());
    }

    @Test
    void theSameEntityHasTheSameIriInEveryDocument() {
        var a = run("a.txt", "Zorblax-7 is a model from Quuxford Labs.\n");
        var b = run("b.txt", "We tested Zorblax-7 again last week, and Quuxford Labs replied.\n");
        assertEquals(entity(a, EntityType.MODEL, "Zorblax-7").iri(), entity(b, EntityType.MODEL, "Zorblax-7").iri());
        assertEquals(entity(a, EntityType.ORGANIZATION, "Quuxford Labs").iri(),
                entity(b, EntityType.ORGANIZATION, "Quuxford Labs").iri());
    }

    @Test
    void developedByFromPossessivesPrepositionsAndVerbs() {
        var r = run("a.txt", """
                DeepMind's Gato and Chinchilla surprised many.

                Last spring Meta released LLaMA and later, Galactica.

                We also liked AlphaCode from DeepMind.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Gato DEVELOPED_BY DeepMind", "Chinchilla DEVELOPED_BY DeepMind",
                "LLaMA DEVELOPED_BY Meta", "Galactica DEVELOPED_BY Meta", "AlphaCode DEVELOPED_BY DeepMind");
    }

    @Test
    void papersFromArxivLinksAndTitles() {
        var r = run("a.md", """
                ---
                title: Reading list
                date: 2023-01-05
                ---
                # Papers

                Researchers from OpenAI presented GPT-3 in their preprint “[%s](https://arxiv.org/abs/2005.14165)”.
                The Chinchilla model was introduced in the paper "Training Compute-Optimal Large Language Models".
                """.formatted(GPT3_TITLE));
        Entity paper = entity(r, EntityType.PAPER, GPT3_TITLE);
        assertEquals("2005.14165", paper.arxivId());
        Set<String> f = facts(r);
        assertTrue(f.contains("GPT-3 INTRODUCED_IN " + GPT3_TITLE), f.toString());
        assertTrue(f.contains("GPT-3 DEVELOPED_BY OpenAI"), f.toString());
        assertTrue(f.contains(GPT3_TITLE + " AFFILIATED_WITH OpenAI"), f.toString());
        assertTrue(f.contains("Chinchilla INTRODUCED_IN Training Compute-Optimal Large Language Models"), f.toString());
    }

    @Test
    void peopleOrganizationsAndModelLineage() {
        var r = run("a.txt", """
                Yann LeCun, chief AI scientist at Meta, disagreed.
                Alpaca is a fine-tuned version of LLaMA.
                Codex powers GitHub Copilot.
                The Transformer-based Conformer works well for speech.
                DeepMind, a subsidiary of Alphabet, is based in London.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Yann LeCun AFFILIATED_WITH Meta", "Alpaca BASED_ON LLaMA",
                "GitHub Copilot BASED_ON Codex", "Conformer BASED_ON Transformer", "DeepMind PART_OF Alphabet");
    }

    @Test
    void relationsCarryTheirSentenceAndAreTypeChecked() {
        String text = "Intro line.\n\nGoogle released Imagen this week. Jane Smith liked it.\n";
        var r = run("a.txt", text);
        Relation rel = r.relations().stream().filter(x -> x.object().label().equals("Google")).findFirst().orElseThrow();
        assertEquals("Google released Imagen this week.", rel.evidence());
        assertTrue(rel.confidence() > 0 && rel.confidence() <= 1);
        for (Relation x : r.relations()) {
            assertTrue(x.predicate().accepts(x.subject().type(), x.object().type()), x.toString());
        }
        // the assertion's offsets point at the sentence in the original text
        int start = text.indexOf("Google released");
        List<String> starts = r.graph().quads().stream().filter(q -> q.getPredicate().equals(AIKG.startOffset.asNode()))
                .filter(q -> q.getSubject().getURI().contains("/assertion/"))
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of(Integer.toString(start)), starts);
    }

    @Test
    void genericWordsAndPronounsAreNotEntities() {
        var r = run("a.txt", "I think GANs and transformers changed machine learning. Yet it is early. "
                + "Machine learning is fun.\n");
        assertTrue(r.resolved().entities().isEmpty(), r.resolved().entities().toString());
    }

    @Test
    void aPaperStaysApartFromTheModelItNames() {
        var r = run("a.txt", "The Flamingo paper describes Flamingo, a model from DeepMind.\n");
        assertFalse(r.resolved().entities().stream().filter(e -> e.label().equals("Flamingo")).count() > 1
                && r.resolved().entities().stream().map(Entity::iri).distinct().count()
                < r.resolved().entities().size(), "no two entities share an IRI");
        assertTrue(facts(r).contains("Flamingo DEVELOPED_BY DeepMind"), facts(r).toString());
    }

    @Test
    void aliasesMergeIntoOneEntity() {
        var r = run("a.txt", """
                Geoff Hinton spoke first. Later Geoffrey Hinton took questions.

                Co:here shipped an update, and Cohere says more is coming.

                Open AI and OpenAI are the same company.
                """);
        for (String label : List.of("Geoffrey Hinton", "Cohere", "OpenAI")) {
            long n = r.resolved().entities().stream().filter(e -> e.label().equals(label)).count();
            assertEquals(1, n, label + " in " + r.resolved().entities());
        }
        assertTrue(entity(r, EntityType.PERSON, "Geoffrey Hinton").altLabels().contains("Geoff Hinton"));
        assertTrue(entity(r, EntityType.ORGANIZATION, "Cohere").altLabels().contains("Co:here"));
        assertTrue(entity(r, EntityType.ORGANIZATION, "OpenAI").altLabels().contains("Open AI"));
    }

    @Test
    void theArchitectureAndTheLibraryStayApart() {
        var r = run("a.txt", """
                The Transformer architecture changed NLP, and Transformers now dominate vision too.

                We installed the Hugging Face Transformers library with pip to load the weights.
                """);
        Entity architecture = entity(r, EntityType.MODEL, "Transformer");
        Entity library = entity(r, EntityType.MODEL, "Hugging Face Transformers");
        assertFalse(architecture.iri().equals(library.iri()));
        assertTrue(architecture.altLabels().contains("Transformers"), architecture.toString());
    }

    @Test
    void aPaperAndTheModelItNamesAreDifferentEntities() {
        var r = run("a.txt", "GPT-3 was introduced in the preprint \"" + GPT3_TITLE + "\" by OpenAI.\n");
        Entity model = entity(r, EntityType.MODEL, "GPT-3");
        Entity paper = entity(r, EntityType.PAPER, GPT3_TITLE);
        assertFalse(model.iri().equals(paper.iri()));
        assertTrue(facts(r).contains("GPT-3 INTRODUCED_IN " + GPT3_TITLE), facts(r).toString());
    }

    @Test
    void referenceEntriesGiveAuthorsAndTitles() {
        var r = run("a.md", """
                # Notes

                Some text.

                ## References

                [1] Doe, J., Roe, R.A. and Poe, E., 2021. Zorbnet: Learning to Zorb from Many Examples. arXiv preprint arXiv:2101.00001.
                """);
        Entity paper = entity(r, EntityType.PAPER, "Zorbnet: Learning to Zorb from Many Examples");
        assertEquals("2101.00001", paper.arxivId());
        Set<String> f = facts(r);
        // surname-first authors are named in reading order, as the person is known elsewhere
        for (String author : List.of("J. Doe", "R.A. Roe", "E. Poe")) {
            assertTrue(f.contains("Zorbnet: Learning to Zorb from Many Examples AUTHORED_BY " + author), author + " in " + f);
        }
        assertTrue(f.contains("Zorbnet INTRODUCED_IN Zorbnet: Learning to Zorb from Many Examples"), f.toString());
    }

    @Test
    void listsAreOfOneKind() {
        var r = run("a.txt", "We met founders from Anthropic, Cohere, Quillbrook and Mistral AI last week.\n");
        assertEquals(EntityType.ORGANIZATION, entity(r, EntityType.ORGANIZATION, "Quillbrook").type());
    }

    @Test
    void aCitedAuthorIsThePersonNamedInFull() {
        var r = run("a.md", """
                # Notes

                Hugo Touvron led the work on the new model.

                ## References

                [1] Touvron, H., Lavril, T. and Izacard, G., 2023. Zorblax: Open and Efficient Zorbs. arXiv preprint arXiv:2302.99999.
                """);
        Entity hugo = entity(r, EntityType.PERSON, "Hugo Touvron");
        assertTrue(hugo.altLabels().stream().anyMatch(a -> a.startsWith("Touvron, H")), hugo.toString());
        assertTrue(facts(r).contains("Zorblax: Open and Efficient Zorbs AUTHORED_BY Hugo Touvron"), facts(r).toString());
    }

    @Test
    void tablesStateRelationsRowByRow() {
        var r = run("a.md", """
                # Models of the year

                | Model | Released by | Built on | Paper |
                |---|---|---|---|
                | Zorblax-7 | Quuxford Labs | LLaMA | [2401.00001](https://arxiv.org/abs/2401.00001) |
                | Alpaca | Stanford University | LLaMA | n/a |
                """);
        Set<String> f = facts(r);
        assertStates(f, "Zorblax-7 DEVELOPED_BY Quuxford Labs", "Zorblax-7 BASED_ON LLaMA",
                "Zorblax-7 INTRODUCED_IN arXiv:2401.00001", "Alpaca DEVELOPED_BY Stanford University", "Alpaca BASED_ON LLaMA");
        assertFalse(f.contains("Zorblax-7 DEVELOPED_BY Stanford University"), "relations stay within their row");
    }

    @Test
    void aMakersRowListsItsModels() {
        var r = run("a.md", """
                # Providers

                | Provider | Models |
                |---|---|
                | Quuxford Labs | Zorblax-7, Zorblax-13 |
                | Tarnwell Labs | Quokka-2, Zorblax-7 |
                """);
        Set<String> f = facts(r);
        assertStates(f, "Zorblax-13 DEVELOPED_BY Quuxford Labs", "Quokka-2 DEVELOPED_BY Tarnwell Labs");
        // a model two organizations' rows list is run by one of them: the table alone names no maker
        assertFalse(f.contains("Zorblax-7 DEVELOPED_BY Tarnwell Labs"), f.toString());
        assertFalse(f.contains("Zorblax-7 DEVELOPED_BY Quuxford Labs"), f.toString());
        // a header that says the models were evaluated or served names no makers
        Set<String> evaluated = facts(run("b.md", """
                | Lab | Models evaluated |
                |---|---|
                | Quuxford Labs | Zorblax-7, Zorblax-13 |
                """));
        assertFalse(evaluated.contains("Zorblax-13 DEVELOPED_BY Quuxford Labs"), evaluated.toString());
    }

    @Test
    void aTransposedTableStatesRelationsColumnByColumn() {
        var r = run("a.md", """
                # Two models compared

                | | Zorblax-7 | Quokka-2 |
                |---|---|---|
                | Developer | Quuxford Labs | Stanford University |
                | Base model | LLaMA | LLaMA |
                | Parameters | 7B | 13B |
                """);
        Set<String> f = facts(r);
        assertStates(f, "Zorblax-7 DEVELOPED_BY Quuxford Labs", "Quokka-2 DEVELOPED_BY Stanford University",
                "Zorblax-7 BASED_ON LLaMA", "Quokka-2 BASED_ON LLaMA");
        assertFalse(f.contains("Zorblax-7 DEVELOPED_BY Stanford University"), "relations stay within their column");
        // a written label over the first column
        Set<String> labelled = facts(run("b.md", """
                | Attribute | Zorblax-7 | Quokka-2 |
                |---|---|---|
                | Developer | Quuxford Labs | Stanford University |
                """));
        assertStates(labelled, "Zorblax-7 DEVELOPED_BY Quuxford Labs", "Quokka-2 DEVELOPED_BY Stanford University");
    }

    @Test
    void aVariantsNameLinksItToItsFamilyWithoutMergingThem() {
        var r = run("a.md", """
                Quuxford released Zorblax, a family of open models. Zorblax-7B and Zorblax-70B are out, and
                Zorblax-7B-Chat answers questions.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Zorblax-7B VARIANT_OF Zorblax", "Zorblax-70B VARIANT_OF Zorblax", "Zorblax-7B-Chat VARIANT_OF Zorblax-7B");
        assertFalse(f.contains("Zorblax-7B-Chat VARIANT_OF Zorblax"), "the longest family name is the family");
        assertFalse(f.stream().anyMatch(x -> x.contains("BASED_ON")), "a name states no basedOn: " + f);
    }

    @Test
    void moreWaysOfSayingIt() {
        var r = run("a.txt", """
                The paper "Scaling Zorbs to Many Devices" describes Zorblax-7 in detail.

                Researchers at Quuxford University introduced Quokka, a fine-tuned LLaMA model.

                Qwen-VL is a vision-language model from Alibaba Cloud.

                Microsoft's Phi-2 was trained on textbook data. xAI, which Elon Musk founded, open-sourced Grok-1.

                Then there is DreamFusion, an experimental Google Research system that lifts text prompts into 3D scenes.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Zorblax-7 INTRODUCED_IN Scaling Zorbs to Many Devices",
                "Quokka BASED_ON LLaMA", "Quokka DEVELOPED_BY Quuxford University", "Qwen-VL DEVELOPED_BY Alibaba Cloud",
                "Phi-2 DEVELOPED_BY Microsoft", "DreamFusion DEVELOPED_BY Google Research");
        assertFalse(f.contains("LLaMA DEVELOPED_BY Quuxford University"), f.toString());
        assertTrue(r.relations().stream().anyMatch(x -> x.object().label().equals("xAI")
                && x.evidence().startsWith("xAI")), "a sentence may start with a lower-case name");
    }

    @Test
    void peopleTheirPapersAndTheirLabs() {
        var r = run("a.txt", """
                Percy Liang, a professor at Stanford, leads a research center.
                Noam Shazeer, who co-authored "Attention Is All You Need", returned to Google.
                Jeff Dean is Google's chief scientist.
                Mustafa Suleyman now runs Microsoft AI, the consumer division of Microsoft.
                In a new preprint, Google DeepMind researchers present AlphaProof, a system for formal math.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Percy Liang AFFILIATED_WITH Stanford University",
                "Attention Is All You Need AUTHORED_BY Noam Shazeer", "Noam Shazeer AFFILIATED_WITH Google",
                "Jeff Dean AFFILIATED_WITH Google", "Mustafa Suleyman AFFILIATED_WITH Microsoft AI",
                "Microsoft AI PART_OF Microsoft", "AlphaProof DEVELOPED_BY DeepMind");
    }

    @Test
    void anaphorsStandForWhatWasNamedBefore() {
        var r = run("a.md", """
                # Papers of the year

                ## Zorbing at scale
                Researchers from Quuxford Labs published a preprint on zorbing last week. They also built a model called Zorblax.

                The preprint "Learning to Zorb at Scale" came out in May. It introduces Zorblax-2, a larger version.

                ## Something else
                The paper is about apples. It proposes nothing.
                """);
        Set<String> f = facts(r);
        assertTrue(f.contains("Zorblax DEVELOPED_BY Quuxford Labs"), "'They' is the organization: " + f);
        assertTrue(f.contains("Zorblax-2 INTRODUCED_IN Learning to Zorb at Scale"), "'It' is the paper: " + f);
        assertFalse(f.stream().anyMatch(x -> x.contains("apples")), "a new section starts a new focus: " + f);
        assertTrue(r.relations().stream().filter(x -> x.subject().label().equals("Zorblax"))
                .allMatch(x -> x.rule().endsWith("+anaphor") && x.confidence() < 0.85), "anaphora costs confidence");
    }

    @Test
    void creditGoesToTheNearestOrganization() {
        var r = run("a.txt", "A team at MIT proposed a new idea, and Stanford's research group released Monarch Mixer.\n");
        Set<String> f = facts(r);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Monarch Mixer DEVELOPED_BY Massachusetts")), f.toString());
        assertTrue(f.contains("Monarch Mixer DEVELOPED_BY Stanford University"), f.toString());
    }

    @Test
    void citationStylesBecomeFacts() {
        var r = run("a.md", """
                # Notes on small models

                We build on Corvid[^corvid] and compare with Sparrow [2]. Lind et al. [2] report the numbers.

                To cite this post:

                ```
                @article{tanaka2025wings,
                  title={Small Birds Fly Far},
                  author={Mei Tanaka and Quentin Oyelaran-Vasquez},
                  journal={arXiv preprint arXiv:2501.00003},
                  year={2025}
                }
                ```

                ## References

                [^corvid]: Ferreira, A. and Lind, T. (2024). Corvid: Recurrent Birds for Long Inputs. arXiv:2401.00004.

                [2] Lind, T., Okafor, N. (2023). Learning to Fly. In Proceedings of the Workshop on Wings.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Corvid INTRODUCED_IN Corvid: Recurrent Birds for Long Inputs",
                "Sparrow INTRODUCED_IN Learning to Fly", "Learning to Fly AUTHORED_BY T. Lind",
                "Small Birds Fly Far AUTHORED_BY Mei Tanaka", "Small Birds Fly Far AUTHORED_BY Quentin Oyelaran-Vasquez");
        // the BibTeX author field names people even when their given names are unknown
        Entity author = entity(r, EntityType.PERSON, "Quentin Oyelaran-Vasquez");
        assertTrue(author != null);
        String original = r.annotated().document().original();
        var mention = r.resolved().mentions().stream().filter(m -> m.entity().equals(author)).findFirst().orElseThrow().mention();
        var span = r.annotated().document().originalSpan(mention.start(), mention.end());
        assertEquals("Quentin Oyelaran-Vasquez", original.substring(span.start(), span.end()), "offsets point into the file");
    }

    @Test
    void aModelsNameLinkedToItsPaperCarriesBoth() {
        var r = run("a.md", "Researchers at Quuxford Labs released a model called [Zorblax](https://arxiv.org/abs/2401.00009).\n");
        Set<String> f = facts(r);
        assertTrue(f.contains("Zorblax DEVELOPED_BY Quuxford Labs"), f.toString());
        assertTrue(f.contains("Zorblax INTRODUCED_IN arXiv:2401.00009"), f.toString());
        assertTrue(f.contains("arXiv:2401.00009 AFFILIATED_WITH Quuxford Labs"), f.toString());
    }

    @Test
    void listedPapersWithTheirAuthorsAndLabs() {
        var r = run("a.md", "# Reading list\n\n"
                + "* [Learning Small Models Fast: Filtering the Data](http://example.org/p1) - Ada Lovelace"
                + " (Princeton University), Karl Benz (Stanford University)\n");
        Set<String> f = facts(r);
        String title = "Learning Small Models Fast: Filtering the Data";
        assertStates(f, title + " AUTHORED_BY Ada Lovelace", title + " AUTHORED_BY Karl Benz",
                "Ada Lovelace AFFILIATED_WITH Princeton University", "Karl Benz AFFILIATED_WITH Stanford University",
                title + " AFFILIATED_WITH Princeton University", title + " AFFILIATED_WITH Stanford University");
        // a headline in a news list is no paper
        var news = run("b.md", "* [Big Lab Opens New Office In Paris Next Week](http://example.org/n) - the move follows"
                + " a funding round.\n");
        assertTrue(news.resolved().entities().stream().noneMatch(e -> e.type() == EntityType.PAPER),
                news.resolved().entities().toString());
    }

    @Test
    void citationEntriesAndTechnicalReports() {
        var r = run("a.md", "Cite us:\n\n```\n@article{corvid,\n  title={Zorblax Technical Report},\n"
                + "  author={Lovelace, Ada and Benz, Karl},\n  year={2024}\n}\n```\n");
        Set<String> f = facts(r);
        assertTrue(f.contains("Zorblax INTRODUCED_IN Zorblax Technical Report"), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Zorblax Technical Report AUTHORED_BY")), f.toString());
    }

    @Test
    void aTitleOpeningWithPlainWordsNamesAMethodNotAModel() {
        var r = run("a.md", "We also tried the Heron model on long recordings.\n\n## References\n\n"
                + "[1] A. Lind and T. Berg. Sparse Robust Alignment: A Framework for Noisy Speech. Journal of Speech Tools, 2021.\n\n"
                + "[2] A. Lind. Gated Speech Transformers: Long Inputs at Low Cost. Journal of Speech Tools, 2022.\n\n"
                + "[3] A. Lind. Heron Hierarchy: Toward Long Speech Contexts. Journal of Speech Tools, 2023.\n");
        Set<String> f = facts(r);
        assertTrue(f.stream().noneMatch(x -> x.startsWith("Sparse Robust Alignment INTRODUCED_IN")), f.toString());
        // a model's head noun, or a word the document names as a model, makes it a name
        assertTrue(f.contains("Gated Speech Transformers INTRODUCED_IN Gated Speech Transformers: Long Inputs at Low Cost"), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith("INTRODUCED_IN Heron Hierarchy: Toward Long Speech Contexts")), f.toString());
    }

    @Test
    void aGivenNameBeforeAKnownNameMakesAPerson() {
        var r = run("a.md", "The tagger is a port of Nora Watson's rule set.\n\nWatson, the assistant, answers questions.\n");
        assertMentions(r, EntityType.PERSON, "Nora Watson");
        assertMentions(r, EntityType.MODEL, "Watson");
    }

    @Test
    void anInstitutionMayOpenWithAKnownName() {
        var r = run("a.md", "Scientists at the Whisper Institute of Acoustics and at Harbor University built it.\n");
        assertMentions(r, EntityType.ORGANIZATION, "Whisper Institute of Acoustics");
    }

    @Test
    void aGuessedModelNeedsTheDocumentToTreatItAsOne() {
        var r = run("CHANGES.md", """
                # Changes

                ## 2.1.0
                - Add the TranscriptLine type and a SpeakerTurn field to each result.
                - Press LimitTone to lower the pitch; LimitTone remembers the last value.
                - HeronWave is our new speech model; we trained HeronWave on podcasts.
                """);
        assertMentions(r, EntityType.MODEL, "HeronWave");
        for (String code : List.of("TranscriptLine", "SpeakerTurn", "LimitTone")) {
            assertFalse(r.resolved().entities().stream().anyMatch(e -> e.label().equals(code)), code);
        }
    }

    @Test
    void authorsIndexMarksTellWhereTheyWork() {
        String facts = "Ana Lind AFFILIATED_WITH Harbor University, Tomas Berg AFFILIATED_WITH Harbor University, "
                + "Tomas Berg AFFILIATED_WITH Vexar Labs, Mei Okafor AFFILIATED_WITH Vexar Labs";
        var md = facts(run("a.md", """
                # Quail: Counting Birds by Song

                [Ana Lind](https://example.org/a)<sup>1</sup>, [Tomas Berg](https://example.org/t)<sup>1,2</sup>, Mei Okafor<sup>2</sup>

                <sup>1</sup>Harbor University, <sup>2</sup>Vexar Labs
                """));
        var txt = facts(run("a.txt", """
                Quail: Counting Birds by Song

                Ana Lind [1], Tomas Berg [1, 2], Mei Okafor [2]

                [1] Harbor University, Lisbon
                [2] Vexar Labs, Oslo
                """));
        var html = facts(run("a.html", "<html><body><h1>Quail</h1><p>Ana Lind<sup>1</sup>, Tomas Berg<sup>1,2</sup>, "
                + "Mei Okafor<sup>2</sup></p><p><sup>1</sup> Harbor University <sup>2</sup> Vexar Labs</p></body></html>"));
        var list = facts(run("b.md", "# Quail\n\nAna Lind<sup>1</sup>, Tomas Berg<sup>1,2</sup>, Mei Okafor<sup>2</sup>\n\n"
                + "1. Harbor University\n2. Vexar Labs\n\nQuail counts birds.\n"));
        var parenthesized = facts(run("b.txt", "Quail\n\nAna Lind (1), Tomas Berg (1, 2), Mei Okafor (2)\n\n"
                + "1. Harbor University, Lisbon\n2. Vexar Labs, Oslo\n"));
        // the keys on the next line of the same paragraph
        var oneParagraph = facts(run("f.md", "# Quail\n\nAna Lind¹, Tomas Berg¹˒², Mei Okafor²\n¹ Harbor University ² Vexar Labs\n"));
        for (var f : List.of(md, txt, html, list, parenthesized, oneParagraph)) {
            assertStates(f, facts.split(", "));
            assertFalse(f.contains("Ana Lind AFFILIATED_WITH Vexar Labs"), f.toString());
        }
        var cited = facts(run("c.md", "# Notes\n\nWork by Ana Lind [1] and Tomas Berg [2] showed how birds count.\n\n"
                + "## References\n\n[1] Harbor University. Annual report on birds, 2020.\n[2] Vexar Labs. Counting at scale, 2021.\n"));
        assertFalse(cited.contains("Ana Lind AFFILIATED_WITH Harbor University"), "a citation mark is no affiliation: " + cited);
        var counted = facts(run("d.md", "# Thanks\n\nTop reviewers this month: Ana Lind (2), Tomas Berg (1) and Mei Okafor (3).\n\n"
                + "Our sponsors:\n\n1. Harbor University\n2. Vexar Labs\n3. Northwind Labs\n"));
        assertFalse(counted.contains("Tomas Berg AFFILIATED_WITH Harbor University"), "counts are no affiliation marks: " + counted);
        var ten = facts(run("e.md", "# Quail\n\nAna Lind<sup>10</sup>, Tomas Berg<sup>1</sup>, Mei Okafor<sup>2</sup>\n\n"
                + "<sup>1</sup>Harbor University, <sup>2</sup>Vexar Labs, <sup>10</sup>Northwind Labs\n"));
        assertStates(ten, "Ana Lind AFFILIATED_WITH Northwind Labs", "Tomas Berg AFFILIATED_WITH Harbor University");
        assertFalse(ten.contains("Ana Lind AFFILIATED_WITH Harbor University"), ten.toString());
        var one = facts(run("b.txt", "Quail was written by Ana Lind [1] as a side project.\n\n[1] Harbor University\n"));
        assertFalse(one.contains("Ana Lind AFFILIATED_WITH Harbor University"), "one marked name is a footnote, not an author list");
    }

    @Test
    void aModelCardsFieldsStateTheFactsOfTheModelItsTitleNames() {
        var card = facts(run("README.md", """
                # Heron-2-Chat

                Heron-2-Chat is a chat model for bird watchers.

                ## Model Details

                - **Developed by:** Vexar AI
                - **Shared by:** Quillon Labs
                - **Model type:** decoder-only transformer
                - **Finetuned from model:** Heron-2
                """));
        assertStates(card, "Heron-2-Chat DEVELOPED_BY Vexar AI", "Heron-2-Chat BASED_ON Heron-2");
        assertFalse(card.contains("Heron-2-Chat DEVELOPED_BY Quillon Labs"), "who shared the model did not make it: " + card);
        var table = facts(run("card.md", """
                # Corvid-7B-Instruct

                | Field | Value |
                |---|---|
                | Model developers | Talon Research |
                | Base model | Corvid-7B |
                """));
        assertStates(table, "Corvid-7B-Instruct DEVELOPED_BY Talon Research", "Corvid-7B-Instruct BASED_ON Corvid-7B");
        // a document whose title names no model states no card's facts
        var guide = facts(run("guide.md", """
                # Running chat models at home

                - **Developed by:** Vexar AI
                - **Base model:** Heron-2
                """));
        assertFalse(guide.stream().anyMatch(f -> f.endsWith("DEVELOPED_BY Vexar AI") || f.endsWith("BASED_ON Heron-2")), guide.toString());
        // a section of another model: its fields are not the title's model's
        var two = facts(run("two.md", """
                # Heron-2

                - **Finetuned from model [optional]:** Finch-2

                ## Corvid-7B

                - **Developed by:** Quillon Labs
                """));
        assertStates(two, "Heron-2 BASED_ON Finch-2");
        assertFalse(two.contains("Heron-2 DEVELOPED_BY Quillon Labs"), two.toString());
        // a quantized copy's card names the original's maker as "Model creator": no field of the copy's making
        var quantized = facts(run("gguf.md", """
                # Heron-2-GGUF

                - Model creator: Vexar AI
                - Original model: Heron-2
                """));
        assertFalse(quantized.contains("Heron-2-GGUF DEVELOPED_BY Vexar AI"), quantized.toString());
        assertStates(quantized, "Heron-2-GGUF BASED_ON Heron-2");
    }

    /** The document mentions {@code surface}, resolved to an entity of {@code type}. */
    private static void assertMentions(Extractor.Result r, EntityType type, String surface) {
        assertTrue(r.resolved().mentions().stream().anyMatch(m -> m.entity().type() == type
                && m.mention().surface().equals(surface)), r.resolved().mentions().toString());
    }

    @Test
    void anRCitationFileGivesPapersAndTheirAuthors() {
        var r = run("CITATION", "citHeader(\"To cite wrenfit use:\")\n"
                + "bibentry(bibtype = \"Article\", title = \"Sparse Alignment of Noisy Speech\",\n"
                + "  author = c(person(\"Ana-Maria\", \"Lind\"), person(given = \"Tomas\", family = \"Van Der Berg\")),\n"
                + "  journal = \"Journal of Speech Tools\", year = 2021)\n");
        Set<String> f = facts(r);
        assertStates(f, "Sparse Alignment of Noisy Speech AUTHORED_BY Ana-Maria Lind",
                "Sparse Alignment of Noisy Speech AUTHORED_BY Tomas Van Der Berg");
        assertTrue(f.stream().noneMatch(x -> x.contains("Journal of Speech Tools")), f.toString());
    }

    @Test
    void shortNamesCoordinationAndDefinitions() {
        var r = run("a.md", "With their V7 and R2 models, Quuxford Labs sets a new record.\n\n"
                + "The Quuxford-V7 model card lists its sizes.\n\n"
                + "Zorblax is a Transformer-based language model trained on web text.\n");
        Set<String> f = facts(r);
        assertTrue(f.stream().anyMatch(x -> x.matches("(Quuxford-)?V7 DEVELOPED_BY Quuxford Labs")), f.toString());
        assertTrue(f.contains("R2 DEVELOPED_BY Quuxford Labs"), f.toString());
        assertTrue(f.contains("Zorblax BASED_ON Transformer"), f.toString());
        assertEquals(1, r.resolved().entities().stream().filter(e -> e.label().endsWith("V7")).count(),
                "V7 is Quuxford-V7: " + r.resolved().entities());
        assertTrue(r.resolved().entities().stream().noneMatch(e -> e.label().contains(" and ")),
                r.resolved().entities().toString());
    }

    @Test
    void foundersQuotedPeopleAndTeamPosts() {
        var r = run("a.md", "Zorbcorp, co-founded by Ada Lovelace and Karl Benz, opened an office.\n\n"
                + "\"It is fast,\" said Mirela Vasquez in her keynote.\n\n"
                + "Releasing 3B and 7B checkpoints took a week.\n");
        Set<String> f = facts(r);
        assertTrue(f.contains("Ada Lovelace AFFILIATED_WITH Zorbcorp"), f.toString());
        assertTrue(f.contains("Karl Benz AFFILIATED_WITH Zorbcorp"), f.toString());
        entity(r, EntityType.PERSON, "Mirela Vasquez");
        assertTrue(r.resolved().entities().stream().noneMatch(e -> e.label().startsWith("Releasing")),
                r.resolved().entities().toString());

        var post = run("b.md", "---\ntitle: Zorblax 2\nauthor: Quuxford Team\n---\n\n"
                + "Today we release Zorblax-2, our new open model.\n");
        assertTrue(facts(post).contains("Zorblax-2 DEVELOPED_BY Quuxford Team"), facts(post).toString());
    }
    @Test
    void versionsSizesAndVariantWordsGoOnWithAModelsName() {
        var r = run("a.txt", """
                Moonshot shipped Kimi k1.5 in spring, and Anthropic answered with Claude Sonnet 3.7 soon after.

                The Korean CLIP model was compared with phi-3-medium, but Llama 2 was 3 times slower.

                Its image tower is a ViT-L/14 trained at higher resolution.
                """);
        Set<String> models = r.resolved().entities().stream().filter(e -> e.type() == EntityType.MODEL)
                .map(Entity::label).collect(Collectors.toSet());
        for (String name : List.of("Kimi k1.5", "Claude Sonnet 3.7", "Korean CLIP", "phi-3-medium", "Llama 2", "ViT-L/14")) {
            assertTrue(models.contains(name), name + " missing from " + models);
        }
        assertFalse(models.contains("Llama 2 3"), models.toString());
    }

    @Test
    void aLinkToAPaperWhoseTextIsAModelAndAKindWordIntroducesTheModel() {
        var r = run("a.md", "We fine-tuned the [Zorblax-7 models](https://arxiv.org/abs/2401.00001) on news.\n");
        assertTrue(facts(r).stream().anyMatch(f -> f.startsWith("Zorblax-7 INTRODUCED_IN ")), facts(r).toString());
    }

    @Test
    void aTeamListOpenedByItsOrganizationAffiliatesEveryone() {
        var r = run("a.md", """
                Thanks to everyone who helped:

                * Cohere: Tomas Lind, Mei Tanaka, Lucas Moreau
                * Mila: Priya Raman and Jonas Berg
                """);
        Set<String> f = facts(r);
        assertStates(f, "Tomas Lind AFFILIATED_WITH Cohere", "Lucas Moreau AFFILIATED_WITH Cohere",
                "Priya Raman AFFILIATED_WITH Mila", "Jonas Berg AFFILIATED_WITH Mila");
    }
    @Test
    void thePaperAPostsFrontMatterNamesIsAReferenceEntry() {
        var r = run("review.md", """
                ---
                title: "This month's pick"
                paper_title: Corvid-3 Technical Report
                paper_authors: Ada Ferreira, Tomas Lind et al.
                paper_orgs: Northwind AI
                paper_link: https://arxiv.org/abs/2411.01234
                ---

                We read about a small model with big ambitions.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Corvid-3 INTRODUCED_IN Corvid-3 Technical Report",
                "Corvid-3 Technical Report AUTHORED_BY Ada Ferreira", "Corvid-3 Technical Report AUTHORED_BY Tomas Lind",
                "Corvid-3 Technical Report AFFILIATED_WITH Northwind AI");
        List<Entity> papers = r.resolved().entities().stream().filter(e -> e.type() == EntityType.PAPER).toList();
        assertEquals(1, papers.size(), papers.toString());
        assertEquals("2411.01234", papers.get(0).arxivId());
    }
    @Test
    void newsHeadlinesAuthorYearCitationsAndMakerHeadings() {
        var r = run("digest.md", """
                # This week

                - [Quuxford Labs Unveils Zorblax-9 With Sharper Vision](https://example.com/z) - Quuxford Labs
                  has unveiled a model with sharper vision; the model runs on one card.

                ## Quuxford Labs models

                - Zorblax-7
                - Zorblax-8 Mini

                ### Brightloom Labs

                - Zorblax-5
                - Zorblax-6 Pro

                We start from Corvid (Lovelace et al., 2023) and compare it with Wren (Ito and Chen 2021).

                ## References

                Lovelace, Ada, Kai Ito, Bo Chen, et al. 2023. “Corvid: Open Foundation Models for Charts.” https://arxiv.org/abs/2302.13971.

                Ito, Kai, and Bo Chen. 2021. “A Simple Recipe for Contrastive Learning of Sounds.” https://arxiv.org/abs/2002.05709.
                """);
        Set<String> f = facts(r);
        assertStates(f, "Zorblax-9 DEVELOPED_BY Quuxford Labs", "Zorblax-7 DEVELOPED_BY Quuxford Labs",
                "Zorblax-8 Mini DEVELOPED_BY Quuxford Labs", "Zorblax-5 DEVELOPED_BY Brightloom Labs",
                "Zorblax-6 Pro DEVELOPED_BY Brightloom Labs",
                "Corvid INTRODUCED_IN Corvid: Open Foundation Models for Charts",
                "Wren INTRODUCED_IN A Simple Recipe for Contrastive Learning of Sounds",
                "Corvid: Open Foundation Models for Charts AUTHORED_BY Ada Lovelace");
        assertTrue(r.resolved().entities().stream().noneMatch(e -> e.label().endsWith("Unveils") || e.label().equals("Ada")),
                r.resolved().entities().toString());
    }

    @Test
    void inAReviewOfOnePaperThePaperIsTheOneItLinksTo() {
        var r = run("notes.md", """
                ## Summary

                * The paper proposes Zorblax-7, a small recurrent model for maps.

                * [Link to the paper](https://arxiv.org/abs/2402.04321)
                """);
        assertTrue(facts(r).stream().anyMatch(f -> f.startsWith("Zorblax-7 INTRODUCED_IN ")), facts(r).toString());
        var two = run("digest.md", """
                ## Summary

                * The paper proposes Zorblax-7, a small recurrent model for maps.

                * [Link to the paper](https://arxiv.org/abs/2402.04321) and [the preprint](https://arxiv.org/abs/2402.05555)
                """);
        assertFalse(facts(two).stream().anyMatch(f -> f.startsWith("Zorblax-7 INTRODUCED_IN ")), facts(two).toString());
    }
    @Test
    void ourPaperInAPostWithABylineWasWrittenByItsAuthors() {
        var r = run("post.md", """
                ---
                title: Flying with small birds
                author: Ada Ferreira and Tomas Lind
                ---

                This post explains our recent [NeurIPS paper](https://arxiv.org/abs/2405.01234), coauthored with Mei Tanaka.

                A [related paper](https://arxiv.org/abs/2301.04321) came to other conclusions.
                """);
        Set<String> f = facts(r);
        assertTrue(f.stream().anyMatch(x -> x.endsWith(" AUTHORED_BY Ada Ferreira") && x.startsWith("arXiv:2405.01234")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith(" AUTHORED_BY Tomas Lind") && x.startsWith("arXiv:2405.01234")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.endsWith(" AUTHORED_BY Mei Tanaka")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("arXiv:2301.04321") && x.contains("AUTHORED_BY")), f.toString());
    }
    @Test
    void benchmarksTechniquesAndFrameworksAreNoModels() {
        var r = run("a.md", """
                We evaluated Zorblax-7 on CorvidBench and in the MapQA Challenge, trained it with PyTorch and LoRA,
                and replaced its rotary embeddings with Contextual Position Encoding.
                """);
        Set<String> models = r.resolved().entities().stream().filter(e -> e.type() == EntityType.MODEL)
                .map(Entity::label).collect(Collectors.toSet());
        assertTrue(models.contains("Zorblax-7"), models.toString());
        for (String not : List.of("CorvidBench", "MapQA Challenge", "PyTorch", "LoRA", "Contextual Position Encoding")) {
            assertFalse(models.contains(not), not + " is no model: " + models);
        }
    }

    @Test
    void aReadmeLineWithoutASubjectIsAboutTheModelInFocus() {
        var r = run("a.md", """
                # Wren

                Wren is a small text-to-speech engine.

                Developed by the speech group at Harbor University.
                """);
        assertTrue(facts(r).contains("Wren DEVELOPED_BY Harbor University"), facts(r).toString());
        // with no model in focus, the line states nothing
        var none = run("b.md", """
                # Notes

                Developed by the speech group at Harbor University.
                """);
        assertTrue(facts(none).isEmpty(), facts(none).toString());
    }

    @Test
    void creditsOfPlainTextKeepTheirLines() {
        var r = run("CREDITS", """
                Wren was written by Ana Lind and Tomas Berg.

                Thanks also to
                Ines Duarte, Brightloom Labs
                Kofi Mensah, Osprey Research
                """);
        assertStates(facts(r), "Ines Duarte AFFILIATED_WITH Brightloom Labs", "Kofi Mensah AFFILIATED_WITH Osprey Research");
    }
}
