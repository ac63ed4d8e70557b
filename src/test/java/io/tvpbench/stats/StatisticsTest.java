package io.tvpbench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fork-level test and the power analysis behind "smallest detectable change". */
class StatisticsTest {

    @Test
    void forkTestIsWelchOnForkMeans() {
        double[] a = {100, 102, 98, 101};
        double[] b = {110, 108, 113};
        assertEquals(new TTest().tTest(a, b), ForkSignificance.pValue(a, b), 1e-15);
    }

    @Test
    void oneForkIsUntestable() {
        assertTrue(Double.isNaN(ForkSignificance.pValue(new double[]{1}, new double[]{1, 2})));
        assertTrue(Double.isNaN(DetectableChange.of(new double[]{1, 2}, new double[]{1}, 0.05, 0.8)));
    }

    @Test
    void constantForksAreDecidedWithoutDividingByZero() {
        assertEquals(1, ForkSignificance.pValue(new double[]{5, 5}, new double[]{5, 5, 5}));
        assertEquals(0, ForkSignificance.pValue(new double[]{5, 5}, new double[]{6, 6}));
        assertEquals(0, DetectableChange.of(new double[]{5, 5}, new double[]{5, 5}, 0.05, 0.8));
    }

    @Test
    void detectableChangeFollowsTheTDistribution() {
        TDistribution t = new TDistribution(6);
        double expected = (t.inverseCumulativeProbability(0.975) + t.inverseCumulativeProbability(0.8)) * 0.02 * Math.sqrt(0.5);
        assertEquals(expected, DetectableChange.forForks(4, 0.02, 0.05, 0.8), 1e-12);
        assertTrue(DetectableChange.forForks(10, 0.02, 0.05, 0.8) < DetectableChange.forForks(3, 0.02, 0.05, 0.8));
        assertTrue(DetectableChange.forForks(5, 0.02, 0.001, 0.8) > DetectableChange.forForks(5, 0.02, 0.05, 0.8));
    }

    @Test
    void aChangeOfTheDetectableSizeIsFoundAtAboutTheStatedPower() {
        Well19937c random = new Well19937c(11);
        int forks = 5;
        double cv = 0.03;
        double shift = DetectableChange.forForks(forks, cv, 0.05, 0.8);
        int found = 0;
        int trials = 2000;
        for (int i = 0; i < trials; i++) {
            double[] base = new double[forks];
            double[] cur = new double[forks];
            for (int f = 0; f < forks; f++) {
                base[f] = 100 * (1 + cv * random.nextGaussian());
                cur[f] = 100 * (1 + shift) + 100 * cv * random.nextGaussian();
            }
            if (ForkSignificance.pValue(base, cur) <= 0.05) {
                found++;
            }
        }
        assertEquals(0.8, found / (double) trials, 0.05);
    }
}
