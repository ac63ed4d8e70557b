package io.tvpbench.stats;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.util.Arrays;

/**
 * Whether a fork's warm-up ended before steady state: its first measured iteration is more than
 * {@value #TOLERANCE_PERCENT}% worse than the median of its other measured iterations (lower for throughput,
 * higher for time per operation). Fixed, not tunable, so a flag count means the same in every run.
 */
public final class WarmupTrend {

    /** How much worse than the rest the first iteration may be, in percent. */
    public static final int TOLERANCE_PERCENT = 5;

    private WarmupTrend() {
    }

    /**
     * @param iterations     the fork's measured iteration scores, in order
     * @param higherIsBetter true for throughput, false for time per operation
     * @return true when the first iteration is more than 5% worse than the median of the others; false with
     *         fewer than two iterations, which cannot show a trend
     */
    public static boolean flagged(double[] iterations, boolean higherIsBetter) {
        if (iterations.length < 2) {
            return false;
        }
        double rest = medianOfRest(iterations);
        double tolerance = TOLERANCE_PERCENT / 100.0;
        return higherIsBetter ? iterations[0] < rest * (1 - tolerance) : iterations[0] > rest * (1 + tolerance);
    }

    /** The first iteration relative to the median of the others, minus one: -0.2 = 20% lower; NaN with fewer than two. */
    public static double firstAgainstRest(double[] iterations) {
        if (iterations.length < 2) {
            return Double.NaN;
        }
        return iterations[0] / medianOfRest(iterations) - 1;
    }

    private static double medianOfRest(double[] iterations) {
        return new Median().evaluate(Arrays.copyOfRange(iterations, 1, iterations.length));
    }
}
