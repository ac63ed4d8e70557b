package io.tvpbench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/** Student-t confidence intervals of a mean, for small samples such as one mean per JMH fork. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * The t interval of the mean of independent samples at the given confidence level (e.g. 0.95); fewer than two
     * samples give an estimate without bounds.
     */
    public static Interval mean(double[] samples, double level) {
        if (samples.length == 0) {
            return Interval.pointOnly(Double.NaN);
        }
        double mean = StatUtils.mean(samples);
        if (samples.length < 2) {
            return Interval.pointOnly(mean);
        }
        double halfWidth = tQuantile(level, samples.length - 1) * Math.sqrt(StatUtils.variance(samples) / samples.length);
        return new Interval(mean - halfWidth, mean, mean + halfWidth);
    }

    /** The two-sided t quantile for a confidence level and degrees of freedom. */
    static double tQuantile(double level, double degreesOfFreedom) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
