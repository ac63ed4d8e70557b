package io.tvpbench.bench;

import java.util.OptionalDouble;

/**
 * Where a footprint benchmark leaves its measurement for {@link SecondaryMetricsProfiler} to publish as
 * {@code bytesPerUnit}: the benchmark and the profiler share the fork's JVM, not an object.
 */
final class Footprints {

    private static volatile double bytesPerUnit = Double.NaN;

    private Footprints() {
    }

    static void record(double bytes) {
        bytesPerUnit = bytes;
    }

    static void clear() {
        bytesPerUnit = Double.NaN;
    }

    /** The iteration's measurement, if any, and clears it. */
    static OptionalDouble take() {
        double bytes = bytesPerUnit;
        bytesPerUnit = Double.NaN;
        return Double.isNaN(bytes) ? OptionalDouble.empty() : OptionalDouble.of(bytes);
    }
}
