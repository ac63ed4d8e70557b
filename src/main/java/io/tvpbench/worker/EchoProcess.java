package io.tvpbench.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The parent's handle on {@link EchoServerMain}, started once per trial. It runs on the CPUs named by the system
 * property {@value #CPUS_PROPERTY} (the runner passes the CPUs outside the measured set, and records them in
 * env.json) through {@code taskset}; where there are none, or no taskset, it inherits this JVM's CPUs and shares
 * them with the measurement.
 */
public final class EchoProcess implements AutoCloseable {

    /** The CPUs (taskset list syntax) the echo server may use; empty or absent: share the measured CPUs. */
    public static final String CPUS_PROPERTY = "tvp.echoCpus";

    private final ChildJvm jvm;
    private final InetSocketAddress address;

    private EchoProcess(ChildJvm jvm, InetSocketAddress address) {
        this.jvm = jvm;
        this.address = address;
    }

    /** Starts the server with {@code options} (java, classpath, lean flags) and waits for its port. */
    public static EchoProcess start(ChildJvmOptions options) {
        ChildJvm jvm = ChildJvm.launch(wrapper(System.getProperty(CPUS_PROPERTY, "")), options, List.of(),
                EchoServerMain.class, List.of());
        AtomicBoolean ready = new AtomicBoolean();
        CompletableFuture.runAsync(() -> {
            if (!ready.get()) {
                jvm.kill();
            }
        }, CompletableFuture.delayedExecutor(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS));
        try {
            String line = new BufferedReader(new InputStreamReader(jvm.stdout(), StandardCharsets.US_ASCII)).readLine();
            if (line == null) {
                throw new IOException("it ended before announcing its port within "
                        + options.startTimeout().toMillis() + " ms");
            }
            ready.set(true);
            return new EchoProcess(jvm, new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(line)));
        } catch (IOException | NumberFormatException e) {
            String end = jvm.describeEnd();
            jvm.close();
            throw new WorkerStartException(jvm.pid(), "the echo server JVM (pid " + jvm.pid() + ") failed to start: "
                    + e.getMessage() + "; " + end, e);
        }
    }

    /** {@code taskset -c CPUS} where CPUs are given and taskset exists, else nothing. */
    static List<String> wrapper(String cpus) {
        if (cpus.isBlank()) {
            return List.of();
        }
        return TASKSET.stream().filter(Files::isExecutable).findFirst()
                .map(taskset -> List.of(taskset.toString(), "-c", cpus.strip())).orElse(List.of());
    }

    private static final List<Path> TASKSET = List.of(Path.of("/usr/bin/taskset"), Path.of("/bin/taskset"));

    public InetSocketAddress address() {
        return address;
    }

    public long pid() {
        return jvm.pid();
    }

    /** Ends the server: stdin closed, then killed after the grace period. */
    @Override
    public void close() {
        jvm.close();
    }
}
