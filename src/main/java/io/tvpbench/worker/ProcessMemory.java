package io.tvpbench.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Resident memory of a process, read from {@code /proc/<pid>/status}: what an idle child JVM really costs. */
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
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            throw new UnsupportedOperationException("RSS is read from /proc, which this OS does not have");
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * unit(parts.length > 1 ? parts[1] : "kB");
                }
            }
            throw new IOException("no VmRSS line in " + status);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("process " + pid + " is gone", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status, e);
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
