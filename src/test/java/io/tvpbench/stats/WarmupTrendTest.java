package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmupTrendTest {

    @Test
    void aThroughputForkStillRisingIsFlagged() {
        assertTrue(WarmupTrend.flagged(new double[]{20_800, 31_000, 38_500, 42_100}, true));
        assertFalse(WarmupTrend.flagged(new double[]{41_000, 42_100, 40_900, 42_000}, true));
    }

    @Test
    void timePerOperationIsWorseWhenHigher() {
        assertTrue(WarmupTrend.flagged(new double[]{11.0, 10.3, 10.4, 10.2}, false));
        assertFalse(WarmupTrend.flagged(new double[]{10.0, 10.3, 10.4, 10.2}, false));
    }

    @Test
    void theFivePercentLineIsFixedAndExclusive() {
        assertFalse(WarmupTrend.flagged(new double[]{95, 100, 100}, true), "exactly 5% worse is not more than 5%");
        assertTrue(WarmupTrend.flagged(new double[]{94.9, 100, 100}, true));
    }

    @Test
    void oneIterationShowsNoTrend() {
        assertFalse(WarmupTrend.flagged(new double[]{1}, true));
        assertFalse(WarmupTrend.flagged(new double[]{}, false));
    }
}
