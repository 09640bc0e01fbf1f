package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HubIdFinderTest {
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            new KbEntry("acme", "Organization", "Acme Labs", List.of("Acme"), null, null, "Company", null, null,
                    List.of(), List.of("acme-research")),
            new KbEntry("finchworks", "Organization", "Finch Works", List.of(), null, null, "Company", null, null)),
            Set.of());
    private static final HubIdFinder FINDER = new HubIdFinder(KB);

    private static List<String> found(String text) {
        return FINDER.find(text, 0).stream()
                .map(m -> m.type().name().toLowerCase() + ":" + m.surface() + (m.kbId() == null ? "" : "=" + m.kbId()))
                .toList();
    }

    @Test
    void aKnownAccountOwnsTheModelItPublishes() {
        assertEquals(List.of("organization:acme-research=acme", "model:Corvid-2-7B-Instruct"),
                found("Load acme-research/Corvid-2-7B-Instruct with four-bit weights."));
        // the account is one of the organization's names, written as an account is
        assertEquals(List.of("organization:finchworks=finchworks", "model:finch-small"),
                found("Our default checkpoint is finchworks/finch-small."));
        assertEquals(List.of("organization:acme=acme", "model:corvid-mini"), found("| acme/corvid-mini | 1.1B |"));
    }

    @Test
    void anUnknownAccountMakesNoId() {
        assertEquals(List.of(), found("Quantized files: someuser/Corvid-2-7B-GGUF."));
        assertEquals(List.of(), found("Run it with gateway/corvid3.1 as the model string."));
        // a gateway's provider prefix before the id, a tag after it
        assertEquals(List.of("organization:acme=acme", "model:corvid-4-scout"), found("Try fastcloud/acme/corvid-4-scout:latest now."));
        assertEquals(List.of("organization:acme=acme", "model:corvid3.1:8b"), found("(`gateway/acme/corvid3.1:8b`)"));
    }

    @Test
    void aDatedSnapshotIsAVersionOfItsOwn() {
        assertEquals(List.of("organization:acme=acme", "model:corvid-pro-3-20250102"), found("Pin acme/corvid-pro-3-20250102 in production."));
    }

    @Test
    void pathsFilesFractionsAndAlternativesAreNotIds() {
        assertEquals(List.of(), found("Read it at https://hub.example.org/acme/Corvid-2 today."));
        assertEquals(List.of(), found("See src/index2.js and docs/setup3.md for details."));
        assertEquals(List.of(), found("Input/output shapes are listed; use TCP/IP and/or sockets."));
        assertEquals(List.of(), found("About 3/4 of the runs finished in 10/2024."));
        assertEquals(List.of(), found("Compare Corvid-2/Finch-3 on the same prompts."));
        assertEquals(List.of(), found("The /v1/models endpoint lists acme-ui/panel2/themes."));
        assertEquals(List.of(), found("Fine-tune on the acme/corvid-instruct-2 dataset."));
        assertEquals(List.of(), found("Install @acme/corvid-sdk2 from npm, or hub.acme.io/acme/corvid-2 by hand."));
        assertEquals(List.of(), found("Weights live in models/acme/corvid/v2 on disk."));
        assertEquals(List.of(), found("In Proceedings of the Acme/ACMECONF Workshop, lr 3e-4/1e4 on A10-24G/80G."));
        assertEquals(List.of(), found("Rent x2large/y4 instances."));
        assertEquals(List.of(), found("(from Acme/Finch Works)"));
        assertEquals(List.of(), found("Kernels for GPTQ/AWQ/w4a8 and FP8."));
        // lines of code that reached the text
        assertEquals(List.of(), found("model = load(\"acme/corvid-mini\")"));
        assertEquals(List.of(), found("python serve.py --model acme/corvid-mini --port 8000"));
        assertEquals(List.of(), found("\"model\": \"acme/corvid-mini\","));
        assertEquals(List.of(), found("Cite it as ref:corvid/2 or doi:10.1000/corvid2."));
    }

    @Test
    void theKnowledgeBaseRejectsHandlesOnOtherTypes() {
        KbEntry model = new KbEntry("corvid", "Model", "Corvid", List.of(), null, null, null, null, null, List.of(),
                List.of("corvid-account"));
        org.junit.jupiter.api.Assertions.assertThrows(org.aikg.ingest.AikgException.class,
                () -> KnowledgeBase.validate(List.of(model)));
    }

    /** Mentions NameFinding keeps in a one-paragraph document, finders: repository ids and the dictionary. */
    private static List<String> kept(String text) {
        org.aikg.ingest.annotate.Sentence s = TokenizedSentences.sentence(text, org.aikg.ingest.read.Block.Kind.PARAGRAPH);
        NameFinding finding = new NameFinding(List.of(new HubIdFinder(KB), new DictionaryFinder(KB)), 0.5, null);
        return finding.find(TokenizedSentences.document(s)).stream()
                .map(m -> m.type().name().toLowerCase() + ":" + m.surface()).toList();
    }

    @Test
    void anAccountMentionsItsOrganizationOnlyWhereTheDocumentNamesIt() {
        assertEquals(List.of("model:corvid-mini"), kept("Load acme-research/corvid-mini first."));
        assertEquals(List.of("organization:Acme Labs", "organization:acme-research", "model:corvid-mini"),
                kept("Acme Labs published acme-research/corvid-mini today."));
    }
}
