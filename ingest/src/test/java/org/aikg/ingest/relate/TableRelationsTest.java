package org.aikg.ingest.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableRelationsTest {
    @Test
    void headersSayWhatColumnsHold() {
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.MODEL, org.aikg.ingest.read.TableHeaders.column("Model"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.MODEL, org.aikg.ingest.read.TableHeaders.column(" System "));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.ORGANIZATION, org.aikg.ingest.read.TableHeaders.column("Released by"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.ORGANIZATION, org.aikg.ingest.read.TableHeaders.column("Lab"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.ORGANIZATION, org.aikg.ingest.read.TableHeaders.column("Provider"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.ORGANIZATION, org.aikg.ingest.read.TableHeaders.column("Model provider"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.BASE, org.aikg.ingest.read.TableHeaders.column("Built on"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.BASE, org.aikg.ingest.read.TableHeaders.column("Base model"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.PAPER, org.aikg.ingest.read.TableHeaders.column("Where to read"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.PERSON, org.aikg.ingest.read.TableHeaders.column("Authors"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.OTHER, org.aikg.ingest.read.TableHeaders.column("Parameters"));
        assertEquals(org.aikg.ingest.read.TableHeaders.Column.OTHER, org.aikg.ingest.read.TableHeaders.column("Month (2023)"));
    }
}
