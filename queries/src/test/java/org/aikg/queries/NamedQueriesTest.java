package org.aikg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedQueriesTest {

    private static final Path MODULE_DIR = QueriesTest.MODULE_DIR;

    @Test
    void indexListsExactlyTheQueryFilesOfTheModule() throws IOException {
        List<String> files = QueriesTest.queryNames();
        assertEquals(files, List.copyOf(NamedQueries.shipped().names()),
                "src/main/resources/" + NamedQueries.INDEX + " is out of step with the *.rq files");
    }

    @Test
    void shippedQueriesAreTheModuleFiles() throws IOException {
        for (NamedQuery query : NamedQueries.shipped().all()) {
            String onDisk = Files.readString(MODULE_DIR.resolve(query.name() + ".rq"), StandardCharsets.UTF_8);
            assertEquals(onDisk, query.text(), query.name());
        }
    }

    @Test
    void getAcceptsNameWithOrWithoutExtension() {
        NamedQueries queries = NamedQueries.shipped();
        NamedQuery plain = queries.get("models-by-organization");
        assertSame(plain, queries.get("models-by-organization.rq"));
        assertEquals("models-by-organization", plain.name());
        assertEquals("Models by organization", plain.title());
        assertTrue(plain.description().startsWith("Which organization developed each model?"), plain.description());
        assertEquals("./aikg query models-by-organization", plain.example());
        assertEquals("", plain.parameters());
        assertEquals(Optional.empty(), queries.find("no-such-query"));
    }

    @Test
    void unknownNameFailsListingTheNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.shipped().get("no-such-query"));
        assertTrue(e.getMessage().contains("no-such-query"), e.getMessage());
        assertTrue(e.getMessage().contains("evidence"), e.getMessage());
    }

    @Test
    void resolvePrefersAnExistingFileOverTheShippedQuery(@TempDir Path dir) throws IOException {
        Path edited = dir.resolve("evidence.rq");
        Files.writeString(edited, "# title: My evidence\n# description: Edited copy.\nSELECT * { ?s ?p ?o }\n");
        NamedQuery fromFile = NamedQueries.shipped().resolve(edited.toString());
        assertEquals("evidence", fromFile.name());
        assertEquals("My evidence", fromFile.title());
        NamedQuery shipped = NamedQueries.shipped().resolve("evidence.rq");
        assertEquals("Evidence for facts", shipped.title());
        assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.shipped().resolve(dir.resolve("missing.rq").toString()));
    }

    @Test
    void readFailsOnAMissingFile(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> NamedQueries.read(dir.resolve("missing.rq")));
    }

    @Test
    void headerFieldsContinueOnIndentedCommentLinesAndStopAtTheQuery() {
        String text = """
                # title:  Spaced title
                # description: First part,
                #   second part.
                # An unrelated comment ends the field.
                #   and is not a continuation of anything.
                # parameters: ?name
                # example: ./aikg query demo
                SELECT * WHERE { ?s ?p ?o }
                # title: not a header any more
                """;
        NamedQuery query = NamedQuery.parse("demo.rq", text);
        assertEquals("demo", query.name());
        assertEquals("Spaced title", query.title());
        assertEquals("First part, second part.", query.description());
        assertEquals("?name", query.parameters());
        assertTrue(query.hasParameters());
        assertEquals("./aikg query demo", query.example());
        assertEquals(text, query.text());
    }

    @Test
    void missingHeaderGivesEmptyFields() {
        NamedQuery query = NamedQuery.parse("bare", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals("", query.title());
        assertEquals("", query.description());
        assertEquals(false, query.hasParameters());
    }

    @Test
    void toQueryParsesAFreshQueryEachTime() {
        NamedQuery query = NamedQueries.shipped().get("stats");
        assertNotSame(query.toQuery(), query.toQuery());
        assertTrue(query.toQuery().isSelectType());
    }

    @Test
    void loadFailsWhenTheIndexNamesAMissingQuery(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(NamedQueries.RESOURCE_DIR));
        Files.writeString(folder.resolve("index.txt"), "# comment\npresent\nabsent\n");
        Files.writeString(folder.resolve("present.rq"), "# title: P\nSELECT * {}\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> NamedQueries.load(loader));
            assertTrue(e.getMessage().contains("absent"), e.getMessage());
            Files.writeString(folder.resolve("index.txt"), "# comment\npresent\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(List.of("present"), List.copyOf(NamedQueries.load(loader).names()));
        }
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThrows(IllegalStateException.class, () -> NamedQueries.load(empty));
        }
    }

    @Test
    void parametersAreSetByName() {
        NamedQuery evidence = NamedQueries.shipped().get("evidence");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("minConfidence", "name"), evidence.parameterNames());
        NamedQuery set = evidence.withParameter("minConfidence", "0.8").withParameter("name", "Say \"hi\"");
        org.junit.jupiter.api.Assertions.assertTrue(set.text().contains("BIND(0.8 AS ?minConfidence)"), set.text());
        org.junit.jupiter.api.Assertions.assertTrue(set.text().contains("BIND(\"Say \\\"hi\\\"\" AS ?name)"), set.text());
        set.toQuery(); // still parses
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evidence.withParameter("nope", "1"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("minConfidence"), e.getMessage());
    }
}
