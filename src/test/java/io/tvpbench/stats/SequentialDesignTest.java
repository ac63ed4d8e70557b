package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequentialDesignTest {

    private final SequentialDesign design = new SequentialDesign(new int[] {3, 5, 8, 12}, 0.05);

    @Test
    void eachLookSpendsAnEqualShareOfAlpha() {
        assertEquals(0.0125, design.lookAlpha(), 1e-12);
        assertEquals(3, design.minRounds());
        assertEquals(12, design.maxRounds());
        assertTrue(design.isLook(5));
        assertFalse(design.isLook(4));
        assertTrue(design.describe().contains("3, 5, 8, 12"), design.describe());
        assertThrows(IllegalArgumentException.class, () -> new SequentialDesign(new int[0], 0.05));
    }

    @Test
    void anExtendedDesignAddsLooksHalfAsManyRoundsAgainAndSplitsAlphaOverAllOfThem() {
        SequentialDesign longer = new SequentialDesign(new int[] {3, 5, 8}, 0.05).extendedTo(27);
        assertArrayEquals(new int[] {3, 5, 8, 12, 18, 27}, longer.looks());
        assertEquals(0.05 / 6, longer.lookAlpha(), 1e-12);
        assertArrayEquals(design.looks(), design.extendedTo(12).looks(), "nothing to add below the last look");
    }

    /**
     * Two identical contenders, looked at after every scheduled round and stopped at the first "clear": the
     * share of runs that end with a false "clear" stays under alpha, which peeking at 0.05 each time would not.
     */
    @Test
    void stoppingAtTheFirstDecidedLookKeepsTheFalseVerdictRateUnderAlpha() {
        SplittableRandom random = new SplittableRandom(12);
        int trials = 2000;
        int falseWithDesign = 0;
        int falseWithPeeking = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[design.maxRounds()];
            double[] b = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double round = Math.exp(random.nextGaussian() * 0.2);
                a[i] = round * Math.exp(random.nextGaussian() * 0.05);
                b[i] = round * Math.exp(random.nextGaussian() * 0.05);
            }
            falseWithDesign += firstClear(a, b, design.lookAlpha()) ? 1 : 0;
            falseWithPeeking += firstClear(a, b, 0.05) ? 1 : 0;
        }
        assertTrue(falseWithDesign < 0.05 * trials, falseWithDesign + " of " + trials);
        assertTrue(falseWithPeeking > falseWithDesign, falseWithPeeking + " vs " + falseWithDesign);
    }

    private boolean firstClear(double[] a, double[] b, double alpha) {
        for (int look : design.looks()) {
            double[] x = java.util.Arrays.copyOf(a, look);
            double[] y = java.util.Arrays.copyOf(b, look);
            if (LogRatio.paired(x, y, 1 - alpha).different()) {
                return true;
            }
        }
        return false;
    }
}
