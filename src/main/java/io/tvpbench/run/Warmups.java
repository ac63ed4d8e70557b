package io.tvpbench.run;

import java.time.Duration;
import java.util.Map;

/**
 * How long each benchmark family must warm up before its forks reach steady state, measured: in the committed
 * standard sample (2 × 300 ms warm-up, 4 × 400 ms measured, 2 cores), the measured iterations each family needed
 * before every later one stayed within 5% of the fork's final level, at the worse core count (mean over forks:
 * DataTransferProcess 2.75, Io 1.48, DataTransfer 1.69, Cpu 1.12, Dispatch 0.95, Startup 1.04 iterations; Mixed and
 * CpuPerTask 0.2–1.0), added to the 0.6 s warm-up they had. {@code -prof comp} on the (heavily shared) dev VM
 * agrees in kind: at 1 core C2 still compiles for about 2 s of a CPU fork, pool or process pool. Profiles consult
 * this table; a family not listed keeps the profile's warm-up. Profiles with a time budget (quick, standard: one
 * 250 ms warm-up iteration, at least three rounds of fresh forks) lengthen only the warm-up of families that settle
 * far later than the rest ({@link #LATE}): the whole table would add about 6 minutes to standard, this adds about
 * 20 s; forks of the other families that still drift are flagged by {@code stats.WarmupTrend} instead.
 */
public final class Warmups {

    private static final Map<String, Duration> FAMILY = Map.of(
            "DataTransferProcessThroughputBenchmark", Duration.ofMillis(2000),
            "IoThroughputBenchmark", Duration.ofMillis(1200),
            "IoFixedPoolThroughputBenchmark", Duration.ofMillis(1200),
            "DataTransferThroughputBenchmark", Duration.ofMillis(1200),
            "CpuThroughputBenchmark", Duration.ofMillis(1000),
            "DispatchLatencyBenchmark", Duration.ofMillis(1000),
            "StartupCostBenchmark", Duration.ofMillis(1000));

    /**
     * Strategies whose code warms in more than one JVM, in the families where that dominates a task. A process pool's
     * tasks run through the parent and every child, each compiling its share after the children start: measured on
     * the dev VM (CPU time per task from /proc, parent and children, 2 cores, 10 µs tasks, 2026-12-01), about 50 µs
     * over the first 10k tasks, 30 µs to 30k and a steady 12 µs from about 50k, some two seconds into a fork; with
     * one 250 ms warm-up the standard sample of dc0cdcf measured both iterations inside that ramp (68k then 151k tasks/s).
     */
    private static final Map<String, Duration> STRATEGY = Map.of(
            "CpuThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000),
            "ProcessPoolPipelineThroughputBenchmark PROCESS_POOL", Duration.ofMillis(2000));

    /** The need from which a budgeted profile lengthens a family's warm-up. */
    static final Duration LATE = Duration.ofMillis(2000);

    private Warmups() {
    }

    /**
     * The measured warm-up a configuration needs: its strategy's in its family where one was measured, else its
     * family's, zero when none was measured.
     */
    public static Duration needed(Configuration configuration) {
        String family = family(configuration);
        Duration own = STRATEGY.get(family + " " + configuration.strategy());
        return own != null ? own : FAMILY.getOrDefault(family, Duration.ZERO);
    }

    /** Whose need sets the configuration's warm-up, for the plan: its family, or its family and strategy. */
    static String owner(Configuration configuration) {
        String family = family(configuration);
        return STRATEGY.containsKey(family + " " + configuration.strategy()) ? family + " " + configuration.strategy() : family;
    }

    private static String family(Configuration configuration) {
        String[] parts = configuration.benchmark().split("\\.");
        return parts.length < 2 ? "" : parts[parts.length - 2];
    }

    /**
     * The warm-up iterations a fork of {@code configuration} gets in {@code profile}: the profile's, or enough of its
     * warm-up iterations to cover the measured need. A profile that does not measure (smoke) keeps its own, and so
     * does a budgeted one for a configuration that needs less than {@link #LATE}.
     */
    public static int iterations(Configuration configuration, Profile profile) {
        Duration need = needed(configuration);
        if (!profile.measures() || profile.warmupTime().isZero()
                || profile.budget().isPresent() && need.compareTo(LATE) < 0) {
            return profile.warmupIterations();
        }
        long cover = (need.toMillis() + profile.warmupTime().toMillis() - 1) / profile.warmupTime().toMillis();
        return (int) Math.max(profile.warmupIterations(), cover);
    }
}
