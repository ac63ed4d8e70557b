package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;

/** Each strategy's empty-task round trip against the raw hand-off it is built on. */
final class FloorSection {

    private FloorSection() {
    }

    private static String ratio(Floor f) {
        if (f.strategy().equals(Vocabulary.SEQUENTIAL)) {
            return "— (runs in the caller, no hand-off)";
        }
        return Double.isNaN(f.floorMicros()) ? "floor not measured" : Fmt.times(f.ratio());
    }

    static Section build(List<Floor> floors, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "strategy", Vocabulary.CORES_PARAM, "round trip", "floor", "floor time", "ratio");
        for (Floor f : floors) {
            rows.add(f.machine(), f.strategy(), VerdictSection.cores(f.cores()),
                    Fmt.micros(f.roundTripMicros().estimate()), f.floorName(), Fmt.micros(f.floorMicros()),
                    ratio(f));
        }
        return new Section("dispatch", "Dispatch against its floor",
                "How much does each strategy add to the cheapest possible hand-off?",
                List.of(new Block.Text("An empty task's round trip through each strategy, over a raw hand-off "
                                + "between two threads (in-JVM strategies) or a raw pipe ping-pong between two JVMs "
                                + "(process strategies): the ratio is the strategy's own overhead."),
                        rows.table()));
    }
}
