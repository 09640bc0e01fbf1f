package org.aikg.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.aikg.ingest.annotate.Sentence;
import org.aikg.ingest.annotate.Token;
import org.aikg.ingest.read.Block;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private static final PersonFinder FINDER = new PersonFinder(KnowledgeBase.of(List.of(), Set.of("Francisco", "Ana")));

    private static List<String> people(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(text)) {
            String t = s.getCoveredText(text).toString();
            tokens.add(new Token(s.getStart(), s.getEnd(), t, Character.isUpperCase(t.charAt(0)) ? "NNP" : "NN"));
        }
        Sentence s = new Sentence(0, 0, text.length(), text, tokens, Block.Kind.PARAGRAPH);
        org.aikg.ingest.read.Document d = org.aikg.ingest.read.DocumentReaders.parse(java.nio.file.Path.of("t.txt"), text);
        return FINDER.find(new org.aikg.ingest.annotate.AnnotatedDocument(d, List.of(s)), s).stream()
                .map(Mention::surface).toList();
    }

    @Test
    void aGivenNameThatIsAlsoPartOfAPlaceName() {
        assertEquals(List.of("Francisco Lindqvist"), people("The code is by Francisco Lindqvist, who lives nearby."));
        assertEquals(List.of(), people("The office in San Francisco Bay opened."));
    }
}
