package io.tvpbench.run;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.worker.ParentWatch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How JMH runs for one core count: the argument list (never a shell line) of the long-lived {@link RoundHost},
 * pinned with taskset (to the spare CPUs where the machine has them, its forks then moving onto the measured ones
 * themselves) and {@code -XX:ActiveProcessorCount=k}, and the JMH arguments of one fork of a
 * configuration, which give every fork the same flag, the pinned {@link ForkJvmOptions}, the parent watch, its
 * family's warm-up ({@link Warmups}) and {@code cores=k} as the param value. The forks get the flags through
 * {@code -jvmArgsAppend}, since a command-line option replaces the annotation's and benchmarks add their own flags
 * with {@code @Fork(jvmArgsPrepend)}; so do the CPUs outside the measured set, where the forks start the echo
 * server ({@code tvp.echoCpus}), and the flags of the forks' class-data archive ({@link ForkClassData}). Every
 * fork enables the suite's profiler, which publishes the {@code peakThreads}, {@code peakProcesses} and
 * {@code bytesPerUnit} metrics.
 */
public record JmhCommand(Path java, Path benchmarksJar, CorePinning pinning, Profile profile, ForkJvmOptions forkJvm) {

    /** Tells the suite's profiler, inside each fork, to end the fork when its JMH host is gone. */
    static final String WATCH_PARENT = "-D" + ParentWatch.PROPERTY + "=true";

    /** The system property naming the echo server's CPUs; named, not loaded, as {@code EchoProcess.CPUS_PROPERTY}. */
    static final String ECHO_CPUS = "tvp.echoCpus";

    /** The system property naming the CPUs a fork moves onto; named, not loaded, as {@code ForkPinning.PROPERTY}. */
    static final String FORK_CPUS = "tvp.forkCpus";

    /**
     * The round host for core count {@code k}; JMH's forks inherit its pinning and its JVM flags. It skips JMH's
     * lock, which the harness holds for the whole run ({@link JmhLock}) unless the profile measures nothing.
     */
    public List<String> host(int k) {
        List<String> command = new ArrayList<>(pinning.hostPrefix(k));
        command.addAll(List.of(java.toString(), processorCount(k), "-Djmh.ignoreLock=true"));
        command.addAll(List.of("-cp", benchmarksJar.toString(), RoundHost.class.getName()));
        return command;
    }

    /** JMH's arguments for one fork of {@code configuration}; the benchmark selection comes last. */
    public List<String> fork(Configuration configuration) {
        List<String> args = new ArrayList<>(profile.jmhOptions(Warmups.iterations(configuration, profile)));
        int k = configuration.cores();
        String forkCpus = pinning.forkCpus(k).isEmpty() ? "" : "-D" + FORK_CPUS + "=" + pinning.forkCpus(k);
        String classData = ForkClassData.of(java, benchmarksJar, forkJvm).map(d -> String.join(" ", d.flags())).orElse("");
        String forkArgs = Stream.of(processorCount(k), WATCH_PARENT, "-D" + ECHO_CPUS + "=" + pinning.spare(k),
                forkCpus, forkJvm.jmhArgument(), classData).filter(a -> !a.isEmpty()).collect(Collectors.joining(" "));
        args.addAll(List.of("-jvmArgsAppend", forkArgs, "-prof", Vocabulary.PROFILER, "-v", "EXTRA"));
        args.addAll(configuration.jmhArgs());
        return args;
    }

    private static String processorCount(int k) {
        return "-XX:ActiveProcessorCount=" + k;
    }
}
