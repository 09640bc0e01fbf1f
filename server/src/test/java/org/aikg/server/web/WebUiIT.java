package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.aikg.queries.NamedQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application in headless Chromium (Debian's chromium and chromium-driver): the query page runs a
 * shipped query, search suggests and opens entities, the graph is drawn, and hostile text stays text.
 * Skipped when {@code /usr/bin/chromium} is absent; CI installs it.
 *
 * <p>Screenshots go to {@code target/screenshots/}. With {@code -Daikg.docs.screenshots=true} one more test
 * takes the README's screenshots (query page, entity page) into {@code docs/screenshots/}; it is opt-in so
 * that a normal build does not rewrite files under version control.
 */
class WebUiIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path DOC_SCREENSHOTS = Path.of("../docs/screenshots");
    // Counts calls instead of opening a dialog; installed before any page script runs.
    private static final String ALERT_TRAP = "window.__alerts = 0; window.alert = window.confirm = window.prompt = "
            + "function () { window.__alerts++; };";

    @TempDir
    static Path tempDir;
    private static WebFixture fixture;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        // An explicit driver keeps Selenium Manager from looking for (or downloading) one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        fixture = WebFixture.start(tempDir);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory(tempDir, "chromium-profile"));
        // A service of its own per browser: quit() shuts the service down with the browser.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ALERT_TRAP));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private Path screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static void publish(Path screenshot, String name) throws IOException {
        if (Boolean.getBoolean("aikg.docs.screenshots")) {
            Files.createDirectories(DOC_SCREENSHOTS);
            Files.copy(screenshot, DOC_SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private long rowCount() {
        return ((Number) js("return document.querySelectorAll('.yasr table tbody tr').length;")).longValue();
    }

    @Test
    void queryPageRunsAShippedQuery() throws IOException {
        driver.get(fixture.url("/"));
        int shipped = NamedQueries.shipped().names().size();
        wait.until(d -> d.findElements(By.cssSelector("#query-list button.named-query")).size() == shipped);
        wait.until(d -> js("return window.aikgYasgui && window.aikgYasgui.getTab().getYasqe() ? 1 : 0;")
                .equals(1L));
        driver.findElement(By.cssSelector("#query-list button[data-name='documents']")).click();
        // The page ran its example first: wait for the documents' results, not just for rows.
        wait.until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("Field Notes on Prompt Injection")
                && rowCount() >= fixture.store.documents().size());
        String results = driver.findElement(By.cssSelector(".yasr")).getText();
        assertTrue(results.contains("Field Notes on Prompt Injection"), "a document title is in the results");
        String editor = (String) js("return window.aikgYasgui.getTab().getYasqe().getValue();");
        assertEquals(NamedQueries.shipped().get("documents").text(), editor);
        screenshot("query-page");

        // Another query replaces the results.
        driver.findElement(By.cssSelector("#query-list button[data-name='stats']")).click();
        wait.until(d -> driver.findElement(By.cssSelector(".yasr")).getText().contains("documents")
                && !driver.findElement(By.cssSelector(".yasr")).getText().contains("Field Notes on Prompt Injection"));
        assertNoScriptRan();
    }

    private String editorText() {
        return (String) js("return window.aikgYasgui.getTab().getYasqe().getValue();");
    }

    /** The texts of one column of the results table, by its variable's name. */
    @SuppressWarnings("unchecked")
    private List<String> column(String variable) {
        return (List<String>) js("var name = arguments[0];"
                + "var heads = Array.from(document.querySelectorAll('.yasr table thead th'));"
                + "var i = heads.findIndex(function (h) { return h.textContent.trim() === name; });"
                + "if (i < 0) return [];"
                + "return Array.from(document.querySelectorAll('.yasr table tbody tr')).map(function (r) {"
                + "  return r.children[i] ? r.children[i].textContent.trim() : null; });", variable);
    }

    @Test
    void queryPageOpensOnAPrefixedExampleWhoseLinksStayLocal() throws IOException {
        driver.get(fixture.url("/"));
        wait.until(d -> rowCount() > 0);
        assertTrue(editorText().startsWith("PREFIX aikg: <https://w3id.org/aikg/ontology#>"), editorText());
        // Counts are plain numbers, not "1"^^xsd:integer.
        List<String> counts = column("documents");
        assertEquals(rowCount(), counts.size(), "no documents column");
        assertTrue(counts.stream().allMatch(c -> c.matches("\\d+")), counts.toString());
        assertFalse(driver.findElement(By.cssSelector(".yasr table")).getText().contains("^^"));
        // Every link to one of the project's IRIs goes to a local page; none leaves for w3id.org.
        assertEquals(0L, js("return document.querySelectorAll(\".yasr a[href^='https://w3id.org/']\").length;"));
        WebElement link = driver.findElement(By.cssSelector(".yasr a.iri[href^='/id/model/']"));
        String iri = link.getAttribute("data-iri");
        assertTrue(iri.startsWith("https://w3id.org/aikg/id/model/"), iri);
        screenshot("query-page-example");
        // The table cuts long IRIs with an ellipsis, so the link's centre, where WebDriver clicks, may lie under
        // the next cell; a user clicks its visible part. The click event is the same, and opens the page at once.
        js("arguments[0].click();", link);
        wait.until(ExpectedConditions.urlContains(Links.page(iri)));
        assertFalse(driver.findElement(By.id("entity-name")).getText().isBlank());
        assertEquals(1, driver.getWindowHandles().size(), "the link opened another window");
        assertNoScriptRan();
    }

    @Test
    void aDeepLinkRunsItsQueryAndTheEditorKeepsItsText() {
        driver.get(fixture.url("/?query=models-by-organization"));
        wait.until(d -> rowCount() > 3);
        assertEquals(NamedQueries.shipped().get("models-by-organization").text(), editorText());
        assertTrue(driver.findElement(By.cssSelector("#query-list button[data-name='models-by-organization']"))
                .getAttribute("class").contains("current"));
        assertTrue(column("documents").stream().allMatch(c -> c.matches("\\d+")), column("documents").toString());

        // Each shipped query carries its link; choosing one puts its name into the address.
        assertEquals(fixture.url("/?query=stats"),
                driver.findElement(By.cssSelector("#query-list a.query-name[href$='query=stats']")).getAttribute("href"));
        driver.findElement(By.cssSelector("#query-list button[data-name='stats']")).click();
        wait.until(ExpectedConditions.urlContains("?query=stats"));

        // An edit is the user's own query: the address drops the name, a reload keeps the text.
        String mine = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { ?x rdfs:label ?label } LIMIT 3";
        js("window.aikgYasgui.getTab().getYasqe().setValue(arguments[0]);", mine);
        wait.until(d -> !d.getCurrentUrl().contains("query="));
        driver.navigate().refresh();
        wait.until(d -> js("return window.aikgYasgui ? 1 : 0;").equals(1L));
        assertEquals(mine, editorText());

        // A name that is no shipped query says so and leaves the user's text alone.
        driver.get(fixture.url("/?query=no-such-query"));
        wait.until(d -> d.findElement(By.id("query-status")).getText().contains("no-such-query"));
        assertEquals(mine, editorText());
        assertNoScriptRan();
    }

    @Test
    void searchKeepsItsQuery() {
        driver.get(fixture.url("/search?q=openai&type=Organization"));
        assertEquals("openai", driver.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals("Organization", new Select(driver.findElement(By.id("search-type"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertFalse(driver.findElements(By.cssSelector("ul.hits li a")).isEmpty());
        // Submitting the box again searches for what it shows. The URL held the query before the click too, so
        // the new page is known by the old box going stale, not by the URL.
        WebElement before = driver.findElement(By.id("search-q"));
        driver.findElement(By.cssSelector("form.search button[type='submit']")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.urlContains("q=openai"));
        assertEquals("openai", driver.findElement(By.id("search-q")).getAttribute("value"));
    }

    @Test
    void searchSuggestsAndOpensTheEntityPage() throws IOException {
        driver.get(fixture.url("/query"));
        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("openai");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li a")));
        WebElement first = driver.findElement(By.cssSelector("#suggestions li a"));
        assertTrue(first.getText().contains("OpenAI"), first.getText());
        first.click();
        wait.until(ExpectedConditions.urlContains("/id/organization/openai"));
        assertEquals("OpenAI", driver.findElement(By.id("entity-name")).getText());
        List<WebElement> relations = driver.findElements(By.cssSelector("table.relations tbody tr"));
        assertFalse(relations.isEmpty(), "no relation rows");
        assertTrue(relations.stream().anyMatch(r -> r.getText().contains("developedBy")));
        assertTrue(driver.findElements(By.cssSelector("table.relations q.sentence")).size() > 0, "no evidence");
        assertTrue(driver.findElements(By.cssSelector("ul.documents li a")).size() > 0, "no mentioning document");
        wait.until(d -> graphNodes() > 1);
        screenshot("entity-page");

        // The type filter narrows the suggestions.
        WebElement search = driver.findElement(By.id("search-q"));
        new Select(driver.findElement(By.id("search-type"))).selectByValue("Model");
        search.clear();
        search.sendKeys("gpt");
        wait.until(d -> d.findElements(By.cssSelector("#suggestions li a")).size() > 1);
        for (WebElement badge : driver.findElements(By.cssSelector("#suggestions li a .badge"))) {
            assertEquals("Model", badge.getText());
        }
        assertNoScriptRan();
    }

    @Test
    void screenshotsForTheReadme() throws IOException {
        assumeTrue(Boolean.getBoolean("aikg.docs.screenshots"), "only with -Daikg.docs.screenshots=true");
        driver.get(fixture.url("/?query=models-by-organization"));
        wait.until(d -> d.findElements(By.cssSelector("#query-list button.current[data-name='models-by-organization']"))
                .size() == 1 && rowCount() > 3);
        publish(screenshot("readme-query-page"), "query-page.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
        driver.get(fixture.url("/id/model/llama"));
        wait.until(d -> graphNodes() > 1);
        driver.findElement(By.cssSelector("button.depth[data-depth='2']")).click();
        wait.until(d -> driver.findElement(By.cssSelector("button.depth[data-depth='2']")).getAttribute("class")
                .contains("current") && driver.findElement(By.id("graph-status")).getText().contains("nodes"));
        publish(screenshot("readme-entity-page"), "entity-page.png");
        for (String name : List.of("query-page.png", "entity-page.png")) {
            assertTrue(Files.size(DOC_SCREENSHOTS.resolve(name)) < 300_000, name + " is over 300 KB");
        }
    }

    private long graphNodes() {
        Object n = js("return window.aikgGraph ? window.aikgGraph.nodes().length : 0;");
        return ((Number) n).longValue();
    }

    @Test
    void graphIsDrawnAndNodesNavigate() throws IOException {
        driver.get(fixture.url("/id/organization/openai"));
        wait.until(d -> graphNodes() > 1);
        long depthOne = graphNodes();
        assertTrue(((Number) js("return window.aikgGraph.edges().length;")).longValue() > 0);
        // Nodes are coloured by type: the centre is an organization, drawn in the organization colour.
        assertEquals("Organization", js("return window.aikgGraph.nodes()[0].data('type');"));
        String centreColour = (String) js("return window.aikgGraph.nodes()[0].style('background-color');");
        assertEquals("rgb(22,163,74)", centreColour.replace(" ", ""));

        driver.findElement(By.cssSelector("button.depth[data-depth='2']")).click();
        wait.until(d -> driver.findElement(By.id("graph-status")).getText().contains("nodes")
                && ((Number) js("return window.aikgGraph.nodes().length;")).longValue() >= depthOne
                && driver.findElement(By.cssSelector("button.depth[data-depth='2']")).getAttribute("class")
                        .contains("current"));
        screenshot("graph-depth-2");

        String target = (String) js("var n = window.aikgGraph.nodes().filter(function (x) { "
                + "return x.data('centre') !== 1; })[0]; var url = n.data('url'); n.emit('tap'); return url;");
        wait.until(ExpectedConditions.urlContains(target));
        wait.until(d -> graphNodes() >= 1);
        assertNoScriptRan();
    }

    @Test
    void hostileTextIsShownAsText() throws IOException {
        String hostile = fixture.document("hostile.md");
        driver.get(fixture.url(Links.page(hostile)));
        String title = driver.findElement(By.id("document-title")).getText();
        assertTrue(title.contains("<script>window.__xss = 'title'</script>"), title);
        assertTrue(title.contains("<img src=x onerror="), title);
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("<b>mallory</b>"));
        assertTrue(driver.findElements(By.cssSelector("main script, main img, main b")).isEmpty());
        screenshot("hostile-document");
        assertNoScriptRan();

        String plain = fixture.document("hostile-plain.txt");
        driver.get(fixture.url(Links.page(plain)));
        assertTrue(driver.findElement(By.cssSelector("table.statements")).getText()
                .contains("<script>window.__xss = 'plain'</script>"));
        assertNoScriptRan();
        // The entity the hostile sentence is about shows it as text too, and its graph still draws.
        driver.findElement(By.cssSelector("table.statements td a")).click();
        wait.until(d -> graphNodes() > 1);
        assertTrue(driver.findElement(By.cssSelector("table.relations")).getText().contains("<script>"));
        assertNoScriptRan();

        // The sample document about prompt injection ingests and displays like any other.
        driver.get(fixture.url(Links.page(fixture.document("04-prompt-injection-notes"))));
        assertTrue(driver.findElement(By.id("document-title")).getText().startsWith("Field Notes on Prompt Injection"));
        assertFalse(driver.findElements(By.cssSelector("ul.mentions li a")).isEmpty());
        assertNoScriptRan();

        // Suggestions render names as text as well.
        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("<img src=x onerror=alert(1)>");
        wait.until(d -> !d.findElement(By.id("suggestions")).getText().isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#suggestions img")).isEmpty());
        assertNoScriptRan();
    }

    /** The fact stated by the most documents in the fixture: subject, predicate, object, documents, statements. */
    private static List<String> bestSupportedFact() {
        String query = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX aikg: <https://w3id.org/aikg/ontology#> "
                + "SELECT ?s ?p ?o (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?a) AS ?statements) WHERE { GRAPH ?g {"
                + " ?a a aikg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; aikg:statedIn ?d ."
                + " FILTER(?p != aikg:mentions) } } GROUP BY ?s ?p ?o ORDER BY DESC(?docs) ?s ?p ?o LIMIT 1";
        var dataset = fixture.store.dataset();
        return org.apache.jena.system.Txn.calculateRead(dataset, () -> {
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(query, dataset)) {
                var row = exec.execSelect().next();
                return List.of(row.getResource("s").getURI(), row.getResource("p").getURI(),
                        row.getResource("o").getURI(), Integer.toString(row.getLiteral("docs").getInt()),
                        Integer.toString(row.getLiteral("statements").getInt()));
            }
        });
    }

    @Test
    void aFactIsOneRowWithItsSupport() throws IOException {
        List<String> fact = bestSupportedFact();
        int documents = Integer.parseInt(fact.get(3));
        assertTrue(documents >= 2, "the fixture has a fact stated by several documents: " + fact);
        driver.get(fixture.url(Links.page(fact.get(0))));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.relations tbody tr.fact.out"));
        List<WebElement> mine = rows.stream().filter(r -> fact.get(1).equals(r.getAttribute("data-predicate"))
                && fact.get(2).equals(r.getAttribute("data-other"))).toList();
        assertEquals(1, mine.size(), "one row for the fact " + fact);
        WebElement row = mine.get(0);
        assertEquals(documents + " documents", row.findElement(By.cssSelector(".support-count")).getText());
        // Each statement with its document's title (not its file name) and the names in the sentence marked.
        List<WebElement> statements = row.findElements(By.cssSelector("li.statement"));
        assertEquals(Integer.parseInt(fact.get(4)), statements.size());
        for (WebElement st : statements) {
            String title = st.findElement(By.cssSelector("a.document")).getAttribute("textContent");
            assertFalse(title.isBlank());
            assertTrue(st.getAttribute("textContent").contains("confidence "), st.getText());
        }
        assertFalse(row.findElements(By.cssSelector("q.sentence mark")).isEmpty(), "no name marked in the evidence");
        // No fact is listed twice.
        List<String> keys = rows.stream().map(r -> r.getAttribute("data-predicate") + " " + r.getAttribute("data-other"))
                .toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
        // Mentioned in: the sentence that names it.
        assertFalse(driver.findElements(By.cssSelector("ul.documents li q.sentence")).isEmpty(), "no mention sentence");
        assertNoScriptRan();
    }

    @Test
    void theTrendPlotCountsTheMentioningDocumentsByMonth() throws IOException {
        driver.get(fixture.url("/id/organization/openai"));
        List<WebElement> bars = driver.findElements(By.cssSelector("svg.trend rect.bar"));
        assertFalse(bars.isEmpty(), "no trend plot");
        // Each dated mentioning document is counted once, in its month; the bars are drawn (have a height).
        java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
        for (WebElement date : driver.findElements(By.cssSelector("ul.documents li > .date"))) {
            expected.merge(date.getText().substring(0, 7), 1, Integer::sum);
        }
        java.util.Map<String, Integer> drawn = new java.util.TreeMap<>();
        for (WebElement bar : bars) {
            drawn.put(bar.getAttribute("data-period"), Integer.parseInt(bar.getAttribute("data-count")));
            assertTrue(bar.getSize().getHeight() > 0, "a bar of no height");
        }
        assertEquals(expected, drawn);
        js("arguments[0].scrollIntoView({block: 'center'});", bars.get(0));
        screenshot("entity-trend");
        screenshot("entity-facts");
        assertNoScriptRan();
    }

    @Test
    void aDocumentShowsWhatWasFoundInItLinkedToTheEntities() throws IOException {
        driver.get(fixture.url(Links.page(fixture.document("04-prompt-injection-notes"))));
        List<WebElement> passages = driver.findElements(By.cssSelector("ol.passages li.passage"));
        assertFalse(passages.isEmpty(), "no passage");
        // In the order of the text.
        List<Integer> lines = passages.stream().map(p -> p.findElement(By.cssSelector(".line")).getText())
                .filter(t -> !t.isEmpty()).map(t -> Integer.parseInt(t.replace("line ", ""))).toList();
        assertEquals(lines.stream().sorted().toList(), lines);
        // Every entity the document mentions is marked in some passage, and a mark opens its page.
        // (A name inside a longer marked name, e.g. a model named like the start of a paper's title, is that name's.)
        java.util.Set<String> linked = new java.util.TreeSet<>(driver.findElements(By.cssSelector("ol.passages mark a"))
                .stream().map(a -> a.getAttribute("href")).toList());
        List<String> marks = driver.findElements(By.cssSelector("ol.passages mark")).stream()
                .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> unmarked = driver.findElements(By.cssSelector("ul.mentions li a")).stream()
                .filter(a -> !linked.contains(a.getAttribute("href")))
                .filter(a -> marks.stream().noneMatch(m -> m.contains(a.getText().toLowerCase(java.util.Locale.ROOT))
                        && !m.equals(a.getText().toLowerCase(java.util.Locale.ROOT))))
                .map(WebElement::getText).toList();
        assertEquals(List.of(), unmarked, "mentioned entities not marked in any passage");
        screenshot("document-passages");
        WebElement mark = driver.findElement(By.cssSelector("ol.passages mark a[href^='/id/'], ol.passages mark a"));
        String href = mark.getAttribute("href");
        mark.click();
        wait.until(ExpectedConditions.urlToBe(href));
        assertFalse(driver.findElement(By.id("entity-name")).getText().isBlank());
        assertNoScriptRan();
    }

    @Test
    void withoutAWriteTokenThereIsNoRejectButton() {
        driver.get(fixture.url("/id/organization/openai"));
        assertFalse(driver.findElements(By.cssSelector("table.relations tbody tr")).isEmpty(), "no fact rows");
        assertTrue(driver.findElements(By.cssSelector("button.reject")).isEmpty(), "a read-only server offers Reject");
        assertTrue(driver.findElements(By.id("write-token")).isEmpty(), "a read-only server asks for a token");
    }

    @Test
    void aFactIsRejectedWithTheWriteTokenAndLeavesThePage() throws IOException {
        String token = "web-ui-write-token-1234";
        Path corpus = Files.createDirectories(tempDir.resolve("corrections-corpus"));
        Files.writeString(corpus.resolve("openai-models.md"), """
                ---
                title: Two models
                date: 2024-03-01
                ---

                GPT-4 was developed by OpenAI.

                DALL-E 2 was developed by OpenAI.
                """, java.nio.charset.StandardCharsets.UTF_8);
        try (WebFixture writable = WebFixture.start(List.of(corpus), token)) {
            driver.get(writable.url("/id/organization/openai"));
            assertTrue(driver.getPageSource().contains("id=\"write-token\""), "no token field");
            List<WebElement> buttons = driver.findElements(By.cssSelector("button.reject"));
            assertEquals(2, buttons.size(), "one Reject button per fact");
            WebElement gpt4 = rejectButtonOf("GPT-4");

            // No token yet: nothing is sent, the page says what is missing.
            gpt4.click();
            wait.until(d -> d.findElement(By.id("correction-status")).getText().contains("token first"));
            assertEquals(2, relationRowsMentioning("GPT-4", "DALL-E 2"));

            // A wrong token is refused by the server and forgotten by the page.
            driver.findElement(By.id("write-token")).sendKeys("not-the-right-token");
            gpt4.click();
            wait.until(d -> d.findElement(By.id("correction-status")).getText().contains("refused"));
            assertNull(js("return window.sessionStorage.getItem('aikg.writeToken');"));
            driver.navigate().refresh();
            assertEquals(2, relationRowsMentioning("GPT-4", "DALL-E 2"), "a refused correction changed the graph");

            // The right token, typed once: the fact is gone after the reload, the other one stays.
            driver.findElement(By.id("write-token")).sendKeys(token);
            driver.findElement(By.id("corrector")).sendKeys("web test");
            WebElement clicked = rejectButtonOf("GPT-4");
            clicked.click();
            // The reload replaces the button. Mid-reload chromedriver may answer "node does not belong to the
            // document" instead of "stale element"; both say the old page is gone.
            wait.until(d -> {
                try {
                    clicked.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            });
            wait.until(d -> d.findElements(By.cssSelector("table.relations")).size() == 1);
            String table = driver.findElement(By.cssSelector("table.relations")).getText();
            assertFalse(table.contains("GPT-4"), table);
            assertTrue(table.contains("DALL-E 2"), table);
            assertEquals(1, driver.findElements(By.cssSelector("button.reject")).size());
            screenshot("entity-page-after-reject");

            // The token stays in this tab's sessionStorage only, and no page carries it.
            assertEquals(token, js("return window.sessionStorage.getItem('aikg.writeToken');"));
            assertTrue(driver.findElement(By.id("correction-status")).getText().contains("Token set"));
            assertFalse(driver.getPageSource().contains(token), "the page shows the token");
            assertNoScriptRan();
        }
    }

    // ------------------------------------------------------------------ the graph

    /** Pairs of visible nodes whose label boxes overlap (as cytoscape computes them, in model coordinates). */
    @SuppressWarnings("unchecked")
    private List<String> overlappingLabels() {
        return (List<String>) js("var cy = window.aikgGraph, out = [];"
                + "var n = cy.nodes(':visible').map(function (x) { return { id: x.data('label'),"
                + "  b: x.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }; });"
                + "for (var i = 0; i < n.length; i++) for (var j = i + 1; j < n.length; j++) {"
                + "  var a = n[i].b, b = n[j].b;"
                + "  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(n[i].id + ' / ' + n[j].id); }"
                + "return out;");
    }

    private void showDepthTwo() {
        wait.until(d -> "1".equals(d.findElement(By.id("graph")).getAttribute("data-ready")));
        driver.findElement(By.cssSelector("button.depth[data-depth='2']")).click();
        wait.until(d -> "1".equals(d.findElement(By.id("graph")).getAttribute("data-ready"))
                && "2".equals(d.findElement(By.id("graph")).getAttribute("data-depth")));
    }

    @Test
    void depthTwoLabelsDoNotOverlapAndEdgesAreLabelled() throws IOException {
        driver.get(fixture.url("/id/organization/openai"));
        showDepthTwo();
        long nodes = graphNodes();
        assertTrue(nodes > 10, "a depth-2 neighbourhood of some size: " + nodes);
        // Every node has a label with a box of its own, and no two label boxes overlap.
        assertEquals(0L, js("return window.aikgGraph.nodes().filter(function (n) { "
                + "var b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }); "
                + "return !n.data('label') || b.w <= 0 || b.h <= 0; }).length;"));
        assertEquals(List.of(), overlappingLabels());
        // Every edge carries its relation's name as its label.
        assertEquals(0L, js("return window.aikgGraph.edges().filter(function (e) { "
                + "return !e.style('label') || e.style('label') !== e.data('relation'); }).length;"));
        js("arguments[0].scrollIntoView({block: 'start'});", driver.findElement(By.id("graph")));
        screenshot("graph-depth-2-labels");
        assertNoScriptRan();
    }

    @Test
    void aRelationFilterHidesItsEdgesAndWhatHangsOnlyOnThem() throws IOException {
        driver.get(fixture.url("/id/organization/openai"));
        showDepthTwo();
        long nodes = graphNodes();
        List<WebElement> boxes = driver.findElements(By.cssSelector("#graph-filters input[type='checkbox']"));
        assertTrue(boxes.size() >= 2, "a filter per relation in the graph");
        assertTrue(boxes.stream().allMatch(WebElement::isSelected), "every relation shown at first");
        WebElement developedBy = driver.findElement(By.cssSelector("#graph-filters input[data-relation='developedBy']"));
        long edges = ((Number) js("return window.aikgGraph.edges('[relation = \"developedBy\"]').length;")).longValue();
        assertTrue(edges > 0);
        developedBy.click();
        // the filter is applied by the page's handler: wait for it rather than read the graph at once
        wait.until(d -> ((Number) js("return window.aikgGraph.edges('[relation = \"developedBy\"]').filter(':visible').length;"))
                .longValue() == 0L);
        assertTrue(((Number) js("return window.aikgGraph.edges(':visible').length;")).longValue() > 0,
                "the other relations stay");
        long shown = ((Number) js("return window.aikgGraph.nodes(':visible').length;")).longValue();
        assertTrue(shown < nodes, "nodes joined only by developedBy are hidden: " + shown + " of " + nodes);
        // Every node still shown is joined to the centre by shown edges.
        assertEquals(shown, js("var cy = window.aikgGraph; return cy.elements(':visible').bfs({ roots: cy.nodes('[centre = 1]'),"
                + " directed: false }).path.nodes().length;"));
        String status = driver.findElement(By.id("graph-status")).getText();
        assertTrue(status.contains(shown + " of " + nodes + " nodes"), status);
        screenshot("graph-filtered");
        // The filter survives a change of depth, and undoing it shows everything again.
        driver.findElement(By.cssSelector("button.depth[data-depth='1']")).click();
        wait.until(d -> "1".equals(d.findElement(By.id("graph")).getAttribute("data-depth"))
                && "1".equals(d.findElement(By.id("graph")).getAttribute("data-ready")));
        assertFalse(driver.findElement(By.cssSelector("#graph-filters input[data-relation='developedBy']")).isSelected());
        wait.until(d -> ((Number) js("return window.aikgGraph.edges('[relation = \"developedBy\"]').filter(':visible').length;"))
                .longValue() == 0L);
        driver.findElement(By.cssSelector("#graph-filters input[data-relation='developedBy']")).click();
        long all = graphNodes();
        wait.until(d -> ((Number) js("return window.aikgGraph.nodes(':visible').length;")).longValue() == all);
        assertNoScriptRan();
    }

    @Test
    void theGraphStaysReadableAtTwoHundredNodes() throws IOException {
        // A hub with 20 labs of 12 models each: 261 nodes within two steps, more than the graph shows.
        var store = org.aikg.ingest.store.KnowledgeStore.inMemory();
        var dsg = store.dataset().asDatasetGraph();
        String id = "https://w3id.org/aikg/id/";
        String ont = "https://w3id.org/aikg/ontology#";
        var g = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/aikg/doc/synthetic");
        java.util.function.Function<String, org.apache.jena.graph.Node> uri = org.apache.jena.graph.NodeFactory::createURI;
        var type = org.apache.jena.vocabulary.RDF.type.asNode();
        var label = org.apache.jena.vocabulary.RDFS.label.asNode();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            var hub = uri.apply(id + "organization/hub");
            dsg.add(g, hub, type, uri.apply(ont + "Organization"));
            dsg.add(g, hub, label, org.apache.jena.graph.NodeFactory.createLiteralString("Hub Research"));
            for (int lab = 0; lab < 20; lab++) {
                var l = uri.apply(id + "organization/lab-" + lab);
                dsg.add(g, l, type, uri.apply(ont + "Organization"));
                dsg.add(g, l, label, org.apache.jena.graph.NodeFactory.createLiteralString("Laboratory " + lab));
                dsg.add(g, l, uri.apply(ont + "partOf"), hub);
                for (int m = 0; m < 12; m++) {
                    var model = uri.apply(id + "model/lab-" + lab + "-model-" + m);
                    dsg.add(g, model, type, uri.apply(ont + "Model"));
                    dsg.add(g, model, label, org.apache.jena.graph.NodeFactory.createLiteralString(
                            "Lab" + lab + " Model " + m + (m % 3 == 0 ? " Large Instruct" : "")));
                    dsg.add(g, model, uri.apply(ont + "developedBy"), l);
                }
            }
            dsg.add(g, g, type, uri.apply(ont + "Document"));
        });
        // written past the store's API: its index (facts and their support, which the neighbourhood reads) is made
        // afresh, as after a bulk load
        store.reindex();
        try (WebFixture big = WebFixture.serving(store)) {
            driver.get(big.url("/id/organization/hub"));
            showDepthTwo();
            assertEquals(GraphApi.MAX_NODES, graphNodes());
            assertTrue(driver.findElement(By.id("graph-status")).getText().contains("cut off"));
            assertEquals(List.of(), overlappingLabels());
            // The drawing fits its box, and zooming in makes the labels readable (drawn at 11 px and more).
            js("var cy = window.aikgGraph; cy.zoom({ level: 1, position: cy.nodes('[centre = 1]').position() });");
            assertEquals(1L, ((Number) js("return window.aikgGraph.zoom();")).longValue());
            js("arguments[0].scrollIntoView({block: 'start'});", driver.findElement(By.id("graph")));
            screenshot("graph-200-nodes-zoomed");
            js("window.aikgGraph.fit(undefined, 16);");
            screenshot("graph-200-nodes");
            assertNoScriptRan();
        }
    }

    // ------------------------------------------------------------------ trends and small things

    /** How many entities a dated document mentions: each is first seen in some month. */
    private static long entitiesWithADatedMention() {
        String query = "PREFIX aikg: <https://w3id.org/aikg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?d a aikg:Document ; dcterms:date ?date ; aikg:mentions ?e . "
                + "FILTER(REGEX(STR(?date), '^[0-9]{4}-[0-9]{2}-[0-9]{2}')) }";
        var dataset = fixture.store.dataset();
        return org.apache.jena.system.Txn.calculateRead(dataset, () -> {
            try (var exec = org.apache.jena.query.QueryExecutionFactory.create(query, dataset)) {
                exec.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void theHomePageShowsWhatIsNewWithAPlot() throws IOException {
        driver.get(fixture.url("/"));
        WebElement news = driver.findElement(By.id("whats-new"));
        // The plot: entities first seen per month, every entity with a dated mention counted once.
        List<WebElement> bars = driver.findElements(By.cssSelector("svg#new-entities rect.bar"));
        assertFalse(bars.isEmpty(), "no plot");
        long counted = 0;
        for (WebElement bar : bars) {
            counted += Integer.parseInt(bar.getAttribute("data-count"));
            assertTrue(bar.getSize().getHeight() > 0, "a bar of no height");
        }
        assertEquals(entitiesWithADatedMention(), counted);
        assertFalse(driver.findElements(By.cssSelector("svg#new-entities rect.bar.recent")).isEmpty(),
                "the window's months are not marked");
        // The month up to the newest document: what it lists falls in it.
        String hint = news.findElement(By.cssSelector(".hint")).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("from (\\S+) to (\\S+),").matcher(hint);
        assertTrue(m.find(), hint);
        String since = m.group(1);
        List<WebElement> fresh = driver.findElements(By.cssSelector("ul.first-seen li"));
        List<WebElement> facts = driver.findElements(By.cssSelector("ul.newest-facts li.new-fact"));
        List<WebElement> most = driver.findElements(By.cssSelector("table.most-mentioned tr"));
        assertFalse(fresh.isEmpty() || facts.isEmpty() || most.isEmpty(), "an empty month on the demo corpus");
        // (textContent: a date cut off by a narrow column is not "visible text" to WebDriver.)
        List<String> dates = driver.findElements(By.cssSelector("#whats-new .date")).stream()
                .map(d -> d.getAttribute("textContent")).toList();
        assertEquals(fresh.size() + facts.size(), dates.size());
        for (String date : dates) {
            assertTrue(date.compareTo(since) >= 0 && date.compareTo(m.group(2)) <= 0, date);
        }
        List<Integer> counts = most.stream().map(r -> Integer.parseInt(r.findElement(By.cssSelector("td.number")).getText()))
                .toList();
        assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts, "most mentioned first");
        js("window.scrollTo(0, 0);");
        screenshot("home-whats-new");
        // This week instead: a shorter window lists no more.
        driver.findElement(By.cssSelector("#whats-new .window a[href='/?new=week']")).click();
        wait.until(ExpectedConditions.urlContains("new=week"));
        assertTrue(driver.findElement(By.cssSelector("#whats-new .window a.current")).getText().contains("week"));
        assertTrue(driver.findElements(By.cssSelector("ul.first-seen li")).size() <= fresh.size());
        assertTrue(driver.findElements(By.cssSelector("ul.newest-facts li.new-fact")).size() <= facts.size());
        // The editor is still there below.
        wait.until(d -> js("return window.aikgYasgui && window.aikgYasgui.getTab().getYasqe() ? 1 : 0;").equals(1L));
        assertNoScriptRan();
    }

    @Test
    void theIriOnEntityAndDocumentPagesIsALink() {
        driver.get(fixture.url("/id/organization/openai"));
        WebElement iri = driver.findElement(By.cssSelector("dl.facts a.iri"));
        assertEquals("https://w3id.org/aikg/id/organization/openai", iri.getText());
        assertEquals(fixture.url("/id/organization/openai"), iri.getAttribute("href"));
        String doc = fixture.document("04-prompt-injection-notes");
        driver.get(fixture.url(Links.page(doc)));
        WebElement docIri = driver.findElement(By.cssSelector("dl.facts a.iri"));
        assertEquals(doc, docIri.getText());
        docIri.click();
        wait.until(ExpectedConditions.urlToBe(fixture.url(Links.page(doc))));
        assertTrue(driver.findElement(By.id("document-title")).getText().startsWith("Field Notes on Prompt Injection"));
    }

    @Test
    void numericResultColumnsSortAsNumbers() {
        driver.get(fixture.url("/"));
        wait.until(d -> js("return window.aikgYasgui && window.aikgYasgui.getTab().getYasqe() ? 1 : 0;").equals(1L));
        js("var y = window.aikgYasgui.getTab().getYasqe(); y.setValue(arguments[0]); y.query();",
                "SELECT ?n ?word WHERE { VALUES (?n ?word) { (9 \"nine\") (10 \"ten\") (2 \"two\") (100 \"hundred\") (2.5 \"two and a half\") } }");
        wait.until(d -> rowCount() == 5 && column("word").contains("hundred"));
        WebElement header = driver.findElements(By.cssSelector(".yasr table thead th")).stream()
                .filter(h -> h.getText().trim().equals("n")).findFirst().orElseThrow();
        header.click();
        wait.until(d -> !column("n").equals(List.of("9", "10", "2", "100", "2.5")));
        List<String> ascending = column("n");
        header = driver.findElements(By.cssSelector(".yasr table thead th")).stream()
                .filter(h -> h.getText().trim().equals("n")).findFirst().orElseThrow();
        List<String> expected = List.of("2", "2.5", "9", "10", "100");
        if (!ascending.equals(expected)) {
            header.click(); // the first click may sort descending
            wait.until(d -> !column("n").equals(ascending));
        }
        assertEquals(expected, column("n"));
        assertEquals(List.of("two", "two and a half", "nine", "ten", "hundred"), column("word"));
    }

    private WebElement rejectButtonOf(String name) {
        return driver.findElements(By.cssSelector("table.relations tbody tr")).stream()
                .filter(r -> r.getText().contains(name) && !r.findElements(By.cssSelector("button.reject")).isEmpty())
                .map(r -> r.findElement(By.cssSelector("button.reject"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Reject button for " + name));
    }

    private long relationRowsMentioning(String... names) {
        return driver.findElements(By.cssSelector("table.relations tbody tr button.reject")).stream()
                .map(b -> b.findElement(By.xpath("./ancestor::tr")).getText())
                .filter(t -> java.util.Arrays.stream(names).anyMatch(t::contains)).count();
    }

    private void assertNoScriptRan() {
        assertNull(js("return window.__xss;"), "a script from the data ran");
        assertEquals(0L, js("return window.__alerts;"), "alert() was called");
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert is open");
        } catch (NoAlertPresentException expected) {
            // no dialog: good
        }
    }
}
