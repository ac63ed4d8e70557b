package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.tvpbench.run.BenchmarkLists.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmupsTest {

    private static final String SLOW = "io.tvpbench.bench.DataTransferProcessThroughputBenchmark.tasks";
    private static final String FAST = "io.tvpbench.bench.MixedThroughputBenchmark.tasks";

    @Test
    void aFamilyThatSettlesLateWarmsUpLongerAndTheRestKeepTheProfilesWarmup() {
        Profile standard = Profile.STANDARD;
        int slow = Warmups.iterations(SLOW, standard);
        assertTrue(standard.warmupTime().multipliedBy(slow).compareTo(Warmups.needed(SLOW)) >= 0,
                "the warm-up covers what the family needs");
        assertTrue(slow > standard.warmupIterations());
        assertEquals(standard.warmupIterations(), Warmups.iterations(FAST, standard));
        assertEquals(Duration.ZERO, Warmups.needed("io.example.SomeoneElsesBenchmark.run"));
    }

    @Test
    void smokeKeepsItsOwnAndALongWarmupIsNeverShortened() {
        assertEquals(Profile.SMOKE.warmupIterations(), Warmups.iterations(SLOW, Profile.SMOKE));
        assertEquals(Profile.FULL.warmupIterations(), Warmups.iterations(SLOW, Profile.FULL));
    }

    @Test
    void familiesWithDifferentWarmupsRunInSeparateInvocationsWithTheirOwnOption() {
        BenchmarkListEntry slow = entry(SLOW, Mode.Throughput, Map.of());
        BenchmarkListEntry fast = entry(FAST, Mode.Throughput, Map.of());
        BenchmarkPlan plan = BenchmarkPlan.of(BenchmarkLists.of(slow, fast), "", Profile.STANDARD, new CoreCounts(List.of(1)));
        assertEquals(2, plan.invocations().size());
        for (JmhInvocation invocation : plan.invocations()) {
            String benchmark = invocation.benchmarks().getFirst().getUsername();
            List<String> options = Profile.STANDARD.jmhOptions(invocation.warmupIterations(Profile.STANDARD));
            assertEquals(Integer.toString(Warmups.iterations(benchmark, Profile.STANDARD)), options.get(options.indexOf("-wi") + 1));
        }
    }
}
