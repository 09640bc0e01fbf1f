package org.aikg.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * An RDF syntax the linked-data paths serve: every syntax Jena writes, except {@link #NOT_SERVED}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param key    the {@code ?format=} value and file extension, e.g. {@code ttl}
 * @param label  the name shown on pages, e.g. {@code Turtle}
 * @param lang   Jena's language, which knows the media types ({@link Lang#getContentType()} and the alternatives)
 * @param format how Jena writes it
 */
record RdfSyntax(String key, String label, Lang lang, RDFFormat format) {

    /** Every served syntax; the order is the order of preference when a client accepts several equally. */
    static final List<RdfSyntax> ALL = List.of(
            new RdfSyntax("ttl", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
            new RdfSyntax("jsonld", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD_PRETTY),
            new RdfSyntax("nt", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
            new RdfSyntax("rdfxml", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
            new RdfSyntax("trig", "TriG", Lang.TRIG, RDFFormat.TRIG_PRETTY),
            new RdfSyntax("nq", "N-Quads", Lang.NQUADS, RDFFormat.NQUADS_UTF8),
            new RdfSyntax("n3", "N3", Lang.N3, RDFFormat.TURTLE_PRETTY),
            new RdfSyntax("rj", "RDF/JSON", Lang.RDFJSON, RDFFormat.RDFJSON),
            new RdfSyntax("trix", "TriX", Lang.TRIX, RDFFormat.TRIX),
            new RdfSyntax("trdf", "RDF Thrift", Lang.RDFTHRIFT, RDFFormat.RDF_THRIFT),
            new RdfSyntax("rpb", "RDF Protobuf", Lang.RDFPROTO, RDFFormat.RDF_PROTO));

    /**
     * Languages Jena can write that are not served, and why: SHACL compact syntax writes only SHACL shapes,
     * rdf/null writes nothing, and JSON-LD-11 is JSON-LD under a private media type ({@code x/ld-json-11}).
     */
    static final List<Lang> NOT_SERVED = List.of(Lang.SHACLC, Lang.RDFNULL, Lang.JSONLD11);

    /** Whether the syntax is a binary one (no charset in its media type). */
    boolean binary() {
        return lang.equals(Lang.RDFTHRIFT) || lang.equals(Lang.RDFPROTO);
    }

    /** The media type to answer with, e.g. {@code text/turtle; charset=utf-8}. */
    String contentType() {
        String type = lang.getContentType().getContentTypeStr();
        return binary() ? type : type + "; charset=utf-8";
    }

    /** Every media type that asks for this syntax (the main one first). */
    List<String> mediaTypes() {
        List<String> types = new ArrayList<>();
        types.add(lang.getContentType().getContentTypeStr());
        for (String alt : lang.getAltContentTypes()) {
            if (!types.contains(alt)) {
                types.add(alt);
            }
        }
        return types;
    }

    /**
     * The syntax a {@code ?format=} value names: one of the keys above, or any name or file extension Jena
     * knows for a served language ({@code turtle}, {@code rdf}, {@code json-ld}, ...).
     */
    static Optional<RdfSyntax> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (RdfSyntax s : ALL) {
            if (s.key.equals(k)) {
                return Optional.of(s);
            }
        }
        Lang lang = RDFLanguages.shortnameToLang(k);
        if (lang == null) {
            lang = RDFLanguages.fileExtToLang(k);
        }
        return byLang(lang);
    }

    /** The served syntax of a media type (main or alternative), if any. */
    static Optional<RdfSyntax> byMediaType(String mediaType) {
        for (RdfSyntax s : ALL) {
            if (s.mediaTypes().contains(mediaType)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<RdfSyntax> byLang(Lang lang) {
        if (lang == null) {
            return Optional.empty();
        }
        for (RdfSyntax s : ALL) {
            if (s.lang.equals(lang)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
