package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.worker.LiveChildren;
import io.tvpbench.worker.ParentWatch;
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
import java.util.Set;

/**
 * Publishes the suite's secondary metrics: {@code peakThreads} and {@code peakProcesses} on throughput results,
 * {@code bytesPerUnit} and {@code pssBytesPerUnit} where a benchmark recorded them ({@link Footprints}), and on every result
 * {@code stealPercent}, the hypervisor's steal time on the fork's CPUs ({@link CpuSteal}). A profiler rather than
 * {@code @AuxCounters}, because JMH sums {@code EVENTS} counters over all iterations and forks, which turns a peak
 * into a multiple of itself; here a peak aggregates by MAX and a footprint by its mean. Runs in the fork: enable
 * it with {@code -prof io.tvpbench.bench.SecondaryMetricsProfiler} (the tvp runner does).
 */
public final class SecondaryMetricsProfiler implements InternalProfiler {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private boolean throughput;
    private Set<Integer> cpus = Set.of();
    private CpuSteal stealBefore;

    /**
     * In a fork of the tvp runner, also ends the fork when its JMH host is gone, and moves it onto the measured CPUs
     * where the host runs on others ({@link ForkPinning}).
     */
    public SecondaryMetricsProfiler() {
        ParentWatch.startIfRequested();
        ForkPinning.applyIfRequested();
    }

    @Override
    public String getDescription() {
        return "tvp-bench secondary metrics: peakThreads, peakProcesses (throughput), bytesPerUnit (footprint), stealPercent";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        Footprints.clear();
        cpus = Cores.affinity().orElse(Set.of());
        stealBefore = CpuSteal.read(cpus).orElse(null);
        throughput = isThroughput(benchmarkParams);
        if (throughput) {
            LiveChildren.resetPeak();
            THREADS.resetPeakThreadCount();
        }
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        List<Result> results = new ArrayList<>();
        if (throughput) {
            results.add(new ScalarResult(Vocabulary.PEAK_THREADS, THREADS.getPeakThreadCount(), "threads",
                    AggregationPolicy.MAX));
            results.add(new ScalarResult(Vocabulary.PEAK_PROCESSES, LiveChildren.peak(), "processes", AggregationPolicy.MAX));
        }
        if (stealBefore != null) {
            CpuSteal.read(cpus).ifPresent(after -> results.add(new ScalarResult(Vocabulary.STEAL_PERCENT,
                    after.percentSince(stealBefore), "%", AggregationPolicy.AVG)));
        }
        Footprints.take().forEach((metric, bytes) ->
                results.add(new ScalarResult(metric, bytes, "B", AggregationPolicy.AVG)));
        return results;
    }

    /** A throughput result as docs/formats.md defines it: mode thrpt with strategy, workload and cores params. */
    static boolean isThroughput(BenchmarkParams params) {
        return params.getMode() == org.openjdk.jmh.annotations.Mode.Throughput
                && params.getParam("strategy") != null
                && params.getParam("workload") != null
                && params.getParam(Vocabulary.CORES_PARAM) != null;
    }
}
