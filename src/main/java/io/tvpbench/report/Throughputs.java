package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.stats.Interval;
import io.tvpbench.stats.Intervals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.DoubleStream;

/**
 * Every throughput result indexed by scenario, contender, machine and core count. The same cell measured twice
 * on one machine (two runs merged) pools its fork means, which is more replication of the same experiment (and
 * unpaired, since the runs' rounds differ).
 */
final class Throughputs {

    private final SortedMap<ScenarioKey, SortedMap<Contender, SortedMap<String, SortedMap<Integer, Point>>>> index = new TreeMap<>();

    Throughputs(List<Measurement> measurements) {
        for (Measurement m : measurements) {
            if (!m.isThroughput() || !Double.isFinite(m.perSecond().estimate())) {
                continue;
            }
            SortedMap<Integer, Point> byCores = index
                    .computeIfAbsent(ScenarioKey.of(m.result()), k -> new TreeMap<>())
                    .computeIfAbsent(Contender.of(m.result()), k -> new TreeMap<>())
                    .computeIfAbsent(m.machine(), k -> new TreeMap<>());
            byCores.merge(m.cores(), point(m), Throughputs::pool);
        }
    }

    private static Point point(Measurement m) {
        double factor = Units.perSecondFactor(m.result().primaryMetric().scoreUnit());
        double[] forks = DoubleStream.of(m.forkMeans()).map(v -> v * factor).toArray();
        double[] byRound = DoubleStream.of(m.pairing().byRound()).map(v -> v * factor).toArray();
        return new Point(m.machine(), m.cores(), m.perSecond(), forks,
                m.secondary(Vocabulary.PEAK_THREADS), m.secondary(Vocabulary.PEAK_PROCESSES),
                m.pairing().paired() ? new Point.Pairing(m.pairing().run(), byRound, m.pairing().forkSeconds())
                        : Point.Pairing.NONE);
    }

    private static Point pool(Point a, Point b) {
        double[] forks = DoubleStream.concat(DoubleStream.of(a.forkMeans()), DoubleStream.of(b.forkMeans())).toArray();
        Interval interval = forks.length >= 2 ? Intervals.positiveMean(forks, Measurement.CONFIDENCE) : a.tasksPerSecond();
        return new Point(a.machine(), a.cores(), interval, forks,
                Math.max(a.peakThreads(), b.peakThreads()), Math.max(a.peakProcesses(), b.peakProcesses()),
                Point.Pairing.NONE);
    }

    /** The fewest forks behind any point (pooled where merged). */
    int fewestForks() {
        return index.values().stream().flatMap(c -> c.values().stream()).flatMap(m -> m.values().stream())
                .flatMap(p -> p.values().stream()).mapToInt(p -> p.forkMeans().length).min().orElse(0);
    }

    boolean isEmpty() {
        return index.isEmpty();
    }

    SortedSet<ScenarioKey> scenarios() {
        return new TreeSet<>(index.keySet());
    }

    SortedSet<Contender> contenders(ScenarioKey scenario) {
        return new TreeSet<>(index.getOrDefault(scenario, new TreeMap<>()).keySet());
    }

    /** Machine to its points by core count, for one contender in one scenario. */
    SortedMap<String, SortedMap<Integer, Point>> byMachine(ScenarioKey scenario, Contender contender) {
        return index.getOrDefault(scenario, new TreeMap<>()).getOrDefault(contender, new TreeMap<>());
    }

    Optional<Point> point(ScenarioKey scenario, Contender contender, String machine, int cores) {
        return Optional.ofNullable(byMachine(scenario, contender).getOrDefault(machine, new TreeMap<>()).get(cores));
    }

    /** Machines that measured this scenario, each with the core counts it measured. */
    SortedMap<String, SortedSet<Integer>> machineCores(ScenarioKey scenario) {
        SortedMap<String, SortedSet<Integer>> result = new TreeMap<>();
        for (Map<String, SortedMap<Integer, Point>> machines : index.getOrDefault(scenario, new TreeMap<>()).values()) {
            machines.forEach((machine, points) -> result.computeIfAbsent(machine, k -> new TreeSet<>()).addAll(points.keySet()));
        }
        return result;
    }

    /**
     * The points that compete in one cell: all but SHARED_STATE's NONE baselines, which share nothing and so answer
     * another question (the CPU verdict's); they are what the sharing section measures update costs against.
     */
    List<Map.Entry<Contender, Point>> contested(ScenarioKey scenario, String machine, int cores) {
        return cell(scenario, machine, cores).stream()
                .filter(e -> !Vocabulary.SHARING_NONE.equals(e.getKey().params().get(Vocabulary.SHARING_PARAM))).toList();
    }

    /** All contenders' points in one cell, in contender order. */
    List<Map.Entry<Contender, Point>> cell(ScenarioKey scenario, String machine, int cores) {
        List<Map.Entry<Contender, Point>> cell = new ArrayList<>();
        for (Contender c : contenders(scenario)) {
            point(scenario, c, machine, cores).ifPresent(p -> cell.add(Map.entry(c, p)));
        }
        return cell;
    }
}
