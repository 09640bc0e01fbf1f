package org.aikg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses the representation of a linked-data resource from an {@code Accept} header with Jena's own
 * media-range matching ({@link AcceptList#match}): the HTML page or one of {@link RdfSyntax#ALL}, or nothing
 * acceptable (406). A missing, blank or unparsable header gets the page ({@link AcceptHeader}); HTML comes
 * first among equals, so a browser's {@code text/html,...,*}{@code /*;q=0.8} and {@code *}{@code /*} get it.
 *
 * <p>Thread-safety: immutable.
 */
final class Negotiation {

    /** What to answer with. */
    sealed interface Choice permits Html, Rdf, NotAcceptable {
    }

    /** The HTML page. */
    record Html() implements Choice {
    }

    /** The description in an RDF syntax. */
    record Rdf(RdfSyntax syntax) implements Choice {
    }

    /** Nothing the client accepts is offered. */
    record NotAcceptable() implements Choice {
    }

    private static final String HTML = "text/html";
    private static final String XHTML = "application/xhtml+xml";
    private static final AcceptList OFFER = offer();

    private Negotiation() {
    }

    private static AcceptList offer() {
        List<MediaRange> types = new ArrayList<>();
        types.add(new MediaRange(HTML));
        for (RdfSyntax s : RdfSyntax.ALL) {
            for (String t : s.mediaTypes()) {
                types.add(new MediaRange(t));
            }
        }
        // Last, so that application/* does not pick the page over the RDF syntaxes.
        types.add(new MediaRange(XHTML));
        return new AcceptList(types);
    }

    /** The representation for an {@code Accept} header (null when absent). */
    static Choice choose(String acceptHeader) {
        Optional<AcceptList> accept = AcceptHeader.parse(acceptHeader);
        if (accept.isEmpty()) {
            return new Html();
        }
        MediaType chosen = AcceptList.match(accept.get(), OFFER);
        if (chosen == null) {
            return new NotAcceptable();
        }
        String type = chosen.getContentTypeStr();
        if (type.equals(HTML) || type.equals(XHTML)) {
            return new Html();
        }
        return RdfSyntax.byMediaType(type).<Choice>map(Rdf::new).orElseGet(NotAcceptable::new);
    }

    /** The media types offered, for a 406 answer. */
    static List<String> offered() {
        List<String> out = new ArrayList<>();
        out.add(HTML);
        RdfSyntax.ALL.forEach(s -> out.add(s.lang().getContentType().getContentTypeStr()));
        return out;
    }
}
