package org.aikg.ingest.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aikg.ingest.read.Document;
import org.aikg.ingest.read.MarkdownReader;
import org.junit.jupiter.api.Test;

class TruecaserTest {
    private static final String DIGEST = """
            # This week

            - [Northwind Labs Unveils Corvid-7B With Sharper Vision](https://example.com/a) - Northwind Labs has
              released a model with sharper vision and a longer context; the model runs on one card.
            - [Acme Robotics Raises Money for Warehouse Arms](https://example.com/b) - Acme Robotics raised money
              to build warehouse arms.
            """;

    private static Document read(String markdown) {
        return new MarkdownReader().read(Path.of("digest.md"), markdown);
    }

    @Test
    void aNameWrittenSmallInAnAddressKeepsItsCapital() {
        Truecaser t = Truecaser.of(read("Maintainer: Tomas Berg <tomas@vexar.example>.\n\n"
                + "Ana Lindqvist (Harbor Institute) and Tomas Berg (Vexar Labs) wrote the paper.\n\nThe decoder is small.\n"));
        assertEquals("Tomas", t.form("Tomas", false));
        assertEquals("Vexar", t.form("Vexar", false));
        assertEquals("decoder", t.form("Decoder", false)); // the prose's own small word still counts
    }

    @Test
    void commonWordsOfAHeadlineTakeTheCaseTheDocumentGivesThem() {
        Truecaser t = Truecaser.of(read(DIGEST));
        assertEquals("unveils", t.form("Unveils", false)); // a verb of the news
        assertEquals("sharper", t.form("Sharper", false)); // written lower case in the item's prose
        assertEquals("vision", t.form("Vision", false));
        assertEquals("money", t.form("Money", false));
        assertEquals("arms", t.form("Arms", false));
        assertEquals("Northwind", t.form("Northwind", false)); // a name: never written lower case
        assertEquals("Labs", t.form("Labs", false));
        assertEquals("Corvid-7B", t.form("Corvid-7B", false)); // shaped words are never common words
        assertEquals("Raises", t.form("Raises", true)); // a headline's first word keeps its capital
    }

    @Test
    void aLinkTextInHeadlineCaseIsAHeadlineButAListOfNamesIsNot() {
        Document d = read(DIGEST);
        String text = d.text();
        int at = text.indexOf("Northwind Labs Unveils");
        int end = text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at);
        List<int[]> spans = Truecaser.headlineSpans(text.substring(at, end), at, d.links());
        assertEquals(1, spans.size());
        assertEquals("Northwind Labs Unveils Corvid-7B With Sharper Vision", text.substring(at + spans.get(0)[0], at + spans.get(0)[1]));
        assertTrue(Truecaser.headline("Acme Robotics Raises Money for Warehouse Arms"));
        assertFalse(Truecaser.headline("Acme Robotics raised money to build warehouse arms."));
        assertTrue(Truecaser.nameList("Team: Ada Lind, Kai You, Bo Chen and Eve Park"));
        assertTrue(Truecaser.headlineSpans("Ada Lind, Kai You, Bo Chen, Simon Park", 0, List.of()).isEmpty());
    }
}
