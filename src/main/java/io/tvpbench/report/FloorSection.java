package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;

/** Each strategy's empty-task round trip against the raw hand-off it is built on, on medians. */
final class FloorSection {

    private FloorSection() {
    }

    private static String ratio(Floor f) {
        if (f.floorName() == null) {
            return "— (runs in the caller, no hand-off)";
        }
        if (f.floor() == null) {
            return "floor not measured at " + Cells.coreCount(f.cores());
        }
        return Fmt.times(f.ratio()) + (f.unreliable() == null ? "" : " (floor unreliable: " + f.unreliable() + ")");
    }

    private static String micros(double us) {
        return Double.isFinite(us) ? Fmt.micros(us) : "—";
    }

    static Section build(List<Floor> floors, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "strategy", Vocabulary.CORES_PARAM, "round trip p50", "95% interval",
                "p99", "floor", "floor p50", "floor p99", "spinning floor p50", "ratio (p50)");
        for (Floor f : floors) {
            rows.add(f.machine(), f.strategy(), VerdictSection.cores(f.cores()),
                    Fmt.micros(f.roundTrip().estimate()), Cells.microsInterval(f.roundTrip()), micros(f.roundTripP99()),
                    f.floorName() == null ? "—" : f.floorName(),
                    f.floor() == null ? "—" : Fmt.micros(f.floor().estimate()), micros(f.floorP99()),
                    f.limit() == null ? "—" : Fmt.micros(f.limit().estimate()), ratio(f));
        }
        return new Section("dispatch", "Dispatch against its floor",
                "How much does each strategy add to the cheapest possible hand-off?",
                List.of(new Block.Text("An empty task's round trip through each strategy over the floor of the "
                                + "hand-off it waits with: the parking floor (a value to a parked thread and back, "
                                + "one unpark each way, both on one CPU, the cheaper placement) for strategies "
                                + "whose threads park at once, the spin-then-park floor (each side spins briefly "
                                + "before it parks, as j.u.c and ForkJoinPool workers do; with a second CPU nothing "
                                + "parks) for those carried by ForkJoinPool workers, and a raw pipe ping-pong for "
                                + "child JVMs. Medians of each fork (p50, interval across forks), p99 beside; the "
                                + "spinning floor (two threads that never park) is the absolute limit. A floor reads "
                                + "as its lowest fork's median (a fork above it paid for more than the hand-off) and "
                                + "is taken from the same core count or not at all."),
                        rows.table()));
    }
}
