package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableRelationsTest {
    @Test
    void headersSayWhatColumnsHold() {
        assertEquals(TableRelations.Role.MODEL, TableRelations.role("Model"));
        assertEquals(TableRelations.Role.MODEL, TableRelations.role(" System "));
        assertEquals(TableRelations.Role.ORGANIZATION, TableRelations.role("Released by"));
        assertEquals(TableRelations.Role.ORGANIZATION, TableRelations.role("Lab"));
        assertEquals(TableRelations.Role.ORGANIZATION, TableRelations.role("Provider"));
        assertEquals(TableRelations.Role.ORGANIZATION, TableRelations.role("Model provider"));
        assertEquals(TableRelations.Role.BASE, TableRelations.role("Built on"));
        assertEquals(TableRelations.Role.BASE, TableRelations.role("Base model"));
        assertEquals(TableRelations.Role.PAPER, TableRelations.role("Where to read"));
        assertEquals(TableRelations.Role.PERSON, TableRelations.role("Authors"));
        assertEquals(TableRelations.Role.OTHER, TableRelations.role("Parameters"));
        assertEquals(TableRelations.Role.OTHER, TableRelations.role("Month (2023)"));
    }
}
