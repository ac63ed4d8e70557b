package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a process pool pays off: it starts slower (a child JVM) but may run faster (no shared lock, no shared
 * heap). With start-up S, thread throughput Xt and pool throughput Xp, n tasks take {@code n/Xt} on threads and
 * {@code S + n/Xp} on the pool, so the pool wins after {@code n* = S / (1/Xt − 1/Xp)} tasks, and never when
 * {@code Xp ≤ Xt}. S is measured at the same core count: a pool of k child JVMs started in parallel
 * ({@code processPoolReady}, k JVMs booting on k CPUs), else one child JVM's start-up there, said so; another core
 * count's start-up is never used, since k children booting on fewer CPUs take longer.
 *
 * @param startupSource what S is: the pool's parallel start, one child JVM's (the pool's not measured), or null
 *                      when neither was measured at this core count
 * @param tasks         NaN when the pool never pays off or S is unknown
 */
public record BreakEven(ScenarioKey scenario, String machine, int cores, Contender threads, double threadTasksPerSecond,
                        Contender pool, double poolTasksPerSecond, double startupMicros, String startupSource,
                        double tasks) {

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

    static List<BreakEven> of(Throughputs throughputs, List<Measurement> measurements) {
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
                        boolean userTask = scenario.workload().equals(Vocabulary.USER_TASK);
                        Measurement start = userTask
                                ? startup(measurements, Vocabulary.USER_TASK_STARTUP_BENCHMARK, machine, cores,
                                        Vocabulary.CHILD_JVM_READY).orElse(null)
                                : startup(measurements, Vocabulary.STARTUP_COST_BENCHMARK, machine, cores,
                                        Vocabulary.PROCESS_POOL_READY).orElse(startup(measurements,
                                        Vocabulary.STARTUP_COST_BENCHMARK, machine, cores, Vocabulary.CHILD_JVM_READY)
                                        .orElse(null));
                        double startup = start == null ? Double.NaN : start.medianMicros().estimate();
                        String source = start == null ? null : userTask ? "one child JVM loading your task"
                                : start.result().method().equals(Vocabulary.PROCESS_POOL_READY)
                                ? cores + " child JVMs started in parallel"
                                : "one child JVM (a pool's parallel start not measured)";
                        double xt = threads.getValue().estimate();
                        double xp = pool.getValue().estimate();
                        double tasks = xp > xt ? startup / 1e6 / (1 / xt - 1 / xp) : Double.NaN;
                        result.add(new BreakEven(scenario, machine, cores, threads.getKey(), xt, pool.getKey(), xp,
                                startup, source, tasks));
                    }
                }
            });
        }
        return result;
    }

    private static Map.Entry<Contender, Point> better(Map.Entry<Contender, Point> a, Map.Entry<Contender, Point> b) {
        return a == null || b.getValue().estimate() > a.getValue().estimate() ? b : a;
    }

    /**
     * The start-up {@code method} of {@code benchmark} measured on this machine at this core count (DEFAULT variant
     * where it has one); for a user's task, the child JVM that loads it (classpath and set-up included).
     */
    private static Optional<Measurement> startup(List<Measurement> measurements, String benchmark, String machine,
                                                 int cores, String method) {
        return measurements.stream()
                .filter(m -> benchmark.equals(m.result().simpleClassName())
                        && m.result().method().equals(method) && m.machine().equals(machine) && m.cores() == cores
                        && (m.result().param(Vocabulary.VARIANT_PARAM) == null
                        || m.result().param(Vocabulary.VARIANT_PARAM).equals(Vocabulary.DEFAULT)))
                .findFirst();
    }
}
