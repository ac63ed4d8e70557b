package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoundDecisionsTest {

    private static final String BENCHMARK = "io.tvpbench.bench.CpuThroughputBenchmark.tasks";

    @TempDir
    Path dir;

    private static Configuration contender(String strategy) {
        return new Configuration(BENCHMARK, Mode.Throughput,
                new TreeMap<>(Map.of("strategy", strategy, "workload", "CPU", "grain", "10us")), 2);
    }

    /** Runs {@code rounds} rounds of the plan, each configuration's fork mean in round r given by {@code means}. */
    private RoundDecisions look(Map<Configuration, double[]> means, int rounds) throws IOException {
        List<Configuration> plan = List.copyOf(means.keySet());
        MergedResults merged = new MergedResults(dir.resolve("jmh-result.json"));
        RoundLog log = new RoundLog(dir.resolve("rounds.json"), 42);
        for (int r = 0; r < rounds; r++) {
            log.round(plan);
            for (int i = 0; i < plan.size(); i++) {
                Configuration c = plan.get(i);
                double[] upTo = Arrays.copyOf(means.get(c), r + 1);
                String raw = Arrays.stream(upTo).mapToObj(v -> "[" + v + "]").collect(Collectors.joining(", "));
                Path file = Files.writeString(dir.resolve(i + ".json"), "[" + MergedResultsTest.result(c.benchmark(),
                        "{\"cores\": \"2\", \"grain\": \"10us\", \"strategy\": \"" + c.strategy() + "\", \"workload\": \"CPU\"}",
                        Arrays.stream(upTo).average().orElseThrow()).replaceFirst("\\[\\[[^]]*]]", "[" + raw + "]") + "]");
                merged.update(c, file);
                log.fork(c, true, 2000);
            }
        }
        return RoundDecisions.look(plan, merged, log, 0.0125);
    }

    @Test
    void anUndecidedRowsNextRoundRunsItsBestAndTheContendersStillOpenNotThoseShownSlower() throws IOException {
        Configuration best = contender("FIXED_POOL");
        Configuration close = contender("FORK_JOIN");
        Configuration slow = contender("SEQUENTIAL");
        Map<Configuration, double[]> means = new LinkedHashMap<>();
        means.put(best, new double[] {100, 96, 104, 99});
        means.put(close, new double[] {97, 99, 98, 101});
        means.put(slow, new double[] {50, 48, 52, 50});

        RoundDecisions look = look(means, 4);

        assertEquals(1, look.rows());
        assertEquals(1, look.undecided());
        assertEquals(List.of(best, close), look.needed(), "SEQUENTIAL is shown slower in every round: more rounds cannot change it");
    }

    @Test
    void aDecidedRowNeedsNothing() throws IOException {
        Map<Configuration, double[]> means = new LinkedHashMap<>();
        means.put(contender("FIXED_POOL"), new double[] {100, 98, 103, 101});
        means.put(contender("FORK_JOIN"), new double[] {60, 59, 62, 61});
        means.put(contender("SEQUENTIAL"), new double[] {50, 48, 52, 50});

        RoundDecisions look = look(means, 4);

        assertEquals(0, look.undecided());
        assertEquals(List.of(), look.needed());
    }
}
