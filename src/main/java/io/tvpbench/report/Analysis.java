package io.tvpbench.report;

import io.tvpbench.results.History;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.stats.Contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;

/**
 * Everything computed from the merged inputs before anything is rendered, built once and never changed, so that
 * every section and every format reads the same figures.
 *
 * @param machines the machine labels of the inputs, sorted; a table gains a machine column when there are several
 * @param gil      the GIL lens's speed-ups of both runtimes (JVM and, where measured, CPython)
 * @param history  past runs for the trend section, when a history.csv was found
 * @param rounds   the rounds of the input made of rounds with the strictest level per look, if any
 */
public record Analysis(List<LoadedRun> runs, List<String> machines, List<Measurement> measurements,
                       Throughputs throughputs, List<Verdict> verdicts, List<Series> series, List<Rung> ladder,
                       List<Floor> floors, List<BreakEven> breakEvens, List<UpdateCost> updateCosts,
                       TrendFlags trendFlags, List<String> warnings, GilComparison gil, Optional<History> history,
                       Optional<RunEnvironment.Rounds> rounds) {

    public Analysis {
        runs = List.copyOf(runs);
        machines = List.copyOf(machines);
        measurements = List.copyOf(measurements);
        verdicts = List.copyOf(verdicts);
        series = List.copyOf(series);
        ladder = List.copyOf(ladder);
        floors = List.copyOf(floors);
        breakEvens = List.copyOf(breakEvens);
        updateCosts = List.copyOf(updateCosts);
        warnings = List.copyOf(warnings);
    }

    /**
     * Analyses the inputs, merged.
     *
     * @throws IllegalArgumentException without inputs
     */
    public static Analysis of(List<LoadedRun> runs, Optional<History> history) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        List<Measurement> measurements = runs.stream().flatMap(r -> r.measurements().stream()).toList();
        Throughputs throughputs = new Throughputs(measurements);
        Optional<RunEnvironment.Rounds> rounds = runs.stream().map(r -> r.environment().rounds())
                .filter(r -> r != null && r.lookAlpha() != null)
                .min(Comparator.comparingDouble(RunEnvironment.Rounds::lookAlpha));
        double lookAlpha = rounds.map(RunEnvironment.Rounds::lookAlpha).orElse(Verdict.ALPHA);
        Map<String, Set<String>> strategies = new HashMap<>();
        for (ScenarioKey scenario : throughputs.scenarios()) {
            throughputs.machineCores(scenario).forEach((machine, cores) -> cores.forEach(k ->
                    throughputs.cell(scenario, machine, k).forEach(e -> strategies.computeIfAbsent(
                            scenario.workload() + "|" + machine + "|" + k, x -> new TreeSet<>()).add(e.getKey().strategy()))));
        }
        Map<String, List<List<double[]>>> rowsByWorkload = new TreeMap<>();
        for (ScenarioKey scenario : throughputs.scenarios()) {
            throughputs.machineCores(scenario).forEach((machine, cores) -> cores.forEach(k -> {
                List<double[]> rows = Verdict.rounds(throughputs.contested(scenario, machine, k));
                if (!rows.isEmpty()) {
                    rowsByWorkload.computeIfAbsent(scenario.workload(), w -> new ArrayList<>()).add(rows);
                }
            }));
        }
        Map<String, Contest.Prior> priors = Contest.priors(rowsByWorkload);
        List<Verdict> verdicts = new ArrayList<>();
        for (ScenarioKey scenario : throughputs.scenarios()) {
            throughputs.machineCores(scenario).forEach((machine, cores) -> cores.forEach(
                    k -> verdicts.addAll(Verdict.of(scenario, machine, k, throughputs.contested(scenario, machine, k),
                            strategies.get(scenario.workload() + "|" + machine + "|" + k), lookAlpha,
                            priors.getOrDefault(scenario.workload(), Contest.Prior.NONE)))));
        }
        List<Rung> ladder = Rung.of(measurements);
        List<String> machines = runs.stream().map(r -> r.environment().machine()).distinct().sorted().toList();
        TrendFlags trendFlags = TrendFlags.of(measurements);
        List<String> warnings = new ArrayList<>(Warnings.of(runs));
        warnings.addAll(Steal.warnings(measurements));
        if (trendFlags.warning() != null) {
            warnings.add(trendFlags.warning());
        }
        return new Analysis(runs, machines, measurements, throughputs, verdicts, Scaling.of(throughputs), ladder,
                Floor.of(measurements), BreakEven.of(throughputs, measurements), UpdateCost.of(throughputs), trendFlags,
                warnings,
                GilComparison.of(throughputs, runs), history, rounds);
    }

    /** Whether a table needs a machine column: more than one machine in the input. */
    public boolean severalMachines() {
        return machines.size() > 1;
    }
}
