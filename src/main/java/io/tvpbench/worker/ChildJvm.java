package io.tvpbench.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A started child JVM: its process, its drained stderr, and a close that never leaves it running. The command
 * is an argument list (never a shell string), and the child inherits this JVM's CPU affinity; it is told the
 * parent's processor count, so a child of a fork pinned to k cores also sees k.
 */
public final class ChildJvm implements AutoCloseable {

    /** How long a child may take to exit by itself once its stdin is closed, before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(1);

    /** Keeps the JVM's own messages (warnings, AOT and CDS notes) off stdout, which carries the link. */
    static final List<String> LINK_PROTECTION = List.of(
            "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+DisplayVMOutputToStderr");

    private final Process process;
    private final StderrTail stderr;
    private final List<String> command;

    private ChildJvm(Process process, List<String> command) {
        this.process = process;
        this.command = command;
        this.stderr = new StderrTail(process.getErrorStream(), process.pid());
    }

    /**
     * Starts {@code mainClass} in a child JVM configured by {@code options}, with {@code extraJvmOptions} after
     * the variant's, and counts it in {@link LiveChildren}. Returns as soon as the process exists; readiness is
     * the caller's protocol.
     */
    public static ChildJvm launch(ChildJvmOptions options, List<String> extraJvmOptions, Class<?> mainClass,
                                  List<String> args) {
        ChildJvm jvm = launch(List.of(), options, extraJvmOptions, mainClass, args);
        LiveChildren.started(jvm.process);
        return jvm;
    }

    /**
     * As {@link #launch(ChildJvmOptions, List, Class, List)}, run through {@code wrapper} (e.g. {@code taskset -c 3})
     * and not counted: a helper such as the echo server, not a strategy's child.
     */
    static ChildJvm launch(List<String> wrapper, ChildJvmOptions options, List<String> extraJvmOptions,
                           Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(command(options, extraJvmOptions, mainClass, args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        try {
            return new ChildJvm(builder.start(), List.copyOf(command));
        } catch (IOException e) {
            throw new WorkerStartException(-1, "cannot start a child JVM with " + command + ": " + e.getMessage(), e);
        }
    }

    /** The child's full command line: java, common options, variant options, extra options, main and args. */
    public static List<String> command(ChildJvmOptions options, List<String> extraJvmOptions, Class<?> mainClass,
                                       List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(options.java());
        command.addAll(LINK_PROTECTION);
        command.addAll(options.jvmOptions());
        command.addAll(options.variant().jvmOptions(options));
        command.addAll(extraJvmOptions);
        command.add("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors());
        command.add("-cp");
        command.add(options.classpath());
        command.add(mainClass.getName());
        command.addAll(args);
        return List.copyOf(command);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The child's resident memory in bytes (Linux). */
    public long rssBytes() {
        return ProcessMemory.rssBytes(process.pid());
    }

    public List<String> command() {
        return command;
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    /** What the child last wrote on stderr, once it has ended or within a short wait. */
    public String stderrTail() {
        if (!process.isAlive()) {
            stderr.awaitEnd(Duration.ofSeconds(2));
        }
        return stderr.tail();
    }

    /**
     * Kills the child at once; whoever reads its stdout sees the end of the stream. It goes through the process
     * handle, because {@link Process#destroyForcibly()} also closes our end of stderr before the tail is read.
     */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    /** Why the child is no longer talking: its exit code after a short wait, and its stderr tail. */
    String describeEnd() {
        String end;
        try {
            end = process.waitFor(2, TimeUnit.SECONDS) ? "exited with code " + process.exitValue()
                    : "closed its output but is still running (killed)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = "ended (interrupted while waiting for its exit code)";
        }
        kill();
        String tail = stderrTail();
        return tail.isEmpty() ? end : end + "; stderr: " + tail;
    }

    /**
     * Closes the child's stdin, the signal to exit, waits up to {@code grace} for it to end and then kills it.
     *
     * @return the exit code
     */
    public int close(Duration grace) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
            int code = process.waitFor();
            stderr.awaitEnd(Duration.ofSeconds(1));
            return code;
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        close(GRACE);
    }
}
