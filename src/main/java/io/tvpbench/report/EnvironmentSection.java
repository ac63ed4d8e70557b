package io.tvpbench.report;

import io.tvpbench.results.JmhResult;
import io.tvpbench.results.RunEnvironment;
import io.tvpbench.results.Vocabulary;
import io.tvpbench.text.Fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where the numbers come from: each input's env.json, or JMH's own fields when there is none. */
final class EnvironmentSection {

    private EnvironmentSection() {
    }

    static Section build(List<LoadedRun> runs, List<String> warnings) {
        List<Block> blocks = new ArrayList<>();
        warnings.forEach(w -> blocks.add(new Block.Warning(w)));
        for (LoadedRun run : runs) {
            blocks.add(new Block.Table(List.of("field", String.valueOf(run.source())), rows(run)));
        }
        return new Section("environment", "Environment", "On what machine, JDK and settings were these numbers taken?",
                blocks);
    }

    private static List<List<String>> rows(LoadedRun run) {
        RunEnvironment env = run.environment();
        List<List<String>> rows = new ArrayList<>();
        add(rows, "machine", env.machine());
        JmhResult first = run.results().get(0);
        if (!env.isKnown()) {
            add(rows, "env.json", "not found: environment unknown");
            add(rows, "JDK (from JMH)", String.join(" ", Cells.text(first.jdkVersion()), Cells.text(first.vmName()),
                    Cells.text(first.vmVersion())));
            add(rows, "JVM args (from JMH)", String.join(" ", first.jvmArgs()));
        } else {
            RunEnvironment.Jdk jdk = env.jdk();
            RunEnvironment.Os os = env.os();
            RunEnvironment.Memory memory = env.memory();
            RunEnvironment.Cgroup cgroup = env.cgroup();
            RunEnvironment.Cores cores = env.cores();
            RunEnvironment.Git git = env.git();
            add(rows, "fingerprint", env.fingerprint());
            add(rows, "profile", env.profile());
            add(rows, "started", env.startedAt());
            add(rows, "JDK", jdk == null ? "" : join(jdk.version(), jdk.vendor(), jdk.vmName()));
            add(rows, "JVM args", String.join(" ", env.jvmArgs()));
            add(rows, "OS", os == null ? "" : join(os.name(), os.version(), os.arch()));
            add(rows, "CPU", env.cpuModel() + ", " + env.logicalCpus() + " logical CPUs");
            add(rows, "memory", memory == null || memory.totalBytes() == null ? "" : Fmt.bytes(memory.totalBytes()));
            add(rows, "cgroup", cgroup == null ? "" : labelled("cpu.max", cgroup.cpuMax(), "memory.max", cgroup.memoryMax()));
            add(rows, Vocabulary.CORES_PARAM, (cores == null || cores.counts() == null ? "" : join(cores.counts().toArray()))
                    + (env.coresEnforced() ? ", enforced by " + text(cores.method()) : ", NOT enforced"));
            add(rows, "git", (git == null ? "" : text(git.commit())) + (git != null && Boolean.TRUE.equals(git.dirty()) ? " (dirty)" : ""));
            add(rows, "child JVM", env.childJvm() == null ? "" : String.join(" ", env.childJvm().options()) + variants(env.variants()));
            add(rows, "PROCESS_POOL pipeline", env.childJvm() == null ? "" : pipeline(env.childJvm().pipeline()));
            add(rows, "echo server", cores == null ? "" : echoServer(cores.echoServer()));
        }
        add(rows, "JMH", (first.jmhVersion() == null ? "" : first.jmhVersion() + ", ") + run.results().size() + " results");
        return rows;
    }

    private static void add(List<List<String>> rows, String field, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(List.of(field, value.trim()));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The values present, separated by spaces. */
    private static String join(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            String t = text(v);
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join(" ", parts);
    }

    /** {@code label value} pairs for the values present: {@code label1, value1, label2, value2, ...}. */
    private static String labelled(String... labelsAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String t = text(labelsAndValues[i + 1]);
            if (!t.isEmpty()) {
                parts.add(labelsAndValues[i] + " " + t);
            }
        }
        return String.join(", ", parts);
    }

    /** The pool's chunking, named after its Python counterpart so a reader knows what it compares with. */
    static String pipeline(RunEnvironment.Pipeline pipeline) {
        if (pipeline == null || pipeline.chunk() == null || pipeline.depth() == null) {
            return "";
        }
        return "up to " + pipeline.chunk() + " tasks per message (the analogue of Python's multiprocessing.Pool "
                + "chunksize), " + pipeline.depth() + " messages in flight per child";
    }

    /** Where IO_SOCKET's echo server JVM ran at each core count, saying where it shared the measured CPUs. */
    static String echoServer(List<RunEnvironment.EchoServer> placements) {
        List<String> parts = new ArrayList<>();
        for (RunEnvironment.EchoServer p : placements) {
            parts.add(p.cores() + (Integer.valueOf(1).equals(p.cores()) ? " core" : " cores") + ": CPUs " + text(p.cpus())
                    + (Boolean.TRUE.equals(p.sharesMeasuredCpus()) ? " (shares the measured CPUs)" : " (outside the measured CPUs)"));
        }
        return parts.isEmpty() ? "" : "own JVM; " + String.join("; ", parts);
    }

    private static String variants(Map<String, String> variants) {
        List<String> parts = new ArrayList<>();
        variants.forEach((name, status) -> parts.add(name + ": " + status));
        return parts.isEmpty() ? "" : "; variants " + String.join(", ", parts);
    }
}
