package io.tvpbench.report;

import java.util.ArrayList;
import java.util.List;

/** The start-up ladder: every dispatch and start-up cost on one log scale, start-up variants side by side. */
final class LadderSection {

    private LadderSection() {
    }

    static Section build(Report report) {
        boolean withMachine = report.severalMachines();
        List<LadderChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Rung r : report.ladder()) {
            String label = (withMachine ? r.machine() + ": " : "") + r.label();
            bars.add(new LadderChart.Bar(label, r.micros().estimate(), r.micros().low(), r.micros().high(),
                    r.kind(), r.note()));
            rows.add(List.of(label, r.note() == null ? Fmt.micros(r.micros().estimate()) : r.note(),
                    Cells.microsInterval(r.micros()), saving(r)));
        }
        List<Block> blocks = List.of(
                new Block.Text("From handing a task to a pool to starting a new JVM: each bar is one measurement "
                        + "(log scale, whiskers are 95% confidence intervals); child JVM start-up variants stand side "
                        + "by side with their saving over DEFAULT."),
                new Block.Chart("startup-ladder", "Start-up ladder", LadderChart.render("Start-up ladder", bars)),
                new Block.Table(List.of("measurement", "time", "95% CI", "saving over DEFAULT"), rows));
        return new Section("startup", "Start-up ladder",
                "What does it cost to start work, from a pool dispatch to a new JVM?", blocks);
    }

    private static String saving(Rung r) {
        if (r.variant() == null || r.variant().equals("DEFAULT") || r.note() != null) {
            return "";
        }
        if (Double.isNaN(r.saving())) {
            return "DEFAULT not measured";
        }
        double base = r.saving() + r.micros().estimate();
        return Fmt.micros(r.saving()) + " (" + Fmt.percent(r.saving() / base) + ")";
    }
}
