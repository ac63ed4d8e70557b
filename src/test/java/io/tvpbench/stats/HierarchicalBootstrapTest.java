package io.tvpbench.stats;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HierarchicalBootstrapTest {

    private final HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(2000, 42);

    @Test
    void intervalCoversAKnownRatioAndExcludesNoChange() {
        Well19937c random = new Well19937c(1);
        List<List<Double>> baseline = SyntheticForks.forks(random, 1000, 0.01, 0.02, 5, 5);
        List<List<Double>> current = SyntheticForks.forks(random, 1100, 0.01, 0.02, 5, 5);
        double[] ci = bootstrap.ratioInterval(baseline, current, 0.95, 7);
        assertTrue(ci[0] < 1.1 && 1.1 < ci[1], () -> "interval " + ci[0] + ".." + ci[1] + " should cover 1.1");
        assertTrue(ci[0] > 1.0, "a 10% change with 1% fork noise must not look like no change");
    }

    @Test
    void coversTheTrueRatioAtAboutTheNominalRate() {
        Well19937c random = new Well19937c(2);
        int covered = 0;
        int trials = 150;
        for (int t = 0; t < trials; t++) {
            List<List<Double>> baseline = SyntheticForks.forks(random, 50, 0.03, 0.05, 10, 5);
            List<List<Double>> current = SyntheticForks.forks(random, 40, 0.03, 0.05, 10, 5);
            double[] ci = bootstrap.ratioInterval(baseline, current, 0.95, t);
            if (ci[0] <= 0.8 && 0.8 <= ci[1]) {
                covered++;
            }
        }
        // A percentile bootstrap over 10 forks slightly under-covers; pooling iterations would cover far less.
        assertTrue(covered >= 0.85 * trials, covered + " of " + trials + " intervals covered the true ratio");
    }

    @Test
    void resamplingForksCatchesForkToForkVariationThatIterationsHide() {
        Well19937c random = new Well19937c(3);
        List<List<Double>> baseline = SyntheticForks.forks(random, 100, 0.10, 0.001, 3, 10);
        List<List<Double>> current = SyntheticForks.forks(random, 100, 0.10, 0.001, 3, 10);
        double[] ci = bootstrap.ratioInterval(baseline, current, 0.95, 0);
        assertTrue(ci[1] - ci[0] > 0.05, "fork noise of 10% must widen the interval beyond iteration noise of 0.1%");
    }

    @Test
    void sameSeedSameInterval() {
        Well19937c random = new Well19937c(4);
        List<List<Double>> a = SyntheticForks.forks(random, 10, 0.02, 0.02, 3, 5);
        List<List<Double>> b = SyntheticForks.forks(random, 10, 0.02, 0.02, 3, 5);
        assertArrayEquals(bootstrap.ratioInterval(a, b, 0.95, 9), new HierarchicalBootstrap(2000, 42).ratioInterval(a, b, 0.95, 9));
    }
}
