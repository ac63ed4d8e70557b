package io.tvpbench.track;

import org.junit.jupiter.api.Test;

import static io.tvpbench.track.Results.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectionTest {

    @Test
    void throughputIsHigherIsBetter() {
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.of(result("thrpt", "ops/s")));
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.of(result("thrpt", "ops/ms")));
    }

    @Test
    void timePerOperationIsLowerIsBetterInEveryTimedMode() {
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(result("avgt", "ns/op")));
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(result("sample", "us/op")));
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(result("ss", "ms/op")));
    }

    @Test
    void modeDecidesWhenTheUnitSaysNothing() {
        assertEquals(Direction.HIGHER_IS_BETTER, Direction.of(result("thrpt", "tasks")));
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(result("sample", "widgets")));
        assertEquals(Direction.UNKNOWN, Direction.of(result("custom", "bytes")));
    }

    @Test
    void worseAndBetterFollowTheDirection() {
        assertTrue(Direction.HIGHER_IS_BETTER.isWorse(-0.2));
        assertTrue(Direction.LOWER_IS_BETTER.isWorse(0.25));
        assertTrue(Direction.LOWER_IS_BETTER.isBetter(-0.2));
        assertFalse(Direction.UNKNOWN.isWorse(-0.5));
        assertFalse(Direction.UNKNOWN.isBetter(0.5));
    }

    @Test
    void verdictNeedsSignificanceThresholdAndDirection() {
        CompareOptions o = CompareOptions.defaults();
        double n = Double.NaN;
        assertEquals(ChangeVerdict.REGRESSION, ChangeVerdict.decide(0.001, -0.2, -0.3, -0.1, Direction.HIGHER_IS_BETTER, o));
        assertEquals(ChangeVerdict.IMPROVEMENT, ChangeVerdict.decide(0.001, 0.2, 0.1, 0.3, Direction.HIGHER_IS_BETTER, o));
        assertEquals(ChangeVerdict.REGRESSION, ChangeVerdict.decide(0.001, 0.25, 0.1, 0.4, Direction.LOWER_IS_BETTER, o));
        assertEquals(ChangeVerdict.EQUIVALENT, ChangeVerdict.decide(0.001, -0.03, -0.04, -0.02, Direction.HIGHER_IS_BETTER, o),
                "significant but demonstrably inside ±5%");
        assertEquals(ChangeVerdict.UNDECIDED, ChangeVerdict.decide(0.001, -0.03, -0.09, -0.01, Direction.HIGHER_IS_BETTER, o));
        assertEquals(ChangeVerdict.EQUIVALENT, ChangeVerdict.decide(0.6, 0.01, -0.02, 0.03, Direction.HIGHER_IS_BETTER, o));
        assertEquals(ChangeVerdict.UNDECIDED, ChangeVerdict.decide(0.2, -0.5, -0.9, 0.4, Direction.HIGHER_IS_BETTER, o),
                "no change shown, and none excluded either");
        assertEquals(ChangeVerdict.CHANGED, ChangeVerdict.decide(0.001, -0.5, -0.6, -0.4, Direction.UNKNOWN, o));
        assertEquals(ChangeVerdict.UNTESTABLE, ChangeVerdict.decide(n, -0.5, n, n, Direction.HIGHER_IS_BETTER, o));
    }
}
