package io.tvpbench.report;

import io.tvpbench.stats.Interval;

/**
 * Throughput of one contender in one scenario at one core count on one machine, in tasks per second, with the
 * per-fork means that the verdict's tests use, placed in their rounds where the run had rounds.
 */
public record Point(String machine, int cores, Interval tasksPerSecond, double[] forkMeans,
                   double peakThreads, double peakProcesses, Pairing pairing) {

    /**
     * Where the point's forks sit in its run's rounds: fork means by round (NaN for rounds without a fork), the
     * run they belong to and what one of its forks took (seconds, NaN where the run did not record it);
     * {@link #NONE} for forks not measured in rounds (old runs, foreign JSON, pooled runs).
     */
    public record Pairing(String run, double[] byRound, double forkSeconds) {
        public static final Pairing NONE = new Pairing("", new double[0], Double.NaN);

        public boolean paired() {
            return byRound.length > 0;
        }
    }

    public double estimate() {
        return tasksPerSecond.estimate();
    }
}
