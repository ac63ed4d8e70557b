package io.tvpbench.report;

import io.tvpbench.results.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the renderers need: the analyses of the merged inputs and the sections built from them, verdict
 * first. Built once; each format renders the same content.
 */
public final class Report {

    private final List<LoadedRun> runs;
    private final List<Measurement> measurements;
    private final Throughputs throughputs;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<Series> series;
    private final List<Rung> ladder;
    private final List<Floor> floors;
    private final List<BreakEven> breakEvens;
    private final List<String> warnings;
    private final Optional<History> history;
    private final List<Section> sections;

    private Report(List<LoadedRun> runs, Optional<History> history) {
        this.runs = List.copyOf(runs);
        this.history = history;
        this.measurements = runs.stream().flatMap(r -> r.measurements().stream()).toList();
        this.throughputs = new Throughputs(measurements);
        for (ScenarioKey scenario : throughputs.scenarios()) {
            throughputs.machineCores(scenario).forEach((machine, cores) -> cores.forEach(
                    k -> verdicts.addAll(Verdict.of(scenario, machine, k, throughputs.cell(scenario, machine, k)))));
        }
        this.series = Scaling.of(throughputs);
        this.ladder = Rung.of(measurements);
        this.floors = Floor.of(measurements);
        this.breakEvens = BreakEven.of(throughputs, ladder);
        this.warnings = Warnings.of(runs);
        this.sections = buildSections();
    }

    /** Analyses the inputs, merged; {@code history} adds the trend section. */
    public static Report of(List<LoadedRun> runs, Optional<History> history) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        return new Report(runs, history);
    }

    private List<Section> buildSections() {
        List<Section> s = new ArrayList<>();
        s.add(VerdictSection.build(this));
        if (!throughputs.isEmpty()) {
            s.add(ScalingSection.build(this));
        }
        if (!ladder.isEmpty()) {
            s.add(LadderSection.build(this));
        }
        if (!floors.isEmpty()) {
            s.add(FloorSection.build(this));
        }
        if (!breakEvens.isEmpty()) {
            s.add(BreakEvenSection.build(this));
        }
        GilSection.build(this).ifPresent(s::add);
        DataSection.build(this).ifPresent(s::add);
        FootprintSection.build(this).ifPresent(s::add);
        OtherSection.build(this).ifPresent(s::add);
        history.flatMap(h -> TrendSection.build(this, h)).ifPresent(s::add);
        s.add(EnvironmentSection.build(this));
        return List.copyOf(s);
    }

    /** A title naming the machines. */
    public String title() {
        return "tvp-bench report: " + String.join(", ", machines());
    }

    List<String> machines() {
        return runs.stream().map(r -> r.environment().machine()).distinct().sorted().toList();
    }

    public List<Section> sections() {
        return sections;
    }

    public List<LoadedRun> runs() {
        return runs;
    }

    public List<Measurement> measurements() {
        return measurements;
    }

    Throughputs throughputs() {
        return throughputs;
    }

    public List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    public List<Series> series() {
        return series;
    }

    public List<Rung> ladder() {
        return ladder;
    }

    public List<Floor> floors() {
        return floors;
    }

    public List<BreakEven> breakEvens() {
        return breakEvens;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Whether a table needs a machine column: more than one machine in the input. */
    boolean severalMachines() {
        return machines().size() > 1;
    }
}
