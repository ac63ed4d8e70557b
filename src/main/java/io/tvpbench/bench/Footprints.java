package io.tvpbench.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a footprint benchmark leaves its measurements for {@link SecondaryMetricsProfiler} to publish as secondary
 * metrics: the benchmark and the profiler share the fork's JVM, not an object.
 */
final class Footprints {

    private static final Map<String, Double> MEASURED = new ConcurrentHashMap<>();

    private Footprints() {
    }

    static void record(String metric, double bytes) {
        MEASURED.put(metric, bytes);
    }

    static void clear() {
        MEASURED.clear();
    }

    /** The iteration's measurements by metric name, and clears them. */
    static Map<String, Double> take() {
        Map<String, Double> taken = Map.copyOf(MEASURED);
        MEASURED.clear();
        return taken;
    }
}
