package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

    @Test
    void threeLuckyNearlyEqualRatiosDoNotDecideAloneInANoisyClass() {
        List<double[]> row = List.of(new double[] {106, 107, 106.5}, new double[] {100, 100.5, 100.2});
        assertEquals(Outcome.CLEAR, Contest.decide(row, true, 0.0125).outcome(), "alone, three equal ratios look precise");
        Contest.Prior noisy = Contest.priors(Map.of("IO", List.of(row,
                List.of(new double[] {100, 130, 90}, new double[] {100, 100, 100}),
                List.of(new double[] {100, 80, 120}, new double[] {100, 100, 100})))).get("IO");
        assertEquals(Contest.PRIOR_ROUNDS, noisy.df());
        assertEquals(Outcome.UNDECIDED, Contest.decide(row, true, 0.0125, noisy).outcome());
    }

    @Test
    void aQuietClassLendsItsDegreesOfFreedomSoAClearGapIsDecidedInThreeRounds() {
        List<double[]> row = List.of(new double[] {150, 120, 170}, new double[] {100, 100, 100});
        double[] base = {100, 101, 99};
        Contest.Prior quiet = Contest.priors(Map.of("CPU", List.of(row,
                List.of(new double[] {102, 103, 101}, base), List.of(new double[] {98, 97, 99}, base)))).get("CPU");
        assertEquals(Outcome.UNDECIDED, Contest.decide(row, true, 0.002).outcome());
        assertEquals(Outcome.CLEAR, Contest.decide(row, true, 0.002, quiet).outcome());
    }

    @Test
    void aClassWithTooFewComparisonsBorrowsTheMatrixsSpreadAndNoDataGivesNoPrior() {
        List<double[]> row = List.of(new double[] {150, 140, 160}, new double[] {100, 96, 104}, new double[] {90, 80, 85});
        Map<String, Contest.Prior> priors = Contest.priors(Map.of("CPU", List.of(row), "MIXED",
                List.of(List.of(new double[] {2, 3}, new double[] {1, 1}))));
        assertEquals(priors.get("CPU").variance(), priors.get("MIXED").variance(), 1e-12);
        assertTrue(Double.isNaN(Contest.priors(Map.of("MIXED", List.of(List.of(new double[] {2, 3}, new double[] {1, 1}))))
                .get("MIXED").variance()), "two rounds are too few to say what spread to expect");
    }

    @Test
    void contendersShownSlowerOrEquivalentAreNoLongerOpen() {
        Contest c = Contest.decide(List.of(times(BASE, 1.5, 0.01), times(BASE, 1.46, 0.08), times(BASE, 0.5, 0.01)), true, 0.05);
        assertEquals(Outcome.UNDECIDED, c.outcome());
        assertEquals(List.of(true, false), c.open());
    }

    @Test
    void equivalenceIsTwoOneSidedTestsEachAtTheLevelSoItReadsTheNarrowerInterval() {
        List<double[]> row = List.of(new double[] {103.98, 100.1, 103.98, 100.1, 103.98, 100.1}, new double[] {100, 100, 100, 100, 100, 100});
        double alpha = 0.0125;
        LogRatio oneSided = LogRatio.paired(row.get(0), row.get(1), 1 - 2 * alpha);
        LogRatio twoSided = LogRatio.paired(row.get(0), row.get(1), 1 - alpha);
        assertTrue(oneSided.equivalent(Contest.THRESHOLD) && !twoSided.equivalent(Contest.THRESHOLD),
                "the row sits between the two levels: " + oneSided.ratio() + " " + twoSided.ratio());
        Contest c = Contest.decide(row, true, alpha);
        assertEquals(Outcome.EQUIVALENT, c.outcome());
        assertEquals(oneSided.ratio().high(), c.margin().ratio().high(), 1e-12, "the interval the decision used");
    }
}
