package io.tvpbench.report;

import io.tvpbench.results.History;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything computed from the merged inputs before anything is rendered, built once and never changed, so that
 * every section and every format reads the same figures.
 *
 * @param machines the machine labels of the inputs, sorted; a table gains a machine column when there are several
 * @param gil      the GIL lens's speed-ups of both runtimes (JVM and, where measured, CPython)
 * @param history  past runs for the trend section, when a history.csv was found
 */
public record Analysis(List<LoadedRun> runs, List<String> machines, List<Measurement> measurements,
                       Throughputs throughputs, List<Verdict> verdicts, List<Series> series, List<Rung> ladder,
                       List<Floor> floors, List<BreakEven> breakEvens, TrendFlags trendFlags, List<String> warnings,
                       GilComparison gil, Optional<History> history) {

    public Analysis {
        runs = List.copyOf(runs);
        machines = List.copyOf(machines);
        measurements = List.copyOf(measurements);
        verdicts = List.copyOf(verdicts);
        series = List.copyOf(series);
        ladder = List.copyOf(ladder);
        floors = List.copyOf(floors);
        breakEvens = List.copyOf(breakEvens);
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
        List<Verdict> verdicts = new ArrayList<>();
        for (ScenarioKey scenario : throughputs.scenarios()) {
            throughputs.machineCores(scenario).forEach((machine, cores) -> cores.forEach(
                    k -> verdicts.addAll(Verdict.of(scenario, machine, k, throughputs.cell(scenario, machine, k)))));
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
                Floor.of(measurements), BreakEven.of(throughputs, measurements), trendFlags, warnings,
                GilComparison.of(throughputs, runs), history);
    }

    /** Whether a table needs a machine column: more than one machine in the input. */
    public boolean severalMachines() {
        return machines.size() > 1;
    }
}
