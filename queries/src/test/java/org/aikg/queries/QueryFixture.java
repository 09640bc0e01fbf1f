package org.aikg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aikg.ontology.AIKG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.XSD;

/**
 * Test support: the fixture dataset, served the way {@code aikg serve} serves data (union default graph), and
 * a stable text form of query results for the expected-result files.
 */
final class QueryFixture {
    private QueryFixture() {}

    static final String REAL_ONTOLOGY = "org/aikg/ontology/aikg.ttl";
    static final String STAND_IN_ONTOLOGY = "test-ontology.ttl";

    // Short forms that keep the expected files readable; where namespaces nest, the longest match wins.
    private static final Map<String, String> PREFIXES = Map.of(
            "aikg:", AIKG.NS,
            "model:", AIKG.ID_BASE + "model/",
            "paper:", AIKG.ID_BASE + "paper/",
            "org:", AIKG.ID_BASE + "organization/",
            "person:", AIKG.ID_BASE + "person/",
            "doc:", AIKG.DOC_BASE,
            "wd:", AIKG.WIKIDATA,
            "xsd:", XSD.NS);

    /** Which ontology file the datasets load: the ontology module's when on the classpath, else the stand-in. */
    static URL ontology() {
        ClassLoader loader = QueryFixture.class.getClassLoader();
        URL real = loader.getResource(REAL_ONTOLOGY);
        return real != null ? real : loader.getResource(STAND_IN_ONTOLOGY);
    }

    /** A fresh in-memory TDB2 dataset holding the fixture and the ontology, default graph = union of named graphs. */
    static Dataset newDataset() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            try (InputStream in = open(QueryFixture.class.getClassLoader().getResource("fixture.trig"))) {
                RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (InputStream in = open(ontology())) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(dataset.getNamedModel(AIKG.ONTOLOGY_IRI).getGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the counts and name keys a store keeps as documents are written, which the queries read
            org.aikg.ingest.store.StoreIndex.rebuild(dataset.asDatasetGraph());
        });
        return dataset;
    }

    /** The result of a SELECT query: the variable names and the rows, each cell in {@link #cell} form. */
    record Table(List<String> vars, List<List<String>> rows) {}

    static Table select(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = exec.execSelect();
                List<String> vars = List.copyOf(results.getResultVars());
                List<List<String>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    List<String> row = new ArrayList<>();
                    for (String var : vars) {
                        row.add(cell(solution.get(var)));
                    }
                    rows.add(List.copyOf(row));
                }
                return new Table(vars, List.copyOf(rows));
            }
        });
    }

    /**
     * One term as text: empty when unbound, IRIs shortened with the fixture's prefixes (else {@code <iri>}),
     * literals quoted with their datatype unless it is xsd:string. Tabs and line breaks are escaped so a
     * cell never breaks the TSV.
     */
    static String cell(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return iri(node.asResource().getURI());
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String quoted = '"' + escape(literal.getLexicalForm()) + '"';
            if (!literal.getLanguage().isEmpty()) {
                return quoted + "@" + literal.getLanguage();
            }
            String datatype = literal.getDatatypeURI();
            return datatype == null || datatype.equals(XSD.xstring.getURI()) ? quoted : quoted + "^^" + iri(datatype);
        }
        throw new AssertionError("blank node in query results: " + node);
    }

    private static String iri(String iri) {
        String best = null;
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue()) && (best == null || prefix.getValue().length() > PREFIXES.get(best).length())) {
                best = prefix.getKey();
            }
        }
        return best == null ? "<" + iri + ">" : best + iri.substring(PREFIXES.get(best).length());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static InputStream open(URL url) throws IOException {
        if (url == null) {
            throw new IllegalStateException("test resource missing");
        }
        return url.openStream();
    }
}
