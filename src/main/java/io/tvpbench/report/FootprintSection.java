package io.tvpbench.report;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Memory per idle platform thread, per parked virtual thread and per idle child JVM. */
final class FootprintSection {

    private FootprintSection() {
    }

    static Optional<Section> build(List<Measurement> measurements, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "unit", "memory per unit", "primary score");
        for (Measurement m : measurements) {
            if (!Vocabulary.FOOTPRINT_BENCHMARK.equals(m.result().simpleClassName())) {
                continue;
            }
            JmhMetric primary = m.result().primaryMetric();
            rows.add(m.machine(), Order.label(m.result().method(), new TreeMap<>(m.result().params())),
                    Double.isNaN(m.secondary(Vocabulary.BYTES_PER_UNIT)) ? "not recorded" : Fmt.bytes(m.secondary(Vocabulary.BYTES_PER_UNIT)),
                    (Fmt.sig(primary.score()) + " " + Cells.text(primary.scoreUnit())).trim() + " (" + Cells.text(m.result().mode()) + ")");
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("footprint", "Footprint", "How much memory does each unit of concurrency hold?",
                List.of(new Block.Text("bytesPerUnit: heap and stack per idle platform thread or parked virtual "
                        + "thread, resident memory (RSS) per idle child JVM."), rows.table())));
    }
}
