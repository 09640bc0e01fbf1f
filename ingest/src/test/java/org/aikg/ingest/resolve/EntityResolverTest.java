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

class EntityResolverTest {
    /** The entities the resolver makes of {@code text}, one sentence, each of {@code people} found once after the one before. */
    private static List<Entity> people(String text, String... people) {
        AnnotatedDocument d = new AnnotatedDocument(DocumentReaders.parse(Path.of("t.txt"), text),
                List.of(new Sentence(0, 0, text.length(), text, List.of(), Block.Kind.PARAGRAPH)));
        List<Mention> mentions = new java.util.ArrayList<>();
        int after = 0;
        for (String s : people) {
            int at = text.indexOf(s, after);
            mentions.add(Mention.of(at, at + s.length(), s, EntityType.PERSON, 0.8, "t"));
            after = at + s.length();
        }
        return new EntityResolver(KnowledgeBase.of(List.of(), Set.of())).resolve(d, mentions).entities();
    }

    @Test
    void aSurnameCitedAloneIsThePersonAReferenceNamesSurnameFirst() {
        List<Entity> entities = people("It extends flock counting (Okafor and Berg, 2013). Okafor, N. and Berg, T. (2013). "
                + "Counting flocks.", "Okafor", "Berg", "Okafor, N.", "Berg, T.");
        assertEquals(List.of("Berg, T", "Okafor, N"), entities.stream().map(Entity::label).sorted().toList());
        // two people of one surname: the surname alone joins neither
        assertEquals(3, people("It extends flock counting (Okafor, 2013). Okafor, N. (2013). Counting flocks. Okafor, T. "
                + "(2014). Herons.", "Okafor", "Okafor, N.", "Okafor, T.").size());
    }

    @Test
    void aNameLosesItsArticleAndPossessiveButATitleKeepsItsArticle() {
        assertEquals("Corvid", EntityResolver.cleanSurface("the Corvid", EntityType.MODEL));
        assertEquals("Quillon Labs", EntityResolver.cleanSurface("Quillon Labs'", EntityType.ORGANIZATION));
        assertEquals("The Count-Split-Merge Method for Flock Sizes",
                EntityResolver.cleanSurface("“The Count-Split-Merge Method for Flock Sizes”.", EntityType.PAPER));
        // a title found with the prose's "the" before it loses that "the"
        assertEquals("Sparse Song Trees", EntityResolver.cleanSurface("the Sparse Song Trees", EntityType.PAPER));
        assertEquals("Heron (large)", EntityResolver.cleanSurface("the Heron (large)", EntityType.MODEL));
        // a parenthesis the name opens stays closed
        assertEquals("Heron (large)", EntityResolver.cleanSurface("Heron (large)", EntityType.MODEL));
        assertEquals("Heron", EntityResolver.cleanSurface("(Heron)", EntityType.MODEL));
    }
}
