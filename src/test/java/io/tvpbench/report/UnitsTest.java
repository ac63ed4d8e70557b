package io.tvpbench.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitsTest {

    @Test
    void readsUnitsAndSizes() {
        assertEquals(1000, Units.perSecondFactor("ops/ms"), 1e-9);
        assertEquals(1000, Units.microsFactor("ms/op"), 1e-9);
        assertEquals(0.001, Units.microsFactor("ns/op"), 1e-12);
        assertEquals(Double.NaN, Units.perSecondFactor("widgets/op"));
        assertEquals(1024 * 1024, Units.bytes("1MiB"), 0);
        assertEquals(10e-6, Units.seconds("10us"), 1e-15);
        assertEquals(Double.NaN, Units.seconds("CORES"));
    }
}
