package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationFinderTest {
    private static final OrganizationFinder FINDER = new OrganizationFinder(KnowledgeBase.load(List.of()));

    private static List<String> institutes(String text) {
        return TokenizedSentences.found(FINDER, text).stream()
                .filter(m -> m.finder().equals("pattern:institute-for")).map(Mention::surface).toList();
    }

    private static List<String> universities(String text) {
        return TokenizedSentences.found(FINDER, text).stream()
                .filter(m -> m.finder().equals("pattern:university-of")).map(Mention::surface).toList();
    }

    @Test
    void aUniversityOfAPlaceMayOpenWithANameOfItsOwn() {
        assertEquals(List.of("Kestrel University of Technology"),
                universities("Speech Lab, Kestrel University of Technology, Norway."));
        assertEquals(List.of("Harbor Bay University of Arts"), universities("She moved to Harbor Bay University of Arts in 2019."));
        assertEquals(List.of("University of Oslo"), universities("He studied at the University of Oslo."));
        assertEquals(List.of("University of Oslo"), universities("Yesterday University of Oslo said so."));
    }

    @Test
    void aNamedInstituteForAFieldIsOneOrganization() {
        assertEquals(List.of("Harbor Institute for Speech Science"),
                institutes("Ana Lind works at the Harbor Institute for Speech Science in Lisbon."));
        assertEquals(List.of("Kestrel Center for Research on Foundation Models"),
                institutes("Funding came from the Kestrel Center for Research on Foundation Models this year."));
    }

    @Test
    void twoFieldsJoinedByAndAreOneInstitutionsName() {
        assertEquals(List.of("Department of Electrical and Computer Engineering"),
                universities("Mira Okafor teaches in the Department of Electrical and Computer Engineering at Lakeside University."));
        assertEquals(List.of("Center for Robotics and Autonomous Systems"),
                universities("The code comes from the Center for Robotics and Autonomous Systems in Oslo."));
        assertEquals(List.of("Kestrel University of Science and Technology"),
                universities("She studied at Kestrel University of Science and Technology until 2019."));
        assertEquals(List.of("Harbor Institute for Vision and Speech Processing"),
                institutes("Ana Lind leads the Harbor Institute for Vision and Speech Processing."));
        // (the kind's shorter name inside it is found too; the longer reading wins when names are chosen)
        org.junit.jupiter.api.Assertions.assertTrue(suffixed("Ana Lind is a scientist at the Velto Perception and "
                + "Language Sciences Unit in Oslo.").contains("Velto Perception and Language Sciences Unit"));
        org.junit.jupiter.api.Assertions.assertTrue(suffixed("The Harbor Speech & Hearing Lab released the corpus.")
                .contains("Harbor Speech & Hearing Lab"));
    }

    @Test
    void anAndBetweenTwoOrganizationsJoinsNoName() {
        assertEquals(List.of("University of Oslo"),
                universities("It was written at the University of Oslo and Velto Labs in 2020."));
        assertEquals(List.of("University of Tartu"),
                universities("Thanks to the University of Tartu and Ana Lind for the data."));
        assertEquals(List.of("Department of Computer Science"),
                universities("Staff of the Department of Computer Science and the Harbor Institute met."));
        assertEquals(List.of("Harbor Labs"), suffixed("Kite came from Velto and Harbor Labs last year."));
        // two organizations of a kind, each named whole
        assertEquals(List.of("Velto Labs", "Quillon Labs"), suffixed("Velto Labs and Quillon Labs released it."));
        assertEquals(List.of("Department of Energy"), universities("Funded by the Department of Energy and Velto."));
        assertEquals(List.of("Kestrel Labs"), suffixed("Funded by the Department of Energy and Kestrel Labs."));
        assertEquals(List.of("Kestrel Institute for Artificial Intelligence"),
                institutes("She works at the Kestrel Institute for Artificial Intelligence and Quillon in Oslo."));
        assertEquals(List.of("University of Tartu"),
                universities("The lexicons come from the Speech Research Center of University of Tartu."));
        assertEquals(List.of("Speech Lab", "Velto University"), suffixed("Kite came from Ana and the Speech Lab at Velto University."));
    }

    @Test
    void aUnitOfHardwareOrOfANetworkIsNoOrganization() {
        assertEquals(List.of(), suffixed("Each Tensor Processing Unit runs the kernels."));
        assertEquals(List.of(), suffixed("It swaps the LSTM cell for a Gated Recurrent Unit instead."));
        assertEquals(List.of("Harbor Robotics Unit"), suffixed("The Harbor Robotics Unit built the arm."));
    }

    @Test
    void wordsBeforeTheNameAreNotPartOfIt() {
        assertEquals(List.of("Harbor Institute for Speech Science"),
                institutes("Yesterday Harbor Institute for Speech Science opened."));
    }

    @Test
    void anOrganizationNamingAProductOrAnEventIsNotFoundThere() {
        assertEquals(List.of(), suffixed("Install the Kestrel AI SDK from the registry."));
        assertEquals(List.of(), suffixed("The talk was part of the Harbor Labs Tech Talk series."));
        assertEquals(List.of(), suffixed("The Kestrel AI Python SDK wraps the REST calls."));
        assertEquals(List.of("Kestrel AI"), suffixed("The model was trained by Kestrel AI in Oslo."));
    }

    @Test
    void aNamedGroupOrLabOfAnOrganizationIsOneEvenWhenItsFieldNamesIt() {
        assertEquals(List.of("Speech Group", "Velto Institute"),
                suffixed("Kite was written by the Speech Group at the Velto Institute in Oslo."));
        assertEquals(List.of("Machine Learning Group", "Harbor University"),
                suffixed("The Machine Learning Group of Harbor University maintains it."));
        assertEquals(List.of("Speech Lab", "Velto University"),
                suffixed("The Speech Lab at Velto University released Kite."));
        // "Group" inside a longer name is no suffix of its own: the name goes on to the company's legal form
        assertEquals(List.of("Velto Group Operations Lisbon S.A."), suffixed("The app is made by Velto Group Operations Lisbon S.A. and friends."));
        // "SRL", "PLC" and "Limited" are as often words of a field, a device or a sentence
        assertEquals(List.of(), suffixed("We evaluate Span SRL with a Modbus PLC; Seats Limited to ten."));
        assertEquals(List.of("Quillon Software S.L.", "Harbor Vision B.V."),
                suffixed("It is maintained by Quillon Software S.L., with help from Harbor Vision B.V. in Delft."));
        // a field alone, with no organization whose unit it is, stays a topic
        assertEquals(List.of(), suffixed("We thank the Machine Learning Group for its comments."));
    }

    @Test
    void aNameDoingWhatCompaniesDoIsAnOrganizationUnlessASurnameParticleComesFirst() {
        assertEquals(List.of("Quillon"), companies("Last week Quillon released a reader for scanned forms."));
        assertEquals(List.of("Velto"), companies("In May, Velto open-sourced its speech toolkit."));
        assertEquals(List.of(), companies("Last week Ana de Vries released her thesis on parsing."));
        assertEquals(List.of(), companies("Later Omar van Dijk released his notes on the course."));
    }

    private static List<String> companies(String text) {
        return foundBy("pattern:company-verb", text);
    }

    private static List<String> suffixed(String text) {
        return foundBy("pattern:org-suffix", text);
    }

    /** The names {@code finder} (one of the finder's patterns) finds in {@code text}. */
    private static List<String> foundBy(String finder, String text) {
        return TokenizedSentences.found(FINDER, text).stream()
                .filter(m -> m.finder().equals(finder)).map(Mention::surface).toList();
    }

    @Test
    void laboratoriesAndConsortiaNameOrganizations() {
        assertEquals(List.of("Velto Communication Science Laboratories"),
                suffixed("It was built with Velto Communication Science Laboratories in 2020."));
        assertEquals(List.of("Wren Genome Consortium"), suffixed("Members of the Wren Genome Consortium use it."));
    }

    @Test
    void aCompanyNamedByItsDomainInCapitals() {
        assertEquals(List.of("Kestrel.AI", "velto.ai"), TokenizedSentences.found(FINDER, "Wrenly by Kestrel.AI, hosted at velto.ai today, reads env.AI first.")
                .stream().filter(m -> m.finder().equals("pattern:domain")).map(Mention::surface).toList());
    }
}
