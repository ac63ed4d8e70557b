package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;

/** How many tasks, and how much work, before a process pool beats the best thread strategy. */
final class BreakEvenSection {

    private BreakEvenSection() {
    }

    static Section build(List<BreakEven> breakEvens, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "scenario", Vocabulary.CORES_PARAM, "best threads (tasks/s)", "process pool (tasks/s)",
                "JVM start-up (p50)", "pays off after");
        for (BreakEven b : breakEvens) {
            rows.add(b.machine(), b.scenario().label(), VerdictSection.cores(b.cores()),
                    b.threads().label() + ": " + Fmt.si(b.threadTasksPerSecond(), ""),
                    b.pool().label() + ": " + Fmt.si(b.poolTasksPerSecond(), ""),
                    b.startupSource() == null ? "not measured at " + Cells.coreCount(b.cores())
                            : Fmt.micros(b.startupMicros()) + " (" + b.startupSource() + ")", verdict(b));
        }
        return new Section("break-even", "Break-even", "When does a process pool pay for its start-up?",
                List.of(new Block.Text("A process pool starts slower (its child JVMs, DEFAULT variant, started in "
                                + "parallel, measured at the same core count) but may run faster. With start-up S and steady throughputs Xt (threads) "
                                + "and Xp (pool), the pool wins after S / (1/Xt − 1/Xp) tasks, and never when Xp ≤ Xt."),
                        rows.table()));
    }

    static String verdict(BreakEven b) {
        if (b.never()) {
            return "never (threads are at least as fast)";
        }
        if (Double.isNaN(b.tasks())) {
            return "unknown: child JVM start-up not measured at " + Cells.coreCount(b.cores());
        }
        String work = Double.isNaN(b.workSeconds()) ? "" : ", " + Fmt.micros(b.workSeconds() * 1e6) + " of CPU work";
        return Fmt.si(Math.ceil(b.tasks()), "") + " tasks (" + Fmt.micros(b.threadSeconds() * 1e6) + " on "
                + b.threads().label() + work + ")";
    }
}
