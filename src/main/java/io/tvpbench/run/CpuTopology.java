package io.tvpbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the allowed CPUs are SMT siblings (hyper-threads of one core), from sysfs: two logical CPUs that share a
 * physical core do not double its throughput, and a reader of a 1→2-core speed-up needs to know.
 */
final class CpuTopology {

    private static final Path CPUS = Path.of("/sys/devices/system/cpu");

    private CpuTopology() {
    }

    /**
     * Each distinct {@code thread_siblings_list} of the allowed CPUs, e.g. {@code ["0,4", "1,5"]} with SMT or
     * {@code ["0", "1"]} without; empty where sysfs does not say (not Linux).
     */
    static List<String> threadSiblings(CpuSet cpus) {
        return threadSiblings(CPUS, cpus);
    }

    static List<String> threadSiblings(Path sysfs, CpuSet cpus) {
        Set<String> siblings = new LinkedHashSet<>();
        for (int cpu : cpus.cpus()) {
            Path file = sysfs.resolve("cpu" + cpu).resolve("topology").resolve("thread_siblings_list");
            try {
                siblings.add(Files.readString(file).strip());
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        return List.copyOf(siblings);
    }
}
