package io.tvpbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code cores} param checked inside the fork: a result labelled "k cores" must have run on k CPUs, so a
 * fork that sees another count fails loudly instead of producing a mislabelled number. {@code cores=0} means
 * "not enforced" (a plain {@code java -jar benchmarks.jar} run) and takes what the JVM sees.
 */
public final class Cores {

    private static final Path STATUS = Path.of("/proc/self/status");

    private Cores() {
    }

    /**
     * Returns the parallelism the benchmark may use: {@code cores}, verified against
     * {@link Runtime#availableProcessors()} and, on Linux, the CPU affinity; or what the JVM sees for 0.
     *
     * @throws IllegalStateException when the fork does not see exactly {@code cores} CPUs
     */
    public static int verified(int cores) {
        int seen = Runtime.getRuntime().availableProcessors();
        if (cores < 0) {
            throw new IllegalArgumentException("cores must be 0 (not enforced) or positive: " + cores);
        }
        if (cores == 0) {
            return seen;
        }
        if (seen != cores) {
            throw new IllegalStateException("cores=" + cores + " but this fork sees availableProcessors()=" + seen
                    + "; run it under a " + cores + "-CPU affinity with -XX:ActiveProcessorCount=" + cores
                    + " (the tvp runner does), or use cores=0 for an unenforced run");
        }
        Optional<Integer> allowed = affinityCpus();
        if (allowed.isPresent() && allowed.get() != cores) {
            throw new IllegalStateException("cores=" + cores + " but this fork may run on " + allowed.get()
                    + " CPUs (Cpus_allowed_list); -XX:ActiveProcessorCount alone does not pin: use taskset");
        }
        return cores;
    }

    /** CPUs in this process's affinity mask, from {@code /proc/self/status}; empty where there is no /proc. */
    static Optional<Integer> affinityCpus() {
        if (!Files.isReadable(STATUS)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith("Cpus_allowed_list:"))
                    .map(line -> countCpus(line.substring("Cpus_allowed_list:".length())))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STATUS, e);
        }
    }

    /** Counts the CPUs of a Linux CPU list such as {@code 0-3,8,10-11}. */
    static int countCpus(String list) {
        int count = 0;
        for (String range : list.trim().split(",")) {
            if (range.isBlank()) {
                continue;
            }
            int dash = range.indexOf('-');
            count += dash < 0 ? 1
                    : Integer.parseInt(range.substring(dash + 1).trim()) - Integer.parseInt(range.substring(0, dash).trim()) + 1;
        }
        return count;
    }
}
