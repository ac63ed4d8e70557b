package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class HolmTest {

    @Test
    void matchesTheTextbookStepDown() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
        assertArrayEquals(new double[]{0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[]{0.01, 0.04, 0.03, 0.005}), 1e-12);
    }

    @Test
    void isMonotoneAndCappedAtOne() {
        assertArrayEquals(new double[]{1, 1}, Holm.adjust(new double[]{0.5, 0.6}), 1e-12);
        assertArrayEquals(new double[]{0.003, 0.08, 0.08}, Holm.adjust(new double[]{0.001, 0.04, 0.045}), 1e-12);
    }

    @Test
    void untestableEntriesStayNaNAndDoNotCount() {
        assertArrayEquals(new double[]{Double.NaN, 0.02, 0.02}, Holm.adjust(new double[]{Double.NaN, 0.01, 0.02}), 1e-12);
    }

    @Test
    void singleTestIsUnchanged() {
        assertArrayEquals(new double[]{0.04}, Holm.adjust(new double[]{0.04}), 1e-12);
    }
}
