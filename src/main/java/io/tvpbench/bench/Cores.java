package io.tvpbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code cores} param checked inside the fork: a result labelled "k cores" must have run on k CPUs, so a
 * fork that sees another count, or may run on more CPUs than k, fails instead of producing a mislabelled number.
 * {@code cores=0} means "not enforced" (a plain {@code java -jar benchmarks.jar} run) and takes what the JVM sees.
 */
public final class Cores {

    private static final Path STATUS = Path.of("/proc/self/status");

    private Cores() {
    }

    /**
     * Returns the parallelism the benchmark may use: {@code cores}, verified against
     * {@link Runtime#availableProcessors()} and, on Linux, against the CPU affinity (the flag alone, without
     * taskset, does not pin), or what the JVM sees for 0.
     *
     * @throws IllegalStateException when the fork does not see, or may run on, other than {@code cores} CPUs
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
        checkAffinity(cores);
        return cores;
    }

    /**
     * Fails when this process's CPU affinity (Linux) holds other than {@code cores} CPUs, or other CPUs than the
     * runner moved it onto ({@link ForkPinning}).
     */
    static void checkAffinity(int cores) {
        Optional<Set<Integer>> allowed = affinity();
        if (allowed.isPresent() && allowed.get().size() != cores) {
            throw new IllegalStateException("cores=" + cores + " but this fork may run on " + allowed.get().size()
                    + " CPUs (Cpus_allowed_list " + allowed.get() + "): -XX:ActiveProcessorCount alone does not pin; "
                    + "run it under taskset (the tvp runner does where taskset is installed), or use cores=0");
        }
        String pinned = System.getProperty(ForkPinning.PROPERTY, "");
        if (allowed.isPresent() && !pinned.isEmpty() && !allowed.get().equals(parseCpus(pinned))) {
            throw new IllegalStateException("this fork runs on CPUs " + allowed.get() + " but was to move onto "
                    + parseCpus(pinned) + ", away from its JMH host");
        }
    }

    /** The CPUs in this process's affinity mask, from {@code /proc/self/status}; empty where there is no /proc. */
    static Optional<Set<Integer>> affinity() {
        return Files.isReadable(STATUS) ? allowedList(STATUS).map(Cores::parseCpus) : Optional.empty();
    }

    /** The {@code Cpus_allowed_list} of a {@code /proc} status file (a process's or a thread's), as Linux writes it. */
    static Optional<String> allowedList(Path status) {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("Cpus_allowed_list:"))
                    .map(line -> line.substring("Cpus_allowed_list:".length()).strip())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status, e);
        }
    }

    /** The CPUs of a Linux CPU list such as {@code 0-3,8,10-11}. */
    static Set<Integer> parseCpus(String list) {
        Set<Integer> cpus = new TreeSet<>();
        for (String range : list.trim().split(",")) {
            if (range.isBlank()) {
                continue;
            }
            int dash = range.indexOf('-');
            int from = Integer.parseInt(range.substring(0, dash < 0 ? range.length() : dash).trim());
            int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1).trim());
            for (int cpu = from; cpu <= to; cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }
}
