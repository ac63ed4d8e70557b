package io.tvpbench.run;

import io.tvpbench.results.RunEnvironment;
import io.tvpbench.strategy.Pipeline;
import io.tvpbench.worker.ChildJvmOptions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.Optional;

/**
 * Takes the {@code env.json} (docs/formats.md) at the start of a run, so that even an interrupted run says
 * on what machine, JDK, limits and commit its numbers were taken.
 */
public final class EnvironmentSnapshot {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path PROC_VERSION = Path.of("/proc/version");

    private EnvironmentSnapshot() {
    }

    /**
     * The environment of a run whose JMH forks all get {@code forkJvm} (the per-core-count processor flag aside,
     * which {@code cores} records): as {@code jdk.jvmArgs}, which the fingerprint covers, and {@code forkJvm.options}.
     */
    public static RunEnvironment capture(Profile profile, CoreCounts cores, CorePinning pinning, GitInfo git,
                                         Instant startedAt, ForkJvmOptions forkJvm) {
        String hostname = hostname();
        String cpuModel = cpuModel();
        Long totalBytes = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : null;
        CgroupLimits limits = CgroupLimits.current();
        ChildJvmOptions options = ChildJvmOptions.defaults();
        RunEnvironment env = new RunEnvironment(RunEnvironment.SCHEMA_VERSION,
                new RunEnvironment.Tool("tvp-bench", ToolVersion.get()),
                profile.label(),
                startedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
                hostname,
                hostname + " / " + cpuModel + " / " + pinning.cpus().size() + " CPUs",
                new RunEnvironment.Jdk(Runtime.version().toString(), Runtime.version().feature(),
                        System.getProperty("java.vendor"), System.getProperty("java.vm.name"),
                        System.getProperty("java.home"), forkJvm.options()),
                new RunEnvironment.Os(System.getProperty("os.name"), System.getProperty("os.version"),
                        System.getProperty("os.arch"), kernel()),
                new RunEnvironment.Cpu(cpuModel, pinning.cpus().size(), CpuTopology.threadSiblings(pinning.cpus())),
                new RunEnvironment.Memory(totalBytes),
                new RunEnvironment.Cgroup(limits.cpuMax().orElse(null), limits.memoryMax().orElse(null)),
                new RunEnvironment.Cores(cores.counts(), pinning.enforced(), pinning.method(), echoServer(cores, pinning),
                        layout(cores, pinning::measured), layout(cores, pinning::host)),
                new RunEnvironment.Git(git.commit(), git.dirty()),
                new RunEnvironment.ForkJvm(forkJvm.options(), ForkClassData.appliesTo(forkJvm)),
                new RunEnvironment.ChildJvm(options.jvmOptions(), options.variantAvailability(),
                        new RunEnvironment.Pipeline(Pipeline.DEFAULT.chunk(), Pipeline.DEFAULT.depth())),
                null, null, null);
        return env.withFingerprint(Fingerprint.of(env));
    }

    /** Each core count's CPUs, as the runner pins them. */
    private static Map<String, String> layout(CoreCounts cores, IntFunction<String> cpus) {
        Map<String, String> layout = new LinkedHashMap<>();
        cores.counts().forEach(k -> layout.put(Integer.toString(k), cpus.apply(k)));
        return layout;
    }

    /** Where each core count's forks start the echo server: the spare CPUs, or the measured ones it then shares. */
    private static List<RunEnvironment.EchoServer> echoServer(CoreCounts cores, CorePinning pinning) {
        return cores.counts().stream().map(k -> {
            String spare = pinning.spare(k);
            return new RunEnvironment.EchoServer(k, spare.isEmpty() ? pinning.measured(k) : spare, spare.isEmpty());
        }).toList();
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
