package io.tvpbench.track;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Significance of a change with the JMH fork as the unit of replication: a Welch t-test on fork means. Iterations
 * inside one JVM share its JIT decisions, so testing pooled iterations would call identical code "changed".
 */
public final class ForkTest {

    private static final TTest WELCH = new TTest();

    private ForkTest() {
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
        if (!testable(baselineForkMeans, currentForkMeans)) {
            return Double.NaN;
        }
        if (StatUtils.variance(baselineForkMeans) == 0 && StatUtils.variance(currentForkMeans) == 0) {
            return StatUtils.mean(baselineForkMeans) == StatUtils.mean(currentForkMeans) ? 1 : 0;
        }
        return WELCH.tTest(baselineForkMeans, currentForkMeans);
    }
}
