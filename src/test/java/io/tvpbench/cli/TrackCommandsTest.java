package io.tvpbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tvpbench.results.JmhResults;
import io.tvpbench.track.Baselines;
import io.tvpbench.track.RunFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tvp compare} and {@code tvp baseline promote} as a user or CI script runs them: exit codes and output. */
class TrackCommandsTest {

    static final String SEQUENTIAL_THROUGHPUT =
            "io.tvpbench.fixture.StrategyThroughputFixtureBenchmark.throughput:cores=1,grain=10us,strategy=SEQUENTIAL,workload=CPU";

    @TempDir
    Path tmp;

    private final Path run1 = RunFixtures.recorded("same-commit/run1");
    private final Path run2 = RunFixtures.recorded("same-commit/run2");

    @Test
    void everyCommandsHelpPrintsCleanlyWithoutAPicocliFormatWarning() {
        for (String command : new String[] {"run", "report", "compare", "ab", "baseline"}) {
            Console c = Console.run(command, "--help");
            assertFalse(c.err().contains("WARN") || c.out().contains("WARN"), command + ": " + c.err());
            assertTrue(c.out().contains("Usage: tvp " + command), c.out());
        }
    }

    @Test
    void sameCommitExitsZeroWithATable() {
        Console c = Console.run("compare", run1.toString(), run2.toString());
        assertEquals(Tvp.OK, c.exitCode(), c.err());
        assertTrue(c.out().contains("**Result: no regression**"), c.out());
        assertTrue(c.out().contains("| verdict | benchmark |"), c.out());
    }

    @Test
    void regressionExitsOneAndWritesJsonAndMarkdown() throws IOException {
        Path slower = RunFixtures.scaled(run2, tmp.resolve("slower"), SEQUENTIAL_THROUGHPUT, 0.8);
        Path json = tmp.resolve("compare.json");
        Path summary = tmp.resolve("summary.md");
        Files.writeString(summary, "previous step\n");
        Console c = Console.run("compare", run1.toString(), slower.toString(), "--json", json.toString(), "--md", summary.toString());
        assertEquals(Tvp.REGRESSION, c.exitCode(), c.out());
        JsonNode root = JmhResults.mapper().readTree(json.toFile());
        assertEquals("regression", root.path("result").asText());
        assertEquals(1, root.path("exitCode").asInt());
        JsonNode regressions = root.path("benchmarks");
        long count = 0;
        for (JsonNode b : regressions) {
            if (b.path("verdict").asText().equals("REGRESSION")) {
                count++;
                assertEquals(SEQUENTIAL_THROUGHPUT, b.path("key").asText());
                assertTrue(b.path("changeHigh").asDouble() < 0);
            }
        }
        assertEquals(1, count);
        String md = Files.readString(summary);
        assertTrue(md.startsWith("previous step\n## Benchmark comparison"), "Markdown is appended, as $GITHUB_STEP_SUMMARY needs");
        assertTrue(md.contains("**regression**"));
    }

    @Test
    void thresholdAboveTheChangeSilencesIt() {
        Path slower = RunFixtures.scaled(run2, tmp.resolve("slower"), SEQUENTIAL_THROUGHPUT, 0.8);
        assertEquals(Tvp.OK, Console.run("compare", run1.toString(), slower.toString(), "--threshold", "30").exitCode());
    }

    @Test
    void missingBaselineIsOneLineAndExitTwo() {
        Console c = Console.run("compare", tmp.resolve("baseline").toString(), run2.toString());
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("baseline") && c.err().contains("does not exist") && c.err().contains("baseline promote"), c.err());
    }

    @Test
    void unreadableBaselineIsOneLineAndExitTwo() throws IOException {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("jmh-result.json"), "[{\"benchmark\": \"x\", \"primaryMetric\": {");
        Console c = Console.run("compare", broken.toString(), run2.toString());
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("baseline unusable"), c.err());
    }

    @Test
    void baselineFromANewerSchemaIsRefused() throws IOException {
        Path newer = RunFixtures.edited(run1, tmp.resolve("newer"), results -> { });
        Files.writeString(newer.resolve("env.json"), "{\"schemaVersion\": 2}");
        Console c = Console.run("compare", newer.toString(), run2.toString());
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("newer"), c.err());
    }

    @Test
    void nothingComparableIsExitTwo() throws IOException {
        Path other = RunFixtures.edited(run2, tmp.resolve("other"), results ->
                results.forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("benchmark", "io.x.OtherBenchmark.run")));
        Path single = RunFixtures.edited(other, tmp.resolve("single"), results -> {
            while (results.size() > 1) {
                results.remove(1);
            }
        });
        Console c = Console.run("compare", run1.toString(), single.toString());
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
        assertTrue(c.err().contains("nothing was comparable"), c.err());
    }

    @Test
    void badOptionsAreExitTwo() {
        assertEquals(Tvp.BAD_INPUT, Console.run("compare", run1.toString(), run2.toString(), "--alpha", "1.5").exitCode());
        assertEquals(Tvp.BAD_INPUT, Console.run("compare", run1.toString()).exitCode());
        assertEquals(Tvp.BAD_INPUT, Console.run("baseline").exitCode());
    }

    @Test
    void promoteMakesARunTheBaselineThatCompareUses() throws IOException {
        Path baseline = tmp.resolve("bench-results/baseline");
        Files.createDirectories(baseline);
        Files.writeString(baseline.resolve("stale.txt"), "from an older baseline");
        assertFalse(Baselines.isPresent(baseline));
        Console promote = Console.run("baseline", "promote", run1.toString(), "--baseline", baseline.toString());
        assertEquals(Tvp.OK, promote.exitCode(), promote.err());
        assertTrue(Files.exists(baseline.resolve("jmh-result.json")));
        assertTrue(Files.exists(baseline.resolve("env.json")));
        assertFalse(Files.exists(baseline.resolve("stale.txt")), "promote replaces the baseline, it does not mix two");
        assertTrue(Baselines.isPresent(baseline));
        assertEquals(Tvp.OK, Console.run("compare", baseline.toString(), run2.toString()).exitCode());
    }

    @Test
    void promotingNothingIsExitTwo() {
        Console c = Console.run("baseline", "promote", tmp.resolve("nope").toString(), "--baseline", tmp.resolve("b").toString());
        assertEquals(Tvp.BAD_INPUT, c.exitCode());
        assertTrue(c.oneErrorLine(), c.err());
    }
}
