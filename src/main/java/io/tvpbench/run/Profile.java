package io.tvpbench.run;

import org.openjdk.jmh.annotations.Mode;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much measuring a run buys: forks, iterations and which scenario params it keeps. The budgets are for a
 * 2-core machine; a profile narrows the scenario params (never strategies or workloads) to stay inside it.
 */
public enum Profile {

    /** Every benchmark once with tiny iterations: proves the pipeline, not a measurement. */
    SMOKE(1, 0, Duration.ofMillis(100), 1, Duration.ofMillis(100), Duration.ofMinutes(3), Map.of(
            "grain", Set.of("10us"), "latencyMs", Set.of("10"), "concurrency", Set.of("100"),
            "poolSize", Set.of("CORES"), "payload", Set.of("1KiB"), "transport", Set.of("PIPE"),
            "variant", Set.of("DEFAULT"), "chunk", Set.of("16"), "depth", Set.of("2"))),
    /**
     * CI tracking: four forks so that a fork-level test has four samples a side, short iterations, one grain,
     * concurrency and payload, and only the machine's full width by default, to stay within 10 minutes.
     */
    QUICK(4, 1, Duration.ofMillis(250), 2, Duration.ofMillis(250), Duration.ofMinutes(10), Map.of(
            "grain", Set.of("10us"), "latencyMs", Set.of("10"), "concurrency", Set.of("100"),
            "payload", Set.of("1KiB"), "variant", Set.of("DEFAULT"), "chunk", Set.of("16"), "depth", Set.of("2"))),
    /** The default of {@code -Pbench}: two forks so between-fork variance shows, every scenario but one latency. */
    STANDARD(2, 2, Duration.ofMillis(300), 4, Duration.ofMillis(400), Duration.ofMinutes(30), Map.of(
            "latencyMs", Set.of("10"))),
    /** Publication quality: every param, more forks and longer iterations; no time budget. */
    FULL(5, 5, Duration.ofSeconds(2), 10, Duration.ofSeconds(2), null, Map.of());

    /**
     * Rough cost of one JMH fork beyond its iterations: JVM start, class loading, trial set-up (pools, echo
     * server, the checksum run) and tear-down; a whole standard run on the 2-core reference machine (206
     * configurations, 412 forks, 28m37s) works out at 2.0 s per fork.
     */
    static final Duration FORK_OVERHEAD = Duration.ofMillis(2000);
    /** Rough cost of one single-shot iteration, whose length JMH does not fix (child JVM start-up dominates). */
    static final Duration SINGLE_SHOT = Duration.ofMillis(200);

    private final int forks;
    private final int warmupIterations;
    private final Duration warmupTime;
    private final int iterations;
    private final Duration iterationTime;
    private final Duration budget;
    private final Map<String, Set<String>> keptParams;

    Profile(int forks, int warmupIterations, Duration warmupTime, int iterations, Duration iterationTime,
            Duration budget, Map<String, Set<String>> keptParams) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.iterations = iterations;
        this.iterationTime = iterationTime;
        this.budget = budget;
        this.keptParams = keptParams;
    }

    /** Parses a profile name as users type it ({@code smoke}, {@code Quick}); the error lists the valid names. */
    public static Profile parse(String name) {
        for (Profile p : values()) {
            if (p.label().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name + "', expected one of "
                + Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", ")));
    }

    /** The name users type and env.json records. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int forks() {
        return forks;
    }

    /**
     * Core counts when none are given: smoke runs every benchmark once, on one CPU (which still proves the
     * pinning); quick tracks the machine's full width only, to fit its budget; the others measure 1, 2, 4, … up
     * to {@code nproc}.
     */
    public CoreCounts defaultCores(int nproc) {
        return switch (this) {
            case SMOKE -> new CoreCounts(List.of(1));
            case QUICK -> new CoreCounts(List.of(nproc));
            case STANDARD, FULL -> CoreCounts.defaults(nproc);
        };
    }

    /** The time this profile should fit in on 2 cores, if it has one. */
    public Optional<Duration> budget() {
        return Optional.ofNullable(budget);
    }

    /**
     * Whether the numbers mean anything. A smoke run's do not, so it ignores JMH's machine-wide lock instead of
     * failing while a real run (or another build's smoke test) holds it.
     */
    public boolean measures() {
        return this != SMOKE;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public Duration warmupTime() {
        return warmupTime;
    }

    /** JMH command-line options for forks and iterations; they override the benchmarks' annotations. */
    public List<String> jmhOptions() {
        return jmhOptions(warmupIterations);
    }

    /** The same with {@code warmups} warm-up iterations, for a benchmark family that needs more ({@link Warmups}). */
    public List<String> jmhOptions(int warmups) {
        return List.of("-f", Integer.toString(forks),
                "-wi", Integer.toString(warmups), "-w", jmhTime(warmupTime),
                "-i", Integer.toString(iterations), "-r", jmhTime(iterationTime));
    }

    /** The values this profile keeps of a param, or empty when it keeps every declared value. */
    public Optional<Set<String>> keptValues(String param) {
        return Optional.ofNullable(keptParams.get(param));
    }

    /** Estimated wall time of one configuration (one benchmark, mode and param combination) in this profile. */
    public Duration estimate(Mode mode) {
        return estimate(mode, warmupIterations);
    }

    /** The same with {@code warmups} warm-up iterations. */
    public Duration estimate(Mode mode, int warmups) {
        Duration perFork = mode == Mode.SingleShotTime
                ? SINGLE_SHOT.multipliedBy(warmups + iterations)
                : warmupTime.multipliedBy(warmups).plus(iterationTime.multipliedBy(iterations));
        return FORK_OVERHEAD.plus(perFork).multipliedBy(forks);
    }

    private static String jmhTime(Duration d) {
        return d.toMillis() + "ms";
    }
}
