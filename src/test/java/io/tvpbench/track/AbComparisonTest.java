package io.tvpbench.track;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.PairsFile;
import io.tvpbench.results.RoundsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same-run A/B on a recorded A/A run: one jar on both sides, 8 alternating rounds of two start-up benchmarks
 * (process spawn and thread start, the families behind false alarms of separate runs) on the 2-core dev VM while
 * other builds ran. Planted changes are applied to the head side's real samples, drift to a whole round of both.
 */
class AbComparisonTest {

    static final Path AA = Path.of("src/test/resources/ab/aa-startup-8-rounds");
    static final Path LOADED = Path.of("src/test/resources/ab/aa-loaded-false-alarm");
    private static final String NATIVE = "io.tvpbench.bench.StartupCostBenchmark.nativeProcess:cores=1";
    private static final String THREAD = "io.tvpbench.bench.StartupCostBenchmark.platformThread:cores=1";

    @TempDir
    Path tmp;

    @Test
    void identicalBuildsAreNotARegression() {
        AbComparison ab = AbComparison.of(AA, CompareOptions.defaults(), 3);
        assertFalse(ab.hasRegression());
        assertEquals(0, ab.exitCode());
        assertEquals(2, ab.tests());
        ab.rows().forEach(r -> {
            assertEquals(8, r.pairs(), r.key());
            assertTrue(r.ciLow() < 0 && r.ciHigh() > 0, r.key() + " interval holds no change");
        });
    }

    /**
     * The first quick A/A of one jar against itself (start-up, footprint and dispatch families, 2 cores) ran while
     * four builds loaded the 2-core VM (load 7–16): FootprintBenchmark.platformThread read +40% in each of its
     * three rounds (ratios 1.41, 1.38, 1.41), and an unmoderated t on three pairs called that a regression.
     */
    @Test
    void threeLuckyRoundsOnALoadedMachineAreNotARegression() {
        AbComparison ab = AbComparison.of(LOADED, CompareOptions.defaults(), 3);
        AbRow lucky = row(ab, "io.tvpbench.bench.FootprintBenchmark.platformThread:cores=2");
        assertEquals(3, lucky.pairs());
        assertTrue(lucky.change() > 0.35, "the recorded rounds still read +40%: " + lucky.change());
        assertEquals(ChangeVerdict.UNDECIDED, lucky.outcome());
        assertFalse(ab.hasRegression());
        assertEquals(21, ab.rows().size());
    }

    @Test
    void aPlantedSlowdownOfOneConfigurationIsARegressionAndOnlyThere() throws IOException {
        Path run = copy(AA, tmp.resolve("slow"));
        scale(run.resolve(PairsFile.HEAD), NATIVE, round -> true, 2.0);
        AbComparison ab = AbComparison.of(run, CompareOptions.defaults(), 3);
        assertEquals(ChangeVerdict.REGRESSION, row(ab, NATIVE).outcome());
        assertTrue(row(ab, NATIVE).ciLow() > 0.05, "the whole interval lies beyond the threshold");
        assertTrue(row(ab, THREAD).outcome() != ChangeVerdict.REGRESSION);
        assertEquals(1, ab.exitCode());
    }

    @Test
    void aPlantedSpeedupIsAnImprovementNotAFailure() throws IOException {
        Path run = copy(AA, tmp.resolve("fast"));
        scale(run.resolve(PairsFile.HEAD), NATIVE, round -> true, 0.5);
        AbComparison ab = AbComparison.of(run, CompareOptions.defaults(), 3);
        assertEquals(ChangeVerdict.IMPROVEMENT, row(ab, NATIVE).outcome());
        assertEquals(0, ab.exitCode());
    }

    @Test
    void aChangeSmallerThanTheThresholdIsNeverARegression() throws IOException {
        Path run = copy(AA, tmp.resolve("small"));
        scale(run.resolve(PairsFile.HEAD), NATIVE, round -> true, 1.04);
        scale(run.resolve(PairsFile.HEAD), THREAD, round -> true, 1.04);
        assertFalse(AbComparison.of(run, CompareOptions.defaults(), 3).hasRegression());
    }

    @Test
    void driftOfAWholeRoundOnBothSidesCancelsInThePairs() throws IOException {
        Path run = copy(AA, tmp.resolve("drift"));
        for (String side : List.of(PairsFile.BASE, PairsFile.HEAD)) {
            for (String key : List.of(NATIVE, THREAD)) {
                scale(run.resolve(side), key, round -> round == 3, 0.8);
            }
        }
        AbComparison before = AbComparison.of(AA, CompareOptions.defaults(), 3);
        AbComparison after = AbComparison.of(run, CompareOptions.defaults(), 3);
        for (String key : List.of(NATIVE, THREAD)) {
            assertEquals(row(before, key).change(), row(after, key).change(), 1e-9, key);
            assertEquals(row(before, key).ciLow(), row(after, key).ciLow(), 1e-9, key);
            assertEquals(row(before, key).outcome(), row(after, key).outcome(), key);
        }
    }

    @Test
    void aSideWithoutRoundsCannotBePaired() throws IOException {
        Path run = copy(AA, tmp.resolve("unpaired"));
        Files.delete(run.resolve(PairsFile.BASE).resolve(RoundsFile.FILE_NAME));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AbComparison.of(run, CompareOptions.defaults(), 3));
        assertTrue(e.getMessage().contains("cannot be paired"), e.getMessage());
    }

    static AbRow row(AbComparison ab, String key) {
        return ab.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Multiplies every sample of the forks of {@code key} whose round passes {@code rounds} by {@code factor}. */
    static void scale(Path side, String key, IntPredicate rounds, double factor) throws IOException {
        List<Integer> forkRounds = RoundsFile.near(side).orElseThrow().forks().get(key);
        Path file = side.resolve(JmhResults.FILE_NAME);
        ArrayNode results = (ArrayNode) JmhResults.mapper().readTree(file.toFile());
        for (JsonNode result : results) {
            if (!JmhResults.mapper().treeToValue(result, JmhResult.class).key().equals(key)) {
                continue;
            }
            ObjectNode metric = (ObjectNode) result.get("primaryMetric");
            for (Map.Entry<String, Integer> field : Map.of("rawData", 0, "rawDataHistogram", 1).entrySet()) {
                JsonNode forks = metric.path(field.getKey());
                for (int f = 0; f < forks.size(); f++) {
                    if (!rounds.test(forkRounds.get(f))) {
                        continue;
                    }
                    for (int i = 0; i < forks.get(f).size(); i++) {
                        JsonNode iteration = forks.get(f).get(i);
                        if (field.getValue() == 0) {
                            ((ArrayNode) forks.get(f)).set(i, iteration.asDouble() * factor);
                        } else {
                            iteration.forEach(bin -> ((ArrayNode) bin).set(0, bin.get(0).asDouble() * factor));
                        }
                    }
                }
            }
        }
        JmhResults.mapper().writeValue(file.toFile(), results);
    }
}
