package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * First in a report of {@code tvp run --task}: for the reader's own task, which strategy wins at each core count,
 * how each scales, when a process pool pays for a child JVM that loads their classpath, and what that child weighs.
 */
final class YourTaskSection {

    /** What the report says when the task has no non-blocking form, so ASYNC was not run. */
    static final String ASYNC_NOT_APPLICABLE = "ASYNC: not applicable (the task blocks)";

    private YourTaskSection() {
    }

    static Section build(List<YourTask> tasks, boolean severalMachines) {
        List<Block> blocks = new ArrayList<>();
        for (YourTask t : tasks) {
            blocks.add(new Block.Text("Your task " + t.task() + " under every strategy that applies, with "
                    + t.concurrency() + "; every checksum matched a sequential run's."));
            if (!t.async()) {
                blocks.add(new Block.Text(ASYNC_NOT_APPLICABLE + ": it does not implement io.tvpbench.api.NonBlockingTask,"
                        + " and blocking code never runs on an event loop."));
            }
            Rows verdicts = new Rows(severalMachines, Vocabulary.CORES_PARAM, "winner", "tasks/s", "verdict");
            t.verdicts().forEach(v -> verdicts.add(v.machine(), VerdictSection.cores(v.cores()), v.winner().label(),
                    Fmt.si(v.winnerTasksPerSecond(), ""), VerdictSection.sentence(v)));
            blocks.add(verdicts.table());
            Rows scaling = new Rows(false, "strategy", Vocabulary.CORES_PARAM, "tasks/s", "95% CI", "speed-up", "efficiency");
            for (Series s : t.series()) {
                for (Series.Step st : s.steps()) {
                    scaling.add(s.machine(), s.label(severalMachines), Integer.toString(st.cores()),
                            Fmt.si(st.tasksPerSecond().estimate(), ""), Cells.interval(st.tasksPerSecond()),
                            Fmt.times(st.speedup()), Fmt.percent(st.efficiency()));
                }
            }
            blocks.add(new Block.Text("Scaling: speed-up over SEQUENTIAL at 1 core; efficiency is throughput at k cores "
                    + "over k times the strategy's own 1-core throughput."));
            blocks.add(scaling.table());
            if (!t.breakEvens().isEmpty()) {
                Rows breakEven = new Rows(severalMachines, Vocabulary.CORES_PARAM, "best threads (tasks/s)",
                        "process pool (tasks/s)", "child JVM start-up", "pays off after");
                t.breakEvens().forEach(b -> breakEven.add(b.machine(), VerdictSection.cores(b.cores()),
                        b.threads().label() + ": " + Fmt.si(b.threadTasksPerSecond(), ""),
                        b.pool().label() + ": " + Fmt.si(b.poolTasksPerSecond(), ""),
                        Fmt.micros(b.startupMicros()), BreakEvenSection.verdict(b)));
                blocks.add(new Block.Text("Break-even of a process pool, with the start-up measured for a child JVM "
                        + "that loads your classpath and runs your setUp."));
                blocks.add(breakEven.table());
            }
            if (!t.childJvms().isEmpty()) {
                Rows memory = new Rows(severalMachines, Vocabulary.CORES_PARAM, "child JVM start-up", "95% CI",
                        "resident memory (RSS)");
                t.childJvms().forEach(c -> memory.add(c.machine(), VerdictSection.cores(c.cores()),
                        Fmt.micros(c.startupMicros().estimate()), Cells.microsInterval(c.startupMicros()),
                        Double.isNaN(c.rssBytes()) ? "not recorded" : Fmt.bytes(c.rssBytes())));
                blocks.add(new Block.Text("Memory: one child JVM with your task loaded and set up, idle, as "
                        + "PROCESS_POOL keeps one per core (the harness's own lean worker is in the Footprint section "
                        + "when the suite ran too)."));
                blocks.add(memory.table());
            }
        }
        return new Section("your-task", "Your task", "Which strategy should run my own code, and is a process pool worth it?",
                blocks);
    }
}
