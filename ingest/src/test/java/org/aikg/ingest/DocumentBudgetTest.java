package org.aikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fake clock drives the budget: no test here waits for real time to pass. */
class DocumentBudgetTest {
    private long now;
    private final List<String> heard = new ArrayList<>();

    private DocumentBudget budget(Duration allowed) {
        return new DocumentBudget(Path.of("corpus/slow.md"), allowed, () -> now,
                (file, stage, done, total) -> heard.add(file + " " + stage + " " + done + "/" + total));
    }

    @Test
    void stopsAtTheFirstCheckpointPastTheDeadlineNamingFileAndStage() {
        DocumentBudget b = budget(Duration.ofSeconds(10));
        now += 9_000_000_000L;
        b.reached("annotating", 10, 100);
        now += 2_000_000_000L;
        AikgException e = assertThrows(AikgException.class, () -> b.reached("finding names", 50, 100));
        assertTrue(e.getMessage().startsWith("corpus/slow.md: took longer than the 10 s"), e.getMessage());
        assertTrue(e.getMessage().contains("finding names at 50%"), e.getMessage());
    }

    @Test
    void zeroMeansNoLimit() {
        DocumentBudget b = budget(Duration.ZERO);
        now += 1_000_000_000_000L;
        b.reached("annotating", 1, 2);
    }

    @Test
    void progressIsPassedOnAtMostOnceASecond() {
        DocumentBudget b = budget(Duration.ofSeconds(100));
        b.reached("annotating", 1, 100); // at once: not yet
        now += 400_000_000L;
        b.reached("annotating", 2, 100);
        now += 700_000_000L;
        b.reached("annotating", 3, 100); // 1.1 s after the start
        now += 100_000_000L;
        b.reached("annotating", 4, 100);
        assertEquals(List.of("corpus/slow.md annotating 3/100"), heard);
    }
}
