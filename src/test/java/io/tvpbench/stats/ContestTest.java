package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestTest {

    private static final double[] BASE = {100, 80, 110, 90, 120, 95};

    private static double[] times(double[] v, double f, double noise) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f * (1 + (i % 2 == 0 ? noise : -noise));
        }
        return out;
    }

    @Test
    void aBestFasterThanEveryOtherInEveryRoundIsClear() {
        Contest c = Contest.decide(List.of(times(BASE, 1.5, 0.01), BASE, times(BASE, 0.5, 0.02)), true, 0.05);
        assertEquals(Outcome.CLEAR, c.outcome());
        assertEquals(1.5, c.margin().ratio().estimate(), 0.02);
        assertEquals(0, c.moreRounds());
    }

    @Test
    void twoContendersWithinTwoPercentAreEquivalentEvenWhenTheDifferenceIsReal() {
        Contest c = Contest.decide(List.of(times(BASE, 1.02, 0.001), BASE), true, 0.05);
        assertEquals(Outcome.EQUIVALENT, c.outcome());
    }

    @Test
    void aNoisyNearTieIsUndecidedAndSaysHowManyMoreRounds() {
        Contest c = Contest.decide(List.of(times(BASE, 1.03, 0.06), BASE), true, 0.05);
        assertEquals(Outcome.UNDECIDED, c.outcome());
        assertTrue(c.moreRounds() >= 1);
    }

    @Test
    void aStricterLevelPerLookDecidesLess() {
        List<double[]> rows = List.of(times(BASE, 1.08, 0.03), BASE);
        assertEquals(Outcome.CLEAR, Contest.decide(rows, true, 0.05).outcome());
        assertEquals(Outcome.UNDECIDED, Contest.decide(rows, true, 0.0001).outcome());
    }

    @Test
    void unpairedInputFallsBackToWelch() {
        Contest c = Contest.decide(List.of(new double[] {150, 160, 155}, new double[] {100, 104, 98}), false, 0.05);
        assertEquals(Outcome.CLEAR, c.outcome());
        assertTrue(!c.margin().paired());
        assertThrows(IllegalArgumentException.class, () -> Contest.decide(List.of(BASE), true, 0.05));
    }
}
