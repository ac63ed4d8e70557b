package io.tvpbench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

import java.util.stream.DoubleStream;

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

    /**
     * The interval of the mean of a positive quantity (a throughput, a time), multiplicative around the mean: the t
     * interval of the samples' logs, of half-width h, gives mean ÷ e^h to mean × e^h. Fork means of a rate or a time
     * spread multiplicatively (a slow fork is slower by a factor), and an interval built this way never reaches zero
     * or below, which a symmetric one does as soon as one fork is several times another. Samples that are not all
     * positive fall back to {@link #mean}.
     */
    public static Interval positiveMean(double[] samples, double level) {
        if (samples.length < 2 || DoubleStream.of(samples).anyMatch(v -> !(v > 0))) {
            return mean(samples, level);
        }
        double[] logs = DoubleStream.of(samples).map(Math::log).toArray();
        double half = Math.exp(tQuantile(level, samples.length - 1) * Math.sqrt(StatUtils.variance(logs) / samples.length));
        double mean = StatUtils.mean(samples);
        return new Interval(mean / half, mean, mean * half);
    }

    /** The two-sided t quantile for a confidence level and degrees of freedom. */
    static double tQuantile(double level, double degreesOfFreedom) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
