package io.tvpbench.report;

import io.tvpbench.results.CPythonResults;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.RatioBootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The GIL lens's figures: every CPU and CPU_GIL throughput of the JVM, and every CPython throughput of the runs that
 * measured one, as a speed-up over the same runtime's sequential run at 1 core with a 95% bootstrap interval
 * (JVM: over fork means; CPython: medians over repeats), plus what each machine's cpython.json said.
 *
 * @param rows    JVM rows then CPython rows, in scenario, contender and core order
 * @param cpython each machine's cpython.json, measured or skipped
 */
public record GilComparison(List<Row> rows, SortedMap<String, CPythonResults> cpython) {

    /** The JVM's runtime name in {@link Row#runtime()}. */
    public static final String JVM = "jvm";
    /** CPython's runtime name in {@link Row#runtime()}. */
    public static final String CPYTHON = "cpython";
    /** CPython's baseline strategy in cpython.json. */
    static final String CPYTHON_SEQUENTIAL = "sequential";

    public GilComparison {
        rows = List.copyOf(rows);
        cpython = new TreeMap<>(cpython);
    }

    /**
     * One speed-up.
     *
     * @param strategy the JVM strategy's label, or the CPython strategy (threading, ThreadPoolExecutor, ...)
     * @param lock     whether the work ran under the GIL or its emulation
     */
    public record Row(String machine, String runtime, String strategy, boolean lock, String grain, int cores,
                      Interval speedup) {
    }

    static GilComparison of(Throughputs t, List<LoadedRun> runs) {
        List<Row> rows = new ArrayList<>();
        for (ScenarioKey s : t.scenarios()) {
            boolean lock = s.workload().equals(Vocabulary.CPU_GIL);
            String grain = s.params().get(Vocabulary.GRAIN_PARAM);
            if (!(lock || s.workload().equals(Vocabulary.CPU)) || grain == null || s.params().size() != 1) {
                continue;
            }
            t.machineCores(s).forEach((machine, cores) -> {
                Optional<Point> base = t.point(s, new Contender(Vocabulary.SEQUENTIAL, new TreeMap<>()), machine, 1);
                if (base.isEmpty()) {
                    return;
                }
                for (Contender c : t.contenders(s)) {
                    for (int k : cores.tailSet(1)) {
                        t.point(s, c, machine, k).ifPresent(p -> rows.add(new Row(machine, JVM, c.label(), lock, grain, k,
                                RatioBootstrap.of(p.forkMeans(), base.get().forkMeans(), RatioBootstrap.MEAN, Measurement.CONFIDENCE))));
                    }
                }
            });
        }
        SortedMap<String, CPythonResults> cpython = new TreeMap<>();
        for (LoadedRun run : runs) {
            run.cpython().ifPresent(c -> {
                String machine = run.environment().machine();
                cpython.merge(machine, c, (a, b) -> a.measured() ? a : b);
                if (c.measured()) {
                    rows.addAll(cpythonRows(machine, c));
                }
            });
        }
        return new GilComparison(rows, cpython);
    }

    private static List<Row> cpythonRows(String machine, CPythonResults c) {
        List<Row> rows = new ArrayList<>();
        for (CPythonResults.GrainCalibration g : c.grains()) {
            Optional<double[]> base = c.throughput().stream()
                    .filter(r -> r.grain().equals(g.grain()) && r.cores() == 1 && r.strategy().equals(CPYTHON_SEQUENTIAL))
                    .map(CPythonResults.Throughput::tasksPerSecond).findFirst();
            if (base.isEmpty()) {
                continue;
            }
            c.throughput().stream()
                    .filter(r -> r.grain().equals(g.grain()) && !r.strategy().equals(CPYTHON_SEQUENTIAL))
                    .forEach(r -> rows.add(new Row(machine, CPYTHON, r.strategy(), true, r.grain(), r.cores(),
                            RatioBootstrap.of(r.tasksPerSecond(), base.get(), RatioBootstrap.MEDIAN, Measurement.CONFIDENCE))));
        }
        return rows;
    }

    /** The row of one runtime's strategy under the lock, if measured. */
    Optional<Row> find(String machine, String runtime, String strategy, String grain, int cores) {
        return rows.stream().filter(r -> r.lock() && r.machine().equals(machine) && r.runtime().equals(runtime)
                && r.strategy().equals(strategy) && r.grain().equals(grain) && r.cores() == cores).findFirst();
    }

    /** Each CPython strategy's median dispatch round trip in microseconds, by core count. */
    static SortedMap<Integer, Map<String, Double>> medianDispatch(CPythonResults c) {
        SortedMap<Integer, Map<String, Double>> byCores = new TreeMap<>();
        for (CPythonResults.Dispatch d : c.dispatch()) {
            byCores.computeIfAbsent(d.cores(), k -> new LinkedHashMap<>())
                    .put(d.strategy(), RatioBootstrap.MEDIAN.applyAsDouble(d.microseconds()));
        }
        return byCores;
    }
}
