package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.List;

/** The start-up ladder: every dispatch and start-up cost on one log scale, start-up variants side by side. */
final class LadderSection {

    private LadderSection() {
    }

    static Section build(List<Rung> ladder, boolean severalMachines) {
        List<String> machines = ladder.stream().map(Rung::machine).distinct().toList();
        boolean withMachine = machines.size() > 1;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("From handing a task to a pool to starting a new JVM: each bar is one measurement "
                + "(log scale): the median of each fork, whiskers the 95% interval across forks, p99 in the table; "
                + "child JVM start-up variants stand side by side "
                + "with their saving over DEFAULT. Blue: dispatch, green: a new thread or pool, orange: a new process."));
        for (int i = 0; i < machines.size(); i++) {
            String machine = machines.get(i);
            List<LadderChart.Bar> bars = ladder.stream().filter(r -> r.machine().equals(machine))
                    .map(r -> new LadderChart.Bar(r.label(), r.micros().estimate(), r.micros().low(), r.micros().high(),
                            r.kind(), r.note())).toList();
            String title = "Start-up ladder" + (withMachine ? " on " + machine : "");
            blocks.add(new Block.Chart("startup-ladder" + (withMachine ? "-" + (i + 1) : ""), title,
                    LadderChart.render(title, bars)));
        }
        Rows rows = new Rows(severalMachines, "measurement", "time (p50)", "95% CI", "p99", "saving over DEFAULT");
        for (Rung r : ladder) {
            rows.add(r.machine(), r.label(), r.note() == null ? Fmt.micros(r.micros().estimate()) : r.note(),
                    Cells.microsInterval(r.micros()), Double.isFinite(r.p99()) ? Fmt.micros(r.p99()) : "—", saving(r));
        }
        blocks.add(rows.table());
        return new Section("startup", "Start-up ladder",
                "What does it cost to start work, from a pool dispatch to a new JVM?", blocks);
    }

    private static String saving(Rung r) {
        if (r.variant() == null || r.variant().equals(Vocabulary.DEFAULT) || r.note() != null) {
            return "";
        }
        if (Double.isNaN(r.saving())) {
            return "DEFAULT not measured";
        }
        double base = r.saving() + r.micros().estimate();
        return Fmt.micros(r.saving()) + " (" + Fmt.percent(r.saving() / base) + ")";
    }
}
