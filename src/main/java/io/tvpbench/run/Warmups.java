package io.tvpbench.run;

import org.openjdk.jmh.annotations.Mode;

import java.time.Duration;
import java.util.Map;

/**
 * How long each benchmark family must warm up before its forks reach steady state, measured. The first table came
 * from a standard sample of 2 × 300 ms warm-up and 4 × 400 ms measured (2 cores): the measured iterations each
 * family needed before every later one stayed within 5% of the fork's final level, at the worse core count, added to
 * the 0.6 s warm-up they had (DataTransferProcess 2.75, DataTransfer 1.69, Dispatch 0.95, Startup 1.04 iterations);
 * {@code -prof comp} on the dev VM agrees in kind. The standard sample of 7d23605 (one 250 ms warm-up, 2 × 250 ms
 * measured) then showed which families still rose from the first measured iteration to the second (median ratio
 * over forks): SHARED_STATE 0.88 (134 of 182 forks more than 5% lower), CpuPerTask 0.92, DataTransfer 0.95, Mixed
 * 0.97, and IO_SOCKET's in-JVM strategies 0.6–0.9 (the echo server's JVM warms up too), while IO_SLEEP (0.98–1.02)
 * and CPU threads (0.98, about as many forks 5% higher as lower) had settled: their entries say so. Standalone
 * forks on the dev VM (2026-12-01, 250 ms iterations) put SHARED_STATE level from the third iteration and IO_SOCKET
 * at 1,000 in flight from the sixth. A family not listed keeps the profile's warm-up.
 */
public final class Warmups {

    private static final Map<String, Duration> FAMILY = Map.of(
            "DataTransferProcessThroughputBenchmark", Duration.ofMillis(2000),
            "DataTransferThroughputBenchmark", Duration.ofMillis(1200),
            "DispatchLatencyBenchmark", Duration.ofMillis(1000),
            "StartupCostBenchmark", Duration.ofMillis(1000),
            "SharedStateThroughputBenchmark", Duration.ofMillis(750),
            "CpuPerTaskThroughputBenchmark", Duration.ofMillis(750),
            "MixedThroughputBenchmark", Duration.ofMillis(750),
            "IoThroughputBenchmark", Duration.ofMillis(500),
            "IoFixedPoolThroughputBenchmark", Duration.ofMillis(500),
            "CpuThroughputBenchmark", Duration.ofMillis(500));

    /**
     * Workloads that warm up longer than the rest of their family: IO_SOCKET warms a second JVM, the echo server;
     * CPU_GIL at 1 core rose 2% from the first measured iteration to the second (median; 20 of 68 forks by more than
     * 5%, against CPU's 0.99 and 8 of 42).
     */
    private static final Map<String, Duration> WORKLOAD = Map.of(
            "CpuThroughputBenchmark CPU_GIL", Duration.ofMillis(750),
            "IoThroughputBenchmark IO_SOCKET", Duration.ofMillis(1500),
            "IoFixedPoolThroughputBenchmark IO_SOCKET", Duration.ofMillis(1500));

    /**
     * Strategies whose code warms in more than one JVM, in the families where that dominates a task. A process pool's
     * tasks run through the parent and every child, each compiling its share after the children start: measured on
     * the dev VM (CPU time per task from /proc, parent and children, 2 cores, 10 µs tasks, 2026-12-01), about 50 µs
     * over the first 10k tasks, 30 µs to 30k and a steady 12 µs from about 50k, some two seconds into a fork; with
     * one 250 ms warm-up the standard sample of dc0cdcf measured both iterations inside that ramp (68k then 151k tasks/s).
     * A standard run of 9642bfc (not kept) showed the same for SHARED_STATE's process pool, whose first measured
     * iteration read 0.52–0.85 of its second after 750 ms, and for VIRTUAL's CPU 10 µs tasks at 2 cores (0.65–0.76
     * after 250 ms).
     */
    private static final Map<String, Duration> STRATEGY = Map.of(
            "CpuThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000),
            "ProcessPoolPipelineThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000),
            "SharedStateThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000),
            "CpuThroughputBenchmark VIRTUAL", Duration.ofMillis(750));

    /**
     * The need from which a budgeted profile lengthens a configuration's warm-up: two of its 250 ms iterations and
     * more. Below it the first measured iteration is where the need ends, and lengthening every family would cost
     * standard minutes of its 30.
     */
    static final Duration LATE = Duration.ofMillis(750);

    private Warmups() {
    }

    /**
     * The measured warm-up a configuration needs: its strategy's in its family where one was measured, else its
     * workload's in its family, else its family's, zero when none was measured.
     */
    public static Duration needed(Configuration configuration) {
        String owner = owner(configuration);
        return STRATEGY.getOrDefault(owner, WORKLOAD.getOrDefault(owner, FAMILY.getOrDefault(owner, Duration.ZERO)));
    }

    /** Whose need sets the configuration's warm-up, for the plan: its family, with its strategy or workload if listed. */
    static String owner(Configuration configuration) {
        String family = family(configuration);
        String strategy = family + " " + configuration.strategy();
        String workload = family + " " + configuration.params().get("workload");
        return STRATEGY.containsKey(strategy) ? strategy : WORKLOAD.containsKey(workload) ? workload : family;
    }

    private static String family(Configuration configuration) {
        String[] parts = configuration.benchmark().split("\\.");
        return parts.length < 2 ? "" : parts[parts.length - 2];
    }

    /**
     * The warm-up iterations a fork of {@code configuration} gets in {@code profile}: the profile's, or enough of its
     * warm-up iterations to cover the measured need. A profile that does not measure (smoke) keeps its own, and so
     * does a budgeted one for a configuration that needs less than {@link #LATE}, and a single-shot configuration,
     * whose iteration is one invocation however long, not the profile's warm-up time (in a standard run of 9642bfc
     * four warm-up start-ups made a StartupCost fork 2.8 s instead of 1.1 s).
     */
    public static int iterations(Configuration configuration, Profile profile) {
        Duration need = needed(configuration);
        if (!profile.measures() || profile.warmupTime().isZero() || configuration.mode() == Mode.SingleShotTime
                || profile.budget().isPresent() && need.compareTo(LATE) < 0) {
            return profile.warmupIterations();
        }
        long cover = (need.toMillis() + profile.warmupTime().toMillis() - 1) / profile.warmupTime().toMillis();
        return (int) Math.max(profile.warmupIterations(), cover);
    }
}
