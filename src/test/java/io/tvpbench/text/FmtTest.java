package io.tvpbench.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FmtTest {

    @Test
    void formatsForPeopleInvariantOfLocale() {
        assertEquals("1.23 M", Fmt.si(1_234_567, ""));
        assertEquals("999", Fmt.si(999, ""));
        assertEquals("1 k", Fmt.si(999.7, ""));
        assertEquals("850 ns", Fmt.micros(0.85));
        assertEquals("42.1 ms", Fmt.micros(42_100));
        assertEquals("1.5 MiB", Fmt.bytes(1.5 * 1024 * 1024));
        assertEquals("3.92×", Fmt.times(3.9166));
        assertEquals("87%", Fmt.percent(0.871));
        assertEquals("0.000123", Fmt.sig(0.00012345));
        assertEquals("12345678.5", Fmt.plain(12_345_678.5));
        assertEquals("", Fmt.plain(Double.NaN));
    }

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
