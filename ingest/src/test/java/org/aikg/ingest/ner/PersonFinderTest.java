package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.read.Block;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private static final PersonFinder FINDER = new PersonFinder(KnowledgeBase.of(List.of(), Set.of("Francisco", "Ana", "Omar", "Mark")));

    private static List<String> people(String text) {
        Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
        return FINDER.find(TokenizedSentences.document(s), s).stream().map(Mention::surface).toList();
    }

    @Test
    void theSurnamesOfAuthorYearCitationsInParentheses() {
        PersonFinder finder = new PersonFinder(KnowledgeBase.of(List.of(new KbEntry("quillon", "Organization", "Quillon",
                List.of(), null, null, "Company", null, null)), Set.of()));
        java.util.function.Function<String, List<String>> cited = text -> {
            Sentence s = TokenizedSentences.sentence(text, Block.Kind.PARAGRAPH);
            return finder.find(TokenizedSentences.document(s), s).stream()
                    .filter(m -> m.finder().equals("pattern:cited-surname")).map(Mention::surface).toList();
        };
        assertEquals(List.of("Lindqvist", "Okafor", "Berg", "Haddad"),
                cited.apply("WrenNet (Lindqvist, 2011; Okafor et al., 2013; Berg and Haddad, 2015) was built at a lab."));
        assertEquals(List.of("Tanaka", "Moreau", "Ruiz", "Vogt"),
                cited.apply("It follows earlier work (Tanaka and others, 1996; Moreau, Ruiz, and Vogt, 2000a)."));
        // a company's report, a month, a parenthesis of other things cite no person
        assertEquals(List.of(), cited.apply("Recent work (Quillon, 2023) extends it."));
        assertEquals(List.of(), cited.apply("It shipped (March, 2021) to everyone."));
        assertEquals(List.of(), cited.apply("It runs on phones (Android, since 2019; iOS, since 2020)."));
        // places, seasons and sites with a year, without a co-author or "et al.", are no citations
        assertEquals(List.of(), cited.apply("We showed it at two meetups (Vienna, Austria, 2019; Oslo, 2021)."));
        assertEquals(List.of(), cited.apply("Data came over two seasons (Spring, 2020; Autumn, 2021)."));
        assertEquals(List.of(), cited.apply("The write-up is online (Medium, 2021)."));
        assertEquals(List.of("Kaufman", "Rousseau"), cited.apply("It clusters around medoids (Kaufman and Rousseau, 1990)."));
    }

    @Test
    void anImperativeOrAGreetingBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("Omar Lindqvist"), people("Contact Omar Lindqvist for questions."));
        assertEquals(List.of("Ana Berg"), people("Thanks Ana Berg for the fix."));
    }

    @Test
    void aRankBeforeAPersonIsNoPartOfTheName() {
        assertEquals(List.of("Ana Lindqvist"), people("Colonel Ana Lindqvist flew the mission."));
        assertEquals(List.of("Ana Lindqvist"), people("Major Ana Lindqvist flew the mission."));
        assertEquals(List.of(), people("The film Captain Marvel opened in March."));
    }

    @Test
    void aGivenNameHyphenedToAWordIsNoPersonAlone() {
        // "Mark-Lindqvist distance": a method named after two people; a double given name needs its surname
        assertEquals(List.of(), people("It computes the Mark-Lindqvist distance and the Hamming distance."));
        assertEquals(List.of("Ana-Omar Lindqvist"), people("The code is by Ana-Omar Lindqvist, who lives nearby."));
    }

    @Test
    void aGivenNameThatIsAlsoPartOfAPlaceName() {
        assertEquals(List.of("Francisco Lindqvist"), people("The code is by Francisco Lindqvist, who lives nearby."));
        assertEquals(List.of(), people("The office in San Francisco Bay opened."));
    }

    @Test
    void aSurnamesParticlesArePartOfTheName() {
        assertEquals(List.of("Omar de Vries", "Mark van der Berg"), people("Thanks to Omar de Vries and Mark van der Berg for tests."));
        assertEquals(List.of("Ana de la Cruz"), people("The port is by Ana de la Cruz."));
        // an institution named after a person is no person
        assertEquals(List.of(), people("Computing time came from the Mark von Berg Institute for Computing."));
        // a particle that no capitalized word follows ends the name
        assertEquals(List.of("Ana Lindqvist"), people("Ana Lindqvist wrote de facto rules."));
    }

    @Test
    void aSurnamesParticleMakesAPersonsNameOfAnyGivenName() {
        assertEquals(List.of("Ko van der Sloot"), people("The library was developed by Ko van der Sloot in Tilburg."));
        assertEquals(List.of("Ines de la Fuente"), people("Thanks go to Ines de la Fuente for the tests."));
        assertEquals(List.of("Frans von Hoek"), people("Docs by Frans von Hoek III and friends."));
        // places and institutions whose names hold a particle
        assertEquals(List.of(), people("The workshop met in Rio de Janeiro and at the Universidad de Chile."));
        assertEquals(List.of(), people("The Museo del Prado lent the images."));
        assertEquals(List.of(), people("They visited San Juan de Dios."));
        // a title in Spanish or Portuguese: nouns in capitals around "de", "del", "da"
        assertEquals(List.of(), people("Read the Procesamiento del Lenguaje Natural proceedings."));
        assertEquals(List.of(), people("It won the Reconhecimento de Fala prize."));
        assertEquals(List.of(), people("See Sistemas de Recomendación Abiertos for details."));
    }
}
