package org.aikg.ingest.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.aikg.ingest.read.MarkdownReader;
import org.junit.jupiter.api.Test;

class PosTagsTest {
    @Test
    void tagsAWholeSentenceOnceWhenAWordIsFirstAskedFor() {
        AtomicInteger calls = new AtomicInteger();
        PosTags tags = PosTags.lazy(new String[] {"DeepMind", "released", "Gemini"}, words -> {
            calls.incrementAndGet();
            return new String[] {"NNP", "VBD", "NNP:" + words.length};
        });
        assertFalse(tags.computed());
        assertEquals("VBD", tags.get(1));
        assertEquals("NNP:3", tags.get(2));
        assertEquals(1, calls.get());
    }

    @Test
    void annotationLeavesSentencesUntaggedAndTheirTagsAreTheTaggersOwn() throws Exception {
        Annotator annotator = Annotator.load();
        AnnotatedDocument doc = annotator.annotate(new MarkdownReader().read(Path.of("a.md"),
                "# Notes\n\nDeepMind released Gemini in December. It runs on TPUs made by Google.\n"));
        List<Sentence> sentences = doc.sentences();
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            assertFalse(s.tokens().get(0).tags().computed(), s.text());
        }
        POSTaggerME tagger;
        try (var in = Annotator.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            tagger = new POSTaggerME(new POSModel(in), POSTagFormat.PENN);
        }
        for (Sentence s : sentences) {
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            List<String> lazy = s.tokens().stream().map(Token::pos).toList();
            assertEquals(List.of(tagger.tag(words)), lazy, s.text());
            assertTrue(s.tokens().get(0).tags().computed());
        }
    }
}
