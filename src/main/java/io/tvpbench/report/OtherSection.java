package io.tvpbench.report;

import io.tvpbench.results.Families;
import io.tvpbench.results.JmhResult;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every result no other section explains, from this suite or any other JMH project, with its params, mode and
 * unit exactly as JMH wrote them.
 */
final class OtherSection {

    private OtherSection() {
    }

    static Optional<Section> build(List<Measurement> measurements, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "benchmark", "params", "mode", "score", "95% CI", "unit", "forks");
        for (Measurement m : measurements) {
            if (explained(m)) {
                continue;
            }
            JmhResult r = m.result();
            rows.add(m.machine(), r.benchmark(), Order.label("", new TreeMap<>(r.params())), Cells.text(r.mode()),
                    Fmt.sig(r.primaryMetric().score()), Cells.plainInterval(m), Cells.text(r.primaryMetric().scoreUnit()),
                    Integer.toString(m.forkMeans().length));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("other", "Other benchmarks", "What else was measured?",
                List.of(rows.table())));
    }

    private static boolean explained(Measurement m) {
        String owner = m.result().simpleClassName();
        return (m.isThroughput() && Double.isFinite(m.perSecond().estimate()))
                || (Rung.CLASSES.contains(owner) && Double.isFinite(m.micros().estimate()))
                || Vocabulary.FOOTPRINT_BENCHMARK.equals(owner) || Families.ofControl(m.result()).isPresent();
    }
}
