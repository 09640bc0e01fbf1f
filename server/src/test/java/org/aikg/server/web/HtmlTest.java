package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.aikg.server.web.Html.Segment;
import org.junit.jupiter.api.Test;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Evidence sentences with the names of a fact's two ends marked, as runs ({@link Html#marked}) and as the page
 * template writes them: marks and links are the template's, every run of text is escaped.
 */
class HtmlTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlTest.class.getClassLoader(), HtmlTest.class.getPackageName());

    private static String render(List<Segment> segments) {
        StringOutput out = new StringOutput();
        TEMPLATES.render("sentence.jte", Map.of("segments", segments), out);
        return out.toString().strip();
    }

    @Test
    void namesAreMarkedAsWholeWordsAndTheRestIsEscaped() {
        List<Segment> runs = Html.highlighted("GPT-4 was developed by OpenAI <script>.", List.of("OpenAI", "gpt-4"));
        assertEquals(List.of(new Segment("GPT-4", true, null), new Segment(" was developed by ", false, null),
                new Segment("OpenAI", true, null), new Segment(" <script>.", false, null)), runs);
        assertEquals("<mark>GPT-4</mark> was developed by <mark>OpenAI</mark> &lt;script&gt;.", render(runs));
        // Not inside another word, and the longer of two overlapping names wins.
        assertEquals("GPT-4o is not <mark>GPT-4 Turbo</mark>.",
                render(Html.highlighted("GPT-4o is not GPT-4 Turbo.", List.of("GPT-4", "GPT-4 Turbo"))));
        // A name that is itself markup is matched as text and escaped.
        assertEquals("by <mark>&lt;b&gt;x&lt;/b&gt;</mark>", render(Html.highlighted("by <b>x</b>", List.of("<b>x</b>"))));
        assertEquals("a &amp; b", render(Html.highlighted("a & b", List.of("a", ""))));
    }

    @Test
    void namesWithAPageAreLinkedEachOccurrenceOnItsOwn() {
        assertEquals("<mark><a href=\"/id/model/gpt-4\">GPT-4</a></mark> <mark><a href=\"/id/model/gpt-4\">gpt-4</a></mark>"
                        + " by <mark>Someone</mark> &amp; <mark><a href=\"/entity?iri=a&amp;b\">OpenAI</a></mark>",
                render(Html.marked("GPT-4 gpt-4 by Someone & OpenAI", Map.of("GPT-4", "/id/model/gpt-4",
                        "Someone", "", "OpenAI", "/entity?iri=a&b"))));
    }

    @Test
    void onlyHttpLinksLeaveTheSite() {
        assertEquals("https://www.wikidata.org/wiki/Q1", Html.safeHref("https://www.wikidata.org/wiki/Q1"));
        assertEquals(null, Html.safeHref("javascript:alert(1)"));
        assertEquals(null, Html.safeHref("data:text/html,<script>"));
    }
}
