package io.tvpbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Moves a JMH fork, every thread it has, onto the measured CPUs, where its JMH host runs on others: the host is
 * pinned to the CPUs outside the measured set when the machine has spare ones, so that its threads never take a
 * measured CPU, and its forks, which inherit the host's affinity, pin themselves with {@code taskset -a -p} before
 * anything is measured. Threads started later inherit the pinning; {@link Cores#verified} then checks it.
 */
public final class ForkPinning {

    /** The system property naming the fork's CPUs in {@code taskset -c} syntax; absent where the host shares them. */
    public static final String PROPERTY = "tvp.forkCpus";

    private static boolean applied;

    private ForkPinning() {
    }

    /** Pins this JVM to the CPUs the property names, once; does nothing without it. */
    static synchronized void applyIfRequested() {
        String cpus = System.getProperty(PROPERTY, "");
        if (!cpus.isEmpty() && !applied) {
            pin(ProcessHandle.current().pid(), cpus);
            applied = true;
        }
    }

    /** The argument list (never a shell line) that pins every thread of process {@code pid} to {@code cpus}. */
    static List<String> command(long pid, String cpus) {
        return List.of("taskset", "-a", "-p", "-c", checked(cpus), Long.toString(pid));
    }

    private static String checked(String cpus) {
        if (!cpus.matches("[0-9]+([-,][0-9]+)*")) {
            throw new IllegalArgumentException("not a taskset CPU list: '" + cpus + "'");
        }
        return cpus;
    }

    /**
     * Pins every thread of process {@code pid} to {@code cpus}.
     *
     * @throws IllegalStateException when taskset refuses, with its own message
     */
    static void pin(long pid, String cpus) {
        run(command(pid, cpus), "the fork to CPUs " + cpus);
    }

    /**
     * Pins the calling thread alone, and the threads it starts from now on, to {@code cpus}; returns what puts its
     * CPUs back, or empty where there is no {@code /proc/thread-self} (not Linux) and nothing was pinned.
     */
    static Optional<Runnable> pinCurrentThread(String cpus) {
        Path self = Path.of("/proc/thread-self");
        if (!Files.isDirectory(self)) {
            return Optional.empty();
        }
        try {
            Path thread = self.toRealPath();
            String had = Cores.allowedList(thread.resolve("status"))
                    .orElseThrow(() -> new IllegalStateException("no Cpus_allowed_list in " + thread));
            String tid = thread.getFileName().toString();
            run(command(tid, cpus), "thread " + tid + " to CPUs " + cpus);
            return Optional.of(() -> run(command(tid, had), "thread " + tid + " back to CPUs " + had));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this thread's CPUs", e);
        }
    }

    /** The argument list that pins thread {@code tid} alone to {@code cpus}. */
    private static List<String> command(String tid, String cpus) {
        return List.of("taskset", "-p", "-c", checked(cpus), tid);
    }

    private static void run(List<String> command, String what) {
        try {
            Process taskset = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (taskset.waitFor() != 0) {
                throw new IllegalStateException("cannot pin " + what + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run taskset to pin " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pinning " + what, e);
        }
    }
}
