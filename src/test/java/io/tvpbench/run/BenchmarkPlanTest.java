package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;

import java.util.List;
import java.util.Map;

import static io.tvpbench.run.BenchmarkLists.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkPlanTest {

    private static final String PKG = "io.tvpbench.bench.";

    private static final BenchmarkList LIST = BenchmarkLists.of(
            entry(PKG + "IoThroughputBenchmark.run", Mode.Throughput, Map.of(
                    "cores", new String[]{"0"},
                    "strategy", new String[]{"FIXED_POOL", "VIRTUAL", "ASYNC"},
                    "latencyMs", new String[]{"1", "10"},
                    "concurrency", new String[]{"100", "1000"})),
            entry(PKG + "StartupCostBenchmark.virtualThread", Mode.SampleTime, Map.of("cores", new String[]{"0"})),
            entry(PKG + "StartupCostBenchmark.childJvmReady", Mode.SingleShotTime, Map.of(
                    "variant", new String[]{"DEFAULT", "C1_ONLY", "NO_CDS", "AOT_CACHE"})),
            entry(PKG + "FootprintBenchmark.platformThread", Mode.SingleShotTime, Map.of()));

    private static final CoreCounts ONE_AND_TWO = new CoreCounts(List.of(1, 2));

    @Test
    void countsEveryParamCombinationPerCoreCountWithTheProfileNarrowing() {
        BenchmarkPlan full = BenchmarkPlan.of(LIST, "", Profile.FULL, ONE_AND_TWO);
        assertEquals(3 * 2 * 2 + 1 + 4 + 1, full.configurationsPerCoreCount());
        assertEquals(2 * full.configurationsPerCoreCount(), full.configurations());
        assertTrue(full.narrowedParams().isEmpty());

        BenchmarkPlan smoke = BenchmarkPlan.of(LIST, "", Profile.SMOKE, ONE_AND_TWO);
        assertEquals(Map.of("latencyMs", List.of("1"), "concurrency", List.of("100"), "variant", List.of("DEFAULT")),
                smoke.narrowedParams());
        assertEquals(3 + 1 + 1 + 1, smoke.configurationsPerCoreCount());
    }

    @Test
    void theNarrowedParamsAndTheIncludeBecomeJmhOptionsWithTheRegexLast() {
        BenchmarkPlan plan = BenchmarkPlan.of(LIST, "IoThroughput", Profile.QUICK, ONE_AND_TWO);
        List<String> selection = plan.jmhSelection();
        assertEquals("IoThroughput", selection.getLast());
        assertTrue(selection.containsAll(List.of("-p", "latencyMs=1", "concurrency=100")), selection.toString());
        assertFalse(selection.stream().anyMatch(a -> a.startsWith("cores=")), "cores is set per core count");
        assertEquals(1, plan.benchmarks().size());
        assertEquals(3 * 2, plan.configurations());
    }

    @Test
    void theEstimateScalesWithCoreCountsAndIsPrintedWithThePlan() {
        BenchmarkPlan one = BenchmarkPlan.of(LIST, "", Profile.STANDARD, new CoreCounts(List.of(1)));
        BenchmarkPlan two = BenchmarkPlan.of(LIST, "", Profile.STANDARD, ONE_AND_TWO);
        assertEquals(one.estimate().multipliedBy(2), two.estimate());
        List<String> lines = two.describe(true);
        assertTrue(lines.get(0).startsWith("Plan: profile standard, 4 benchmark methods"), lines.get(0));
        assertTrue(lines.get(1).contains(two.configurations() + " configurations"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("-f 2")), lines.toString());
    }

    @Test
    void anIncludeThatMatchesNothingIsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkPlan.of(LIST, "NoSuchBenchmark", Profile.SMOKE, ONE_AND_TWO));
        assertTrue(e.getMessage().contains("matches no benchmark"), e.getMessage());
    }

    @Test
    void anIncludeThatDoesNotCompileIsBadInputInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkPlan.of(LIST, "Startup(Cost", Profile.SMOKE, ONE_AND_TWO));
        assertTrue(e.getMessage().startsWith("--include: 'Startup(Cost' is not a valid regex"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
