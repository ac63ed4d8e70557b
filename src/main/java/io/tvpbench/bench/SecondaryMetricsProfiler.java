package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the suite's secondary metrics: {@code peakThreads} and {@code peakProcesses} on throughput results,
 * {@code bytesPerUnit} where a benchmark recorded one ({@link Footprints}). A profiler rather than
 * {@code @AuxCounters}, because JMH sums {@code EVENTS} counters over all iterations and forks, which turns a peak
 * into a multiple of itself; here a peak aggregates by MAX and a footprint by its mean. Runs in the fork: enable
 * it with {@code -prof io.tvpbench.bench.SecondaryMetricsProfiler} (the tvp runner does).
 */
public final class SecondaryMetricsProfiler implements InternalProfiler {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProcessPeak processes;

    @Override
    public String getDescription() {
        return "tvp-bench secondary metrics: peakThreads, peakProcesses (throughput), bytesPerUnit (footprint)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        Footprints.clear();
        if (isThroughput(benchmarkParams)) {
            processes = ProcessPeak.start(spawnsProcesses(benchmarkParams));
            THREADS.resetPeakThreadCount();
        }
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        List<Result> results = new ArrayList<>();
        if (processes != null) {
            results.add(new ScalarResult(Vocabulary.PEAK_THREADS, THREADS.getPeakThreadCount(), "threads",
                    AggregationPolicy.MAX));
            results.add(new ScalarResult(Vocabulary.PEAK_PROCESSES, processes.stop(), "processes", AggregationPolicy.MAX));
            processes = null;
        }
        Footprints.take().ifPresent(bytes ->
                results.add(new ScalarResult(Vocabulary.BYTES_PER_UNIT, bytes, "B", AggregationPolicy.AVG)));
        return results;
    }

    /** A throughput result as docs/formats.md defines it: mode thrpt with strategy, workload and cores params. */
    static boolean isThroughput(BenchmarkParams params) {
        return params.getMode() == org.openjdk.jmh.annotations.Mode.Throughput
                && params.getParam("strategy") != null
                && params.getParam("workload") != null
                && params.getParam(Vocabulary.CORES_PARAM) != null;
    }

    /**
     * Process strategies are sampled throughout the iteration: a JVM per task has children come and go, and a
     * pool's children are started after the first iteration begins and closed before the last one ends (JMH runs
     * the trial set-up and tear-down inside them), so the iteration's edges see none.
     */
    private static boolean spawnsProcesses(BenchmarkParams params) {
        return params.getParam("strategy").startsWith("PROCESS_");
    }
}
