package io.tvpbench.report;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.List;
import java.util.Optional;

/** DATA_TRANSFER: what moving payloads costs threads (a reference), the pipe and shared memory (the bytes). */
final class DataSection {

    private DataSection() {
    }

    static Optional<Section> build(Throughputs t, boolean severalMachines) {
        Rows rows = new Rows(severalMachines, "scenario", "strategy", Vocabulary.CORES_PARAM, "tasks/s", "95% CI", "bytes/s");
        for (ScenarioKey s : t.scenarios()) {
            if (!s.workload().equals(Vocabulary.DATA_TRANSFER)) {
                continue;
            }
            double bytes = Units.bytes(s.params().get(Vocabulary.PAYLOAD_PARAM));
            t.machineCores(s).forEach((machine, cores) -> cores.forEach(k -> t.cell(s, machine, k).forEach(e -> {
                rows.add(machine, s.label(), e.getKey().label(), VerdictSection.cores(k),
                        Fmt.si(e.getValue().estimate(), ""), Cells.interval(e.getValue().tasksPerSecond()),
                        Double.isNaN(bytes) ? "—" : Fmt.bytes(e.getValue().estimate() * bytes) + "/s");
            })));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("data", "Data movement", "What does moving the data cost each strategy?",
                List.of(new Block.Text("Each task receives a payload and returns its checksum. Threads pass a "
                                + "reference; process strategies move the bytes over the pipe or through shared "
                                + "memory (transport=SHM). bytes/s = tasks/s × payload size."),
                        rows.table())));
    }
}
