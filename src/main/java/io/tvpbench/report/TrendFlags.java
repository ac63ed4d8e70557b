package io.tvpbench.report;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.JmhResult;
import io.tvpbench.stats.HistogramQuantile;
import io.tvpbench.stats.WarmupTrend;
import io.tvpbench.text.Fmt;
import io.tvpbench.text.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Forks whose warm-up ended before steady state ({@link WarmupTrend}: the first measured iteration more than 5%
 * worse than the median of the others). SampleTime iterations are read by their median, so one long sample does
 * not make a trend.
 *
 * @param forks   forks with at least two measured iterations
 * @param flagged one line per flagged fork: benchmark, params, fork number and how much worse its first iteration was
 */
public record TrendFlags(int forks, List<String> flagged) {

    public TrendFlags {
        flagged = List.copyOf(flagged);
    }

    static TrendFlags of(List<Measurement> measurements) {
        int forks = 0;
        List<String> flagged = new ArrayList<>();
        for (Measurement m : measurements) {
            JmhMetric metric = m.result().primaryMetric();
            Boolean higherIsBetter = metric.higherIsBetter();
            if (higherIsBetter == null) {
                continue;
            }
            List<double[]> iterations = iterations(metric);
            for (int fork = 0; fork < iterations.size(); fork++) {
                double[] scores = iterations.get(fork);
                if (scores.length < 2) {
                    continue;
                }
                forks++;
                if (WarmupTrend.flagged(scores, higherIsBetter)) {
                    flagged.add(label(m.result()) + " fork " + (fork + 1) + " (first iteration "
                            + Fmt.change(WarmupTrend.firstAgainstRest(scores)) + " against the rest)");
                }
            }
        }
        return new TrendFlags(forks, flagged);
    }

    /** Each fork's measured iteration scores; a SampleTime iteration by its median. */
    private static List<double[]> iterations(JmhMetric metric) {
        if (metric.rawDataHistogram().isEmpty()) {
            return metric.rawData().stream().map(f -> f.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        }
        return metric.rawDataHistogram().stream()
                .map(fork -> fork.stream().mapToDouble(iteration -> HistogramQuantile.of(iteration, 0.5)).toArray())
                .toList();
    }

    private static String label(JmhResult r) {
        StringBuilder label = new StringBuilder(Names.shortName(r.benchmark()));
        Map<String, String> params = new TreeMap<>(r.params());
        params.forEach((k, v) -> label.append(' ').append(k).append('=').append(v));
        return label.toString();
    }

    /** The report's warning, or null when no fork was flagged. */
    String warning() {
        if (flagged.isEmpty()) {
            return null;
        }
        return flagged.size() + " of " + forks + " forks (" + Fmt.percent((double) flagged.size() / forks)
                + ") were still warming up (first measured iteration more than " + WarmupTrend.TOLERANCE_PERCENT
                + "% worse than the median of the others): " + String.join("; ", flagged);
    }
}
