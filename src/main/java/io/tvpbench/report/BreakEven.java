package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a process pool pays off: it starts slower (a child JVM) but may run faster (no shared lock, no shared
 * heap). With start-up S, thread throughput Xt and pool throughput Xp, n tasks take {@code n/Xt} on threads and
 * {@code S + n/Xp} on the pool, so the pool wins after {@code n* = S / (1/Xt − 1/Xp)} tasks, and never when
 * {@code Xp ≤ Xt}. The pool's workers are assumed to start in parallel, so S is one child JVM's start-up.
 *
 * @param tasks NaN when the pool never pays off
 */
public record BreakEven(ScenarioKey scenario, String machine, int cores, Contender threads, double threadTasksPerSecond,
                        Contender pool, double poolTasksPerSecond, double startupMicros, double tasks) {

    public boolean never() {
        return !(poolTasksPerSecond > threadTasksPerSecond);
    }

    /** Wall time the thread strategy needs for the break-even number of tasks, in seconds. */
    public double threadSeconds() {
        return tasks / threadTasksPerSecond;
    }

    /** The CPU work of the break-even tasks in seconds when the scenario names its grain, else NaN. */
    public double workSeconds() {
        return tasks * Units.seconds(scenario.params().get(Vocabulary.GRAIN_PARAM));
    }

    static List<BreakEven> of(Throughputs throughputs, List<Rung> ladder) {
        List<BreakEven> result = new ArrayList<>();
        for (ScenarioKey scenario : throughputs.scenarios()) {
            throughputs.machineCores(scenario).forEach((machine, coreCounts) -> {
                for (int cores : coreCounts) {
                    Map.Entry<Contender, Point> pool = null;
                    Map.Entry<Contender, Point> threads = null;
                    for (Map.Entry<Contender, Point> e : throughputs.cell(scenario, machine, cores)) {
                        if (e.getKey().strategy().equals(Vocabulary.PROCESS_POOL)) {
                            pool = better(pool, e);
                        } else if (!e.getKey().isProcess()) {
                            threads = better(threads, e);
                        }
                    }
                    if (pool != null && threads != null) {
                        double startup = startupMicros(ladder, machine);
                        double xt = threads.getValue().estimate();
                        double xp = pool.getValue().estimate();
                        double tasks = xp > xt ? startup / 1e6 / (1 / xt - 1 / xp) : Double.NaN;
                        result.add(new BreakEven(scenario, machine, cores, threads.getKey(), xt, pool.getKey(), xp,
                                startup, tasks));
                    }
                }
            });
        }
        return result;
    }

    private static Map.Entry<Contender, Point> better(Map.Entry<Contender, Point> a, Map.Entry<Contender, Point> b) {
        return a == null || b.getValue().estimate() > a.getValue().estimate() ? b : a;
    }

    /** The DEFAULT child JVM's time to ready on this machine; NaN when it was not measured. */
    private static double startupMicros(List<Rung> ladder, String machine) {
        for (Rung r : ladder) {
            if (r.machine().equals(machine) && r.benchmark().endsWith("." + Vocabulary.CHILD_JVM_READY) && r.note() == null
                    && (r.variant() == null || r.variant().equals(Vocabulary.DEFAULT))) {
                return r.micros().estimate();
            }
        }
        return Double.NaN;
    }
}
