package org.aikg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aikg.ontology.AIKG;
import org.aikg.ontology.Ontology;
import org.aikg.queries.QueryFixture.Table;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code *.rq} of the module against the fixture (three documents in the data-model shape, served
 * with the union default graph) and compares the rows with {@code src/test/resources/expected/NAME.tsv}.
 *
 * <p>A query without an expected file fails. To create or refresh expected files run with
 * {@code -Daikg.queries.updateExpected=true}: the test then writes what the queries return and fails, so that
 * the new files are reviewed before they are trusted.
 */
class QueriesTest {

    static final Path MODULE_DIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path EXPECTED_DIR = MODULE_DIR.resolve("src/test/resources/expected");
    static final boolean UPDATE = Boolean.getBoolean("aikg.queries.updateExpected");

    private static Dataset dataset;

    @BeforeAll
    static void loadFixture() {
        dataset = QueryFixture.newDataset();
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(MODULE_DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(NamedQuery.EXTENSION))
                    .map(NamedQuery::baseName)
                    .sorted()
                    .toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no .rq files in " + MODULE_DIR);
            }
            return names;
        }
    }

    @Test
    void thereAreAtLeastTenQueriesIncludingTheRequiredOnes() throws IOException {
        List<String> names = queryNames();
        assertTrue(names.size() >= 10, names.toString());
        assertTrue(names.containsAll(List.of("models-by-organization", "papers-by-organization",
                "people-affiliations", "documents-mentioning", "evidence", "most-mentioned", "models-based-on",
                "entity-profile", "papers-and-authors", "org-hierarchy")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void headerIsDocumentedAndQueryParses(String name) throws IOException {
        NamedQuery query = NamedQueries.read(MODULE_DIR.resolve(name + NamedQuery.EXTENSION));
        assertEquals(name, query.name());
        assertFalse(query.title().isBlank(), name + ": no '# title:' header");
        assertFalse(query.description().isBlank(), name + ": no '# description:' header");
        assertEquals("./aikg query " + name, query.example(), name + ": '# example:' header");
        boolean marksParameters = query.text().contains("# parameter:");
        assertEquals(marksParameters, query.hasParameters(),
                name + ": a query with BIND lines marked '# parameter:' needs a '# parameters:' header, and vice versa");
        Query parsed = query.toQuery();
        assertTrue(parsed.isSelectType(), name + " is not a SELECT query");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void resultsOnFixtureMatchExpected(String name) throws IOException {
        NamedQuery namedQuery = NamedQueries.read(MODULE_DIR.resolve(name + NamedQuery.EXTENSION));
        Query query = namedQuery.toQuery();
        Table actual = QueryFixture.select(dataset, query);
        Path expectedFile = EXPECTED_DIR.resolve(name + ".tsv");
        if (UPDATE) {
            Files.createDirectories(EXPECTED_DIR);
            Files.writeString(expectedFile, toTsv(actual), StandardCharsets.UTF_8);
            fail("wrote " + expectedFile + ": review it, then run without -Daikg.queries.updateExpected");
        }
        if (!Files.isRegularFile(expectedFile)) {
            fail(name + ": no expected results; create " + expectedFile
                    + " (run with -Daikg.queries.updateExpected=true and review the file)");
        }
        Table expected = fromTsv(Files.readString(expectedFile, StandardCharsets.UTF_8));
        assertFalse(expected.rows().isEmpty(), name + ": the fixture should give the query something to return");
        assertEquals(expected.vars(), actual.vars(), name + ": columns");
        if (query.hasOrderBy()) {
            assertEquals(expected.rows(), actual.rows(), name + ": rows in order");
        } else {
            assertEquals(sorted(expected.rows()), sorted(actual.rows()), name + ": rows (any order)");
        }
    }

    @Test
    void loadedOntologyMakesCompanyAnOrganization() {
        // GitHub and Microsoft are typed only as aikg:Company in the fixture; several expected rows depend on this.
        String ask = "PREFIX aikg: <" + AIKG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "ASK { GRAPH <" + AIKG.ONTOLOGY_IRI + "> { aikg:Company rdfs:subClassOf aikg:Organization } }";
        boolean found = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(ask).build()) {
                return exec.execAsk();
            }
        });
        assertTrue(found, "ontology loaded from " + QueryFixture.ontology());
    }

    @Test
    void rowsStayLabelledWhenAnEntityLacksItsRdfsLabel() {
        Dataset data = QueryFixture.newDataset();
        try {
            Txn.executeWrite(data, () -> {
                Model entities = data.getNamedModel(AIKG.ENTITIES_GRAPH);
                entities.removeAll(ResourceFactory.createResource(AIKG.ID_BASE + "model/gpt3"), RDFS.label, null);
            });
            Table table = run(data, "models-by-organization");
            int model = table.vars().indexOf("model");
            int label = table.vars().indexOf("modelLabel");
            List<String> gpt3Labels = table.rows().stream()
                    .filter(row -> row.get(model).equals("model:gpt3"))
                    .map(row -> row.get(label))
                    .toList();
            // Its only alias in the fixture is "GPT3".
            assertEquals(List.of("\"GPT3\""), gpt3Labels);
        } finally {
            data.close();
        }
    }

    @Test
    void namesMatchIgnoringCaseSpacesAndPunctuation() throws IOException {
        String text = read("documents-mentioning");
        Set<String> byLabel = column(dataset, withParameter(text, "BIND(\"GPT-3\" AS ?name)", "BIND(\"GPT-3\" AS ?name)"), "document");
        Set<String> squashed = column(dataset, withParameter(text, "BIND(\"GPT-3\" AS ?name)", "BIND(\"g p t 3\" AS ?name)"), "document");
        Set<String> byAlias = column(dataset, withParameter(text, "BIND(\"GPT-3\" AS ?name)", "BIND(\"copilot\" AS ?name)"), "document");
        Set<String> unknown = column(dataset, withParameter(text, "BIND(\"GPT-3\" AS ?name)", "BIND(\"GPT-4\" AS ?name)"), "document");
        assertEquals(3, byLabel.size(), byLabel.toString());
        assertEquals(byLabel, squashed);
        assertEquals(Set.of("doc:gpt3-and-codex-3f9a1c2e"), byAlias);
        assertEquals(Set.of(), unknown);
    }

    @Test
    void evidenceParametersFilterByConfidenceAndEntity() throws IOException {
        String text = read("evidence");
        text = withParameter(text, "BIND(0.5 AS ?minConfidence)", "BIND(0.9 AS ?minConfidence)");
        text = withParameter(text, "BIND(\"\" AS ?name)", "BIND(\"openai\" AS ?name)");
        Table table = QueryFixture.select(dataset, QueryFactory.create(text));
        List<String> facts = table.rows().stream()
                .map(row -> String.join(" ", row.subList(0, 4)))
                .toList();
        assertEquals(List.of(
                "\"GPT-3\" \"developedBy\" \"OpenAI\" \"0.92e0\"^^xsd:double",
                "\"CLIP\" \"developedBy\" \"OpenAI\" \"0.9e0\"^^xsd:double"), facts);
    }

    @Test
    void everyMentionHasItsAssertionAndNoRelationQueryListsThem() {
        // The expected files were written before the fixture had mention assertions; they still hold only if
        // the queries about relation statements skip them. This keeps the fixture exercising that.
        String count = "PREFIX aikg: <" + AIKG.NS + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { %s }";
        long mentions = number(count.formatted("?d aikg:mentions ?e"));
        long backed = number(count.formatted("?d aikg:mentions ?e . ?a a aikg:Assertion ; rdf:subject ?d ; "
                + "rdf:predicate aikg:mentions ; rdf:object ?e ; aikg:statedIn ?d ; aikg:mentionCount ?c"));
        assertTrue(mentions > 0);
        assertEquals(mentions, backed, "every aikg:mentions of the fixture has exactly one mention assertion");
        for (String name : List.of("evidence", "relations-low-confidence", "relations")) {
            Table table = run(dataset, name);
            int relation = table.vars().indexOf("relation");
            assertTrue(relation >= 0, name);
            assertTrue(table.rows().stream().noneMatch(row -> row.get(relation).equals("\"mentions\"")), name);
        }
    }

    @Test
    void fixtureConformsToTheShapes() {
        // The fixture claims the data-model shape; the shapes say what that is.
        ValidationReport report = Txn.calculateRead(dataset, () -> Ontology.validate(dataset.asDatasetGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    private static long number(String select) {
        Table table = QueryFixture.select(dataset, QueryFactory.create(select));
        String cell = table.rows().get(0).get(0);
        return Long.parseLong(cell.substring(1, cell.indexOf('"', 1)));
    }

    @Test
    void modelsBasedOnFollowsTheLineageOfAnotherBase() throws IOException {
        String text = withParameter(read("models-based-on"), "BIND(\"Transformer\" AS ?name)", "BIND(\"GPT-3\" AS ?name)");
        Table table = QueryFixture.select(dataset, QueryFactory.create(text));
        List<String> modelAndSteps = table.rows().stream()
                .map(row -> row.get(0) + " " + row.get(1))
                .toList();
        assertEquals(List.of("\"Codex\" \"1\"^^xsd:integer", "\"GitHub Copilot\" \"2\"^^xsd:integer"), modelAndSteps);
    }

    private static Table run(Dataset data, String name) {
        return QueryFixture.select(data, NamedQueries.read(MODULE_DIR.resolve(name + NamedQuery.EXTENSION)).toQuery());
    }

    private static String read(String name) throws IOException {
        return Files.readString(MODULE_DIR.resolve(name + NamedQuery.EXTENSION), StandardCharsets.UTF_8);
    }

    /** Replaces a parameter's default; fails if the query no longer has that default, so tests track the file. */
    private static String withParameter(String text, String defaultBinding, String binding) {
        assertTrue(text.contains(defaultBinding), "query no longer contains " + defaultBinding);
        return text.replace(defaultBinding, binding);
    }

    private static Set<String> column(Dataset data, String text, String var) {
        Table table = QueryFixture.select(data, QueryFactory.create(text));
        int i = table.vars().indexOf(var);
        assertTrue(i >= 0, "no column " + var);
        return table.rows().stream().map(row -> row.get(i)).collect(Collectors.toSet());
    }

    static String toTsv(Table table) {
        StringBuilder out = new StringBuilder();
        out.append(table.vars().stream().map(v -> "?" + v).collect(Collectors.joining("\t"))).append('\n');
        for (List<String> row : table.rows()) {
            out.append(String.join("\t", row)).append('\n');
        }
        return out.toString();
    }

    static Table fromTsv(String tsv) {
        List<String> lines = tsv.lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty expected file");
        }
        List<String> vars = Stream.of(lines.get(0).split("\t", -1)).map(v -> v.substring(1)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = List.of(line.split("\t", -1));
            if (row.size() != vars.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header " + vars.size() + ": " + line);
            }
            rows.add(row);
        }
        return new Table(vars, rows);
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }
}
