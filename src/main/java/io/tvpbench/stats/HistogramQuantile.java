package io.tvpbench.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A quantile of a JMH SampleTime histogram ({@code [value, count]} bins): the median of one fork's samples resists
 * the handful of millisecond outliers (a GC, a descheduled thread) that dominate a mean of microsecond samples.
 */
public final class HistogramQuantile {

    private HistogramQuantile() {
    }

    /**
     * The smallest value at or below which at least {@code q} of the samples lie; NaN for an empty histogram.
     *
     * @param bins {@code [value, count]} pairs, in any order, possibly from several iterations
     */
    public static double of(List<List<Double>> bins, double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("quantile must be within 0..1: " + q);
        }
        List<List<Double>> sorted = new ArrayList<>(bins);
        sorted.sort(Comparator.comparingDouble(b -> b.get(0)));
        double total = sorted.stream().mapToDouble(b -> b.get(1)).sum();
        if (total <= 0) {
            return Double.NaN;
        }
        double seen = 0;
        for (List<Double> bin : sorted) {
            seen += bin.get(1);
            if (seen >= q * total) {
                return bin.get(0);
            }
        }
        return sorted.getLast().get(0);
    }
}
