package io.tvpbench.stats;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TestUtils;

import java.util.stream.DoubleStream;

/**
 * Welch's comparison of two independent samples (unequal variances): the difference of means {@code a - b} with
 * its confidence interval and the two-sided p-value. Welch rather than Student because strategies differ in
 * their run-to-run noise as much as in their means.
 */
public record Difference(Interval interval, double pValue) {

    /**
     * Compares sample {@code a} with sample {@code b}; each needs at least two values.
     *
     * @throws IllegalArgumentException with fewer than two values on either side
     */
    public static Difference welch(double[] a, double[] b, double level) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("Welch's test needs at least two samples per side");
        }
        double diff = StatUtils.mean(a) - StatUtils.mean(b);
        double va = StatUtils.variance(a) / a.length;
        double vb = StatUtils.variance(b) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Difference(new Interval(diff, diff, diff), diff == 0 ? 1 : 0);
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = Intervals.tQuantile(level, df) * se;
        return new Difference(new Interval(diff - half, diff, diff + half), TestUtils.tTest(a, b));
    }

    /**
     * The interval of a ratio of two throughputs around {@code estimate}, from Welch's interval on the logs of the
     * samples (exact in the log domain, where ratios are differences); without bounds when a sample is not positive.
     */
    public static Interval ratio(double[] a, double[] b, double estimate, double level) {
        double[] logA = DoubleStream.of(a).map(Math::log).toArray();
        double[] logB = DoubleStream.of(b).map(Math::log).toArray();
        if (DoubleStream.concat(DoubleStream.of(logA), DoubleStream.of(logB)).anyMatch(v -> !Double.isFinite(v))) {
            return Interval.pointOnly(estimate);
        }
        Interval log = welch(logA, logB, level).interval();
        return new Interval(Math.exp(log.low()), estimate, Math.exp(log.high()));
    }

    /** Whether the interval excludes zero, i.e. the difference is real at the interval's level. */
    public boolean significant() {
        return interval.low() > 0 || interval.high() < 0;
    }
}
