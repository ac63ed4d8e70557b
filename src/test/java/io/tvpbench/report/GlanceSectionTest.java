package io.tvpbench.report;

import io.tvpbench.stats.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlanceSectionTest {

    private static final Path FIXTURE = Path.of("src/test/resources/rounds/cpu-quick-8-rounds");

    @Test
    void theReportOpensWithTheAnswerDrawnFromTheRows() {
        Report report = Report.of(List.of(LoadedRun.load(FIXTURE)), Optional.empty());
        Section glance = report.sections().get(0);
        assertEquals("glance", glance.id());
        List<Verdict> verdicts = report.analysis().verdicts();
        long decided = verdicts.stream().filter(v -> v.outcome().decided()).count();
        String first = ((Block.Text) glance.blocks().get(0)).text();
        assertTrue(first.startsWith(decided + " of " + verdicts.size() + " judged rows are decided"), first);
        Block.Chart chart = glance.blocks().stream().filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast)
                .findFirst().orElseThrow();
        long undecided = verdicts.stream().filter(v -> v.outcome() == Outcome.UNDECIDED).count();
        assertEquals(undecided, chart.svg().split(">undecided</text>", -1).length - 2, "one grey cell per undecided row, plus the legend");
        assertTrue(chart.svg().contains("CPU grain=10us"), chart.svg());
    }
}
