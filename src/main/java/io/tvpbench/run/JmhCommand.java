package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.worker.ParentWatch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument list (never a shell line) that runs JMH for one core count: the JMH host ({@link JmhHost}, which
 * ends with the runner) pinned with taskset and {@code -XX:ActiveProcessorCount=k}, every fork given the same flag,
 * the pinned {@link ForkJvmOptions} and the parent watch, and {@code cores=k} as the param value.
 * The forks get the flag through {@code -jvmArgsAppend}, since a command-line option replaces the annotation's
 * and benchmarks add their own flags with {@code @Fork(jvmArgsPrepend)}; so do the CPUs outside the measured set,
 * where the forks start the echo server ({@code tvp.echoCpus}). Every run enables the suite's profiler,
 * which publishes the {@code peakThreads}, {@code peakProcesses} and {@code bytesPerUnit} metrics.
 */
public record JmhCommand(Path java, Path benchmarksJar, CorePinning pinning, Profile profile, ForkJvmOptions forkJvm) {

    /** Tells the suite's profiler, inside each fork, to end the fork when its JMH host is gone. */
    static final String WATCH_PARENT = "-D" + ParentWatch.PROPERTY + "=true";

    /** The system property naming the echo server's CPUs; named, not loaded, as {@code EchoProcess.CPUS_PROPERTY}. */
    static final String ECHO_CPUS = "tvp.echoCpus";

    public List<String> forCores(int k, JmhInvocation invocation, Path resultFile) {
        String processorCount = "-XX:ActiveProcessorCount=" + k;
        List<String> command = new ArrayList<>(pinning.prefix(k));
        command.addAll(List.of(java.toString(), processorCount));
        if (!profile.measures()) {
            command.add("-Djmh.ignoreLock=true");
        }
        command.addAll(List.of("-cp", benchmarksJar.toString(), JmhHost.class.getName()));
        command.addAll(profile.jmhOptions(invocation.warmupIterations(profile)));
        String forkArgs = String.join(" ", processorCount, WATCH_PARENT, "-D" + ECHO_CPUS + "=" + pinning.spare(k),
                forkJvm.jmhArgument()).strip();
        command.addAll(List.of("-p", Vocabulary.CORES_PARAM + "=" + k, "-jvmArgsAppend", forkArgs,
                "-prof", Vocabulary.PROFILER, "-v", "EXTRA", "-rf", "json", "-rff", resultFile.toString()));
        command.addAll(invocation.jmhArgs());
        return command;
    }
}
