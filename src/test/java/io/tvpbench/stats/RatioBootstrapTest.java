package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatioBootstrapTest {

    @Test
    void theEstimateIsTheRatioOfTheStatisticsAndTheIntervalHoldsIt() {
        double[] baseline = {100, 102, 98, 101, 99};
        double[] current = {150, 160, 140, 155, 145};
        Interval i = RatioBootstrap.of(current, baseline, RatioBootstrap.MEDIAN, 0.95);
        assertEquals(1.5, i.estimate(), 1e-12);
        assertTrue(i.low() < 1.5 && 1.5 < i.high(), i.toString());
        assertTrue(i.low() > 1.3 && i.high() < 1.7, "the interval is about the spread of the data: " + i);
        assertEquals(i, RatioBootstrap.of(current, baseline, RatioBootstrap.MEDIAN, 0.95), "the same data, the same interval");
    }

    @Test
    void moreSpreadGivesAWiderInterval() {
        double[] baseline = {100, 100, 100, 100};
        Interval tight = RatioBootstrap.of(new double[]{199, 201, 200, 200}, baseline, RatioBootstrap.MEAN, 0.95);
        Interval wide = RatioBootstrap.of(new double[]{150, 250, 180, 220}, baseline, RatioBootstrap.MEAN, 0.95);
        assertTrue(wide.high() - wide.low() > 5 * (tight.high() - tight.low()), tight + " vs " + wide);
    }

    @Test
    void singleValuesGiveAnEstimateWithoutBoundsAndEmptySidesNothing() {
        Interval single = RatioBootstrap.of(new double[]{3}, new double[]{2}, RatioBootstrap.MEAN, 0.95);
        assertEquals(1.5, single.estimate(), 1e-12);
        assertFalse(single.hasBounds());
        assertTrue(Double.isNaN(RatioBootstrap.of(new double[0], new double[]{2}, RatioBootstrap.MEAN, 0.95).estimate()));
    }
}
