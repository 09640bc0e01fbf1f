package org.aikg.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.aikg.ingest.annotate.AnnotatedDocument;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.ner.EntityType;
import org.aikg.ingest.ner.KnowledgeBase;
import org.aikg.ingest.ner.Mention;
import org.aikg.ingest.read.Block;
import org.aikg.ingest.read.DocumentReaders;
import org.junit.jupiter.api.Test;

/** An entity's one label is the name a reader would write, whatever spelling the document uses most. */
class LabelTest {
    private static List<String> labels(String text, String... surfaces) {
        AnnotatedDocument d = new AnnotatedDocument(DocumentReaders.parse(Path.of("t.txt"), text),
                List.of(new Sentence(0, 0, text.length(), text, List.of(), Block.Kind.PARAGRAPH)));
        List<Mention> mentions = new java.util.ArrayList<>();
        int after = 0;
        for (String s : surfaces) {
            int at = text.indexOf(s, after);
            mentions.add(Mention.of(at, at + s.length(), s, EntityType.MODEL, 0.8, "t"));
            after = at + s.length();
        }
        return new EntityResolver(KnowledgeBase.of(List.of(), Set.of())).resolve(d, mentions).entities().stream()
                .map(Entity::label).toList();
    }

    @Test
    void aNameIsTheLabelOverAnApisIdWrittenMoreOften() {
        assertEquals(List.of("Corvid 3 Mini"), labels("Corvid 3 Mini is fast: call corvid-3-mini or corvid-3-mini-latest, corvid-3-mini.",
                "Corvid 3 Mini", "corvid-3-mini", "corvid-3-mini"));
    }

    @Test
    void anIdAloneIsItsOwnLabel() {
        assertEquals(List.of("corvid-3-mini"), labels("Call corvid-3-mini for speed.", "corvid-3-mini"));
    }
}
