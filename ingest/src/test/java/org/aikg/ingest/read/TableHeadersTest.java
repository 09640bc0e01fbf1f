package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aikg.ingest.read.TableHeaders.Column;
import org.junit.jupiter.api.Test;

class TableHeadersTest {
    @Test
    void headersSayWhatColumnsHold() {
        assertEquals(Column.MODEL, TableHeaders.column("Model"));
        assertEquals(Column.MODEL, TableHeaders.column(" System "));
        assertEquals(Column.ORGANIZATION, TableHeaders.column("Released by"));
        assertEquals(Column.ORGANIZATION, TableHeaders.column("Lab"));
        assertEquals(Column.ORGANIZATION, TableHeaders.column("Provider"));
        assertEquals(Column.ORGANIZATION, TableHeaders.column("Model provider"));
        assertEquals(Column.BASE, TableHeaders.column("Built on"));
        assertEquals(Column.BASE, TableHeaders.column("Base model"));
        assertEquals(Column.PAPER, TableHeaders.column("Where to read"));
        assertEquals(Column.PERSON, TableHeaders.column("Authors"));
        assertEquals(Column.OTHER, TableHeaders.column("Parameters"));
        assertEquals(Column.OTHER, TableHeaders.column("Month (2023)"));
    }

    @Test
    void aRowsCellsAreTheSpansBetweenItsSeparators() {
        String row = "Corvid-7B ; Velto Labs ;  ; 2024";
        assertEquals(List.of("Corvid-7B", "Velto Labs", "", "2024"),
                TableHeaders.cells(row).stream().map(c -> row.substring(c[0], c[1])).toList());
        assertEquals(List.of("one cell"), TableHeaders.cells("one cell").stream().map(c -> "one cell".substring(c[0], c[1])).toList());
    }
}
