package io.tvpbench.report;

import io.tvpbench.results.History;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every format renders: the analysis of the merged inputs and the sections built from it, the answer at a
 * glance and the verdict first.
 * This is the one place sections are chosen and ordered; each section receives only the parts it renders.
 */
public record Report(Analysis analysis, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /** Analyses the inputs, merged; {@code history} adds the trend section. */
    public static Report of(List<LoadedRun> runs, Optional<History> history) {
        return of(Analysis.of(runs, history));
    }

    public static Report of(Analysis a) {
        boolean several = a.severalMachines();
        List<Section> s = new ArrayList<>();
        List<YourTask> yourTasks = YourTask.of(a);
        if (!yourTasks.isEmpty()) {
            s.add(YourTaskSection.build(yourTasks, several));
        }
        GlanceSection.build(a.verdicts()).ifPresent(s::add);
        s.add(VerdictSection.build(a.verdicts(), a.throughputs().fewestForks(), a.warnings(), several, a.rounds()));
        if (!a.throughputs().isEmpty()) {
            s.add(ScalingSection.build(a.throughputs(), a.series()));
        }
        TimerSection.build(TimerCap.of(a), several).ifPresent(s::add);
        if (!a.ladder().isEmpty()) {
            s.add(LadderSection.build(a.ladder(), several));
        }
        if (!a.floors().isEmpty()) {
            s.add(FloorSection.build(a.floors(), several));
        }
        if (!a.breakEvens().isEmpty()) {
            s.add(BreakEvenSection.build(a.breakEvens(), several));
        }
        GilSection.build(a.throughputs(), a.gil(), a.machines()).ifPresent(s::add);
        DataSection.build(a.throughputs(), several).ifPresent(s::add);
        SharingSection.build(a.throughputs(), a.updateCosts(), several).ifPresent(s::add);
        FootprintSection.build(a.measurements(), several).ifPresent(s::add);
        OtherSection.build(a.measurements(), several).ifPresent(s::add);
        a.history().flatMap(h -> TrendSection.build(a.measurements(), h)).ifPresent(s::add);
        s.add(EnvironmentSection.build(a.runs(), a.warnings()));
        return new Report(a, s);
    }

    /** A title naming the machines. */
    public String title() {
        return "tvp-bench report: " + String.join(", ", analysis.machines());
    }
}
