package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexMarksTest {

    @Test
    void marksAfterAnAuthorsName() {
        assertEquals(List.of("1", "2"), after("Ana Lind¹˒², Tomas Berg²", "Ana Lind"));
        assertEquals(List.of("1", "2"), after("Ana Lind¹,², Tomas Berg²", "Ana Lind"));
        assertEquals(List.of("12"), after("Ana Lind¹², Tomas Berg²", "Ana Lind"), "12, or 1 and 2: the keys tell");
        assertEquals(List.of("1", "2"), IndexMarks.split("12"));
        assertEquals(List.of(), IndexMarks.split("7"));
        assertEquals(List.of("1", "3"), after("Ana Lind [1, 3], Tomas Berg [2]", "Ana Lind"));
        assertEquals(List.of("2"), after("Ana Lind^2 and Tomas Berg^1", "Ana Lind"));
        assertEquals(List.of("1", "2"), after("Ana Lind^{1,2} and Tomas Berg^1", "Ana Lind"));
        assertEquals(List.of("2"), after("Ana Lind (2), Tomas Berg (1)", "Ana Lind"));
        assertEquals(List.of("*"), after("Ana Lind*, Tomas Berg*", "Ana Lind"));
    }

    @Test
    void noMarkAfterAName() {
        assertEquals(List.of(), after("Ana Lind, Tomas Berg", "Ana Lind"));
        assertEquals(List.of(), after("Ana Lind (2021) showed it", "Ana Lind"), "a year is no index");
        assertEquals(List.of(), after("Ana Lind 2 times", "Ana Lind"));
    }

    @Test
    void marksBeforeAnOrganization() {
        assertEquals("1", before("¹ Harbor University, ² Vexar Labs", "Harbor University"));
        assertEquals("2", before("¹ Harbor University ² Vexar Labs", "Vexar Labs"));
        assertEquals("2", before("¹Harbor University, ²Vexar Labs", "Vexar Labs"));
        assertEquals("1", before("[1] Harbor University, Lisbon", "Harbor University"));
        assertEquals("2", before("(1) Harbor University; (2) Vexar Labs", "Vexar Labs"));
        assertEquals("2", before("1 Harbor University, 2 Vexar Labs", "Vexar Labs"));
        assertEquals("1", before("Notes\n1. Harbor University", "Harbor University"));
        assertEquals("*", before("* Vexar Labs", "Vexar Labs"));
    }

    @Test
    void noMarkBeforeAnOrganization() {
        assertNull(before("She joined Harbor University in 2021.", "Harbor University"));
        assertNull(before("Version 2 Vexar Labs", "Vexar Labs"), "a number inside a line is no index");
        assertNull(before("In 2019 Harbor University", "Harbor University"));
    }

    private static List<String> after(String text, String name) {
        return IndexMarks.after(text, text.indexOf(name) + name.length());
    }

    private static String before(String text, String name) {
        return IndexMarks.before(text, text.indexOf(name));
    }
}
