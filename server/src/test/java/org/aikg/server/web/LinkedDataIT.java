package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.aikg.queries.NamedQueries;
import org.aikg.server.AikgServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web application over plain HTTP: content negotiation of entity and document IRIs, the JSON APIs, and
 * the escaping of hostile text in server-rendered pages. Runs on the sample corpus ingested for real.
 */
class LinkedDataIT {

    private static final String OPENAI = "https://w3id.org/aikg/id/organization/openai";
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tempDir;
    private static WebFixture fixture;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        fixture = WebFixture.start(tempDir);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static HttpResponse<String> get(String pathOrUrl, String accept) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : fixture.url(pathOrUrl);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, Model> negotiateAll(String path) throws Exception {
        Map<String, Lang> langs = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES);
        Map<String, Model> models = new java.util.HashMap<>();
        for (var e : langs.entrySet()) {
            HttpResponse<String> r = get(path, e.getKey());
            assertEquals(200, r.statusCode(), path + " as " + e.getKey());
            assertEquals(e.getKey(), mediaType(r), path + " as " + e.getKey());
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
            models.put(e.getKey(), parse(r.body(), e.getValue()));
        }
        return models;
    }

    @Test
    void entityIriNegotiatesTheSameTriplesInEverySyntax() throws Exception {
        Map<String, Model> models = negotiateAll("/id/organization/openai");
        Model turtle = models.get("text/turtle");
        assertFalse(turtle.isEmpty());
        assertTrue(turtle.isIsomorphicWith(models.get("application/ld+json")), "JSON-LD differs from Turtle");
        assertTrue(turtle.isIsomorphicWith(models.get("application/n-triples")), "N-Triples differs from Turtle");

        Resource openai = turtle.createResource(OPENAI);
        assertTrue(turtle.contains(openai, RDFS.label, "OpenAI"), "label missing");
        // Everything the union graph says about the entity as subject is in the description.
        Model expected = ModelFactory.createDefaultModel();
        Txn.executeRead(fixture.store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(fixture.store.dataset())
                    .query("CONSTRUCT { <" + OPENAI + "> ?p ?o } WHERE { <" + OPENAI + "> ?p ?o }").build()) {
                expected.add(qe.execConstruct());
            }
        });
        assertTrue(expected.size() > 2);
        for (Statement s : expected.listStatements().toList()) {
            assertTrue(turtle.contains(s), "description lacks " + s);
        }
        // Its assertions come along: every assertion naming it as subject or object, with evidence.
        List<Resource> assertions = turtle.listSubjectsWithProperty(
                turtle.createProperty("https://w3id.org/aikg/ontology#", "evidenceText")).toList();
        assertFalse(assertions.isEmpty(), "no assertion in the description");
        for (Resource a : assertions) {
            boolean about = turtle.contains(a, org.apache.jena.vocabulary.RDF.subject, openai)
                    || turtle.contains(a, org.apache.jena.vocabulary.RDF.object, openai);
            assertTrue(about, a + " is not about OpenAI");
        }
    }

    @Test
    void documentIriNegotiatesToo() throws Exception {
        String doc = fixture.document("04-prompt-injection-notes");
        String path = "/doc/" + doc.substring("https://w3id.org/aikg/doc/".length());
        Map<String, Model> models = negotiateAll(path);
        Model nt = models.get("application/n-triples");
        assertTrue(nt.isIsomorphicWith(models.get("text/turtle")));
        assertTrue(nt.isIsomorphicWith(models.get("application/ld+json")));
        assertTrue(nt.contains(nt.createResource(doc), org.apache.jena.vocabulary.DCTerms.title,
                "Field Notes on Prompt Injection: What the Papers Say and What Still Breaks"));

        HttpResponse<String> html = get(path, BROWSER_ACCEPT);
        assertEquals(200, html.statusCode());
        assertEquals("text/html", mediaType(html));
        assertTrue(html.body().contains("Field Notes on Prompt Injection"));
        assertTrue(html.body().contains("2024-01-10"), "date missing");
    }

    @Test
    void browsersAndPlainClientsGetTheHtmlPage() throws Exception {
        for (String accept : new String[] {BROWSER_ACCEPT, "*/*", null, "text/html"}) {
            HttpResponse<String> r = get("/id/organization/openai", accept);
            assertEquals(200, r.statusCode(), "Accept " + accept);
            assertEquals("text/html", mediaType(r), "Accept " + accept);
            assertTrue(r.body().contains("<span id=\"entity-name\">OpenAI</span>"), "Accept " + accept);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        }
        // A client that prefers Turtle over HTML by quality gets Turtle.
        HttpResponse<String> r = get("/id/organization/openai", "text/html;q=0.5, text/turtle");
        assertEquals("text/turtle", mediaType(r));
        // ?format= overrides Accept.
        HttpResponse<String> forced = get("/id/organization/openai?format=nt", BROWSER_ACCEPT);
        assertEquals("application/n-triples", mediaType(forced));
        assertFalse(parse(forced.body(), Lang.NTRIPLES).isEmpty());
        // Any IRI through /entity?iri=, same page.
        HttpResponse<String> byParam = get("/entity?iri=" + enc(OPENAI), null);
        assertTrue(byParam.body().contains("<span id=\"entity-name\">OpenAI</span>"));
    }

    @Test
    void everyServedSyntaxCarriesTheSameTriplesWithTheProjectsPrefixes() throws Exception {
        Model reference = parse(get("/id/organization/openai", "application/n-triples").body(), Lang.NTRIPLES);
        assertFalse(reference.isEmpty());
        for (RdfSyntax syntax : RdfSyntax.ALL) {
            for (String type : syntax.mediaTypes()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.url("/id/organization/openai")))
                        .timeout(Duration.ofSeconds(30)).header("Accept", type).build();
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), type);
                assertEquals(syntax.lang().getContentType().getContentTypeStr(), mediaType(r), type);
                // Quad syntaxes carry the description as their default graph.
                Model back = org.apache.jena.query.DatasetFactory.create().getDefaultModel();
                var dataset = org.apache.jena.query.DatasetFactory.create();
                RDFDataMgr.read(dataset, new ByteArrayInputStream(r.body()), syntax.lang());
                back.add(dataset.getDefaultModel());
                assertTrue(reference.isIsomorphicWith(back), type + " differs from N-Triples");
            }
        }
        String turtle = get("/id/organization/openai", "text/turtle").body();
        for (String prefix : List.of("aikg:", "rdfs:", "dcterms:", "xsd:", "rdf:")) {
            assertTrue(turtle.contains("PREFIX " + prefix) || turtle.contains("@prefix " + prefix), "Turtle lacks " + prefix);
        }
        String rdfxml = get("/id/organization/openai", "application/rdf+xml").body();
        assertTrue(rdfxml.contains("xmlns:aikg=\"https://w3id.org/aikg/ontology#\""), rdfxml);
        assertFalse(rdfxml.contains("j.0"), rdfxml);
    }

    @Test
    void unacceptableIs406AndMalformedAcceptGetsThePage() throws Exception {
        for (String path : List.of("/id/organization/openai", "/entity?iri=" + enc(OPENAI))) {
            HttpResponse<String> r = get(path, "image/png");
            assertEquals(406, r.statusCode(), path);
            assertTrue(r.body().contains("text/turtle"), r::body);
        }
        String doc = "/doc/" + fixture.document("04-prompt-injection-notes").substring("https://w3id.org/aikg/doc/".length());
        for (String path : List.of("/id/organization/openai", doc)) {
            for (String bad : List.of(";", ",", "text/", "*/html", "text/turtle;q=x", ";;;,,,", "a/b/c")) {
                HttpResponse<String> r = get(path, bad);
                assertEquals(200, r.statusCode(), path + " Accept " + bad);
                assertEquals("text/html", mediaType(r), path + " Accept " + bad);
            }
        }
        assertEquals(400, get("/id/organization/openai?format=shaclc", null).statusCode());
        assertEquals("application/rdf+xml", mediaType(get("/id/organization/openai?format=rdfxml", BROWSER_ACCEPT)));
    }

    @Test
    void unknownIrisAre404() throws Exception {
        assertEquals(404, get("/id/model/no-such-model-anywhere", null).statusCode());
        assertEquals(404, get("/id/model/no-such-model-anywhere", "text/turtle").statusCode());
        assertEquals(404, get("/doc/nothing-here-00000000", "application/ld+json").statusCode());
        int traversal = get("/static/../aikg/queries/stats.rq", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
        int encoded = get("/static/%2e%2e/aikg/queries/stats.rq", null).statusCode();
        assertTrue(encoded == 400 || encoded == 404, "encoded path traversal answered " + encoded);
        assertEquals(404, get("/static/app.unknown", null).statusCode());
    }

    @Test
    void entityPageShowsRelationsEvidenceAndDocuments() throws Exception {
        String body = get("/id/organization/openai", null).body();
        assertTrue(body.contains("developedBy"), "no relation shown");
        assertTrue(body.contains("class=\"sentence\""), "no evidence sentence shown");
        assertTrue(body.contains("href=\"/doc/"), "no link to a document");
        assertTrue(body.contains("Wikidata"), "no Wikidata link");
        assertTrue(body.contains("<div id=\"graph\""), "no graph");
    }

    @Test
    void searchFindsByLabelAliasAndType() throws Exception {
        JsonNode hits = JSON.readTree(get("/api/search?q=OPENai", null).body());
        assertEquals(OPENAI, hits.get(0).get("iri").asText(), "exact match first, case ignored");
        assertEquals("/id/organization/openai", hits.get(0).get("url").asText());

        JsonNode people = JSON.readTree(get("/api/search?type=Person&q=a", null).body());
        assertTrue(people.size() > 0);
        for (JsonNode h : people) {
            assertEquals("Person", h.get("type").asText());
        }
        JsonNode models = JSON.readTree(get("/api/search?type=Model&q=gpt", null).body());
        assertTrue(models.size() > 1);
        for (JsonNode h : models) {
            assertEquals("Model", h.get("type").asText());
            assertTrue((h.get("label").asText() + h.get("matched").asText()).toLowerCase(Locale.ROOT).contains("gpt"));
        }

        // By alias: any alternative spelling in the graph finds its entity.
        List<String[]> aliases = new ArrayList<>();
        Txn.executeRead(fixture.store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(fixture.store.dataset()).query("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX aikg: <https://w3id.org/aikg/ontology#>
                    SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias ; a aikg:Model } ORDER BY ?alias LIMIT 3""").build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) ->
                        aliases.add(new String[] {s.getResource("e").getURI(), s.getLiteral("alias").getString()}));
            }
        });
        assertFalse(aliases.isEmpty(), "the sample corpus has no alias");
        for (String[] a : aliases) {
            JsonNode found = JSON.readTree(get("/api/search?limit=100&q=" + enc(a[1]), null).body());
            Set<String> iris = new HashSet<>();
            found.forEach(h -> iris.add(h.get("iri").asText()));
            assertTrue(iris.contains(a[0]), "alias " + a[1] + " does not find " + a[0]);
        }
        assertEquals(400, get("/api/search?q=x&type=Spaceship", null).statusCode());
        assertEquals("[]", get("/api/search?q=", null).body().strip());
    }

    @Test
    void graphApiReturnsTheNeighbourhood() throws Exception {
        JsonNode one = JSON.readTree(get("/api/graph?depth=1&iri=" + enc(OPENAI), null).body());
        JsonNode two = JSON.readTree(get("/api/graph?depth=2&iri=" + enc(OPENAI), null).body());
        assertEquals(OPENAI, one.get("nodes").get(0).get("id").asText());
        assertTrue(one.get("nodes").size() > 1);
        assertTrue(two.get("nodes").size() >= one.get("nodes").size());
        for (JsonNode g : List.of(one, two)) {
            Set<String> ids = new HashSet<>();
            g.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
            for (JsonNode e : g.get("edges")) {
                assertTrue(ids.contains(e.get("source").asText()) && ids.contains(e.get("target").asText()));
                assertTrue(KnowledgeGraph.RELATIONS.contains("https://w3id.org/aikg/ontology#" + e.get("relation").asText()));
            }
        }
        assertEquals(400, get("/api/graph?depth=3&iri=" + enc(OPENAI), null).statusCode());
    }

    @Test
    void queriesApiListsTheShippedQueries() throws Exception {
        JsonNode list = JSON.readTree(get("/api/queries", null).body());
        Set<String> names = new HashSet<>();
        list.forEach(q -> {
            names.add(q.get("name").asText());
            assertFalse(q.get("text").asText().isBlank());
        });
        assertEquals(NamedQueries.shipped().names(), names);
    }

    /** A {@code <script} tag the application wrote itself: one loading a file of ours. */
    private static final Pattern OWN_SCRIPT = Pattern.compile("<script src=\"/(static|webjars)/[^\"<>]+\"></script>");

    private static void assertNoMarkupFromData(String what, String html) {
        String stripped = OWN_SCRIPT.matcher(html).replaceAll("");
        assertFalse(stripped.toLowerCase(Locale.ROOT).contains("<script"), what + " has a script from the data");
        assertFalse(stripped.toLowerCase(Locale.ROOT).contains("<img"), what + " has an img from the data");
        assertFalse(stripped.contains("<b>"), what + " has a b tag from the data");
    }

    @Test
    void hostileTextIsEscapedOnEveryPage() throws Exception {
        String hostile = fixture.document("hostile.md");
        HttpResponse<String> page = get(Links.page(hostile), null);
        assertEquals(200, page.statusCode());
        assertNoMarkupFromData(hostile, page.body());
        // In element content only &, < and > need escaping (jte leaves quotes as they are there; in attributes it
        // escapes them too).
        assertTrue(page.body().contains("&lt;script&gt;window.__xss = 'title'&lt;/script&gt;"), "title not escaped as text");
        assertTrue(page.body().contains("&lt;b&gt;mallory&lt;/b&gt;"), "author not escaped as text");

        String plain = fixture.document("hostile-plain.txt");
        String plainPage = get(Links.page(plain), null).body();
        assertNoMarkupFromData(plain, plainPage);
        assertTrue(plainPage.contains("&lt;script&gt;window.__xss = 'plain'&lt;/script&gt;"), "evidence not shown as text");

        // Every document page, and the page of every entity the hostile documents mention.
        Set<String> pages = new HashSet<>(fixture.store.documents().values());
        for (String doc : List.of(hostile, plain)) {
            Matcher m = Pattern.compile("href=\"(/id/[^\"]+)\"").matcher(get(Links.page(doc), null).body());
            while (m.find()) {
                pages.add("https://w3id.org/aikg" + m.group(1));
            }
        }
        assertTrue(pages.size() > 10);
        for (String iri : pages) {
            HttpResponse<String> r = get(Links.page(iri), null);
            assertEquals(200, r.statusCode(), iri);
            assertNoMarkupFromData(iri, r.body());
        }
        // Search echoes the query escaped.
        String search = get("/search?q=" + enc("<script>alert(1)</script>"), null).body();
        assertNoMarkupFromData("search", search);
        assertTrue(search.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void webAppCanBeTurnedOff() throws Exception {
        try (AikgServer bare = AikgServer.builder().dataset(fixture.store.dataset()).port(0).webApp(false).build().start()) {
            assertEquals(404, get(bare.webUrl(), null).statusCode());
            assertEquals(404, get(bare.webUrl() + "id/organization/openai", null).statusCode());
            assertEquals(200, get(bare.endpoint() + "?query=" + enc("ASK {}"), null).statusCode());
        }
        assertEquals(200, get("/", null).statusCode());
    }
}
