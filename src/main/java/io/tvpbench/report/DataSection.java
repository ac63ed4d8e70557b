package io.tvpbench.report;

import io.tvpbench.text.Fmt;
import java.util.List;
import java.util.Optional;

/** DATA_TRANSFER: what moving payloads costs threads (a reference), the pipe and shared memory (the bytes). */
final class DataSection {

    private DataSection() {
    }

    static Optional<Section> build(Report report) {
        Throughputs t = report.throughputs();
        Rows rows = new Rows(report, "scenario", "strategy", "cores", "tasks/s", "95% CI", "bytes/s");
        for (ScenarioKey s : t.scenarios()) {
            if (!s.workload().equals("DATA_TRANSFER")) {
                continue;
            }
            double bytes = Units.bytes(s.params().get("payload"));
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
