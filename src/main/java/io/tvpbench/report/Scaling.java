package io.tvpbench.report;

import io.tvpbench.stats.UslFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the scaling curves. A contender measured on several machines gets one curve per machine, unless the
 * machines measured different core counts: then their points form one curve, which is how runs from several
 * machines give the USL fit enough core counts. SEQUENTIAL gets no fit: it runs in the caller whatever the cores.
 */
final class Scaling {

    private Scaling() {
    }

    static List<Series> of(Throughputs throughputs) {
        List<Series> all = new ArrayList<>();
        for (ScenarioKey scenario : throughputs.scenarios()) {
            for (Contender contender : throughputs.contenders(scenario)) {
                SortedMap<String, SortedMap<Integer, Point>> machines = enforcedOnly(throughputs.byMachine(scenario, contender));
                if (machines.isEmpty()) {
                    continue;
                }
                if (machines.size() > 1 && disjoint(machines)) {
                    SortedMap<Integer, Point> joined = new TreeMap<>();
                    machines.values().forEach(joined::putAll);
                    all.add(series(throughputs, scenario, contender, String.join(" + ", machines.keySet()), joined));
                } else {
                    machines.forEach((machine, points) -> all.add(series(throughputs, scenario, contender, machine, points)));
                }
            }
        }
        return all;
    }

    private static SortedMap<String, SortedMap<Integer, Point>> enforcedOnly(SortedMap<String, SortedMap<Integer, Point>> machines) {
        SortedMap<String, SortedMap<Integer, Point>> result = new TreeMap<>();
        machines.forEach((machine, points) -> {
            SortedMap<Integer, Point> positive = new TreeMap<>(points.tailMap(1));
            if (!positive.isEmpty()) {
                result.put(machine, positive);
            }
        });
        return result;
    }

    private static boolean disjoint(SortedMap<String, SortedMap<Integer, Point>> machines) {
        SortedSet<Integer> seen = new TreeSet<>();
        for (SortedMap<Integer, Point> points : machines.values()) {
            for (int cores : points.keySet()) {
                if (!seen.add(cores)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Series series(Throughputs throughputs, ScenarioKey scenario, Contender contender, String machine,
                                 SortedMap<Integer, Point> points) {
        Point oneCore = points.get(1);
        List<Series.Step> steps = new ArrayList<>();
        for (Map.Entry<Integer, Point> e : points.entrySet()) {
            Point p = e.getValue();
            double baseline = sequentialAtOneCore(throughputs, scenario, p.machine());
            double efficiency = oneCore == null ? Double.NaN : p.estimate() / (e.getKey() * oneCore.estimate());
            steps.add(new Series.Step(e.getKey(), p.machine(), p.tasksPerSecond(), p.estimate() / baseline, efficiency,
                    p.peakThreads(), p.peakProcesses()));
        }
        double[] cores = points.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
        double[] tps = points.values().stream().mapToDouble(Point::estimate).toArray();
        Optional<UslFit> usl = contender.isSequential() ? Optional.empty() : UslFit.fit(cores, tps);
        return new Series(scenario, contender, machine, steps, usl);
    }

    /** SEQUENTIAL at 1 core on the same machine, else on any machine; NaN when nobody measured it. */
    private static double sequentialAtOneCore(Throughputs throughputs, ScenarioKey scenario, String machine) {
        double fallback = Double.NaN;
        for (Contender c : throughputs.contenders(scenario)) {
            if (!c.isSequential()) {
                continue;
            }
            Optional<Point> same = throughputs.point(scenario, c, machine, 1);
            if (same.isPresent()) {
                return same.get().estimate();
            }
            for (SortedMap<Integer, Point> points : throughputs.byMachine(scenario, c).values()) {
                if (points.containsKey(1) && Double.isNaN(fallback)) {
                    fallback = points.get(1).estimate();
                }
            }
        }
        return fallback;
    }
}
