package io.tvpbench.report;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Forks that lost more than {@value #LIMIT_PERCENT}% of their CPUs' time to the hypervisor ({@code stealPercent}):
 * on a VM such a fork measured its neighbour, not the code.
 */
final class Steal {

    static final double LIMIT_PERCENT = 2;

    private Steal() {
    }

    static List<String> warnings(List<Measurement> measurements) {
        List<String> forks = new ArrayList<>();
        for (Measurement m : measurements) {
            JmhMetric steal = m.result().secondaryMetrics().get(Vocabulary.STEAL_PERCENT);
            if (steal == null) {
                continue;
            }
            double[] perFork = steal.forkMeans();
            for (int fork = 0; fork < perFork.length; fork++) {
                if (perFork[fork] > LIMIT_PERCENT) {
                    forks.add(Names.shortName(m.result().benchmark()) + " " + m.result().params() + " fork " + (fork + 1)
                            + String.format(Locale.ROOT, " (%.1f%%)", perFork[fork]));
                }
            }
        }
        if (forks.isEmpty()) {
            return List.of();
        }
        return List.of(forks.size() + " forks lost more than " + String.format(Locale.ROOT, "%.0f", LIMIT_PERCENT)
                + "% of their CPU time to steal (the hypervisor ran a neighbour): " + String.join("; ", forks));
    }
}
