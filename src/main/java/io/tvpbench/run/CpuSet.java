package io.tvpbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The CPUs this process may run on (its affinity, what {@code nproc} counts), so that each core count is pinned
 * to CPUs the runner actually owns rather than to CPU 0..k-1 of the host.
 */
public record CpuSet(List<Integer> cpus) {

    private static final Path STATUS = Path.of("/proc/self/status");

    public CpuSet {
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("a CPU set needs at least one CPU");
        }
        cpus = List.copyOf(cpus);
    }

    /** This process's allowed CPUs on Linux; elsewhere CPUs 0..availableProcessors-1. */
    public static CpuSet current() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return parse(line.substring(line.indexOf(':') + 1));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: fall back to the JVM's count below
        }
        return new CpuSet(IntStream.range(0, Runtime.getRuntime().availableProcessors()).boxed().toList());
    }

    /** Parses the kernel's list format, e.g. {@code 0-3,8,10-11}. */
    public static CpuSet parse(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.trim().split(",")) {
            int dash = part.indexOf('-');
            int from = Integer.parseInt(part.substring(0, dash < 0 ? part.length() : dash).trim());
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1).trim());
            for (int cpu = from; cpu <= to; cpu++) {
                cpus.add(cpu);
            }
        }
        return new CpuSet(cpus);
    }

    public int size() {
        return cpus.size();
    }

    /**
     * The last {@code k} allowed CPUs in {@code taskset -c} syntax: CPU 0 takes most interrupts and
     * housekeeping, so a measurement on fewer CPUs than the machine has stays off it.
     */
    public String last(int k) {
        if (k < 1 || k > size()) {
            throw new IllegalArgumentException("cannot pick " + k + " of " + size() + " CPUs");
        }
        return cpus.subList(size() - k, size()).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
