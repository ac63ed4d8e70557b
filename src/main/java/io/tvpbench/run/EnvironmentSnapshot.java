package io.tvpbench.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.report.JmhResults;
import io.tvpbench.report.RunEnvironment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code env.json} (docs/formats.md, schema 1) at the start of a run, so that even an interrupted run says
 * on what machine, JDK, limits and commit its numbers were taken.
 */
public final class EnvironmentSnapshot {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path PROC_VERSION = Path.of("/proc/version");

    private EnvironmentSnapshot() {
    }

    /**
     * The environment of a run whose JMH forks all get {@code forkJvm} (the per-core-count processor flag aside,
     * which {@code cores} records): {@code jdk.jvmArgs}, which the fingerprint covers, and {@code forkJvm.options}.
     */
    public static ObjectNode capture(Profile profile, CoreCounts cores, CorePinning pinning, GitInfo git,
                                     Instant startedAt, ForkJvmOptions forkJvm) {
        ObjectNode env = JmhResults.mapper().createObjectNode();
        env.put("schemaVersion", RunEnvironment.SCHEMA_VERSION);
        env.putObject("tool").put("name", "tvp-bench").put("version", ToolVersion.get());
        env.put("profile", profile.label());
        env.put("startedAt", startedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        String hostname = hostname();
        String cpuModel = cpuModel();
        env.put("hostname", hostname);
        env.put("machine", hostname + " / " + cpuModel + " / " + pinning.cpus().size() + " CPUs");

        ObjectNode jdk = env.putObject("jdk");
        jdk.put("version", Runtime.version().toString()).put("feature", Runtime.version().feature())
                .put("vendor", System.getProperty("java.vendor")).put("vmName", System.getProperty("java.vm.name"))
                .put("home", System.getProperty("java.home"));
        ArrayNode args = jdk.putArray("jvmArgs");
        forkJvm.options().forEach(args::add);

        env.putObject("os").put("name", System.getProperty("os.name")).put("version", System.getProperty("os.version"))
                .put("arch", System.getProperty("os.arch")).put("kernel", kernel());
        ObjectNode cpu = env.putObject("cpu").put("model", cpuModel).put("logicalCpus", pinning.cpus().size());
        CpuTopology.threadSiblings(pinning.cpus()).forEach(cpu.putArray("threadSiblings")::add);
        ObjectNode memory = env.putObject("memory");
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory.put("totalBytes", os.getTotalMemorySize());
        }
        CgroupLimits limits = CgroupLimits.current();
        ObjectNode cgroup = env.putObject("cgroup");
        limits.cpuMax().ifPresent(v -> cgroup.put("cpuMax", v));
        limits.memoryMax().ifPresent(v -> cgroup.put("memoryMax", v));

        ObjectNode coresNode = env.putObject("cores");
        ArrayNode counts = coresNode.putArray("counts");
        cores.counts().forEach(counts::add);
        coresNode.put("enforced", pinning.enforced()).put("method", pinning.method());
        ObjectNode layout = coresNode.putObject("layout");
        cores.counts().forEach(k -> layout.put(Integer.toString(k), pinning.cpus().last(k)));

        ObjectNode gitNode = env.putObject("git").put("commit", git.commit());
        if (git.dirty() == null) {
            gitNode.putNull("dirty");
        } else {
            gitNode.put("dirty", git.dirty());
        }
        forkJvm.options().forEach(env.putObject("forkJvm").putArray("options")::add);
        ObjectNode child = env.putObject("childJvm");
        ChildJvmOptions options = ChildJvmOptions.defaults();
        options.jvmOptions().forEach(child.putArray("options")::add);
        ObjectNode variants = child.putObject("variants");
        options.variantAvailability().forEach(variants::put);
        env.put("fingerprint", Fingerprint.of(env));
        return env;
    }

    public static void write(ObjectNode env, Path file) throws IOException {
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), env);
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown");
        }
    }

    /** The CPU model from /proc/cpuinfo (x86 "model name", Arm "Model" or "Hardware"), else "unknown". */
    static String cpuModel() {
        try (var lines = Files.lines(CPUINFO)) {
            return lines.filter(l -> l.startsWith("model name") || l.startsWith("Model") || l.startsWith("Hardware"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .filter(s -> !s.isEmpty())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String kernel() {
        try {
            return Files.readString(PROC_VERSION).trim();
        } catch (IOException e) {
            return System.getProperty("os.name") + " " + System.getProperty("os.version");
        }
    }
}
