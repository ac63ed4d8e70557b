package io.tvpbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Steal time of the CPUs this fork may run on, from {@code /proc/stat}: on a VM, time the hypervisor gave a
 * neighbour while this guest wanted to run. A fork with more than a couple of percent stolen measured the
 * neighbour, not the code, and the report says so.
 */
final class CpuSteal {

    private static final Path STAT = Path.of("/proc/stat");
    /** Field of a {@code cpuN} line (after the name) that counts steal jiffies. */
    private static final int STEAL = 7;

    private final long steal;
    private final long total;

    private CpuSteal(long steal, long total) {
        this.steal = steal;
        this.total = total;
    }

    /** The counters now, summed over {@code cpus}; empty where there is no {@code /proc/stat}. */
    static Optional<CpuSteal> read(Set<Integer> cpus) {
        if (!Files.isReadable(STAT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readAllLines(STAT), cpus));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Sums the steal and total jiffies of the {@code cpuN} lines whose N is in {@code cpus}. */
    static CpuSteal parse(List<String> lines, Set<Integer> cpus) {
        long steal = 0;
        long total = 0;
        for (String line : lines) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            if (!cpus.contains(Integer.parseInt(fields[0].substring(3)))) {
                continue;
            }
            for (int i = 1; i < fields.length && i <= STEAL + 1; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == STEAL + 1) {
                    steal += value;
                }
            }
        }
        return new CpuSteal(steal, total);
    }

    /** Stolen share of the CPUs' time since {@code before}, in percent; 0 when no time passed. */
    double percentSince(CpuSteal before) {
        long elapsed = total - before.total;
        return elapsed <= 0 ? 0 : 100.0 * (steal - before.steal) / elapsed;
    }
}
