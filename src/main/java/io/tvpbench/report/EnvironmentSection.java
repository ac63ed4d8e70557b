package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.text.Fmt;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Where the numbers come from: each input's env.json, or JMH's own fields when there is none. */
final class EnvironmentSection {

    private EnvironmentSection() {
    }

    static Section build(Report report) {
        List<Block> blocks = new ArrayList<>();
        report.warnings().forEach(w -> blocks.add(new Block.Warning(w)));
        for (LoadedRun run : report.runs()) {
            blocks.add(new Block.Table(List.of("field", String.valueOf(run.source())), rows(run)));
        }
        return new Section("environment", "Environment", "On what machine, JDK and settings were these numbers taken?",
                blocks);
    }

    private static List<List<String>> rows(LoadedRun run) {
        RunEnvironment env = run.environment();
        JsonNode j = env.json();
        List<List<String>> rows = new ArrayList<>();
        add(rows, "machine", env.machine());
        JmhResult first = run.results().get(0);
        if (!env.isKnown()) {
            add(rows, "env.json", "not found: environment unknown");
            add(rows, "JDK (from JMH)", String.join(" ", Cells.text(first.jdkVersion()), Cells.text(first.vmName()),
                    Cells.text(first.vmVersion())));
            add(rows, "JVM args (from JMH)", String.join(" ", first.jvmArgs()));
        } else {
            add(rows, "fingerprint", env.fingerprint());
            add(rows, "profile", env.profile());
            add(rows, "started", text(j, "startedAt"));
            add(rows, "JDK", join(j.path("jdk"), "version", "vendor", "vmName"));
            add(rows, "JVM args", list(j.path("jdk").path("jvmArgs")));
            add(rows, "OS", join(j.path("os"), "name", "version", "arch"));
            add(rows, "CPU", env.cpuModel() + ", " + env.logicalCpus() + " logical CPUs");
            add(rows, "memory", j.path("memory").has("totalBytes") ? Fmt.bytes(j.path("memory").path("totalBytes").asDouble()) : "");
            add(rows, "cgroup", labelled(j.path("cgroup"), "cpuMax", "cpu.max", "memoryMax", "memory.max"));
            add(rows, "cores", list(j.path("cores").path("counts")) + (env.coresEnforced()
                    ? ", enforced by " + text(j.path("cores"), "method") : ", NOT enforced"));
            add(rows, "git", text(j.path("git"), "commit") + (j.path("git").path("dirty").asBoolean(false) ? " (dirty)" : ""));
            add(rows, "child JVM", list(j.path("childJvm").path("options")) + variants(j.path("childJvm").path("variants")));
        }
        add(rows, "JMH", (first.jmhVersion() == null ? "" : first.jmhVersion() + ", ") + run.results().size() + " results");
        return rows;
    }

    private static void add(List<List<String>> rows, String field, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(List.of(field, value.trim()));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asText() : "";
    }

    private static String join(JsonNode node, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            String t = text(node, f);
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join(" ", parts);
    }

    /** {@code label value} pairs for the fields present: {@code field1, label1, field2, label2, ...}. */
    private static String labelled(JsonNode node, String... fieldsAndLabels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            String t = text(node, fieldsAndLabels[i]);
            if (!t.isEmpty()) {
                parts.add(fieldsAndLabels[i + 1] + " " + t);
            }
        }
        return String.join(", ", parts);
    }

    private static String list(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.asText()));
        return String.join(" ", parts);
    }

    private static String variants(JsonNode variants) {
        List<String> parts = new ArrayList<>();
        variants.fields().forEachRemaining(e -> parts.add(e.getKey() + ": " + e.getValue().asText()));
        return parts.isEmpty() ? "" : "; variants " + String.join(", ", parts);
    }
}
