package io.tvpbench.run;

import io.tvpbench.stats.SequentialDesign;

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
 * How much measuring a run buys: its rounds (one fork of every configuration each; replicates are forks, never
 * iterations), the looks of its sequential design, iterations and which scenario params it keeps. The budgets are
 * for a 2-core machine; a profile narrows the scenario params (never strategies or workloads) to stay inside it.
 */
public enum Profile {

    /** Every benchmark once with tiny iterations: proves the pipeline, not a measurement. */
    SMOKE(new int[] {1}, 0, Duration.ofMillis(100), 1, Duration.ofMillis(100), Duration.ofMinutes(3), Map.of(
            "grain", Set.of("10us"), "latencyMs", Set.of("10"), "concurrency", Set.of("100"),
            "poolSize", Set.of("CORES"), "payload", Set.of("1KiB"), "transport", Set.of("PIPE"),
            "variant", Set.of("DEFAULT"), "chunk", Set.of("64"), "depth", Set.of("2"), "updateEvery", Set.of("1"))),
    /**
     * CI tracking: three rounds, then extra rounds for undecided rows, short iterations, one grain, concurrency
     * and payload, and only the machine's full width by default, to stay within 10 minutes.
     */
    QUICK(new int[] {3, 5, 8}, 1, Duration.ofMillis(250), 2, Duration.ofMillis(250), Duration.ofMinutes(10), Map.of(
            "grain", Set.of("10us"), "latencyMs", Set.of("10"), "concurrency", Set.of("100"),
            "payload", Set.of("1KiB"), "variant", Set.of("DEFAULT"), "chunk", Set.of("64"), "depth", Set.of("2"),
            "updateEvery", Set.of("1"), "SharedStateThroughputBenchmark.grain", Set.of("1us"),
            "sharing", Set.of("ATOMIC", "MESSAGE"))),
    /**
     * The default of {@code -Pbench}: every verdict scenario the report reads at one latency, three rounds, then
     * extra rounds of the undecided rows' contenders until all are decided, the last look is reached or 30 minutes
     * are spent. It keeps both CPU grains (the GIL lens compares them with CPython; 10us is where process pools
     * pay their dispatch) and both I/O concurrencies, and cuts what asks a question twice: MIXED at 1000 in flight
     * (CPU-bound at either concurrency; 1000 slices of 1 ms queue a second of CPU at 1 core, so a FIFO scheduler's
     * task takes longer than four iterations and an iteration times one stuck hand-out: the sample of dc0cdcf read
     * VIRTUAL and ASYNC at 1.1 tasks/s there, against 550–1000 at 100 in flight), the 1 KiB payload (a reference is free at any size; 1 MiB is where the
     * bytes cost), the pool sized to cores (it starves waits: the pool sized to the concurrency is FIXED_POOL's
     * contender), the chunking sweep but its unchunked corner, the lock (the atomic stands for it) and the start-up
     * variants but AOT_CACHE. Two looks, after rounds 3 and 6: on 2 cores the budget buys 4 to 7 rounds (standard
     * runs of 7d23605: 7, of 9642bfc: 4), and each look planned beyond what is reached only splits the error rate
     * further: two looks test at 0.025 each where {3, 5, 8, 12} tested at 0.0125.
     */
    STANDARD(new int[] {3, 6}, 1, Duration.ofMillis(250), 2, Duration.ofMillis(250), Duration.ofMinutes(30), Map.ofEntries(
            Map.entry("latencyMs", Set.of("10")),
            Map.entry("MixedThroughputBenchmark.concurrency", Set.of("100")),
            Map.entry("MixedFixedPoolThroughputBenchmark.concurrency", Set.of("100")),
            Map.entry("poolSize", Set.of("CONCURRENCY")),
            Map.entry("payload", Set.of("1MiB")),
            Map.entry("chunk", Set.of("1")), Map.entry("depth", Set.of("1")),
            Map.entry("variant", Set.of("DEFAULT", "AOT_CACHE")),
            Map.entry("updateEvery", Set.of("1", "100")),
            Map.entry("SharedStateThroughputBenchmark.grain", Set.of("1us")),
            Map.entry("sharing", Set.of("NONE", "ATOMIC", "CONFINED", "MESSAGE", "SHM_ATOMIC")))),
    /** Publication quality: every param, more rounds and longer iterations; no time budget. */
    FULL(new int[] {5, 8, 12, 20}, 5, Duration.ofSeconds(2), 10, Duration.ofSeconds(2), null, Map.of());

    /**
     * Rough cost of one JMH fork beyond its iterations, from the round hosts' own timing of each fork: the standard
     * sample of d20da02 spent 1630 s in 672 forks, 940 s of it in iterations, so 1.03 s a fork. Timestamping a round
     * host's output per fork (JMH's {@code -v EXTRA} lines, with {@code -Xlog:startuptime} in the fork) on the dev
     * VM shows where it goes: creating the VM 0.1–0.2 s, nearly all of it pre-touching the pinned heap on
     * transparent huge pages ({@link ForkJvmOptions}; at 512 MiB 0.2–1.3 s one fork in three), then JMH's start in
     * the fork about 0.15 s, the trial's set-up 0.15–0.5 s (1–1.5 s for a child JVM or echo server to start) and the
     * drain, tear-down and exit 0.1–0.3 s.
     */
    static final Duration FORK_OVERHEAD = Duration.ofMillis(1000);
    /** Rough cost of one single-shot iteration, whose length JMH does not fix (child JVM start-up dominates). */
    static final Duration SINGLE_SHOT = Duration.ofMillis(200);

    private final int[] looks;
    private final int warmupIterations;
    private final Duration warmupTime;
    private final int iterations;
    private final Duration iterationTime;
    private final Duration budget;
    private final Map<String, Set<String>> keptParams;

    Profile(int[] looks, int warmupIterations, Duration warmupTime, int iterations, Duration iterationTime,
            Duration budget, Map<String, Set<String>> keptParams) {
        this.looks = looks;
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

    /** Rounds every configuration gets before the first look at the verdicts. */
    public int minRounds() {
        return looks[0];
    }

    /**
     * The sequential design: the verdicts are looked at only after these rounds (and once more when the budget
     * ends the run early), each look at the family-wise level divided by the number of looks.
     */
    public SequentialDesign design() {
        return new SequentialDesign(looks, SequentialDesign.ALPHA);
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

    /** JMH command-line options for one fork and the iterations; they override the benchmarks' annotations. */
    public List<String> jmhOptions() {
        return jmhOptions(warmupIterations);
    }

    /** The same with {@code warmups} warm-up iterations, for a benchmark family that needs more ({@link Warmups}). */
    public List<String> jmhOptions(int warmups) {
        return List.of("-f", "1",
                "-wi", Integer.toString(warmups), "-w", jmhTime(warmupTime),
                "-i", Integer.toString(iterations), "-r", jmhTime(iterationTime));
    }

    /** The values this profile keeps of a param, or empty when it keeps every declared value. */
    public Optional<Set<String>> keptValues(String param) {
        return Optional.ofNullable(keptParams.get(param));
    }

    /**
     * The values this profile keeps of a param of the benchmark class {@code benchmarkClass} (simple name): a key
     * {@code Class.param} where one value set for every class would not fit, else the param's own.
     */
    public Optional<Set<String>> keptValues(String benchmarkClass, String param) {
        return keptValues(benchmarkClass + "." + param).or(() -> keptValues(param));
    }

    /** Estimated wall time of one fork of a configuration in this profile, before any fork was measured. */
    public Duration forkEstimate(Mode mode) {
        return forkEstimate(mode, warmupIterations);
    }

    /** The same with {@code warmups} warm-up iterations. */
    public Duration forkEstimate(Mode mode, int warmups) {
        Duration iterationsTime = mode == Mode.SingleShotTime
                ? SINGLE_SHOT.multipliedBy(warmups + iterations)
                : warmupTime.multipliedBy(warmups).plus(iterationTime.multipliedBy(iterations));
        return FORK_OVERHEAD.plus(iterationsTime);
    }

    private static String jmhTime(Duration d) {
        return d.toMillis() + "ms";
    }
}
