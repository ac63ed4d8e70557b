package io.tvpbench.text;

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
}
