package io.tvpbench.track;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adjustment on forks quiet enough to decide: a machine 30% slower at starting threads slows the thread-start
 * control and its family alike, which compare without the control calls regressions and with it explains; a
 * benchmark planted 20% slower on top of that drift, its control not, is still found.
 */
class ControlAdjustmentTest {

    private static final String BENCH = "io.tvpbench.bench.";
    private static final String CONTROL = BENCH + "ControlBenchmark.threadStart";
    private static final String DRIFTED = BENCH + "StartupCostBenchmark.platformThread";
    private static final String THROUGHPUT = BENCH + "IoThroughputBenchmark.tasks";
    private static final String PLANTED = BENCH + "DispatchLatencyBenchmark.floorParking";
    private static final double[] JITTER = {1.0, 1.01, 0.99, 1.005, 0.995};
    private static final double DRIFT = 1.3;
    private static final double PLANTED_SLOWDOWN = 1.2;

    @TempDir
    Path tmp;

    @Test
    void aMachineThatDriftedIsNamedAndExplainedWhileAPlantedSlowdownIsStillFound() throws IOException {
        Path base = run("base", 1, 1);
        Path cur = run("cur", DRIFT, PLANTED_SLOWDOWN);

        Comparison raw = Compare.run(RunFixtures.withoutControls(base, tmp.resolve("base-raw")),
                RunFixtures.withoutControls(cur, tmp.resolve("cur-raw")), CompareOptions.defaults());
        assertEquals(List.of(PLANTED, THROUGHPUT, DRIFTED), regressions(raw), "without the control, drift is a regression");

        Comparison adjusted = Compare.run(base, cur, CompareOptions.defaults());
        assertEquals(List.of(PLANTED), regressions(adjusted), () -> ComparisonMarkdown.render(adjusted));
        assertEquals(1, adjusted.exitCode());
        assertEquals(List.of("the machine changed by +30.0% (threadStart, 2 cores)"),
                adjusted.machineChanges().stream().map(ControlShift::machineLine).toList());
        BenchmarkChange planted = change(adjusted, PLANTED);
        assertEquals(PLANTED_SLOWDOWN - 1, planted.adjustedChange(), 1e-9);
        assertTrue(planted.adjustedLow() > CompareOptions.DEFAULT_THRESHOLD, "the whole interval is beyond 5%");
        for (String explained : List.of(DRIFTED, THROUGHPUT)) {
            BenchmarkChange c = change(adjusted, explained);
            assertTrue(c.adjusted() && Math.abs(c.adjustedChange()) < 1e-9, explained + ": " + c.adjustedChange());
            assertFalse(c.verdict() == ChangeVerdict.REGRESSION);
            assertEquals(DRIFT - 1, c.controlShift(), 1e-9);
        }
        String md = ComparisonMarkdown.render(adjusted);
        assertTrue(md.contains("**The machine changed by +30.0% (threadStart, 2 cores)**"), md);
        assertTrue(md.contains("| +0.0% (threadStart) |"), md);
    }

    private static List<String> regressions(Comparison c) {
        return c.with(ChangeVerdict.REGRESSION).stream().map(BenchmarkChange::benchmark).toList();
    }

    private static BenchmarkChange change(Comparison c, String benchmark) {
        return c.changes().stream().filter(b -> b.benchmark().equals(benchmark)).findFirst().orElseThrow();
    }

    /** A run whose thread-start family and control take {@code drift} times as long, one benchmark {@code planted} more. */
    private Path run(String name, double drift, double planted) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        JmhResults.mapper().writeValue(dir.resolve(JmhResults.FILE_NAME).toFile(), List.of(
                result(CONTROL, "avgt", "us/op", v -> 1000 * drift * v),
                result(DRIFTED, "avgt", "us/op", v -> 600 * drift * v),
                result(THROUGHPUT, "thrpt", "ops/s", v -> 9000 / drift * v),
                result(PLANTED, "avgt", "us/op", v -> 20 * drift * planted * v)));
        return dir;
    }

    private static JmhResult result(String benchmark, String mode, String unit, DoubleUnaryOperator value) {
        List<List<Double>> forks = java.util.Arrays.stream(JITTER).mapToObj(j -> List.of(value.applyAsDouble(j),
                value.applyAsDouble(j * 1.002))).toList();
        JmhMetric metric = new JmhMetric(value.applyAsDouble(1), 0.0, null, null, unit, forks, null);
        return new JmhResult("1.37", benchmark, mode, 1, forks.size(), "java", null, "25", "vm", "25", 1, "250 ms", 2,
                "250 ms", Map.of("cores", "2"), metric, null);
    }
}
