package io.tvpbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CPU and memory limits of the runner's cgroup (v2, else v1), as the kernel writes them: a CPU quota makes
 * "2 cores" mean less than two CPUs, which a reader of the results must know.
 */
public record CgroupLimits(Optional<String> cpuMax, Optional<String> memoryMax) {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    public static CgroupLimits current() {
        List<String> lines = ownCgroups();
        Path v2 = under(ROOT, path(lines, "").orElse("/"));
        if (Files.isRegularFile(v2.resolve("cpu.max")) || Files.isRegularFile(v2.resolve("memory.max"))) {
            return new CgroupLimits(read(v2.resolve("cpu.max")), read(v2.resolve("memory.max")));
        }
        Path cpu = under(ROOT.resolve("cpu"), path(lines, "cpu").orElse("/"));
        Path memory = under(ROOT.resolve("memory"), path(lines, "memory").orElse("/"));
        Optional<String> quota = read(cpu.resolve("cpu.cfs_quota_us"));
        Optional<String> period = read(cpu.resolve("cpu.cfs_period_us"));
        return new CgroupLimits(quota.flatMap(q -> period.map(p -> (q.equals("-1") ? "max" : q) + " " + p)),
                read(memory.resolve("memory.limit_in_bytes")).map(CgroupLimits::v1Memory));
    }

    /** v1 writes "no limit" as a page-rounded Long.MAX_VALUE; v2 and env.json readers say "max". */
    private static String v1Memory(String bytes) {
        try {
            return Long.parseLong(bytes) >= Long.MAX_VALUE / 2 ? "max" : bytes;
        } catch (NumberFormatException e) {
            return bytes;
        }
    }

    private static List<String> ownCgroups() {
        try {
            return Files.readAllLines(Path.of("/proc/self/cgroup"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The path of the hierarchy listing {@code controller} ("" = the v2 unified one) in /proc/self/cgroup. */
    private static Optional<String> path(List<String> lines, String controller) {
        for (String line : lines) {
            String[] f = line.split(":", 3);
            if (f.length == 3 && (controller.isEmpty() ? f[1].isEmpty() : Arrays.asList(f[1].split(",")).contains(controller))) {
                return Optional.of(f[2]);
            }
        }
        return Optional.empty();
    }

    /** The cgroup directory when it is visible (a container may show only its own root), else the mount root. */
    private static Path under(Path mount, String cgroupPath) {
        Path own = mount.resolve(cgroupPath.replaceFirst("^/+", ""));
        return Files.isDirectory(own) ? own : mount;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
