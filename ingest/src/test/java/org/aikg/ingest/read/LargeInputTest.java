package org.aikg.ingest.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Big and adversarial inputs read completely and keep their offsets. Speed is measured by benchmarks, not
 * asserted here (see README); a quadratic or backtracking regression shows as a run that never ends.
 */
class LargeInputTest {

    @Test
    void sixteenMebibytesOfMarkdown() {
        String unit = "## Section on SmolNet\n\nWe trained **SmolNet-2** on `toy_data` and compared it with\n"
                + "[BarNet](https://example.org/bar) and https://example.org/x_y. It & it &amp; _it_.\n\n"
                + "- item with *emphasis*\n- item two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n";
        String big = unit.repeat(16 * 1024 * 1024 / unit.length());
        Document d = DocumentReaders.parse(Path.of("big.md"), big);
        assertTrue(d.blocks().size() > 100_000);
        assertTrue(d.links().size() > 100_000);
    }

    @Test
    void sixteenMebibytesOfPlainText() {
        String unit = "A plain paragraph with a URL https://example.org/p and words\nwrapped over lines.\n\n";
        String big = unit.repeat(16 * 1024 * 1024 / unit.length());
        Document d = DocumentReaders.parse(Path.of("big.txt"), big);
        assertTrue(d.blocks().size() > 100_000);
    }

    @Test
    void adversarialInputsStayLinear() {
        int n = 1 << 20;
        List<String> inputs = List.of(
                "# x\n" + "[".repeat(n),
                "# x\n" + "[a](".repeat(n / 4),
                "# x\n" + "*a ".repeat(n / 3),
                "# x\n" + "`a ``b ".repeat(n / 7),
                "# x\n" + "<a".repeat(n / 2),
                "# x\n" + "<!--".repeat(n / 4),
                "# x\n" + "&amp".repeat(n / 4),
                "# x\n" + "https://".repeat(n / 8),
                "# x\n" + "_a_".repeat(n / 3),
                "# x\n" + "| a ".repeat(n / 4) + "\n" + "|---".repeat(4) + "\n",
                "---\n" + "k: v\n".repeat(n / 4),
                "x".repeat(4 * n));
        for (String input : inputs) {
            Texts.assertOffsetsHold(DocumentReaders.parse(Path.of("adv.md"), input));
        }
    }
}
