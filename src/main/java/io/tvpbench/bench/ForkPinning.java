package io.tvpbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Moves a JMH fork, every thread it has, onto the measured CPUs, where its JMH host runs on others: the host is
 * pinned to the CPUs outside the measured set when the machine has spare ones, so that its threads never take a
 * measured CPU, and its forks, which inherit the host's affinity, pin themselves with {@code taskset -a -p} before
 * anything is measured. Threads started later inherit the pinning; {@link Cores#verified} then checks it.
 */
public final class ForkPinning {

    /** The system property naming the fork's CPUs in {@code taskset -c} syntax; absent where the host shares them. */
    public static final String PROPERTY = "tvp.forkCpus";

    private ForkPinning() {
    }

    /** Pins this JVM to the CPUs the property names, once; does nothing without it. */
    static synchronized void applyIfRequested() {
        String cpus = System.getProperty(PROPERTY, "");
        if (!cpus.isEmpty() && !Boolean.getBoolean(PROPERTY + ".applied")) {
            pin(ProcessHandle.current().pid(), cpus);
            System.setProperty(PROPERTY + ".applied", "true");
        }
    }

    /** The argument list (never a shell line) that pins every thread of process {@code pid} to {@code cpus}. */
    static List<String> command(long pid, String cpus) {
        if (!cpus.matches("[0-9]+([-,][0-9]+)*")) {
            throw new IllegalArgumentException("not a taskset CPU list: '" + cpus + "'");
        }
        return List.of("taskset", "-a", "-p", "-c", cpus, Long.toString(pid));
    }

    /**
     * Pins every thread of process {@code pid} to {@code cpus}.
     *
     * @throws IllegalStateException when taskset refuses, with its own message
     */
    static void pin(long pid, String cpus) {
        try {
            Process taskset = new ProcessBuilder(command(pid, cpus)).redirectErrorStream(true).start();
            String output = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (taskset.waitFor() != 0) {
                throw new IllegalStateException("cannot pin the fork to CPUs " + cpus + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run taskset to pin the fork to CPUs " + cpus, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pinning the fork to CPUs " + cpus, e);
        }
    }
}
