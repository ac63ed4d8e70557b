package io.tvpbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.JmhResults;
import io.tvpbench.results.RoundsFile;
import io.tvpbench.stats.LogRatio;
import io.tvpbench.stats.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real fork data: a quick run of CpuThroughputBenchmark on the 2-core dev VM, cores 1 and 2, 8 rounds (seed 42),
 * recorded by the round driver with its rounds.json and env.json. A drift that slows a whole round must not move
 * a paired verdict; a planted shift on one configuration must be found, and nothing else flagged.
 */
class RecordedRoundsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/rounds/cpu-quick-8-rounds");
    private static final int DRIFTED_ROUND = 4;

    @TempDir
    Path dir;

    @Test
    void aRunsRowsArePairedAtTheDesignsLevelPerLook() {
        List<Verdict> verdicts = analysis(FIXTURE).verdicts();
        assertEquals(4, verdicts.size());
        assertTrue(verdicts.stream().allMatch(v -> v.paired() && v.rounds() == 8), verdicts.toString());
        assertTrue(verdicts.stream().allMatch(v -> v.method().contains("α = 0.0167 per look")), verdicts.get(0).method());
        assertTrue(verdicts.stream().allMatch(v -> v.marginInterval().low() > 0));
    }

    @Test
    void aDriftOfAWholeRoundIsNotCalledAChange() throws IOException {
        Path drifted = copy((key, round) -> round == DRIFTED_ROUND ? 0.8 : 1.0);
        List<Verdict> before = analysis(FIXTURE).verdicts();
        List<Verdict> after = analysis(drifted).verdicts();
        for (int i = 0; i < before.size(); i++) {
            Verdict b = before.get(i);
            Verdict a = after.get(i);
            assertEquals(b.outcome(), a.outcome(), b.scenario().label());
            assertEquals(b.winner(), a.winner());
            assertEquals(b.marginInterval().low(), a.marginInterval().low(), 1e-9, "the ratio within each round is unchanged");
            assertEquals(b.marginInterval().high(), a.marginInterval().high(), 1e-9);
        }
        RoundsFile rounds = RoundsFile.near(FIXTURE).orElseThrow();
        RoundsFile driftedRounds = RoundsFile.near(drifted).orElseThrow();
        for (JmhResult r : JmhResults.read(FIXTURE)) {
            double[] base = rounds.byRound(r.key(), r.primaryMetric().forkMeans()).orElseThrow();
            JmhResult moved = JmhResults.read(drifted).stream().filter(x -> x.key().equals(r.key())).findFirst().orElseThrow();
            double[] now = driftedRounds.byRound(moved.key(), moved.primaryMetric().forkMeans()).orElseThrow();
            LogRatio all = LogRatio.paired(now, base, 0.95);
            assertEquals(0.8, now[DRIFTED_ROUND - 1] / base[DRIFTED_ROUND - 1], 1e-9);
            assertFalse(all.different() && all.ratio().low() > 1, "the drift never reads as an improvement: " + r.key());
        }
    }

    @Test
    void aPlantedTenPercentShiftOnOneConfigurationIsFoundAndNoOtherIsFlagged() throws IOException {
        String planted = JmhResults.read(FIXTURE).get(3).key();
        Path shifted = copy((key, round) -> key.equals(planted) ? 1.1 : 1.0);
        RoundsFile rounds = RoundsFile.near(FIXTURE).orElseThrow();
        int found = 0;
        for (JmhResult r : JmhResults.read(FIXTURE)) {
            JmhResult now = JmhResults.read(shifted).stream().filter(x -> x.key().equals(r.key())).findFirst().orElseThrow();
            LogRatio change = LogRatio.paired(rounds.byRound(r.key(), now.primaryMetric().forkMeans()).orElseThrow(),
                    rounds.byRound(r.key(), r.primaryMetric().forkMeans()).orElseThrow(), 0.95);
            if (change.different()) {
                found++;
                assertEquals(planted, r.key());
                assertEquals(1.1, change.ratio().estimate(), 1e-9);
            } else {
                assertTrue(change.equivalent(0.05), r.key());
            }
        }
        assertEquals(1, found);
        Verdict row = analysis(shifted).verdicts().stream()
                .filter(v -> v.contenders().stream().anyMatch(c -> planted.contains("strategy=" + c.strategy())))
                .filter(v -> planted.contains("workload=" + v.scenario().workload() + "")
                        && planted.contains("cores=" + v.cores() + ","))
                .findFirst().orElseThrow();
        assertTrue(row.outcome() != Outcome.PARTIAL && row.paired(), row.toString());
    }

    private static Analysis analysis(Path run) {
        return Analysis.of(List.of(LoadedRun.load(run)), Optional.empty());
    }

    /** A copy of the fixture with each fork's raw data scaled by {@code factor(result key, round)}. */
    private Path copy(BiFunction<String, Integer, Double> factor) throws IOException {
        Path out = Files.createDirectories(dir.resolve("run"));
        for (String f : List.of("env.json", RoundsFile.FILE_NAME)) {
            Files.copy(FIXTURE.resolve(f), out.resolve(f));
        }
        RoundsFile rounds = RoundsFile.near(FIXTURE).orElseThrow();
        JsonNode root = JmhResults.mapper().readTree(FIXTURE.resolve(JmhResults.FILE_NAME).toFile());
        List<JmhResult> typed = JmhResults.read(FIXTURE);
        for (int i = 0; i < root.size(); i++) {
            String key = typed.get(i).key();
            ArrayNode forks = (ArrayNode) root.get(i).path("primaryMetric").path("rawData");
            for (int fork = 0; fork < forks.size(); fork++) {
                double f = factor.apply(key, rounds.forks().get(key).get(fork));
                ArrayNode iterations = (ArrayNode) forks.get(fork);
                for (int it = 0; it < iterations.size(); it++) {
                    iterations.set(it, DoubleNode.valueOf(iterations.get(it).asDouble() * f));
                }
            }
        }
        JmhResults.mapper().writeValue(out.resolve(JmhResults.FILE_NAME).toFile(), root);
        return out;
    }
}
