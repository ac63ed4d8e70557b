package io.tvpbench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

/**
 * How a core count is enforced on this machine: {@code taskset} for the CPU affinity plus
 * {@code -XX:ActiveProcessorCount}; where there is no taskset only the flag is passed and cores are "not enforced".
 */
public record CorePinning(Optional<Path> taskset, CpuSet cpus) {

    /** Finds taskset on a Linux PATH. */
    public static CorePinning detect() {
        Optional<Path> taskset = Optional.empty();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            taskset = Executables.onPath("taskset");
        }
        return new CorePinning(taskset, CpuSet.current());
    }

    public boolean enforced() {
        return taskset.isPresent();
    }

    /** How env.json describes the enforcement. */
    public String method() {
        return enforced() ? "taskset + -XX:ActiveProcessorCount" : "-XX:ActiveProcessorCount only (no taskset: not enforced)";
    }

    /** The command prefix that pins a process and everything it starts to {@code k} of the allowed CPUs. */
    public List<String> prefix(int k) {
        return prefix(measured(k));
    }

    /**
     * The command prefix of the JMH host for {@code k} cores: pinned to the spare CPUs where the machine has them,
     * so that the host never runs on a measured CPU (its forks move onto those themselves, {@link #forkCpus}), else to
     * the measured ones, which it then shares with its forks.
     */
    public List<String> hostPrefix(int k) {
        return prefix(host(k));
    }

    /** The CPUs the JMH host for {@code k} cores runs on, in {@code taskset -c} syntax. */
    public String host(int k) {
        return spare(k).isEmpty() ? measured(k) : spare(k);
    }

    /**
     * The CPUs a fork must move onto when it starts, because its host runs elsewhere; empty when the host shares the
     * measured CPUs and the fork inherits them.
     */
    public String forkCpus(int k) {
        return spare(k).isEmpty() ? "" : measured(k);
    }

    private List<String> prefix(String cpuList) {
        List<String> prefix = new ArrayList<>();
        taskset.ifPresent(t -> {
            prefix.add(t.toString());
            prefix.add("-c");
            prefix.add(cpuList);
        });
        return prefix;
    }

    /**
     * The CPUs a measurement on {@code k} cores runs on, in {@code taskset -c} syntax: the last {@code k} allowed
     * ones, since CPU 0 takes most interrupts and housekeeping.
     */
    public String measured(int k) {
        return cpus.last(k);
    }

    /**
     * The allowed CPUs outside the measured {@code k}, in {@code taskset -c} syntax, where helpers such as the echo
     * server run; empty when there are none or pinning is not enforced, and helpers then share the measured CPUs.
     */
    public String spare(int k) {
        if (!enforced()) {
            return "";
        }
        List<Integer> measured = CpuSet.parse(measured(k)).cpus();
        return cpus.cpus().stream().filter(cpu -> !measured.contains(cpu)).map(String::valueOf)
                .collect(Collectors.joining(","));
    }
}
