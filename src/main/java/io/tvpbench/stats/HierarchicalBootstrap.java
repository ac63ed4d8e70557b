package io.tvpbench.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.List;

/**
 * Confidence interval of the ratio current / baseline that respects JMH's structure: forks are resampled first,
 * then iterations within each chosen fork, so fork-to-fork variation (JIT, memory layout) is not mistaken for
 * precision the way pooling all iterations would.
 */
public final class HierarchicalBootstrap {

    private final int resamples;
    private final long seed;

    public HierarchicalBootstrap(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * The two-sided percentile interval of current / baseline at {@code confidence}, e.g. 0.95. {@code salt}
     * varies the stream per benchmark, so one benchmark's interval does not depend on which others were compared.
     */
    public double[] ratioInterval(List<List<Double>> baseline, List<List<Double>> current, double confidence, long salt) {
        RandomGenerator random = new Well19937c(seed ^ salt);
        double[] ratios = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            ratios[i] = resampleMean(current, random) / resampleMean(baseline, random);
        }
        double tail = (1 - confidence) / 2 * 100;
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(ratios);
        return new double[]{percentile.evaluate(tail), percentile.evaluate(100 - tail)};
    }

    /** One draw of the grand mean: forks with replacement, then each chosen fork's iterations with replacement. */
    static double resampleMean(List<List<Double>> forks, RandomGenerator random) {
        double sum = 0;
        for (int f = 0; f < forks.size(); f++) {
            List<Double> fork = forks.get(random.nextInt(forks.size()));
            double forkSum = 0;
            for (int i = 0; i < fork.size(); i++) {
                forkSum += fork.get(random.nextInt(fork.size()));
            }
            sum += forkSum / fork.size();
        }
        return sum / forks.size();
    }
}
