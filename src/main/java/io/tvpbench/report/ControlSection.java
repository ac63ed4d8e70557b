package io.tvpbench.report;

import io.tvpbench.results.Families;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The controls' figures: how fast this machine was at each family's small, stable task during the run. They never
 * compete in a verdict; {@code tvp compare} divides each family's benchmarks by the control's shift between runs.
 */
final class ControlSection {

    private ControlSection() {
    }

    static Optional<Section> build(List<Measurement> measurements, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "family", "cores", "time per operation", "95% CI", "forks");
        measurements.stream().filter(m -> Families.ofControl(m.result()).isPresent())
                .sorted(Comparator.comparing((Measurement m) -> Vocabulary.CONTROL_FAMILIES.indexOf(m.result().method()))
                        .thenComparingInt(Measurement::cores))
                .forEach(m -> rows.add(m.machine(), m.result().method(), Integer.toString(m.cores()),
                        Fmt.micros(m.micros().estimate()), Cells.microsInterval(m.micros()),
                        Integer.toString(m.forkMeans().length)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("controls", "Controls", "How fast was the machine itself?",
                List.of(new Block.Text("One small, stable task per family, measured at every core count outside the "
                        + "verdicts: cpuKernel (100 µs of the CPU kernel), allocationLoop (64 short-lived 1 KiB arrays), "
                        + "threadStart (a platform thread started and joined), processSpawn (/bin/true with its pipes). "
                        + "tvp compare shows each control's shift between two runs and divides its family's "
                        + "benchmarks by it."), rows.table())));
    }
}
