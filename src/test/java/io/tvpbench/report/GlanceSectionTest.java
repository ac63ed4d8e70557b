package io.tvpbench.report;

import io.tvpbench.stats.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** 390 px less the page's padding: drawn no wider, the matrix is set 1:1 on a phone, its labels at full size. */
    @Test
    void theMatrixFitsAPhoneWithoutShrinkingItsLabels() {
        Report report = Report.of(List.of(LoadedRun.load(Path.of("src/test/resources/report/fixtures/bench-results/20261122-041000-284e0ab"))),
                Optional.empty());
        String svg = GlanceSection.matrix(report.analysis().verdicts());
        Matcher viewBox = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ").matcher(svg);
        assertTrue(viewBox.find(), svg);
        assertTrue(Double.parseDouble(viewBox.group(1)) <= 358, viewBox.group(1));
        Matcher label = Pattern.compile("<text x=\"([0-9.]+)\" [^>]*text-anchor=\"end\"[^>]*>([^<]*)</text>").matcher(svg);
        int labels = 0;
        while (label.find()) {
            labels++;
            assertTrue(Svg.textWidth(label.group(2), 12) <= Double.parseDouble(label.group(1)), label.group(2));
        }
        assertTrue(labels > 0, svg);
        assertTrue(new HtmlRenderer().render(report).contains("#glance figure svg{min-width:0}"),
                "the glance chart is exempt from the wide charts' minimum width");
    }
}
