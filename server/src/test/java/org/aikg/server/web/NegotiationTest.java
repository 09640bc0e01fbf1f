package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriterRegistry;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

    private static String key(String accept) {
        Negotiation.Choice c = Negotiation.choose(accept);
        return c instanceof Negotiation.Rdf rdf ? rdf.syntax().key() : c.getClass().getSimpleName();
    }

    @Test
    void everySyntaxJenaWritesIsServedOrExcludedForAReason() {
        for (Lang lang : RDFWriterRegistry.registeredLangs()) {
            boolean served = RdfSyntax.ALL.stream().anyMatch(s -> s.lang().equals(lang));
            assertTrue(served || RdfSyntax.NOT_SERVED.contains(lang), lang + " is neither served nor excluded");
        }
    }

    @Test
    void eachSyntaxByItsMediaTypesAndKeys() {
        for (RdfSyntax s : RdfSyntax.ALL) {
            for (String type : s.mediaTypes()) {
                assertEquals(s.key(), key(type), type);
            }
            assertEquals(s, RdfSyntax.byKey(s.key()).orElseThrow());
        }
        assertEquals("rdfxml", key("application/rdf+xml"));
        assertEquals("rdfxml", RdfSyntax.byKey("rdf").orElseThrow().key());
        assertEquals("ttl", RdfSyntax.byKey("Turtle").orElseThrow().key());
        assertTrue(RdfSyntax.byKey("shaclc").isEmpty());
        assertTrue(RdfSyntax.byKey("nonsense").isEmpty());
    }

    @Test
    void browsersWildcardsAndQualities() {
        assertEquals("Html", key(BROWSER));
        assertEquals("Html", key("*/*"));
        assertEquals("Html", key(null));
        assertEquals("Html", key("text/*"));
        assertEquals("ttl", key("text/html;q=0.5, text/turtle"));
        assertEquals("nt", key("application/n-triples;q=0.9, text/turtle;q=0.1"));
        assertEquals("NotAcceptable", key("image/png"));
        assertEquals("NotAcceptable", key("application/json"));
    }

    @Test
    void malformedHeadersAreIgnored() {
        for (String bad : Arrays.asList("", " ", ";", ",", ",,;", "text/", "/", "*/html", "text/turtle;q=abc", "text/turtle;q=2",
                "=;", ";q=1", "\u0000", "a/b/c", "text/turtle;;q", "text/html;level=\"unclosed", "\u00e9/\u00e9")) {
            assertInstanceOf(Negotiation.Html.class, Negotiation.choose(bad), bad);
        }
        // A malformed range beside a good one leaves the good one.
        assertEquals("ttl", key("text/, text/turtle"));
        assertEquals("ttl", key("text/turtle, ;"));
    }
}
