package org.aikg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Evidence sentences with the names of a fact's two ends marked, and everything else escaped. */
class HtmlTest {

    @Test
    void namesAreMarkedAsWholeWordsAndTheRestIsEscaped() {
        assertEquals("<mark>GPT-4</mark> was developed by <mark>OpenAI</mark> &lt;script&gt;.",
                Html.highlighted("GPT-4 was developed by OpenAI <script>.", List.of("OpenAI", "gpt-4")));
        // Not inside another word, and the longer of two overlapping names wins.
        assertEquals("GPT-4o is not <mark>GPT-4 Turbo</mark>.",
                Html.highlighted("GPT-4o is not GPT-4 Turbo.", List.of("GPT-4", "GPT-4 Turbo")));
        // A name that is itself markup is matched as text and escaped.
        assertEquals("by <mark>&lt;b&gt;x&lt;/b&gt;</mark>", Html.highlighted("by <b>x</b>", List.of("<b>x</b>")));
        assertEquals("a &amp; b", Html.highlighted("a & b", List.of("a", "")));
    }

    @Test
    void namesWithAPageAreLinkedEachOccurrenceOnItsOwn() {
        assertEquals("<mark><a href=\"/id/model/gpt-4\">GPT-4</a></mark> <mark><a href=\"/id/model/gpt-4\">gpt-4</a></mark>"
                        + " by <mark>Someone</mark> &amp; <mark><a href=\"/entity?iri=a&amp;b\">OpenAI</a></mark>",
                Html.marked("GPT-4 gpt-4 by Someone & OpenAI", java.util.Map.of("GPT-4", "/id/model/gpt-4",
                        "Someone", "", "OpenAI", "/entity?iri=a&b")));
    }
}
