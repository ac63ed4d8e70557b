package io.tvpbench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;


/**
 * The smallest relative change a fork count could have detected, from the fork-mean variance and the t
 * distribution (two-sided Welch test at level α, given power). Printed beside "undecided" so that low power is
 * never mistaken for stability, and used to choose a profile's fork count.
 */
public final class DetectableChange {

    private DetectableChange() {
    }

    /**
     * The detectable change relative to the baseline mean, e.g. 0.07 for 7%, from both sides' fork means;
     * NaN when a side has fewer than two forks.
     */
    public static double of(double[] baselineForkMeans, double[] currentForkMeans, double alpha, double power) {
        if (!ForkSignificance.testable(baselineForkMeans, currentForkMeans)) {
            return Double.NaN;
        }
        double vb = StatUtils.variance(baselineForkMeans) / baselineForkMeans.length;
        double vc = StatUtils.variance(currentForkMeans) / currentForkMeans.length;
        double se2 = vb + vc;
        if (se2 == 0) {
            return 0;
        }
        double df = se2 * se2 / (vb * vb / (baselineForkMeans.length - 1) + vc * vc / (currentForkMeans.length - 1));
        return criticalSum(df, alpha, power) * Math.sqrt(se2) / Math.abs(StatUtils.mean(baselineForkMeans));
    }

    /**
     * The detectable change of a ratio estimated on the log scale (e.g. one divided by a control's shift): the
     * critical values times its standard error, as a relative change; NaN without an interval.
     */
    public static double ofLogRatio(LogRatio ratio, double alpha, double power) {
        if (!ratio.hasInterval()) {
            return Double.NaN;
        }
        return Math.expm1(criticalSum(ratio.df(), alpha, power) * ratio.standardError());
    }

    /**
     * The detectable change for {@code forks} forks on each side of a benchmark whose fork means vary with the
     * coefficient of variation {@code cv} (standard deviation / mean).
     */
    public static double forForks(int forks, double cv, double alpha, double power) {
        if (forks < 2) {
            throw new IllegalArgumentException("a fork-level test needs at least 2 forks per side, got " + forks);
        }
        return criticalSum(2.0 * forks - 2, alpha, power) * cv * Math.sqrt(2.0 / forks);
    }

    private static double criticalSum(double df, double alpha, double power) {
        TDistribution t = new TDistribution(df);
        return t.inverseCumulativeProbability(1 - alpha / 2) + t.inverseCumulativeProbability(power);
    }
}
