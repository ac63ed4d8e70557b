package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;
import java.util.Optional;

/** How close each strategy comes, on waiting work, to what the latency and then its own timer allow. */
final class TimerSection {

    private TimerSection() {
    }

    private static String floor(TimerCap c) {
        if (c.floor() == null) {
            return "not measured at " + Cells.coreCount(c.cores());
        }
        return Fmt.micros(c.floor().estimate()) + (c.floor().hasBounds() ? " (" + Cells.microsInterval(c.floor()) + ")" : "");
    }

    static Optional<Section> build(List<TimerCap> caps, boolean severalMachines) {
        if (caps.isEmpty()) {
            return Optional.empty();
        }
        Rows rows = new Rows(severalMachines, "scenario", "strategy", Vocabulary.CORES_PARAM, "tasks/s",
                "concurrency / latency", "efficiency", "timer", "timer floor (one wait)", "concurrency / floor",
                "of the timer's cap");
        for (TimerCap c : caps) {
            rows.add(c.machine(), c.scenario().label(), c.contender().label(), VerdictSection.cores(c.cores()),
                    Fmt.si(c.tasksPerSecond().estimate(), ""), Fmt.si(c.ideal(), ""), Fmt.percent(c.efficiency()),
                    c.timer(),
                    floor(c),
                    c.floor() == null ? "—" : Fmt.si(c.cap(), ""), c.floor() == null ? "—" : Fmt.percent(c.ofCap()));
        }
        return Optional.of(new Section("timer", "Waiting against the timer",
                "How close does each strategy come to what its waits allow?",
                List.of(new Block.Text("With C tasks in flight each waiting L ms, at most C / L tasks complete per "
                                + "second; efficiency is throughput over that. No wait lasts exactly L: a bare wait by "
                                + "the strategy's own timer (TimerFloorBenchmark, same core count and latency: "
                                + "Thread.sleep on a platform thread, a virtual thread's sleep, the event loop's "
                                + "timer) overshoots by its mechanism's slack, so C / floor is what that timer "
                                + "allows, and the last column is what the strategy itself costs beyond it. IO_SOCKET "
                                + "tasks all wait for the echo server, whose event-loop timer sends each reply."),
                        rows.table())));
    }
}
