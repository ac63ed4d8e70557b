package io.tvpbench.stats;

import org.apache.commons.math3.stat.StatUtils;

/**
 * A relative change, current / baseline − 1, of the mean of fork means: the one figure a comparison's change, its
 * bootstrap interval and its test all describe.
 */
public final class RelativeChange {

    private RelativeChange() {
    }

    /** The change of the mean of fork means; each side needs at least one fork. */
    public static double ofForkMeans(double[] baselineForkMeans, double[] currentForkMeans) {
        return StatUtils.mean(currentForkMeans) / StatUtils.mean(baselineForkMeans) - 1;
    }
}
