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
 * at 1,000 in flight from the sixth. CpuThroughputBenchmark's entry came from standalone forks on the dev VM
 * (2026-12-01; CPU workload, five strategies × two grains × 4 forks, 3 × 250 ms measured, at 1 core the JMH host off
 * the fork's CPU): after 500 ms of warm-up 55% of the 1-core forks and 35% of the 2-core ones had a first measured
 * iteration more than 5% below the median of the others (mean −8.6% and −2.2%), after 1.5 s 8% and 12% (mean +1.4%
 * and +2.0%), after 3 s at 1 core 15%. A family not listed keeps the profile's warm-up.
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
            "CpuThroughputBenchmark", Duration.ofMillis(1500));

    /** Workloads that warm up longer than the rest of their family: IO_SOCKET warms a second JVM, the echo server. */
    private static final Map<String, Duration> WORKLOAD = Map.of(
            "IoThroughputBenchmark IO_SOCKET", Duration.ofMillis(1500),
            "IoFixedPoolThroughputBenchmark IO_SOCKET", Duration.ofMillis(1500));

    /**
     * Strategies whose code warms in more than one JVM, in the families where that dominates a task. A process pool's
     * tasks run through the parent and every child, each compiling its share after the children start: measured on
     * the dev VM (CPU time per task from /proc, parent and children, 2 cores, 10 µs tasks, 2026-12-01), about 50 µs
     * over the first 10k tasks, 30 µs to 30k and a steady 12 µs from about 50k, some two seconds into a fork; with
     * one 250 ms warm-up the standard sample of dc0cdcf measured both iterations inside that ramp (68k then 151k tasks/s).
     * A standard run of 9642bfc (not kept) showed the same for SHARED_STATE's process pool, whose first measured
     * iteration read 0.52–0.85 of its second after 750 ms. At 1 ms tasks the parent's dispatch path
     * ({@code ProcessPoolRunner.pump}, 8 KB of bytecode inlined) reaches C2 only after about 5,000 hand-outs: 2–2.5 s
     * into a fork on 2 cores and 5–5.5 s on 1 core (dev VM, {@code -XX:+PrintCompilation} and per-thread CPU time
     * from /proc), and its 0.44 s compile, then a deoptimization and a second compile, take a CPU the children need:
     * iterations there read 0.5–0.7 of the level before. 3.5 s measures after it on 2 cores and before it on 1.
     * VIRTUAL's CPU-bound tasks at 1 core run at half speed until 1.5–1.75 s into a fork, then jump to the level
     * of the platform pools (standalone forks on the dev VM, 250 ms iterations: CPU 10 µs 42–52k then 93–99k
     * tasks/s, SHARED_STATE 340k then 700k, DATA_TRANSFER 1 MiB 17–24k then 33–38k), so the standard sample of
     * d20da02, 750 ms of warm-up for CPU and SHARED_STATE and 1.2 s for DATA_TRANSFER, read VIRTUAL at 1 core
     * 0.67× SEQUENTIAL (CPU 10 µs), where forks warmed for 3 s read them at 103k and 101k; at 2 cores they settle
     * from about 1.25 s. A thread per 1 ms CPU task at 1 core ran 0.5–0.7k tasks/s until about 1.75 s, then 0.8k.
     */
    private static final Map<String, Duration> STRATEGY = Map.of(
            "CpuThroughputBenchmark PROCESS_POOL", Duration.ofMillis(3500),
            "ProcessPoolPipelineThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000),
            "SharedStateThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000),
            "CpuThroughputBenchmark VIRTUAL", Duration.ofMillis(2000),
            "SharedStateThroughputBenchmark VIRTUAL", Duration.ofMillis(2000),
            "DataTransferThroughputBenchmark VIRTUAL", Duration.ofMillis(2000),
            "CpuPerTaskThroughputBenchmark THREAD_PER_TASK", Duration.ofMillis(2000));

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
