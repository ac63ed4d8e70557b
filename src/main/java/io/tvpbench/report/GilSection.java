package io.tvpbench.report;

import io.tvpbench.results.CPythonResults;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * CPU against CPU_GIL: how threads and processes scale when one lock per interpreter serialises computation, as
 * CPython's GIL does, and when it does not, as on the JVM. This is why Python reaches for processes.
 */
final class GilSection {

    private GilSection() {
    }

    /** A CPython strategy and the JVM strategy it stands beside (none for asyncio: ASYNC runs no CPU work). */
    private record Pair(String kind, String cpython, String jvm) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("thread per task", "threading", Vocabulary.THREAD_PER_TASK),
            new Pair("thread pool", "ThreadPoolExecutor", Vocabulary.FIXED_POOL),
            new Pair("event loop", "asyncio", null),
            new Pair("process pool", "ProcessPoolExecutor", Vocabulary.PROCESS_POOL));

    static Optional<Section> build(Throughputs t, GilComparison comparison, List<String> machines) {
        List<Block> blocks = new ArrayList<>();
        for (ScenarioKey gil : t.scenarios()) {
            ScenarioKey free = gil.withWorkload(Vocabulary.CPU);
            if (!gil.workload().equals(Vocabulary.CPU_GIL) || !t.scenarios().contains(free)) {
                continue;
            }
            blocks.add(new Block.Text(gil.label() + " against " + free.label() + ":"));
            Rows rows = new Rows(machines.size() > 1, "strategy", "kind", Vocabulary.CORES_PARAM, "CPU tasks/s", "CPU_GIL tasks/s", "CPU_GIL / CPU",
                    "speed-up CPU", "speed-up CPU_GIL");
            t.machineCores(gil).forEach((machine, cores) -> {
                for (Contender c : t.contenders(gil)) {
                    for (int k : cores) {
                        Optional<Point> g = t.point(gil, c, machine, k);
                        Optional<Point> f = t.point(free, c, machine, k);
                        if (g.isPresent() && f.isPresent()) {
                            rows.add(machine, c.label(), kind(c), VerdictSection.cores(k), Fmt.si(f.get().estimate(), ""),
                                    Fmt.si(g.get().estimate(), ""), Fmt.percent(g.get().estimate() / f.get().estimate()),
                                    Fmt.times(ownSpeedup(t, free, c, machine, k)), Fmt.times(ownSpeedup(t, gil, c, machine, k)));
                        }
                    }
                }
                summary(t, free, gil, machine, cores).ifPresent(blocks::add);
                chart(t, free, gil, machine, cores, machines.indexOf(machine)).ifPresent(blocks::add);
            });
            blocks.add(rows.table());
        }
        blocks.addAll(cpython(comparison, machines.size() > 1));
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        blocks.add(0, new Block.Text("CPU_GIL runs the same kernel as CPU, but every task must hold one lock per JVM "
                + "while it computes, handed over as CPython 3.2+ hands over its global interpreter lock (at a waiter's request "
                + "after the switch interval: CPython's default 5 ms unless -Dtvp.gil.switchInterval sets another). Threads of one JVM then take turns; each child JVM has its own lock. "
                + "Speed-ups in the first tables are over the strategy's own 1-core throughput."));
        return Optional.of(new Section("gil", "GIL lens",
                "How do threads and processes scale with a global interpreter lock, and without one?", blocks));
    }

    /**
     * Speed-up over the strategy's own 1 core against cores, CPU solid and CPU_GIL dashed in the same colour, with
     * the ideal k× in grey; only with two or more core counts.
     */
    private static Optional<Block> chart(Throughputs t, ScenarioKey free, ScenarioKey gil, String machine,
                                         SortedSet<Integer> cores, int machineIndex) {
        if (cores.size() < 2) {
            return Optional.empty();
        }
        List<LineChart.Series> lines = new ArrayList<>();
        lines.add(new LineChart.Series("ideal (k×)", Svg.PALETTE.size() - 1,
                cores.stream().map(k -> new double[]{k, k, Double.NaN, Double.NaN}).toList(), List.of()));
        int color = 0;
        for (Contender c : t.contenders(gil)) {
            if (c.isSequential()) {
                continue;
            }
            List<double[]> withLock = speedups(t, gil, c, machine, cores);
            List<double[]> without = speedups(t, free, c, machine, cores);
            if (withLock.isEmpty() || without.isEmpty()) {
                continue;
            }
            lines.add(new LineChart.Series(c.label() + " CPU", color, false, without, List.of()));
            lines.add(new LineChart.Series(c.label() + " CPU_GIL (dashed)", color, true, withLock, List.of()));
            color++;
        }
        String title = "GIL lens: " + gil.label() + (machineIndex > 0 ? " on " + machine : "");
        return lines.size() < 2 ? Optional.empty() : Optional.of(new Block.Chart(
                "gil-" + gil.slug() + (machineIndex > 0 ? "-" + machineIndex : ""), title,
                LineChart.render(title, Vocabulary.CORES_PARAM, "speed-up over own 1 core", lines)));
    }

    private static List<double[]> speedups(Throughputs t, ScenarioKey s, Contender c, String machine, SortedSet<Integer> cores) {
        List<double[]> points = new ArrayList<>();
        for (int k : cores) {
            double v = ownSpeedup(t, s, c, machine, k);
            if (Double.isFinite(v)) {
                points.add(new double[]{k, v, Double.NaN, Double.NaN});
            }
        }
        return points;
    }

    private static String kind(Contender c) {
        return c.isProcess() ? "processes" : c.isSequential() ? "caller thread" : "threads";
    }

    private static double ownSpeedup(Throughputs t, ScenarioKey s, Contender c, String machine, int k) {
        Optional<Point> one = t.point(s, c, machine, 1);
        Optional<Point> at = t.point(s, c, machine, k);
        return one.isPresent() && at.isPresent() ? at.get().estimate() / one.get().estimate() : Double.NaN;
    }

    private static Optional<Block> summary(Throughputs t, ScenarioKey free, ScenarioKey gil, String machine, SortedSet<Integer> cores) {
        int k = cores.last();
        if (k <= 1) {
            return Optional.empty();
        }
        Predicate<Contender> threads = c -> !c.isProcess() && !c.isSequential();
        double threadsGil = best(t, gil, machine, k, threads);
        double threadsFree = best(t, free, machine, k, threads);
        double processesGil = best(t, gil, machine, k, Contender::isProcess);
        if (Double.isNaN(threadsGil)) {
            return Optional.empty();
        }
        return Optional.of(new Block.Text(gil.label() + " on " + machine + " at " + k + " cores: with the lock the best "
                + "thread strategy reaches " + Fmt.times(threadsGil) + " its 1-core throughput (" + Fmt.times(threadsFree)
                + " without it)" + (Double.isNaN(processesGil) ? "" : ", the best process strategy "
                + Fmt.times(processesGil)) + "."));
    }

    private static double best(Throughputs t, ScenarioKey s, String machine, int k, Predicate<Contender> which) {
        double best = Double.NaN;
        for (Contender c : t.contenders(s)) {
            double v = which.test(c) ? ownSpeedup(t, s, c, machine, k) : Double.NaN;
            best = Double.isNaN(best) || v > best ? v : best;
        }
        return best;
    }

    /**
     * Real CPython beside the emulation, per machine: each CPython strategy's speed-up over CPython's sequential run at
     * 1 core next to its JVM counterpart's over SEQUENTIAL at 1 core under the emulated GIL, then CPython's dispatch
     * round trips; or the note saying why CPython was not measured.
     */
    private static List<Block> cpython(GilComparison comparison, boolean several) {
        List<Block> blocks = new ArrayList<>();
        comparison.cpython().forEach((machine, c) -> {
            String on = several ? " on " + machine : "";
            if (!c.measured()) {
                blocks.add(new Block.Text("Real CPython" + on + ": " + c.note() + "."));
                return;
            }
            CPythonResults.Python py = c.python();
            blocks.add(new Block.Text("Real CPython" + on + ": " + py.implementation() + " " + py.version()
                    + " (switch interval " + Fmt.micros(py.switchIntervalSeconds() == null ? Double.NaN : py.switchIntervalSeconds() * 1e6)
                    + ", processes by "
                    + py.startMethod() + ") ran the same kernel, each task calibrated to the grain's duration on that "
                    + "interpreter, in batches of " + c.batch() + ", " + c.repeats() + " repeats, pinned to the same "
                    + "CPUs. Speed-ups are over each runtime's own sequential run at 1 core under the lock: the median "
                    + "of CPython's repeats, the mean of the JVM's forks, with 95% bootstrap intervals."));
            Rows rows = new Rows(several, Vocabulary.GRAIN_PARAM, Vocabulary.CORES_PARAM, "kind", "CPython", "speed-up",
                    "JVM (emulated GIL)", "speed-up", "JVM ÷ CPython");
            SortedSet<Integer> cores = new TreeSet<>();
            c.throughput().forEach(r -> cores.add(r.cores()));
            for (CPythonResults.GrainCalibration g : c.grains()) {
                for (int k : cores) {
                    for (Pair pair : PAIRS) {
                        Optional<GilComparison.Row> python = comparison.find(machine, GilComparison.CPYTHON, pair.cpython(), g.grain(), k);
                        Optional<GilComparison.Row> jvm = pair.jvm() == null ? Optional.empty()
                                : comparison.find(machine, GilComparison.JVM, pair.jvm(), g.grain(), k);
                        python.ifPresent(p -> rows.add(machine, g.grain(), Integer.toString(k), pair.kind(), pair.cpython(),
                                Cells.times(p.speedup()), jvm.map(GilComparison.Row::strategy).orElse("—"),
                                jvm.map(j -> Cells.times(j.speedup())).orElse("—"),
                                jvm.map(j -> Fmt.times(j.speedup().estimate() / p.speedup().estimate())).orElse("—")));
                    }
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(rows.table());
            }
            GilComparison.medianDispatch(c).forEach((k, trips) -> {
                List<String> parts = new ArrayList<>();
                trips.forEach((strategy, us) -> parts.add(strategy + " " + Fmt.micros(us)));
                blocks.add(new Block.Text("CPython dispatch round trip" + on + " at " + k + (k == 1 ? " core" : " cores")
                        + " (an empty task sent and its result received, median of repeats): " + String.join(", ", parts) + "."));
            });
        });
        return blocks;
    }
}
