package io.tvpbench.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A JMH host process whose output is copied line by line to the log and a listener, and which can be killed with
 * everything it started (forks, their child JVMs): none of them may outlive the runner.
 */
final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(3);

    private final Process process;
    private final Thread pump;

    private ChildProcess(Process process, Thread pump) {
        this.process = process;
        this.pump = pump;
    }

    /**
     * Starts {@code command} (an argument list, no shell) with stderr merged into stdout and stdin kept open for
     * {@link #send}.
     */
    static ChildProcess start(List<String> command, Writer log, Consumer<String> listener) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread pump = Thread.ofPlatform().name("jmh-output").daemon().start(() -> copy(process, log, listener));
        return new ChildProcess(process, pump);
    }

    private static void copy(Process process, Writer log, Consumer<String> listener) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (log) {
                    log.write(line);
                    log.write('\n');
                    log.flush();
                }
                listener.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one line to the process's stdin. */
    void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Closes stdin, which tells a round host to exit once its current fork is done. */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to exit and its output to be copied; returns the exit code. */
    int waitFor() throws InterruptedException {
        int code = process.waitFor();
        pump.join();
        return code;
    }

    /** The process, whose descendants are JMH's forks and the child JVMs they start. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Terminates the process and all its descendants, politely first, forcibly after a grace period. The
     * descendants are listed before the parent dies, since orphans are no longer its descendants afterwards.
     */
    void killTree() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle p : all) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
