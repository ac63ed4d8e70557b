package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.tvpbench.run.BenchmarkLists.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmupsTest {

    private static final Configuration SLOW = of("io.tvpbench.bench.DataTransferProcessThroughputBenchmark.tasks", "PROCESS_POOL");
    private static final Configuration FAST = of("io.tvpbench.bench.IoThroughputBenchmark.tasks", "VIRTUAL");

    private static Configuration of(String benchmark, String strategy) {
        return new Configuration(benchmark, Mode.Throughput, new TreeMap<>(Map.of("strategy", strategy)), 2);
    }

    @Test
    void aFamilyThatSettlesLateWarmsUpLongerAndTheRestKeepTheProfilesWarmup() {
        Profile standard = Profile.STANDARD;
        int slow = Warmups.iterations(SLOW, standard);
        assertTrue(standard.warmupTime().multipliedBy(slow).compareTo(Warmups.needed(SLOW)) >= 0,
                "the warm-up covers what the family needs");
        assertTrue(slow > standard.warmupIterations());
        assertEquals(standard.warmupIterations(), Warmups.iterations(FAST, standard));
        assertEquals(Duration.ZERO, Warmups.needed(of("io.example.SomeoneElsesBenchmark.run", "VIRTUAL")));
    }

    @Test
    void aBudgetedProfileLengthensOnlyTheFamiliesThatSettleLate() {
        Configuration io = of("io.tvpbench.bench.IoThroughputBenchmark.tasks", "PROCESS_POOL");
        assertTrue(Warmups.needed(io).compareTo(Warmups.LATE) < 0 && Warmups.needed(io).compareTo(Duration.ZERO) > 0);
        assertEquals(Profile.STANDARD.warmupIterations(), Warmups.iterations(io, Profile.STANDARD));
        assertEquals(Profile.QUICK.warmupIterations(), Warmups.iterations(io, Profile.QUICK));
        assertTrue(Warmups.iterations(SLOW, Profile.QUICK) > Profile.QUICK.warmupIterations());
    }

    @Test
    void aProcessPoolOfCpuTasksWarmsUpLongerThanTheThreadsItIsComparedWith() {
        Configuration pool = of("io.tvpbench.bench.CpuThroughputBenchmark.tasks", "PROCESS_POOL");
        Configuration threads = of("io.tvpbench.bench.CpuThroughputBenchmark.tasks", "FIXED_POOL");
        assertTrue(Warmups.needed(threads).compareTo(Warmups.LATE) >= 0, "CPU threads settle after 1.5 s, not 250 ms");
        assertTrue(Warmups.iterations(threads, Profile.STANDARD) > Profile.STANDARD.warmupIterations());
        assertTrue(Warmups.iterations(pool, Profile.STANDARD) > Warmups.iterations(threads, Profile.STANDARD),
                "three JVMs warm the pool's code, and its parent's dispatch path compiles late");
    }

    @Test
    void aWorkloadThatWarmsASecondJvmWarmsUpLongerThanTheRestOfItsFamily() {
        Configuration socket = new Configuration("io.tvpbench.bench.IoThroughputBenchmark.tasks", Mode.Throughput,
                new TreeMap<>(Map.of("strategy", "VIRTUAL", "workload", "IO_SOCKET")), 2);
        Configuration sleep = new Configuration("io.tvpbench.bench.IoThroughputBenchmark.tasks", Mode.Throughput,
                new TreeMap<>(Map.of("strategy", "VIRTUAL", "workload", "IO_SLEEP")), 2);
        assertTrue(Warmups.iterations(socket, Profile.STANDARD) > Warmups.iterations(sleep, Profile.STANDARD));
        assertEquals("IoThroughputBenchmark IO_SOCKET", Warmups.owner(socket));
        assertEquals("IoThroughputBenchmark", Warmups.owner(sleep));
    }

    @Test
    void aSingleShotFamilyKeepsTheProfilesWarmupSinceItsIterationIsOneInvocation() {
        Configuration startup = new Configuration("io.tvpbench.bench.StartupCostBenchmark.childJvmReady",
                Mode.SingleShotTime, new TreeMap<>(Map.of("variant", "DEFAULT")), 2);
        assertTrue(Warmups.needed(startup).compareTo(Warmups.LATE) >= 0);
        assertEquals(Profile.STANDARD.warmupIterations(), Warmups.iterations(startup, Profile.STANDARD));
    }

    @Test
    void smokeKeepsItsOwnAndALongWarmupIsNeverShortened() {
        assertEquals(Profile.SMOKE.warmupIterations(), Warmups.iterations(SLOW, Profile.SMOKE));
        assertEquals(Profile.FULL.warmupIterations(), Warmups.iterations(SLOW, Profile.FULL));
    }

    @Test
    void eachForkGetsItsFamilysWarmupAndThePlanEstimatesIt() {
        BenchmarkListEntry slow = entry(SLOW.benchmark(), Mode.Throughput, Map.of());
        BenchmarkListEntry fast = entry(FAST.benchmark(), Mode.Throughput, Map.of());
        BenchmarkPlan plan = BenchmarkPlan.of(BenchmarkLists.of(slow, fast), "", Profile.STANDARD, new CoreCounts(List.of(1)));
        JmhCommand jmh = new JmhCommand(Path.of("java"), Path.of("benchmarks.jar"), CorePinning.detect(),
                Profile.STANDARD, ForkJvmOptions.DEFAULT);
        Duration expected = Duration.ZERO;
        for (Configuration c : plan.configurationList()) {
            List<String> fork = jmh.fork(c);
            int warmups = Warmups.iterations(c, Profile.STANDARD);
            assertEquals(Integer.toString(warmups), fork.get(fork.indexOf("-wi") + 1), c.label());
            expected = expected.plus(Profile.STANDARD.forkEstimate(c.mode(), warmups));
        }
        assertEquals(expected.multipliedBy(Profile.STANDARD.minRounds()), plan.estimate());
    }
}
