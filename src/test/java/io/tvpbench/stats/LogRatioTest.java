package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogRatioTest {

    private static final double[] A = {110, 88, 121, 99, 132};
    private static final double[] B = {100, 80, 110, 90, 120};

    @Test
    void aSlowRoundSlowsBothSidesAndCancelsInThePairedRatioButNotInWelchs() {
        LogRatio paired = LogRatio.paired(A, B, 0.95);
        assertTrue(paired.paired());
        assertEquals(1.1, paired.ratio().estimate(), 1e-9);
        assertEquals(1.1, paired.ratio().low(), 1e-9, "every round says 1.1: no spread");
        LogRatio welch = LogRatio.welch(A, B, 0.95);
        assertFalse(welch.paired());
        assertEquals(1.1, welch.ratio().estimate(), 1e-9);
        assertTrue(welch.ratio().low() < 1, "round-to-round drift hides the 10% from Welch: " + welch.ratio());
        assertTrue(paired.different() && !welch.different());
    }

    @Test
    void roundsASideMissedAreLeftOutAndTwoCompleteRoundsAreNeeded() {
        LogRatio partial = LogRatio.paired(new double[] {110, Double.NaN, 121}, new double[] {100, 80, Double.NaN}, 0.95);
        assertFalse(partial.hasInterval());
        LogRatio three = LogRatio.paired(new double[] {110, Double.NaN, 121, 97}, new double[] {100, 80, 112, 90}, 0.95);
        assertEquals(3, three.n());
        assertTrue(three.hasInterval());
    }

    @Test
    void dividingByAControlsShiftRemovesTheShiftAndCountsBothUncertainties() {
        double[] base = {100, 102, 98, 101};
        double[] slower = {130, 132.6, 127.4, 131.3};
        double[] controlBase = {10, 10.3, 9.8, 10.1};
        double[] controlSlower = {13, 13.2, 12.9, 13.0};
        LogRatio benchmark = LogRatio.welch(slower, base, 0.95);
        LogRatio control = LogRatio.welch(controlSlower, controlBase, 0.95);
        assertTrue(benchmark.different(), "30% slower on its own: " + benchmark.ratio());

        LogRatio time = benchmark.dividedBy(control, 1, 0.95);
        assertEquals(benchmark.ratio().estimate() / control.ratio().estimate(), time.ratio().estimate(), 1e-12);
        assertEquals(Math.hypot(benchmark.standardError(), control.standardError()), time.standardError(), 1e-12);
        assertTrue(time.df() >= Math.min(benchmark.df(), control.df()) && time.df() <= benchmark.df() + control.df());
        assertFalse(time.different(), "the control moved as much: " + time.ratio());

        LogRatio throughput = LogRatio.welch(base, slower, 0.95).dividedBy(control, -1, 0.95);
        assertEquals(1 / time.ratio().estimate(), throughput.ratio().estimate(), 1e-12, "a rate falls as a time rises");
        assertEquals(time.atLevel(0.99).ratio().estimate(), time.ratio().estimate(), 1e-12);
        assertTrue(time.atLevel(0.99).ratio().low() < time.ratio().low());
    }

    @Test
    void theIntervalOfAPositiveRatioNeverReachesZero() {
        LogRatio wide = LogRatio.welch(new double[] {1, 100}, new double[] {50, 2}, 0.95);
        assertTrue(wide.ratio().low() > 0, wide.ratio().toString());
    }

    @Test
    void equivalenceNeedsTheWholeIntervalInsideTheThreshold() {
        double[] b = {100, 102, 98, 101, 99, 100};
        double[] close = {101, 103, 99, 102, 100, 101};
        assertTrue(LogRatio.paired(close, b, 0.95).equivalent(0.05));
        double[] noisy = {101, 93, 109, 96, 107, 101};
        LogRatio undecided = LogRatio.paired(noisy, b, 0.95);
        assertFalse(undecided.equivalent(0.05));
        assertFalse(undecided.different());
        assertTrue(undecided.moreNeeded(0.95, 0.05) >= 1);
    }

    @Test
    void theMinimumEffectTestAgreesWithTheOneSidedIntervalAtTheSameLevel() {
        double[] head = {112, 90, 124, 101, 135};
        LogRatio atLevel = LogRatio.paired(head, B, 1 - 2 * 0.05);
        double bound = Math.log1p(0.05);
        boolean beyond = atLevel.ratio().low() > 1.05;
        assertEquals(beyond, atLevel.pAbove(bound) <= 0.05, "p " + atLevel.pAbove(bound) + ", interval " + atLevel.ratio());
        assertTrue(atLevel.pAbove(Math.log(0.5)) < 1e-6, "clearly above half");
        assertTrue(atLevel.pBelow(Math.log(0.5)) > 0.999, "never below half");
        assertTrue(Double.isNaN(LogRatio.paired(new double[] {1}, new double[] {1}, 0.9).pAbove(0)), "one pair: no test");
    }

    @Test
    void theDetectableChangeShrinksWithMorePairs() {
        double[] a8 = {101, 97, 104, 99, 102, 98, 103, 100};
        double[] b8 = {100, 100, 100, 100, 100, 100, 100, 100};
        double few = LogRatio.paired(java.util.Arrays.copyOf(a8, 3), java.util.Arrays.copyOf(b8, 3), 0.9).detectable(0.05, 0.8);
        double many = LogRatio.paired(a8, b8, 0.9).detectable(0.05, 0.8);
        assertTrue(many < few && many > 0, few + " then " + many);
    }

    @Test
    void threeNearlyEqualRatiosAmongNoisyComparisonsDoNotPassForAPreciseChange() {
        double[] base = {434, 358, 834};
        double[] head = {611, 495, 1174};
        LogRatio alone = LogRatio.paired(head, base, 0.99);
        assertTrue(alone.ratio().low() > 1.3, "alone, three ratios of 1.38-1.41 look precise: " + alone.ratio());
        double prior = LogRatio.typicalVariance(java.util.List.of(new double[] {1, 2, 1}, new double[] {3, 1, 2}, head),
                java.util.List.of(new double[] {2, 1, 2}, new double[] {1, 2, 3}, base), 3);
        LogRatio moderated = LogRatio.pairedModerated(head, base, 0.99, prior, 4);
        assertEquals(alone.ratio().estimate(), moderated.ratio().estimate(), 1e-12, "moderation keeps the estimate");
        assertTrue(moderated.ratio().low() < 1, "among noisy comparisons it is not decided: " + moderated.ratio());
        assertEquals(6, moderated.df(), 1e-12, "two of its own degrees of freedom and four of the prior's");
        assertEquals(alone.ratio().low(), LogRatio.pairedModerated(head, base, 0.99, Double.NaN, 4).ratio().low(), 1e-12);
    }
}
