package io.tvpbench.track;

import com.fasterxml.jackson.databind.JsonNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real quick runs of one commit on the shared 2-core dev VM, one after the other while other builds ran
 * (controls/README.md): what compare says about identical code without the controls, and with them.
 */
class ControlsRecordedTest {

    private static final String BENCH = "io.tvpbench.bench.";

    @TempDir
    Path tmp;

    private final Path runA = RunFixtures.recorded("controls/runA");
    private final Path runB = RunFixtures.recorded("controls/runB");

    @Test
    void withoutControlsEveryChangeIsJudgedRawAndTheOutputSaysSo() {
        Comparison c = Compare.run(RunFixtures.withoutControls(runA, tmp.resolve("a")),
                RunFixtures.withoutControls(runB, tmp.resolve("b")), CompareOptions.defaults());
        assertEquals(Optional.of("either run"), c.noControl());
        assertTrue(c.controls().isEmpty());
        assertTrue(c.changes().stream().noneMatch(BenchmarkChange::adjusted));
        assertTrue(ComparisonMarkdown.render(c).contains("_No control was measured in either run: changes are not adjusted"));
        assertEquals(List.of(), c.with(ChangeVerdict.REGRESSION), "what these recordings show: the forks within each run"
                + " spread so widely that 3 a side call nothing, raw or adjusted");
        assertEquals(c.changes().size(), c.with(ChangeVerdict.UNDECIDED).size());
    }

    @Test
    void withControlsTheMachinesDriftIsShownAndEverySuiteBenchmarkIsJudgedAfterDividingByIt() {
        Comparison c = Compare.run(runA, runB, CompareOptions.defaults());
        assertEquals(Optional.empty(), c.noControl());
        assertEquals(Vocabulary.CONTROL_FAMILIES, c.controls().stream().map(ControlShift::family).toList());
        assertTrue(c.controls().stream().allMatch(s -> s.cores().equals("2") && s.usable()));
        assertTrue(c.changes().stream().allMatch(BenchmarkChange::adjusted), "every suite benchmark has a family");
        assertTrue(c.changes().stream().noneMatch(b -> b.benchmark().contains("ControlBenchmark")), "controls are no rows");
        assertTrue(c.onlyInBaseline().isEmpty() && c.onlyInCurrent().isEmpty());
        assertEquals(List.of(), c.with(ChangeVerdict.REGRESSION), () -> ComparisonMarkdown.render(c));
        assertEquals(0, c.exitCode());
        assertTrue(c.controls().stream().allMatch(s -> Math.abs(s.change()) > CompareOptions.DEFAULT_THRESHOLD),
                "every control's estimate moved beyond 5% between the runs");
        assertEquals(List.of(), c.machineChanges(), "but with intervals that include no change: not named");
        for (BenchmarkChange b : c.changes()) {
            ControlShift control = c.controls().stream().filter(s -> s.family().equals(b.family())).findFirst().orElseThrow();
            double sign = b.direction() == Direction.LOWER_IS_BETTER ? 1 : -1;
            double expected = Math.exp(meanLogRatio(b.key()) - sign * Math.log1p(control.change())) - 1;
            assertEquals(expected, b.adjustedChange(), 1e-9, b.key());
        }
        assertEquals(Vocabulary.PROCESS_SPAWN, family(c, "StartupCostBenchmark.childJvmReady"));
        assertEquals(Vocabulary.PROCESS_SPAWN, family(c, "DispatchLatencyBenchmark.roundTrip:cores=2,strategy=PROCESS_PER_TASK"));
        assertEquals(Vocabulary.THREAD_START, family(c, "StartupCostBenchmark.coldFixedPool"));
    }

    private static String family(Comparison c, String key) {
        return c.changes().stream().filter(b -> b.key().startsWith(BENCH + key)).findFirst().orElseThrow().family();
    }

    /** The benchmark's own log ratio of current over baseline: the mean log fork mean of each side, subtracted. */
    private double meanLogRatio(String key) {
        return meanLog(RunInput.load(runB, "current").results().get(key))
                - meanLog(RunInput.load(runA, "baseline").results().get(key));
    }

    private static double meanLog(io.tvpbench.results.JmhResult r) {
        return java.util.Arrays.stream(r.primaryMetric().forkMeans()).map(Math::log).average().orElseThrow();
    }

    @Test
    void aRunWithoutControlsAgainstOneWithThemIsComparedUnadjusted() {
        Comparison c = Compare.run(RunFixtures.withoutControls(runA, tmp.resolve("a")), runB, CompareOptions.defaults());
        assertEquals(Optional.of("the baseline"), c.noControl());
        assertTrue(c.controls().isEmpty() && c.changes().stream().noneMatch(BenchmarkChange::adjusted));
        assertTrue(c.onlyInCurrent().isEmpty(), "the current run's controls are not listed as benchmarks");
    }

    @Test
    void theJsonCarriesTheControlsAndEachBenchmarksAdjustment() throws Exception {
        JsonNode json = JmhResults.mapper().readTree(ComparisonJson.render(Compare.run(runA, runB, CompareOptions.defaults())));
        assertEquals(2, json.path("schemaVersion").asInt());
        assertTrue(json.path("noControl").isNull());
        assertEquals(4, json.path("controls").size());
        for (JsonNode control : json.path("controls")) {
            for (String field : List.of("shift", "shiftLow", "shiftHigh", "baselineScore", "currentScore")) {
                assertTrue(control.path(field).isNumber(), field + " in " + control);
            }
            assertTrue(control.path("machineChanged").isBoolean());
        }
        assertTrue(json.path("machineChanges").isArray());
        for (JsonNode b : json.path("benchmarks")) {
            assertTrue(Vocabulary.CONTROL_FAMILIES.contains(b.path("family").asText()), b.toString());
            assertTrue(b.path("adjusted").asBoolean() && b.path("adjustedChange").isNumber() && b.path("controlShift").isNumber());
        }
    }
}
