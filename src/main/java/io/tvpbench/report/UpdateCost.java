package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one update of shared state costs a contender (a strategy and its sharing mode) in a SHARED_STATE scenario:
 * the time per task over the same strategy's NONE baseline (same grain, machine and cores), times
 * {@code updateEvery}, since only every {@code updateEvery}-th task updates. Time per task is the inverse of
 * throughput, so the cost is wall time the whole run pays per update, contention included.
 *
 * @param baseline       the NONE baseline's tasks per second, or null when it was not measured
 * @param updateMicros   the cost of one update in microseconds; NaN without a baseline
 */
public record UpdateCost(ScenarioKey scenario, Contender contender, String machine, int cores, Interval tasksPerSecond,
                         Interval baseline, double updateMicros) {

    /** The sharing mode, e.g. {@code ATOMIC}. */
    public String sharing() {
        return contender.params().get(Vocabulary.SHARING_PARAM);
    }

    /**
     * Whether the cost cannot be told apart from zero: it is not positive, or the contender's and the baseline's
     * 95% intervals overlap. Without intervals (one fork, one iteration) only the sign decides.
     */
    public boolean withinNoise() {
        if (!(updateMicros > 0)) {
            return true;
        }
        Interval t = tasksPerSecond;
        return t.hasBounds() && baseline.hasBounds() && t.high() >= baseline.low() && t.low() <= baseline.high();
    }

    /** Every measured SHARED_STATE contender that shares, in scenario, machine, contender and core order. */
    static List<UpdateCost> of(Throughputs t) {
        List<UpdateCost> costs = new ArrayList<>();
        for (ScenarioKey s : t.scenarios()) {
            if (!s.workload().equals(Vocabulary.SHARED_STATE)) {
                continue;
            }
            double every = updateEvery(s);
            t.machineCores(s).forEach((machine, cores) -> t.contenders(s).forEach(c -> {
                if (Vocabulary.SHARING_NONE.equals(c.params().get(Vocabulary.SHARING_PARAM))) {
                    return;
                }
                for (int k : cores) {
                    t.point(s, c, machine, k).ifPresent(p -> {
                        Optional<Point> none = baseline(t, s, c, machine, k);
                        Interval base = none.map(Point::tasksPerSecond).orElse(null);
                        double micros = none.map(b -> (1 / p.estimate() - 1 / b.estimate()) * every * 1e6).orElse(Double.NaN);
                        costs.add(new UpdateCost(s, c, machine, k, p.tasksPerSecond(), base, micros));
                    });
                }
            }));
        }
        return List.copyOf(costs);
    }

    /** The same strategy sharing nothing, at any update rate (NONE never updates, so the plan measures one). */
    private static Optional<Point> baseline(Throughputs t, ScenarioKey s, Contender c, String machine, int k) {
        SortedMap<String, String> params = new TreeMap<>(c.params());
        params.put(Vocabulary.SHARING_PARAM, Vocabulary.SHARING_NONE);
        Contender none = new Contender(c.strategy(), params);
        return t.scenarios().stream()
                .filter(other -> other.workload().equals(Vocabulary.SHARED_STATE) && sameExceptUpdateEvery(s, other))
                .map(other -> t.point(other, none, machine, k))
                .flatMap(Optional::stream).findFirst();
    }

    private static boolean sameExceptUpdateEvery(ScenarioKey a, ScenarioKey b) {
        SortedMap<String, String> pa = new TreeMap<>(a.params());
        SortedMap<String, String> pb = new TreeMap<>(b.params());
        pa.remove(Vocabulary.UPDATE_EVERY_PARAM);
        pb.remove(Vocabulary.UPDATE_EVERY_PARAM);
        return pa.equals(pb);
    }

    /** The scenario's {@code updateEvery}, 1 when absent, NaN when unreadable. */
    static double updateEvery(ScenarioKey s) {
        try {
            return Double.parseDouble(s.params().getOrDefault(Vocabulary.UPDATE_EVERY_PARAM, "1"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
