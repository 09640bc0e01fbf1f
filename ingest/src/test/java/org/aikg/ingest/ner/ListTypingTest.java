package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aikg.ingest.read.Block;
import org.junit.jupiter.api.Test;

class ListTypingTest {
    private static Mention person(String text, String name) {
        int at = text.indexOf(name);
        return Mention.of(at, at + name.length(), name, EntityType.PERSON, 0.9, "dictionary");
    }

    private static List<String> typed(String text, Block.Kind kind, List<Mention> found) {
        return ListTyping.apply(text, TokenizedSentences.sentence(text, kind), found).stream()
                .map(m -> (m.type() == EntityType.PAPER ? "Paper" : String.valueOf(m.type().name().charAt(0))) + ":" + m.surface())
                .sorted().toList();
    }

    @Test
    void aTableRowOfPeopleWithSymbolsIsAListOfPeople() {
        String row = "Ana Lind \uD83D\uDCBB \uD83D\uDCD6 ; Tomas Berg \uD83C\uDFA8 ; Mei Okafor \uD83D\uDCBB ; Jorn Vastrik \u26A0\uFE0F ; quietcoder \uD83D\uDCD6";
        assertEquals(List.of("P:Ana Lind", "P:Jorn Vastrik", "P:Mei Okafor", "P:Tomas Berg"),
                typed(row, Block.Kind.TABLE_ROW, List.of(person(row, "Ana Lind"), person(row, "Mei Okafor"))));
    }

    @Test
    void anItemCutOffInsideAWordIsNoName() {
        String text = "Ana Lind, Mei Okafor and Tomas Berg, Low-resource alignment of speech, 2021.";
        assertEquals(List.of("P:Ana Lind", "P:Mei Okafor", "P:Tomas Berg"),
                typed(text, Block.Kind.PARAGRAPH, List.of(person(text, "Ana Lind"), person(text, "Mei Okafor"))));
        String possessive = "Ana Lind, Mei Okafor and Jorn Vastrik's notes were read.";
        assertEquals(List.of("P:Ana Lind", "P:Jorn Vastrik", "P:Mei Okafor"),
                typed(possessive, Block.Kind.PARAGRAPH, List.of(person(possessive, "Ana Lind"), person(possessive, "Mei Okafor"))));
        String names = "Ana Lind, Mei Okafor, Jorn Vastrik and Tomas Berg wrote it.";
        assertEquals(List.of("P:Ana Lind", "P:Jorn Vastrik", "P:Mei Okafor", "P:Tomas Berg"),
                typed(names, Block.Kind.PARAGRAPH, List.of(person(names, "Ana Lind"), person(names, "Mei Okafor"))));
    }

    @Test
    void initialsAndASurnamePairedWithAPersonAreAPerson() {
        String text = "The method is described in R. Quist and T. Berg, a short note.";
        assertEquals(List.of("P:R. Quist", "P:T. Berg"),
                typed(text, Block.Kind.PARAGRAPH, List.of(person(text, "T. Berg"))));
    }

    @Test
    void whatFollowsACitationsTitleIsItsVenueNoAuthor() {
        String text = "Lind A., Okafor M., Berg T., Counting birds by song, Bird Sciences 363, 2016, 8-23.";
        int at = text.indexOf("Counting");
        Mention title = Mention.of(at, at + 22, "Counting birds by song", EntityType.PAPER, 0.85, "pattern:reference-title");
        // the title stays a paper; "Bird Sciences" is no one
        assertEquals(List.of("P:Berg T.", "P:Lind A.", "P:Okafor M.", "Paper:Counting birds by song"),
                typed(text, Block.Kind.REFERENCE, List.of(person(text, "Lind A."), person(text, "Okafor M."),
                        person(text, "Berg T."), title)));
    }

    @Test
    void oneFirmPersonMakesTheOtherPersonShapedItemsPeople() {
        String text = "Thanks to Ana Lind, Kjell Lindqvist and Ragnhild Saether for their patches.";
        assertEquals(List.of("P:Ana Lind", "P:Kjell Lindqvist", "P:Ragnhild Saether"),
                typed(text, Block.Kind.PARAGRAPH, List.of(person(text, "Ana Lind"))));
        // an item that is no person's shape (a place, a field, an institution) leaves the list as it is
        String mixed = "Thanks to Ana Lind, Speech Processing and Harbor University for their help.";
        assertEquals(List.of("P:Ana Lind"), typed(mixed, Block.Kind.PARAGRAPH, List.of(person(mixed, "Ana Lind"))));
    }

    @Test
    void aNameInCapitalsInAListOfPeopleIsAPerson() {
        String text = "The team: Ana Lind, Tomas Berg, MARIA SOLIS and Dana Vos.";
        assertEquals(List.of("P:Ana Lind", "P:Dana Vos", "P:MARIA SOLIS", "P:Tomas Berg"),
                typed(text, Block.Kind.PARAGRAPH, List.of(person(text, "Ana Lind"), person(text, "Tomas Berg"))));
    }

    @Test
    void capitalsAloneInAListOfPeopleAreNoPerson() {
        String text = "Ana Lind, Mei Okafor, Tomas Berg and ECAI.";
        assertEquals(List.of("P:Ana Lind", "P:Mei Okafor", "P:Tomas Berg"),
                typed(text, Block.Kind.REFERENCE, List.of(person(text, "Ana Lind"), person(text, "Mei Okafor"))));
    }

    @Test
    void cellsThatHoldWordsAreNotAList() {
        String prose = "Ana Lind wrote it ; Tomas Berg reviewed it ; Mei Okafor tested it ; Jorn Vastrik shipped it";
        assertEquals(List.of("P:Ana Lind", "P:Mei Okafor"),
                typed(prose, Block.Kind.TABLE_ROW, List.of(person(prose, "Ana Lind"), person(prose, "Mei Okafor"))));
    }

    @Test
    void aParagraphIsNotReadAsCells() {
        String text = "Ana Lind \uD83D\uDCBB ; Tomas Berg \uD83C\uDFA8 ; Mei Okafor \uD83D\uDCBB ; Jorn Vastrik";
        assertEquals(List.of("P:Ana Lind", "P:Mei Okafor"),
                typed(text, Block.Kind.PARAGRAPH, List.of(person(text, "Ana Lind"), person(text, "Mei Okafor"))));
    }

    @Test
    void twoNamesOfOneLineAreBothModels() {
        String text = "Brightloom has launched Lumen Chat and Lumen Voice for support teams.";
        int at = text.indexOf("Lumen Chat");
        Mention chat = Mention.of(at, at + 10, "Lumen Chat", EntityType.MODEL, 0.8, "statistical");
        assertEquals(List.of("M:Lumen Chat", "M:Lumen Voice"), typed(text, Block.Kind.PARAGRAPH, List.of(chat)));
        String last = "Acme shipped Sales Bot, Service Bot and more this week.";
        at = last.indexOf("Sales Bot");
        Mention sales = Mention.of(at, at + 9, "Sales Bot", EntityType.MODEL, 0.8, "statistical");
        assertEquals(List.of("M:Sales Bot", "M:Service Bot"), typed(last, Block.Kind.PARAGRAPH, List.of(sales)));
    }

    @Test
    void twoNamesWithNothingInCommonStayAsFound() {
        String text = "Brightloom has launched Lumen Chat and Harbor Voice for support teams.";
        int at = text.indexOf("Lumen Chat");
        Mention chat = Mention.of(at, at + 10, "Lumen Chat", EntityType.MODEL, 0.8, "statistical");
        assertEquals(List.of("M:Lumen Chat"), typed(text, Block.Kind.PARAGRAPH, List.of(chat)));
    }

    @Test
    void aPersonShapedNameJoinedByAndToAPersonIsAPerson() {
        String text = "The decoder was sketched by Zora Quist and Ana Lind in Oslo.";
        assertEquals(List.of("P:Ana Lind", "P:Zora Quist"), typed(text, Block.Kind.PARAGRAPH, List.of(person(text, "Ana Lind"))));
        String after = "Thanks go to Ana Lind & Velmor Ostrand for the data.";
        assertEquals(List.of("P:Ana Lind", "P:Velmor Ostrand"), typed(after, Block.Kind.PARAGRAPH, List.of(person(after, "Ana Lind"))));
        // an institution's or a field's words make no person; nor does a single word or a comma's pair
        String lab = "We thank Ana Lind and Harbor Labs for the data.";
        assertEquals(List.of("P:Ana Lind"), typed(lab, Block.Kind.PARAGRAPH, List.of(person(lab, "Ana Lind"))));
        String field = "We thank Ana Lind and Speech Processing for the data.";
        assertEquals(List.of("P:Ana Lind"), typed(field, Block.Kind.PARAGRAPH, List.of(person(field, "Ana Lind"))));
        String word = "We thank Ana Lind and Velmor for the data.";
        assertEquals(List.of("P:Ana Lind"), typed(word, Block.Kind.PARAGRAPH, List.of(person(word, "Ana Lind"))));
        String comma = "We thank Ana Lind, Velmor Ostrand for the data.";
        assertEquals(List.of("P:Ana Lind"), typed(comma, Block.Kind.PARAGRAPH, List.of(person(comma, "Ana Lind"))));
    }
}
