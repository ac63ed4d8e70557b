package io.tvpbench.report;

import io.tvpbench.stats.Interval;

/**
 * Throughput of one contender in one scenario at one core count on one machine, in tasks per second, with the
 * per-fork means that the verdict's tests use.
 */
public record Point(String machine, int cores, Interval tasksPerSecond, double[] forkMeans,
                   double peakThreads, double peakProcesses) {

    public double estimate() {
        return tasksPerSecond.estimate();
    }
}
