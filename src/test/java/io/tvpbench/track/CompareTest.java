package io.tvpbench.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Honest noise figures on two real runs of the same commit (recorded fixtures, 3 forks each): no false alarm on
 * identical code, and a shifted benchmark is found alone.
 */
class CompareTest {

    private static final String FIXTURE = "io.tvpbench.fixture.StrategyThroughputFixtureBenchmark.";
    static final String THROUGHPUT = FIXTURE + "throughput:cores=1,grain=10us,strategy=SEQUENTIAL,workload=CPU";
    static final String ROUND_TRIP = FIXTURE + "roundTrip:cores=1,grain=10us,strategy=SEQUENTIAL,workload=CPU";

    @TempDir
    Path tmp;

    private final Path run1 = RunFixtures.recorded("same-commit/run1");
    private final Path run2 = RunFixtures.recorded("same-commit/run2");

    @Test
    void twoRunsOfTheSameCommitShowNoChangeBeyondTheThreshold() {
        Comparison c = Compare.run(run1, run2, CompareOptions.defaults());
        assertEquals(List.of(), c.with(ChangeVerdict.REGRESSION));
        assertEquals(List.of(), c.with(ChangeVerdict.IMPROVEMENT));
        assertEquals(0, c.exitCode());
        assertEquals(c.changes().size(), c.tests());
        assertTrue(c.changes().size() >= 9, "every benchmark of the fixture is compared");
        assertFalse(c.environment().differs());
        c.changes().forEach(b -> assertTrue(b.detectableChange() > 0, b.key() + " states what it could have seen"));
    }

    @Test
    void throughputScaledBy08IsTheOnlyRegression() {
        Comparison c = Compare.run(run1, RunFixtures.scaled(run2, tmp.resolve("slow"), THROUGHPUT, 0.8), CompareOptions.defaults());
        assertOnlyRegression(c, THROUGHPUT);
        BenchmarkChange change = c.with(ChangeVerdict.REGRESSION).get(0);
        assertEquals(Direction.HIGHER_IS_BETTER, change.direction());
        assertTrue(change.changeLow() < -0.05 && change.changeHigh() < 0, "the interval says worse, beyond the threshold");
    }

    @Test
    void timePerOpScaledBy125IsTheOnlyRegression() {
        Comparison c = Compare.run(run1, RunFixtures.scaled(run2, tmp.resolve("slow"), ROUND_TRIP, 1.25), CompareOptions.defaults());
        assertOnlyRegression(c, ROUND_TRIP);
        assertEquals(Direction.LOWER_IS_BETTER, c.with(ChangeVerdict.REGRESSION).get(0).direction());
    }

    @Test
    void everyBenchmarkPreciseEnoughIsFoundWhenShiftedAlone() {
        Comparison same = Compare.run(run1, run2, CompareOptions.defaults());
        int shifted = 0;
        for (BenchmarkChange b : same.changes()) {
            double factor = b.direction() == Direction.HIGHER_IS_BETTER ? 0.8 : 1.25;
            if (b.detectableChange() < Math.abs(factor - 1)) {
                Path dir = tmp.resolve("shift" + shifted++);
                assertOnlyRegression(Compare.run(run1, RunFixtures.scaled(run2, dir, b.key(), factor), CompareOptions.defaults()), b.key());
            }
        }
        assertTrue(shifted >= 1, "the fixture has a benchmark precise enough to see the shift");
    }

    @Test
    void fasterTimePerOpIsAnImprovementNotARegression() {
        Comparison c = Compare.run(run1, RunFixtures.scaled(run2, tmp.resolve("fast"), ROUND_TRIP, 0.8), CompareOptions.defaults());
        assertFalse(c.hasRegression());
        assertEquals(List.of(ROUND_TRIP), c.with(ChangeVerdict.IMPROVEMENT).stream().map(BenchmarkChange::key).toList());
    }

    @Test
    void benchmarksOnOneSideAreListedNotDropped() {
        Comparison c = Compare.run(run1, RunFixtures.without(run2, tmp.resolve("fewer"), ROUND_TRIP), CompareOptions.defaults());
        assertEquals(List.of(ROUND_TRIP), c.onlyInBaseline());
        assertEquals(List.of(), c.onlyInCurrent());
        assertTrue(ComparisonMarkdown.render(c).contains("Only in the baseline (1, not compared)"));
        Comparison reverse = Compare.run(RunFixtures.without(run1, tmp.resolve("older"), THROUGHPUT), run2, CompareOptions.defaults());
        assertEquals(List.of(THROUGHPUT), reverse.onlyInCurrent());
    }

    @Test
    void differentEnvironmentsAreFlaggedAndDoNotFailUnlessAsked() throws IOException {
        Path other = RunFixtures.scaled(run2, tmp.resolve("other"), THROUGHPUT, 0.8);
        Path env = other.resolve("env.json");
        Files.writeString(env, Files.readString(env).replace("\"AMD EPYC\"", "\"Intel Xeon\"")
                .replace("5d41c0a7e2f1", "0123456789ab"));
        Comparison c = Compare.run(run1, other, CompareOptions.defaults());
        assertTrue(c.hasRegression());
        assertTrue(c.environment().differences().contains("CPU model: AMD EPYC → Intel Xeon"), c.environment().toString());
        assertEquals(0, c.exitCode());
        String md = ComparisonMarkdown.render(c);
        assertTrue(md.indexOf("The environments differ") < md.indexOf("| verdict |"), "stated at the top");
        assertEquals(1, Compare.run(run1, other, CompareOptions.defaults().withFailOnEnvMismatch(true)).exitCode());
    }

    @Test
    void sameInputsGiveTheSameReport() {
        assertEquals(ComparisonJson.render(Compare.run(run1, run2, CompareOptions.defaults())),
                ComparisonJson.render(Compare.run(run1, run2, CompareOptions.defaults())));
    }

    @Test
    void inputTextCannotInjectMarkup() {
        Path hostile = RunFixtures.edited(run2, tmp.resolve("hostile"), results -> results.forEach(r ->
                ((ObjectNode) r.get("params")).put("workload", "<script>alert(1)</script>|x")));
        Path base = RunFixtures.edited(run1, tmp.resolve("hostile-base"), results -> results.forEach(r ->
                ((ObjectNode) r.get("params")).put("workload", "<script>alert(1)</script>|x")));
        String md = ComparisonMarkdown.render(Compare.run(base, hostile, CompareOptions.defaults()));
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|x"));
    }

    @Test
    void aSingleForkIsUntestableAndItsMissingFiguresAreNullInJson() throws IOException {
        Path oneFork = RunFixtures.edited(run2, tmp.resolve("one-fork"), results -> results.forEach(r -> {
            for (String raw : List.of("rawData", "rawDataHistogram")) {
                if (r.path("primaryMetric").path(raw) instanceof ArrayNode forks) {
                    while (forks.size() > 1) {
                        forks.remove(1);
                    }
                }
            }
        }));
        Comparison c = Compare.run(run1, oneFork, CompareOptions.defaults());
        List<BenchmarkChange> untestable = c.with(ChangeVerdict.UNTESTABLE);
        assertEquals(c.changes(), untestable, "no benchmark has two forks left");
        assertEquals(0, c.tests(), "untestable benchmarks do not count as tests");
        assertEquals(0, c.exitCode());
        JsonNode json = JmhResults.mapper().readTree(ComparisonJson.render(c));
        for (JsonNode b : json.path("benchmarks")) {
            assertTrue(b.path("pValue").isNull() && b.path("detectableChange").isNull() && b.path("changeLow").isNull(), b.toString());
            assertTrue(b.path("change").isNumber());
        }
    }

    @Test
    void runsWithoutEnvJsonAreComparedAndSaySo() throws IOException {
        Path bare1 = RunFixtures.edited(run1, tmp.resolve("bare1"), r -> { });
        Path bare2 = RunFixtures.scaled(run2, tmp.resolve("bare2"), THROUGHPUT, 0.8);
        Files.delete(bare1.resolve("env.json"));
        Files.delete(bare2.resolve("env.json"));
        Comparison c = Compare.run(bare1, bare2, CompareOptions.defaults());
        assertEquals(List.of("baseline has no env.json", "current run has no env.json"), c.environment().unknown());
        assertFalse(c.environment().differs(), "the JDK and flags JMH recorded are the same");
        assertOnlyRegression(c, THROUGHPUT);
    }

    private static void assertOnlyRegression(Comparison c, String key) {
        assertEquals(List.of(key), c.with(ChangeVerdict.REGRESSION).stream().map(BenchmarkChange::key).toList(),
                () -> ComparisonMarkdown.render(c));
        assertEquals(1, c.exitCode());
    }
}
