package io.tvpbench.report;

import io.tvpbench.results.JmhMetric;
import io.tvpbench.text.Fmt;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Memory per idle platform thread, per parked virtual thread and per idle child JVM. */
final class FootprintSection {

    static final String CLASS = "FootprintBenchmark";

    private FootprintSection() {
    }

    static Optional<Section> build(Report report) {
        Rows rows = new Rows(report, "unit", "memory per unit", "primary score");
        for (Measurement m : report.measurements()) {
            if (!CLASS.equals(m.result().simpleClassName())) {
                continue;
            }
            JmhMetric primary = m.result().primaryMetric();
            rows.add(m.machine(), Order.label(m.result().method(), new TreeMap<>(m.result().params())),
                    Double.isNaN(m.secondary("bytesPerUnit")) ? "not recorded" : Fmt.bytes(m.secondary("bytesPerUnit")),
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
