package io.tvpbench.stats;


/**
 * Significance of a change with the JMH fork as the unit of replication: a Welch t-test on fork means. Iterations
 * inside one JVM share its JIT decisions, so testing pooled iterations would call identical code "changed".
 */
public final class ForkSignificance {

    private ForkSignificance() {
    }

    /** Whether each side has the two forks a variance needs. */
    public static boolean testable(double[] baselineForkMeans, double[] currentForkMeans) {
        return baselineForkMeans.length >= 2 && currentForkMeans.length >= 2;
    }

    /**
     * The two-sided p-value of "the fork means share one mean"; NaN when a side has fewer than two forks. When
     * every fork on both sides measured exactly the same value the answer is 1 for equal means, 0 otherwise.
     */
    public static double pValue(double[] baselineForkMeans, double[] currentForkMeans) {
        return testable(baselineForkMeans, currentForkMeans)
                ? Difference.welch(baselineForkMeans, currentForkMeans, 0.95).pValue() : Double.NaN;
    }
}
