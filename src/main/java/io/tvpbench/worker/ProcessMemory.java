package io.tvpbench.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Resident memory of a process, read from {@code /proc/<pid>}: what an idle child JVM really costs. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /**
     * The process's resident set size (VmRSS) in bytes.
     *
     * @throws UnsupportedOperationException where there is no /proc (not Linux)
     * @throws UncheckedIOException          when the process is gone or the file cannot be read
     */
    public static long rssBytes(long pid) {
        return field(pid, "status", "VmRSS:");
    }

    /**
     * The process's proportional set size (Pss, from {@code smaps_rollup}, Linux 4.14+) in bytes: each shared
     * page counts divided by the processes that map it, so N children sharing the CDS archive and libjvm are not
     * charged N times.
     *
     * @throws UnsupportedOperationException where there is no /proc (not Linux)
     * @throws UncheckedIOException          when the process is gone or the file cannot be read
     */
    public static long pssBytes(long pid) {
        return field(pid, "smaps_rollup", "Pss:");
    }

    private static long field(long pid, String file, String name) {
        Path path = Path.of("/proc", Long.toString(pid), file);
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            throw new UnsupportedOperationException(name + " is read from /proc, which this OS does not have");
        }
        try {
            for (String line : Files.readAllLines(path)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * unit(parts.length > 1 ? parts[1] : "kB");
                }
            }
            throw new IOException("no " + name + " line in " + path);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("process " + pid + " is gone", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static long unit(String unit) {
        return switch (unit) {
            case "kB" -> 1024L;
            case "mB", "MB" -> 1024L * 1024;
            default -> 1L;
        };
    }
}
