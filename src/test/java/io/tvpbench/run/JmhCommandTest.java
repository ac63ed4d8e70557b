package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tvpbench.run.BenchmarkLists.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmhCommandTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("target/benchmarks.jar");
    private static final Path RESULT = Path.of("/tmp/k2.json");
    private static final JmhInvocation INVOCATION = new JmhInvocation(
            List.of(entry("io.tvpbench.bench.CpuThroughputBenchmark.tasks", Mode.Throughput, Map.of())),
            Map.of("grain", List.of("10us")));

    @Test
    void pinsTheJmhHostAndEveryForkAndEndsWithTheBenchmarkSelection() {
        CorePinning pinning = new CorePinning(Optional.of(Path.of("/usr/bin/taskset")), CpuSet.parse("2-5"));
        List<String> command = new JmhCommand(JAVA, JAR, pinning, Profile.QUICK, ForkJvmOptions.DEFAULT).forCores(2, INVOCATION, RESULT);

        assertEquals(List.of("/usr/bin/taskset", "-c", "4,5", "/jdk/bin/java", "-XX:ActiveProcessorCount=2",
                "-cp", "target/benchmarks.jar", "io.tvpbench.run.JmhHost"), command.subList(0, 8));
        int append = command.indexOf("-jvmArgsAppend");
        assertEquals(List.of("-p", "cores=2"), command.subList(append - 2, append));
        assertEquals("-XX:ActiveProcessorCount=2 -Dtvp.watchParent=true -Dtvp.echoCpus=2,3 "
                        + ForkJvmOptions.DEFAULT.jmhArgument(), command.get(append + 1),
                "every fork: the core count, the parent watch, the echo server's CPUs, the pinned collector and heap");
        assertTrue(String.join(" ", command).contains(
                " -prof io.tvpbench.bench.SecondaryMetricsProfiler -v EXTRA -rf json -rff /tmp/k2.json "));
        assertEquals(INVOCATION.jmhArgs(), command.subList(command.size() - 3, command.size()));
        assertTrue(command.containsAll(Profile.QUICK.jmhOptions(INVOCATION.warmupIterations(Profile.QUICK))));
        assertFalse(command.contains("-Djmh.ignoreLock=true"), "a measurement waits for no other JMH run");
    }

    @Test
    void withoutTasksetOnlyTheFlagIsPassedAndSmokeIgnoresJmhsLock() {
        CorePinning none = new CorePinning(Optional.empty(), CpuSet.parse("0-1"));
        List<String> command = new JmhCommand(JAVA, JAR, none, Profile.SMOKE, ForkJvmOptions.parse("none")).forCores(1, INVOCATION, RESULT);
        assertEquals(List.of("/jdk/bin/java", "-XX:ActiveProcessorCount=1", "-Djmh.ignoreLock=true"), command.subList(0, 3));
        assertFalse(none.enforced());
        assertTrue(none.method().contains("not enforced"));
        assertEquals("-XX:ActiveProcessorCount=1 -Dtvp.watchParent=true -Dtvp.echoCpus=",
                command.get(command.indexOf("-jvmArgsAppend") + 1),
                "'none' pins no fork flags, and without pinning the echo server shares the CPUs");
    }

    @Test
    void theEchoServerGetsTheCpusOutsideTheMeasuredOnesOrSharesThem() {
        CorePinning pinning = new CorePinning(Optional.of(Path.of("/usr/bin/taskset")), CpuSet.parse("0-1"));
        assertEquals("1", pinning.measured(1), "the measurement takes the last CPU, away from CPU 0");
        assertEquals("0", pinning.spare(1));
        assertEquals("", pinning.spare(2), "on 2 of 2 CPUs it shares");
    }
}
