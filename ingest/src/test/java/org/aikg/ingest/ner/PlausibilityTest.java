package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlausibilityTest {
    @Test
    void identifiersOfCodeAreNotNames() {
        assertTrue(Plausibility.codeIdentifier("FunctionCall"));
        assertTrue(Plausibility.codeIdentifier("HTMLVideoElement"));
        assertTrue(Plausibility.codeIdentifier("InferenceClientInputError"));
        assertTrue(Plausibility.codeIdentifier("PretrainedModels")); // a registry of models in code
        assertTrue(Plausibility.codeIdentifier("GraphModel")); // a model's class in code
        assertTrue(Plausibility.codeIdentifier("ImageBuffers")); // the plural of a kind of data in code
        assertFalse(Plausibility.codeIdentifier("NovaAgents")); // but a company may be named so
        assertTrue(Plausibility.codeIdentifier("quantBytes=1"));
        assertTrue(Plausibility.codeIdentifier("modelUrl"));
        // a framework's operators and layers
        assertTrue(Plausibility.codeIdentifier("SkipLayerNormalization"));
        assertTrue(Plausibility.codeIdentifier("MultiHeadAttention"));
        // the types an API takes or returns
        assertTrue(Plausibility.codeIdentifier("HandSegmentation"));
        assertTrue(Plausibility.codeIdentifier("PixelData"));
        assertTrue(Plausibility.codeIdentifier("DecoderSession"));
        assertTrue(Plausibility.codeIdentifier("SpanningTree"));
        assertTrue(Plausibility.codeIdentifier("GradientSolverOpt"));
        assertTrue(Plausibility.codeIdentifier("RandomUnderSampler"));
        assertTrue(Plausibility.codeIdentifier("WordEmbeddingVector"));
        assertTrue(Plausibility.codeIdentifier("QLSolver"));
        assertTrue(Plausibility.codeIdentifier("PolicyPGSolver"));
        assertTrue(Plausibility.codeIdentifier("ReviewDrivenAgent"));
        assertTrue(Plausibility.codeIdentifier("SearchWebTool"));
    }

    @Test
    void enumerationsAndVersionedInterfacesOfAnSdkAreCode() {
        assertTrue(Plausibility.codeIdentifier("SafetyBlockThreshold"));
        assertTrue(Plausibility.codeIdentifier("HarmCategory"));
        assertTrue(Plausibility.codeIdentifier("SpeechModelV2"));
        assertTrue(Plausibility.codeIdentifier("ProviderV3"));
        assertFalse(Plausibility.codeIdentifier("MobileNetV3")); // a model's name with its version
    }

    @Test
    void aWordOfAnIdentifierInCodeIsNoName() {
        assertEquals(java.util.List.of("Quillon"),
                keptOrganizations("Set QUILLON_API_KEY or ask Quillon for a key.", "QUILLON", "Quillon"));
        // a reStructuredText link ("Quillon_") keeps its name
        assertEquals(java.util.List.of("Quillon"), keptOrganizations("Ask Quillon_ for a key.", "Quillon"));
    }

    @Test
    void addressesReleasesAndPlaceholdersAreNoEntities() {
        assertEquals(java.util.List.of(), keptModels("Block Multicast (IPv4 224.0.0.0/4) first.", "IPv4 224.0.0.0/4"));
        assertEquals(java.util.List.of(), keptModels("Serve Corvid 10.0.0.1 locally.", "Corvid 10.0.0.1"));
        assertEquals(java.util.List.of(), keptModels("High values such as CR = 1 converge faster.", "CR = 1"));
        // four one-digit numbers are a release's as often
        assertEquals(java.util.List.of("Wren 2.0.1.3"), keptModels("Wren 2.0.1.3 is a model.", "Wren 2.0.1.3"));
        assertEquals(java.util.List.of("Velto"), keptOrganizations("It needs Deno 1.4 or later; Velto runs it.", "Deno 1.4", "Velto"));
        assertEquals(java.util.List.of(), keptPeople("Signed-off-by: Jane Doe <jane@example.org>", "Jane Doe"));
    }

    @Test
    void aNameEndingInAChipOrALayoutIsNoModel() {
        assertEquals(java.util.List.of(), kept("It runs on the Armv9-A AArch64 architecture.", org.aikg.ingest.read.Block.Kind.PARAGRAPH,
                EntityType.MODEL, "pattern:model-noun", "Armv9-A AArch64"));
        assertEquals(java.util.List.of(), kept("Convert NHWC models first.", org.aikg.ingest.read.Block.Kind.PARAGRAPH,
                EntityType.MODEL, "pattern:model-noun", "Convert NHWC"));
        // a model named for its family keeps its name ("GAN" ends models' names)
        assertEquals(java.util.List.of("Sketch Your GAN"), kept("We release the Sketch Your GAN model.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "pattern:model-noun", "Sketch Your GAN"));
        // a variant named for the precision or the file its weights come in is still a model
        assertEquals(java.util.List.of("Corvid 7B GGUF", "Wren-2 INT8", "Heron ONNX"), kept(
                "Download Corvid 7B GGUF, Wren-2 INT8 or Heron ONNX.", org.aikg.ingest.read.Block.Kind.PARAGRAPH,
                EntityType.MODEL, "pattern:model-noun", "Corvid 7B GGUF", "Wren-2 INT8", "Heron ONNX"));
    }

    @Test
    void theSecondHalfOfACompoundWordIsNoName() {
        assertEquals(java.util.List.of(), kept("The Multi-Scale Fusion Network sharpens images.", org.aikg.ingest.read.Block.Kind.PARAGRAPH,
                EntityType.MODEL, "pattern:model-noun", "Scale Fusion"));
    }

    @Test
    void aReleaseNumberGluedByAPointMakesAnotherModel() {
        assertEquals(java.util.List.of("Corvid.2 Pro"), keptModels("Try the Corvid.2 Pro editing endpoint.", "Corvid"));
    }

    @Test
    void aReferencesVenueAfterItsTitleIsNoCueAgainstAPaper() {
        String entry = "Park R., Lind A., Song-based counting of birds, Lecture Notes in Birds 7, 2013, 1-9.";
        assertEquals(java.util.List.of("Song-based counting of birds"), kept(entry, org.aikg.ingest.read.Block.Kind.REFERENCE,
                EntityType.PAPER, "pattern:reference-title", "Song-based counting of birds"));
        // in prose, a lecture named so is no paper
        assertEquals(java.util.List.of(), kept("Watch Counting Birds With Songs lecture series online.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PAPER, "pattern:title", "Counting Birds With Songs"));
    }

    @Test
    void aStateInABooksEntryIsNoAuthor() {
        assertEquals(java.util.List.of("Tomas Berg"), kept("Tomas Berg. Bird Songs. Quill Hall, New Jersey, 2nd edition, 1999.",
                org.aikg.ingest.read.Block.Kind.REFERENCE, EntityType.PERSON, "pattern:reference-author", "Tomas Berg", "New Jersey"));
    }

    @Test
    void aHeadingThatCreditsPeopleKeepsTheirNames() {
        assertEquals(java.util.List.of("Rufus Odegaard", "Stephen Quist"), kept("Created by Rufus Odegaard and Stephen Quist",
                org.aikg.ingest.read.Block.Kind.HEADING, EntityType.PERSON, "pattern:given-name", "Rufus Odegaard", "Stephen Quist"));
        // a title's capitals are its style: a given name there may be a word of the title
        assertEquals(java.util.List.of(), kept("Counting Birds With Stephen Quist Methods Today",
                org.aikg.ingest.read.Block.Kind.HEADING, EntityType.PERSON, "pattern:given-name", "Stephen Quist"));
    }

    @Test
    void aNameInsideACloudServicesNameIsPartOfIt() {
        assertEquals(java.util.List.of("Velto"), keptOrganizations("It runs on Velto, Amazon Bedrock Runtime and more.",
                "Velto", "Bedrock Runtime"));
    }

    @Test
    void aTownInACitationIsNoOrganization() {
        String entry = "Song Search : T. Lind, Harbor Press, Oslo, NO, 1996; Quillon, Bergen, NO, 1997";
        assertEquals(java.util.List.of(), kept(entry, org.aikg.ingest.read.Block.Kind.REFERENCE, EntityType.ORGANIZATION,
                "dictionary", "Oslo", "Bergen"));
        // outside a citation, or a name of several words, it stays
        assertEquals(java.util.List.of("Oslo"), kept("Researchers in Oslo, NO built it.", org.aikg.ingest.read.Block.Kind.PARAGRAPH,
                EntityType.ORGANIZATION, "dictionary", "Oslo"));
        // a maker named before words of its own, or a known organization, is no town
        assertEquals(java.util.List.of("Quillon"), kept("A. Lind. Song Search. Quillon, AI Lab report, 2021.",
                org.aikg.ingest.read.Block.Kind.REFERENCE, EntityType.ORGANIZATION, "dictionary", "Quillon"));
        assertEquals(java.util.List.of("Quillon"), kept("A. Lind. Song Search. Quillon, UK Research Report 4, 2021.",
                org.aikg.ingest.read.Block.Kind.REFERENCE, EntityType.ORGANIZATION, "dictionary", "Quillon"));
        // a known organization's name that is also a town's is the town there ("Oxford, NY, 1996" of a book's entry)
        String known = "T. Berg. Song Search. Oxford, NY, 1996.";
        var s = TokenizedSentences.sentence(known, org.aikg.ingest.read.Block.Kind.REFERENCE);
        int at = known.indexOf("Oxford");
        var oxford = new Mention(at, at + 6, "Oxford", EntityType.ORGANIZATION, 0.9, "dictionary", "oxford", null, null);
        assertEquals(0, Plausibility.bundled().filter(TokenizedSentences.document(s), java.util.List.of(oxford)).size());
    }

    @Test
    void modelNamesGluedFromWordsAreNames() {
        assertFalse(Plausibility.codeIdentifier("AlphaGeometry"));
        assertFalse(Plausibility.codeIdentifier("MusicGen"));
        assertFalse(Plausibility.codeIdentifier("MobileNetV2"));
        assertFalse(Plausibility.codeIdentifier("GPTNeo"));
        assertFalse(Plausibility.codeIdentifier("DeepSeekCoder"));
        assertFalse(Plausibility.codeIdentifier("iPhone"));
        assertFalse(Plausibility.codeIdentifier("Stable Diffusion"));
    }

    @Test
    void aLicenceNamedLikeAnOrganization() {
        String text = "Released under the MIT licence.\nResearchers at MIT built it.";
        int first = text.indexOf("MIT");
        int second = text.indexOf("MIT", first + 1);
        assertTrue(Plausibility.licenceNear(text, Mention.of(first, first + 3, "MIT", EntityType.ORGANIZATION, 0.9, "t")));
        assertFalse(Plausibility.licenceNear(text, Mention.of(second, second + 3, "MIT", EntityType.ORGANIZATION, 0.9, "t")));
    }

    @Test
    void aFirmNamedAfterItsFounderIsNoPerson() {
        String text = "Printed by Tomas Quill & Sons in 1990; edited by Ana Lind and Tomas Berg and Co. sold it.";
        int quill = text.indexOf("Tomas Quill");
        assertTrue(Plausibility.firmName(text, Mention.of(quill, quill + 11, "Tomas Quill", EntityType.PERSON, 0.9, "t")));
        int lind = text.indexOf("Ana Lind");
        assertFalse(Plausibility.firmName(text, Mention.of(lind, lind + 8, "Ana Lind", EntityType.PERSON, 0.9, "t")));
        int berg = text.indexOf("Tomas Berg");
        assertTrue(Plausibility.firmName(text, Mention.of(berg, berg + 10, "Tomas Berg", EntityType.PERSON, 0.9, "t")));
        String press = "Ana Lind Press officers met. Berg Press in Oslo printed it.";
        assertFalse(Plausibility.firmName(press, Mention.of(0, 8, "Ana Lind", EntityType.PERSON, 0.9, "t")));
        int b = press.indexOf("Berg");
        assertTrue(Plausibility.firmName(press, Mention.of(b, b + 4, "Berg", EntityType.PERSON, 0.9, "t")));
        assertTrue(Plausibility.firmName("Tomas Berg Press published the atlas.", Mention.of(0, 10, "Tomas Berg", EntityType.PERSON, 0.9, "t")));
        String publisher = "Printed by Quill-Berg Pub. Co. and Lind Verlag; Tomas Berg. Press coverage was small.";
        int qb = publisher.indexOf("Quill-Berg Pub");
        assertTrue(Plausibility.firmName(publisher, Mention.of(qb, qb + 14, "Quill-Berg Pub", EntityType.PERSON, 0.9, "t")));
        int lv = publisher.indexOf("Lind");
        assertTrue(Plausibility.firmName(publisher, Mention.of(lv, lv + 4, "Lind", EntityType.PERSON, 0.9, "t")));
        int tbp = publisher.indexOf("Tomas Berg");
        assertFalse(Plausibility.firmName(publisher, Mention.of(tbp, tbp + 10, "Tomas Berg", EntityType.PERSON, 0.9, "t")));
        String coauthors = "Ana Lind and Co-Authors released it; Tomas Berg and Company staff helped.";
        assertFalse(Plausibility.firmName(coauthors, Mention.of(0, 8, "Ana Lind", EntityType.PERSON, 0.9, "t")));
        int tb = coauthors.indexOf("Tomas Berg");
        assertFalse(Plausibility.firmName(coauthors, Mention.of(tb, tb + 10, "Tomas Berg", EntityType.PERSON, 0.9, "t")));
    }

    @Test
    void aVersionOfSoftwareThatIsNoModelIsNoModel() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Lumen-2"),
                keptModels("The demo renders with WebGL 1.0 and runs Lumen-2 in the browser.", "WebGL 1.0", "Lumen-2"));
    }

    @Test
    void aLicenceWithItsVersionIsTheLicence() {
        // and only a licence: "CoLT7" is no venue for all that COLT is one (aVersionMakesOnlyALicenceOfAName)
        assertEquals(java.util.List.of("Corvid-2"),
                keptModels("Corvid-2 ships under GPL-3 and LGPL-2.1 terms.", "Corvid-2", "GPL-3", "LGPL-2.1"));
    }

    @Test
    void aTownWhoseNameReadsAsAPersonsIsNoPerson() {
        assertEquals(java.util.List.of(), keptPeople("The workshop met in Ann Arbor, MI 48109 last spring.", "Ann Arbor"));
        assertEquals(java.util.List.of(), keptPeople("Our lab moved to Sophia Antipolis last year.", "Sophia Antipolis"));
        assertEquals(java.util.List.of("Ana Lind", "Tomas Berg"),
                keptPeople("The prize went to Ana Lind, Sweden, and to Tomas Berg, Norway.", "Ana Lind", "Tomas Berg"));
        assertEquals(java.util.List.of("Mei Okafor"), keptPeople("Speakers: Mei Okafor, Kenya; and others.", "Mei Okafor"));
    }

    @Test
    void aVersionMakesOnlyALicenceOfAName() {
        assertEquals(java.util.List.of("CoLT7"), keptModels("We compare Corvid against CoLT7 on long inputs.", "CoLT7"));
    }

    @Test
    void aLetterWrittenTwiceIsAPlaceholder() {
        assertEquals(java.util.List.of(), keptOrganizations("The predictions at the XX locations are kept.", "XX"));
        assertEquals(java.util.List.of(), keptModels("It reads Latin-1 text and fits GP priors.", "Latin-1", "GP"));
    }

    @Test
    void aTownFollowedByItsStateIsAPlace() {
        assertEquals(java.util.List.of(), keptOrganizations("The corpus was built at a lab in Harborton, Ohio.", "Harborton"));
        assertEquals(java.util.List.of(), keptOrganizations("Our office near Quillon, Norway, is small.", "Quillon"));
        // the university a town names: no "in" before it, or no region after it
        assertEquals(java.util.List.of("Harborton"), keptOrganizations("She studied at Harborton, then moved on.", "Harborton"));
        assertEquals(java.util.List.of("Harborton"), keptOrganizations("It was trained in Harborton, with help from Quillon.", "Harborton"));
        assertEquals(java.util.List.of("Quillon"), keptOrganizations("Our collaborators in Quillon, Georgia Tech and Harbor University built it.", "Quillon"));
    }

    private static java.util.List<String> keptOrganizations(String text, String... names) {
        return kept(text, org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "pattern:list", names);
    }

    private static java.util.List<String> keptPeople(String text, String... names) {
        return kept(text, org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PERSON, "pattern:given-name", names);
    }

    @Test
    void plusSignsGluedToAModelNameAreTheNameOfAnotherModel() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("PointNet++", "Corvid+"),
                keptModels("We compare PointNet++ with Corvid+ and C++ code.", "PointNet", "Corvid"));
    }

    @Test
    void aWordGluedBeforeAModelNameMakesTheNameOfAnotherModel() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("all-Corvid-L6", "PP-Heron", "Sparrow"),
                keptModels("Load Harbor/all-Corvid-L6, then PP-Heron, then non-Sparrow code.", "Corvid-L6", "Heron", "Sparrow"));
        // the maker's name glued before the model's names the same model
        assertEquals(java.util.List.of("Velto AI", "Kite-2"), filtered("Velto AI released Velto-Kite-2 today.",
                Mention.of(0, 8, "Velto AI", EntityType.ORGANIZATION, 0.8, "pattern:org-suffix"),
                Mention.of(24, 30, "Kite-2", EntityType.MODEL, 0.8, "statistical")));
    }

    @Test
    void unitsProcessorArchitecturesAndGuiToolkitsAreNoModels() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Lumen-2"),
                keptModels("Lumen-2 needs 512 MiB and runs on AArch64 with a PyQt6 window.", "Lumen-2", "MiB", "AArch64", "PyQt6"));
    }

    @Test
    void aVersionAloneIsNoNameUnlessTheDocumentNamesAModelEndingInIt() {
        assertEquals(java.util.List.of(), keptModels("Upgrade to V3.1 for the new loader.", "V3.1"));
        assertEquals(java.util.List.of("Corvid-V3", "V3"), keptModels("Corvid-V3 is out; their V3 beats the rest.", "Corvid-V3", "V3"));
        // the version begins a longer name, which the mention grows over
        assertEquals(java.util.List.of("V3-Lite"), keptModels("Compare it with V3-Lite first.", "V3"));
    }

    @Test
    void whatTheDocumentsCodeCallsIsAClassNotAModel() {
        assertEquals(java.util.List.of("LumenNet"), keptModels(
                "Build one with brain.NeuralGrid and call ShapeNet() in your code; LumenNet does the rest.",
                "NeuralGrid", "ShapeNet", "LumenNet"));
        assertEquals(java.util.Set.of("Recognizer", "load", "Wren"),
                Plausibility.codeNames("const r = new Wren(); r2 = Recognizer.load(x)"));
    }

    @Test
    void aLineWithOneWordOfItsOwnInLowerCaseIsNoTitle() {
        assertFalse(Plausibility.titleCase("Harbor Labs releases Corvid-7B"));
        assertFalse(Plausibility.titleCase("Kestrel Vision launches Heron Speech Studio today"));
        assertTrue(Plausibility.titleCase("Harbor Labs Releases Corvid-7B for Speech Recognition"));
        assertTrue(Plausibility.titleCase("Getting Started with Speech Models from Scratch"));
    }

    @Test
    void aNameEndingInAPieceOfSoftwareIsNoModel() {
        assertEquals(java.util.List.of("Corvid-2"), keptModels("Try the Lumen Extension or the Corvid-2 model.", "Lumen Extension", "Corvid-2"));
    }

    @Test
    void aHandleNamesAnAccount() {
        assertEquals(java.util.List.of("QuillDev"), keptModels("Thanks to @TernWorks and QuillDev for the port.", "TernWorks", "QuillDev"));
        assertEquals(java.util.List.of(), keptModels("@MarshLight's patch made it faster.", "MarshLight"));
        // the domain of an e-mail address is no handle
        assertFalse(Plausibility.handle("write to team@QuillDev", Mention.of(14, 22, "QuillDev", EntityType.MODEL, 0.8, "t")));
    }

    @Test
    void aCopyOfANameGoesWithTheFindingsItCopies() {
        assertEquals(java.util.List.of(), keptWithCopy("Ask @TernWorks. TernWorks answers fast."));
        assertEquals(java.util.List.of("TernWorks", "TernWorks"), keptWithCopy("Try TernWorks. TernWorks answers fast."));
    }

    /** What the bundled lists keep of "TernWorks" guessed a model where {@code text} first writes it, and its copy after. */
    private static java.util.List<String> keptWithCopy(String text) {
        int first = text.indexOf("TernWorks");
        int copy = text.lastIndexOf("TernWorks");
        return filtered(text, Mention.of(first, first + 9, "TernWorks", EntityType.MODEL, 0.8, "statistical"),
                Mention.of(copy, copy + 9, "TernWorks", EntityType.MODEL, 0.6, "document"));
    }

    /** The surfaces the bundled lists keep of {@code mentions} (in order) in the paragraph {@code text}. */
    private static java.util.List<String> filtered(String text, Mention... mentions) {
        var s = TokenizedSentences.sentence(text, org.aikg.ingest.read.Block.Kind.PARAGRAPH);
        return Plausibility.bundled().filter(TokenizedSentences.document(s), java.util.List.of(mentions)).stream()
                .map(Mention::surface).toList();
    }

    @Test
    void aPersonByCueIsNoWordsGluedTogether() {
        assertEquals(java.util.List.of("Mei McCann", "Ian MacLeod"), kept("Thanks to QuillStack, Mei McCann and Ian MacLeod for the help.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PERSON, "cue:thanks-to-person-for", "QuillStack", "Mei McCann", "Ian MacLeod"));
    }

    @Test
    void aCountryIsNoOrganization() {
        assertEquals(java.util.List.of("Harbor University"), kept("Ana Lind (Harbor University, Norway) wrote it.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "pattern:list", "Harbor University", "Norway"));
    }

    @Test
    void aNameCutBeforeItsSoftwareSuffixIsNoName() {
        assertEquals(java.util.List.of("Heron-2"), keptModels("Heron-2 runs in Node.js today.", "Heron-2", "Node"));
        assertEquals(java.util.List.of("Velto Labs"), kept("Velto Labs ships an ASP.NET client.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "statistical", "Velto Labs", "ASP"));
    }

    @Test
    void softwareIsNoOrganizationAndNoPerson() {
        assertEquals(java.util.List.of("Harbor University"), kept("Harbor University links its solver against LAPACK and NumPy.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "statistical", "Harbor University", "LAPACK", "NumPy"));
        // a kit, an interface or a chip after a product's name is part of the product, never a maker
        assertEquals(java.util.List.of("Velto Labs"), kept("Velto Labs ships the Corvid Agent SDK and its CLI.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "document", "Velto Labs", "SDK", "CLI"));
        // what the text says of a name ("developed by", "Inc.") outweighs the list; hardware and formats are no library
        assertEquals(java.util.List.of("LAPACK", "MPI"), kept("LAPACK and MPI released it.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "pattern:org-suffix", "LAPACK", "MPI"));
        assertEquals(java.util.List.of("Ana Lind"), kept("Ana Lind wrote the TypeScript port.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PERSON, "statistical", "Ana Lind", "TypeScript"));
        assertEquals(java.util.List.of("Ana Lind"), kept("Ana Lind wrote ports to Java and Ruby.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PERSON, "statistical", "Ana Lind", "Java", "Ruby"));
        // a GPU's series is hardware, "GenAI" a field: neither is a model
        assertEquals(java.util.List.of(), kept("It runs on RTX 40 cards and any GenAI stack.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "statistical", "RTX 40", "GenAI"));
        // software whose name a company or a person carries too stays
        assertEquals(java.util.List.of("LangChain", "Ray"), kept("LangChain hired Ray last May.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "statistical", "LangChain", "Ray"));
    }

    @Test
    void aDateIsNoName() {
        assertEquals(java.util.List.of("Corvid-2"), keptModels("Updated Mar-2013 and Sept. 2024 for Corvid-2.", "Mar-2013", "Sept. 2024", "Corvid-2"));
        // a model may be named like a month and a number
        assertEquals(java.util.List.of("Marlin-7", "Jun-2", "Jane 2"), keptModels("Marlin-7, Jun-2 and Jane 2 came out.", "Marlin-7", "Jun-2", "Jane 2"));
    }

    @Test
    void aCloudServiceIsNeitherAModelNorACompany() {
        assertEquals(java.util.List.of("Corvid-2"), keptModels("Run Corvid-2 on Vertex AI or Amazon Bedrock.", "Corvid-2", "Vertex AI", "Amazon Bedrock"));
        assertEquals(java.util.List.of("Harbor University"), kept("Harbor University deploys on Vertex AI.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "pattern:org-suffix", "Harbor University", "Vertex AI"));
        // the first word of a service's name is no maker there, and stays one elsewhere
        assertEquals(java.util.List.of("Amazon"), kept("Corvid-2 runs on Amazon Bedrock, which Amazon sells.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "dictionary", "Amazon", "Amazon"));
    }

    @Test
    void aCataloguesNumberIsNoName() {
        assertEquals(java.util.List.of("Corvid-2"), keptModels("Corvid-2 is described in a book, ISBN 0-201-00000-1, and in PMID 12345678.",
                "ISBN 0-201-00000-1", "PMID 12345678", "Corvid-2"));
        // a name that only opens with such letters stays
        assertEquals(java.util.List.of("Doinet-3"), keptModels("Doinet-3 came out.", "Doinet-3"));
    }

    @Test
    void printedNumbersAndVenuesWithTheirYearAreNoNames() {
        assertTrue(Plausibility.mostlyNumbers("TRUE ## 2 1 48"));
        assertFalse(Plausibility.mostlyNumbers("Corvid 2 70B"));
        assertFalse(Plausibility.mostlyNumbers("Corvid-2 ; 1.5"));
        assertEquals(java.util.List.of("Corvid-96"), keptModels("Shown at KDD-96 and ICML 2023 with Corvid-96.", "KDD-96", "ICML 2023", "Corvid-96"));
    }

    @Test
    void parenthesesThatCreditWorkNameNoWorkplace() {
        String credits = "Ana Lind (tokenizer, docs) ; Tomas Berg (Greenfield) ; Mei Okafor (CI and testing)";
        assertEquals(java.util.List.of("Ana Lind", "Tomas Berg", "Mei Okafor"), creditsKept(credits));
        String places = "Ana Lind (Velto) ; Tomas Berg (Greenfield) ; Mei Okafor (University of Oslo)";
        assertEquals(java.util.List.of("Ana Lind", "Tomas Berg", "Greenfield", "Mei Okafor"), creditsKept(places));
    }

    @Test
    void aListWhoseParenthesesHoldRolesNamesNoWorkplaceInThem() {
        String team = "# Team\n\n- Ana Lind (Originator)\n- Tomas Berg (GPU)\n- Mei Okafor (Docs)\n\n# Thanks\n\n"
                + "- Omar Haddad (Velto)\n- Ines Moreau (Quillon)\n\nIan Roe (Brackwater, lead developer) wrote it.\n";
        var doc = org.aikg.ingest.read.DocumentReaders.parse(java.nio.file.Path.of("team.md"), team);
        // the same list holds a role: "GPU" is what Tomas Berg works on
        assertTrue(Plausibility.bundled().roleSlot(doc, parenthesized(doc, "GPU")));
        // another list, with no role in it, names workplaces
        assertFalse(Plausibility.bundled().roleSlot(doc, parenthesized(doc, "Velto")));
        // beside a role in the same parentheses, a name may still be where one works
        assertFalse(Plausibility.bundled().roleSlot(doc, parenthesized(doc, "Brackwater")));
        // in running text, one person's role says nothing of another's parentheses
        String prose = "The paper is by Ana Lind (lead author) and Tomas Berg (Velto), with help from Mei Okafor.\n";
        var one = org.aikg.ingest.read.DocumentReaders.parse(java.nio.file.Path.of("prose.md"), prose);
        assertFalse(Plausibility.bundled().roleSlot(one, parenthesized(one, "Velto")));
    }

    private static Mention parenthesized(org.aikg.ingest.read.Document doc, String name) {
        int at = doc.text().indexOf(name);
        return Mention.of(at, at + name.length(), name, EntityType.ORGANIZATION, 0.6,
                "cue:affiliation-in-parentheses-after-person");
    }

    /** People by name, and "Greenfield" read from parentheses after one as an organization. */
    private static java.util.List<String> creditsKept(String text) {
        java.util.List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : java.util.List.of("Ana Lind", "Tomas Berg", "Greenfield", "Mei Okafor")) {
            int at = text.indexOf(name);
            mentions.add(name.equals("Greenfield")
                    ? Mention.of(at, at + name.length(), name, EntityType.ORGANIZATION, 0.6, "cue:affiliation-in-parentheses-after-person")
                    : Mention.of(at, at + name.length(), name, EntityType.PERSON, 0.8, "pattern:given-name"));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return filtered(text, mentions.toArray(new Mention[0]));
    }

    @Test
    void aDatasetIsNoOrganizationAndAnSdksSettingIsCode() {
        assertEquals(java.util.List.of(), kept("It was trained on MNIST by them.", org.aikg.ingest.read.Block.Kind.PARAGRAPH,
                EntityType.ORGANIZATION, "statistical", "MNIST"));
        assertEquals(java.util.List.of("MNIST"), keptPapers("It was trained on MNIST by them.", "MNIST"));
        assertTrue(Plausibility.codeIdentifier("StreamingRedactionPolicy"));
        assertFalse(Plausibility.codeIdentifier("CorvidNet"));
    }

    @Test
    void aFileNameIsNoEntity() {
        assertEquals(java.util.List.of("Corvid-2.5"), keptModels("See Copyright.txt and Corvid-2.5 for details.", "Copyright", "Corvid-2.5"));
        assertEquals(java.util.List.of(), keptModels("Run Setup.py first.", "Setup"));
        assertEquals(java.util.List.of("WrenNet"), keptModels("WrenNet.\nIt reads speech.", "WrenNet"));
    }

    @Test
    void aCommandLinePlaceholderIsNoEntity() {
        assertEquals(java.util.List.of(), keptModels("usage: wren -o [OUTFILE] --lang LANGCODE; writes to OUTFILE", "OUTFILE", "LANGCODE"));
        assertEquals(java.util.List.of("LANGCODE"), keptModels("The LANGCODE tagger and --lang on the command line.", "LANGCODE"));
    }

    @Test
    void aPieceOfAWebAddressIsNoEntity() {
        assertEquals(java.util.List.of("QuillNet"), keptModels("See https://quill.example/models/WrenTagger or QuillNet.", "WrenTagger", "QuillNet"));
        assertEquals(java.util.List.of(), keptModels("Docs at www.quill.example/MarshLight today.", "MarshLight"));
    }

    @Test
    void whatCodeImportsOrDeclaresIsAClass() {
        assertEquals(java.util.Set.of("SpeechReader", "LineWriter"),
                Plausibility.codeNames("Use `from wren.io import SpeechReader, LineWriter` to read."));
        assertEquals(java.util.Set.of("open", "Source", "Handle"), Plausibility.codeNames("#### `open(path: Source): Handle`"));
        assertEquals(java.util.Set.of("f", "Handle", "WrenModel"),
                Plausibility.codeNames("```\ndef f() -> Handle:\n    pass\nclass WrenModel:\n```"));
        // a colon in prose is no type annotation, nor is a key of data
        assertEquals(java.util.Set.of(), Plausibility.codeNames("Note: Corvid is fast."));
        assertEquals(java.util.Set.of(), Plausibility.codeNames("```yaml\nmodel: Corvid\n```\nand `if ready:\n` Wren"));
    }

    @Test
    void aJavaDeclarationNamesAClass() {
        assertEquals(java.util.Set.of("SpeechReader", "of"), Plausibility.codeNames("SpeechReader reader = SpeechReader.of(x);"));
    }

    @Test
    void aGuessedModelInADependencySectionIsSoftwareButAKnownOneStays() {
        var d = org.aikg.ingest.read.DocumentReaders.parse(java.nio.file.Path.of("x.md"),
                "# Wren\n\nReads speech with Corvid.\n\n## Third-party libraries\n\n- QuillHotkey for shortcuts\n");
        String text = d.text();
        java.util.function.BiFunction<String, String, Mention> at = (name, finder) -> Mention.of(text.indexOf(name),
                text.indexOf(name) + name.length(), name, EntityType.MODEL, 0.8, finder);
        var item = TokenizedSentences.sentence(text.substring(text.indexOf("QuillHotkey")), org.aikg.ingest.read.Block.Kind.LIST_ITEM);
        int base = text.indexOf("QuillHotkey");
        var tokens = item.tokens().stream().map(t -> new org.aikg.ingest.annotate.Token(t.start() + base, t.end() + base,
                t.text(), t.pos())).toList();
        var sentence = new org.aikg.ingest.annotate.Sentence(0, base, text.length(), text.substring(base), tokens,
                org.aikg.ingest.read.Block.Kind.LIST_ITEM);
        var doc = new org.aikg.ingest.annotate.AnnotatedDocument(d, java.util.List.of(sentence));
        assertEquals(java.util.List.of(), Plausibility.bundled().filter(doc,
                java.util.List.of(at.apply("QuillHotkey", "pattern:model-shape"))).stream().map(Mention::surface).toList());
        assertEquals(java.util.List.of("QuillHotkey"), Plausibility.bundled().filter(doc,
                java.util.List.of(at.apply("QuillHotkey", "cue:released-by-known-org"))).stream().map(Mention::surface).toList());
    }

    @Test
    void aLicencesIdAloneUnderALicenceHeadingIsNoModelButAModelsNameThereIs() {
        var d = TokenizedSentences.tokenizedBlocks("x.md", "# Kestrel\n\nTags birds.\n\n## License\n\nQuill-1.0\n\n"
                + "Kestrel-2.0 is released under the Apache License.\n");
        String text = d.document().text();
        java.util.List<Mention> guesses = java.util.List.of(
                Mention.of(text.indexOf("Quill-1.0"), text.indexOf("Quill-1.0") + 9, "Quill-1.0", EntityType.MODEL, 0.8, "statistical"),
                Mention.of(text.indexOf("Kestrel-2.0"), text.indexOf("Kestrel-2.0") + 11, "Kestrel-2.0", EntityType.MODEL, 0.8, "statistical"));
        assertEquals(java.util.List.of("Kestrel-2.0"), Plausibility.bundled().filter(d, guesses).stream().map(Mention::surface).toList());
    }

    @Test
    void aNameInSmallLettersInAnAddressIsNoCommonWord() {
        assertEquals(java.util.List.of("Wrenfold"), kept("Wrenfold tags birds, see github.com/velto/wrenfold/issues.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "statistical", "Wrenfold"));
        assertEquals(java.util.List.of(), kept("Wrenfold tags birds, as a wrenfold tags songs.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "statistical", "Wrenfold"));
    }

    @Test
    void aLicencesIdAfterLicensedUnderIsNoModel() {
        assertEquals(java.util.List.of(), kept("Wren is licensed under **QPL-1.0** (Quill Public License).",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "statistical", "QPL-1.0"));
        assertEquals(java.util.List.of("Corvid-2.0"), kept("Corvid-2.0 is licensed under the Apache License.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "statistical", "Corvid-2.0"));
    }

    @Test
    void anAcronymUnderALicenceHeadingIsTheLicence() {
        var d = org.aikg.ingest.read.DocumentReaders.parse(java.nio.file.Path.of("x.md"),
                "# Wren\n\nReads speech.\n\n## License\n\nMIT\n");
        int mit = d.text().indexOf("MIT");
        assertTrue(Plausibility.underLicenceHeading(d, mit));
        assertFalse(Plausibility.underLicenceHeading(d, d.text().indexOf("Reads")));
    }

    @Test
    void anAdjectiveTheDocumentWritesInLowerCaseOpensNoModelName() {
        assertEquals(java.util.List.of("Corvid"), kept("Real Corvid models are real speech models.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "pattern:model-noun", "Real Corvid"));
    }

    @Test
    void aWordAndItsVersionAreANamesShape() {
        assertTrue(Plausibility.nameShaped("Heron-3"));
        assertTrue(Plausibility.nameShaped("Corvid-2.5"));
        assertFalse(Plausibility.nameShaped("Apache"));
        assertFalse(Plausibility.nameShaped("Speech Models"));
    }

    @Test
    void anOccupationBeforeANameIsNoGivenName() {
        assertEquals(java.util.List.of("Mei Okafor"), kept("Novelist Mei Okafor sued the lab.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PERSON, "statistical", "Novelist Mei Okafor"));
    }

    @Test
    void initialsAloneNameNoOne() {
        String text = "Tested with release X.X by Mei Okafor.";
        int x = text.indexOf("X.X");
        int mei = text.indexOf("Mei Okafor");
        assertEquals(java.util.List.of("Mei Okafor"), filtered(text, Mention.of(x, x + 3, "X.X", EntityType.PERSON, 0.8, "statistical"),
                Mention.of(mei, mei + 10, "Mei Okafor", EntityType.PERSON, 0.8, "statistical")));
    }

    @Test
    void theTextOfALinkToACodeHostAccountIsTheAccountsName() {
        java.util.List<org.aikg.ingest.read.Link> links = java.util.List.of(
                new org.aikg.ingest.read.Link(10, 19, "https://github.com/QuillDev"),
                new org.aikg.ingest.read.Link(30, 38, "https://github.com/acme/Corvid-2"));
        assertTrue(Plausibility.accountName(links, Mention.of(10, 19, "QuillDev", EntityType.MODEL, 0.8, "t")));
        assertFalse(Plausibility.accountName(links, Mention.of(30, 38, "Corvid-2", EntityType.MODEL, 0.8, "t")));
    }

    @Test
    void anOrganizationBySuffixAfterALowerCaseWordStartsThereEvenInATitleCasedLine() {
        assertEquals(java.util.List.of("Harbor University"), keptOrgs(
                "Corvid Was Built By The Speech Group at Harbor University", org.aikg.ingest.read.Block.Kind.PARAGRAPH, "Harbor University"));
        assertEquals(java.util.List.of("Harbor University"), keptOrgs(
                "Speech Group, Harbor University", org.aikg.ingest.read.Block.Kind.PARAGRAPH, "Harbor University"));
        // a heading's small words are lower case anyway: its capitalized words are a title's, not a name
        assertEquals(java.util.List.of(), keptOrgs(
                "Toward a Modular Design for Safe Embodied AI", org.aikg.ingest.read.Block.Kind.HEADING, "Safe Embodied AI"));
    }

    /** The surfaces the bundled lists keep of {@code names}, each found once in {@code text} as an organization by its suffix. */
    @Test
    void initialsBeforeASurnameAreAPersonsNotACompanysAcronym() {
        assertEquals(java.util.List.of(), kept("[2] A. Lind and K.M. Okafor. Speech at scale. 2021.",
                org.aikg.ingest.read.Block.Kind.LIST_ITEM, EntityType.ORGANIZATION, "dictionary", "K.M."));
        // the initials' last period can close the name the dictionary matched
        assertEquals(java.util.List.of(), kept("[2] A. Lind and K.M. Okafor. Speech at scale. 2021.",
                org.aikg.ingest.read.Block.Kind.LIST_ITEM, EntityType.ORGANIZATION, "dictionary", "K.M"));
        assertEquals(java.util.List.of("K.M."), kept("The lab K.M. announced a model.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "dictionary", "K.M."));
    }

    @Test
    void aPlatformAfterOnOrJoinIsAChannelNotACompany() {
        assertEquals(java.util.List.of(), kept("Questions? Join us on Slack or follow us on Twitter.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "dictionary", "Slack", "Twitter"));
        assertEquals(java.util.List.of(), kept("Chat with the maintainers in our Discord.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "dictionary", "Discord"));
        assertEquals(java.util.List.of("Twitter"), kept("Ana Lind left Twitter to found a speech lab.",
                org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.ORGANIZATION, "dictionary", "Twitter"));
    }

    private static java.util.List<String> keptOrgs(String text, org.aikg.ingest.read.Block.Kind kind, String... names) {
        return kept(text, kind, EntityType.ORGANIZATION, "pattern:org-suffix", names);
    }

    /** The surfaces the bundled lists keep of {@code names}, each found once in {@code text} as a learned model guess. */
    /** What the bundled lists keep of {@code names} typed papers (a dataset may be named by its paper). */
    private static java.util.List<String> keptPapers(String text, String... names) {
        return kept(text, org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.PAPER, "pattern:reference-title", names);
    }

    @Test
    void countsLabelsAndBuildToolsAreNoModels() {
        // a number before "-layer" counts; a spaced dash parts a label from its text
        assertEquals(java.util.List.of(), keptModels("Hierarchical 3-layer region detection.", "Hierarchical 3"));
        assertEquals(java.util.List.of(), keptModels("Cloud Recognition - 9 cloud types.", "Recognition - 9"));
        assertEquals(java.util.List.of("Heron 2-mini"), keptModels("Heron 2-mini is out.", "Heron 2")); // grown over its size
        assertEquals(java.util.List.of("WrenNet"), keptModels("We publish WrenNet 3-bit and 4-bit builds.", "WrenNet 3"));
        // a list item's label of plain words names a feature
        assertEquals(java.util.List.of(), kept("Adaptive Device Selection – picks the best backend",
                org.aikg.ingest.read.Block.Kind.LIST_ITEM, EntityType.MODEL, "pattern:list", "Adaptive Device Selection"));
        assertEquals(java.util.List.of("Corvid Sky Net"), kept("Corvid Sky Net – the segmentation model",
                org.aikg.ingest.read.Block.Kind.LIST_ITEM, EntityType.MODEL, "pattern:list", "Corvid Sky Net"));
        // a bundler is no model
        assertEquals(java.util.List.of(), keptModels("We moved from Webpack 4 to a faster bundler.", "Webpack 4"));
    }

    private static java.util.List<String> keptModels(String text, String... names) {
        return kept(text, org.aikg.ingest.read.Block.Kind.PARAGRAPH, EntityType.MODEL, "statistical", names);
    }

    /** The surfaces the bundled lists keep of {@code names}, each found once in a {@code kind} block {@code text}, as {@code type} by {@code finder}. */
    private static java.util.List<String> kept(String text, org.aikg.ingest.read.Block.Kind kind, EntityType type, String finder,
                                               String... names) {
        var s = TokenizedSentences.sentence(text, kind);
        java.util.List<Mention> mentions = new java.util.ArrayList<>();
        int after = 0;
        for (String name : names) {
            // each name after the one before it where it occurs there ("Corvid-V3 ... V3"), else its first place
            int at = text.indexOf(name, after) >= 0 ? text.indexOf(name, after) : text.indexOf(name);
            after = at + name.length();
            mentions.add(Mention.of(at, at + name.length(), name, type, 0.8, finder));
        }
        return Plausibility.bundled().filter(TokenizedSentences.document(s), mentions).stream().map(Mention::surface).toList();
    }
}
