package io.tvpbench.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.function.ToDoubleFunction;

/**
 * The percentile-bootstrap interval of a ratio of one statistic over two independent samples, such as a
 * strategy's repeats over a baseline's: both sides are resampled, so the interval carries both spreads. The
 * seed is fixed, so the same data always give the same interval.
 */
public final class RatioBootstrap {

    /** The mean, for JMH fork means. */
    public static final ToDoubleFunction<double[]> MEAN = StatUtils::mean;
    /** The median, for repeats that a noisy neighbour may spoil. */
    public static final ToDoubleFunction<double[]> MEDIAN = values -> new Median().evaluate(values);

    private static final int RESAMPLES = 2000;
    private static final long SEED = 0x6a1L;

    private RatioBootstrap() {
    }

    /**
     * statistic(numerator) / statistic(denominator) with its two-sided interval at {@code level}; a side with a
     * single value contributes no spread, and an empty side gives NaN.
     */
    public static Interval of(double[] numerator, double[] denominator, ToDoubleFunction<double[]> statistic, double level) {
        if (numerator.length == 0 || denominator.length == 0) {
            return Interval.pointOnly(Double.NaN);
        }
        double estimate = statistic.applyAsDouble(numerator) / statistic.applyAsDouble(denominator);
        if (numerator.length < 2 && denominator.length < 2) {
            return Interval.pointOnly(estimate);
        }
        RandomGenerator random = new Well19937c(SEED);
        double[] ratios = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            ratios[i] = statistic.applyAsDouble(resample(numerator, random)) / statistic.applyAsDouble(resample(denominator, random));
        }
        double tail = (1 - level) / 2 * 100;
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(ratios);
        return new Interval(percentile.evaluate(tail), estimate, percentile.evaluate(100 - tail));
    }

    private static double[] resample(double[] values, RandomGenerator random) {
        double[] drawn = new double[values.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = values[random.nextInt(values.length)];
        }
        return drawn;
    }
}
