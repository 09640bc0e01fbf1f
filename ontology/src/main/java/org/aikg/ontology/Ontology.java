package org.aikg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * Access to the aikg ontology ({@code aikg.ttl}) and its SHACL shapes ({@code aikg-shapes.ttl}), both
 * bundled as classpath resources of this module, and validation of data against the shapes.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #ontology()} returns a <em>fresh, mutable</em> copy on every call; changing it affects
 *       nothing else.</li>
 *   <li>{@link #shapes()} returns one shared, parsed {@link Shapes} whose graph is read-only.</li>
 *   <li>{@link #validate(Graph)} checks the given graph <em>together with the ontology</em>, so that
 *       {@code sh:class} sees that, say, a {@code aikg:Company} is an {@code aikg:Organization}. Pass the
 *       union of all graphs of a dataset (or use {@link #validate(DatasetGraph)}): labels, alt labels and
 *       relations of one entity live in different named graphs, so a single document graph on its own is
 *       expected to fail the label constraint.</li>
 *   <li>A missing or unparsable bundled resource is a packaging bug: the first call fails with an
 *       {@link ExceptionInInitializerError} whose cause is an {@link IllegalStateException} naming the
 *       resource, later calls with {@link NoClassDefFoundError}.</li>
 * </ul>
 *
 * <p>Thread-safety: all methods are safe to call from any thread. The resources are loaded once, lazily,
 * and the cached graphs are never modified afterwards. {@code validate} only reads its argument; the caller
 * must keep it from changing during the call (for TDB2, call it inside a read transaction).
 */
public final class Ontology {
    private Ontology() {}

    /** Classpath resource name of the ontology, relative to this class. */
    static final String ONTOLOGY_RESOURCE = "aikg.ttl";
    /** Classpath resource name of the SHACL shapes, relative to this class. */
    static final String SHAPES_RESOURCE = "aikg-shapes.ttl";

    // Holder idiom: loaded on first use, and class initialisation makes publication thread-safe. The shapes have
    // a holder of their own: every store opening reads the ontology, and parsing the shapes loads the SHACL engine.
    private static final class Loaded {
        static final String TURTLE = read(ONTOLOGY_RESOURCE);
        static final Graph ONTOLOGY = new GraphReadOnly(parse(TURTLE, ONTOLOGY_RESOURCE));
    }

    private static final class LoadedShapes {
        static final String SHAPES_TURTLE = read(SHAPES_RESOURCE);
        static final Shapes SHAPES = Shapes.parse(new GraphReadOnly(parse(SHAPES_TURTLE, SHAPES_RESOURCE)));
    }

    /**
     * The ontology as a new in-memory model, with the prefixes of {@code aikg.ttl}.
     *
     * @return a fresh copy on every call; callers may modify it freely
     */
    public static Model ontology() {
        Model copy = ModelFactory.createDefaultModel();
        copy.getGraph().getPrefixMapping().setNsPrefixes(Loaded.ONTOLOGY.getPrefixMapping());
        Loaded.ONTOLOGY.find().forEachRemaining(copy.getGraph()::add);
        return copy;
    }

    /** The prefixes {@code aikg.ttl} declares, prefix to namespace (a new map; see {@link Prefixes}). */
    static java.util.Map<String, String> ontologyPrefixes() {
        return new java.util.LinkedHashMap<>(Loaded.ONTOLOGY.getPrefixMapping().getNsPrefixMap());
    }

    /** @return the text of {@code aikg.ttl}, exactly as bundled (UTF-8 Turtle) */
    public static String turtle() {
        return Loaded.TURTLE;
    }

    /** @return the text of {@code aikg-shapes.ttl}, exactly as bundled (UTF-8 Turtle) */
    public static String shapesTurtle() {
        return LoadedShapes.SHAPES_TURTLE;
    }

    /** @return the parsed SHACL shapes, shared; their graph rejects modification */
    public static Shapes shapes() {
        return LoadedShapes.SHAPES;
    }

    /**
     * Validates {@code data}, read together with the ontology, against {@link #shapes()}.
     *
     * @param data the graph to check, normally the union of all graphs of the store; not modified
     * @return the SHACL report; {@link ValidationReport#conforms()} tells whether the data is well-formed
     */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(LoadedShapes.SHAPES, new Union(data, Loaded.ONTOLOGY));
    }

    /**
     * Validates the union of the named graphs of {@code dataset} (the graph aikg serves as its default
     * graph), read together with the ontology.
     *
     * @param dataset the dataset to check; not modified
     * @return the SHACL report
     */
    public static ValidationReport validate(DatasetGraph dataset) {
        return validate(dataset.getUnionGraph());
    }

    private static String read(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: org/aikg/ontology/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource org/aikg/ontology/" + resource, e);
        }
    }

    private static Graph parse(String turtle, String resource) {
        try {
            return RDFParser.create().fromString(turtle).lang(Lang.TURTLE).base(AIKG.ONTOLOGY_IRI).toGraph();
        } catch (RuntimeException e) {
            throw new IllegalStateException("bundled " + resource + " is not valid Turtle: " + e.getMessage(), e);
        }
    }
}
