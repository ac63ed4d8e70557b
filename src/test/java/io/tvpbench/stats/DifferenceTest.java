package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DifferenceTest {

    @Test
    void meanIntervalMatchesTextbookValue() {
        // mean 5, sd 1.5811, n 5, t(0.975, 4) = 2.776445: half width 1.963
        Interval i = Intervals.mean(new double[]{3, 4, 5, 6, 7}, 0.95);
        assertEquals(5, i.estimate(), 1e-12);
        assertEquals(5 - 1.963243, i.low(), 1e-5);
        assertEquals(5 + 1.963243, i.high(), 1e-5);
    }

    @Test
    void aPositiveQuantitysIntervalIsMultiplicativeAndNeverReachesZero() {
        // the committed sample's CPU_GIL VIRTUAL at 1 core, 1 ms: fork means whose symmetric interval reached -283/s
        double[] forks = {408.04, 995.64, 367.29};
        assertTrue(Intervals.mean(forks, 0.95).low() < 0);
        Interval i = Intervals.positiveMean(forks, 0.95);
        assertTrue(i.low() > 0, i.toString());
        assertEquals(i.estimate() * i.estimate(), i.low() * i.high(), 1e-6 * i.high() * i.estimate(),
                "symmetric around the mean on the log scale");
        assertEquals(Intervals.mean(new double[] {3, -1, 5}, 0.95), Intervals.positiveMean(new double[] {3, -1, 5}, 0.95),
                "a non-positive sample falls back to the symmetric interval");
    }

    @Test
    void singleSampleHasNoBoundsAndOverlapsEverything() {
        Interval i = Intervals.mean(new double[]{3}, 0.95);
        assertFalse(i.hasBounds());
        assertTrue(i.overlaps(new Interval(100, 101, 102)));
    }

    @Test
    void welchSeparatesClearlyDifferentSamples() {
        Difference d = Difference.welch(new double[]{100, 101, 99, 100}, new double[]{80, 81, 79, 80}, 0.95);
        assertTrue(d.significant());
        assertEquals(20, d.interval().estimate(), 1e-12);
        assertTrue(d.pValue() < 0.001);
    }

    @Test
    void welchDoesNotSeparateNoise() {
        Difference d = Difference.welch(new double[]{100, 90, 110}, new double[]{101, 89, 112}, 0.95);
        assertFalse(d.significant());
        assertTrue(d.pValue() > 0.5);
    }

    @Test
    void welchNeedsTwoSamplesPerSide() {
        assertThrows(IllegalArgumentException.class, () -> Difference.welch(new double[]{1}, new double[]{1, 2}, 0.95));
    }

    @Test
    void holmStepsDown() {
        // alpha 0.05 over 3 tests: thresholds 0.0167, 0.025, 0.05
        assertArrayEquals(new boolean[]{true, true, false}, Holm.reject(new double[]{0.01, 0.02, 0.06}, 0.05));
        assertArrayEquals(new boolean[]{false, false, false}, Holm.reject(new double[]{0.02, 0.02, 0.02}, 0.05));
        assertArrayEquals(new boolean[]{true, false}, Holm.reject(new double[]{0.001, 0.06}, 0.05));
    }

    @Test
    void aRatioIntervalIsWelchOnTheLogsAndHasNoBoundsForANonPositiveSample() {
        double[] a = {200, 210, 190, 205};
        double[] b = {100, 104, 98};
        Interval log = Difference.welch(new double[]{Math.log(200), Math.log(210), Math.log(190), Math.log(205)},
                new double[]{Math.log(100), Math.log(104), Math.log(98)}, 0.95).interval();
        Interval ratio = Difference.ratio(a, b, 2.0, 0.95);
        assertEquals(2.0, ratio.estimate());
        assertEquals(Math.exp(log.low()), ratio.low(), 1e-12);
        assertEquals(Math.exp(log.high()), ratio.high(), 1e-12);
        assertTrue(ratio.low() < 2.0 && ratio.high() > 2.0, ratio::toString);
        assertFalse(Difference.ratio(new double[]{0, 1}, b, 3.0, 0.95).hasBounds());
    }
}
