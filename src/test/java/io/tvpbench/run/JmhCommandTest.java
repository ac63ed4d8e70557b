package io.tvpbench.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmhCommandTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("target/benchmarks.jar");
    private static final Configuration VIRTUAL = new Configuration("io.tvpbench.bench.CpuThroughputBenchmark.tasks",
            Mode.Throughput, new TreeMap<>(Map.of("grain", "10us", "strategy", "VIRTUAL")), 2);

    @Test
    void pinsTheRoundHostOnceAndEveryForkGetsTheFlagAndEndsWithTheBenchmarkSelection() {
        CorePinning pinning = new CorePinning(Optional.of(Path.of("/usr/bin/taskset")), CpuSet.parse("2-5"));
        JmhCommand jmh = new JmhCommand(JAVA, JAR, pinning, Profile.QUICK, ForkJvmOptions.DEFAULT);

        assertEquals(List.of("/usr/bin/taskset", "-c", "2,3", "/jdk/bin/java", "-XX:ActiveProcessorCount=2",
                "-Djmh.ignoreLock=true", "-cp", "target/benchmarks.jar", RoundHost.class.getName()), jmh.host(2),
                "the host on the spare CPUs, away from the measured ones");
        List<String> fork = jmh.fork(VIRTUAL);
        List<String> options = Profile.QUICK.jmhOptions(Warmups.iterations(VIRTUAL, Profile.QUICK));
        assertEquals(options, fork.subList(0, options.size()), "the family's warm-up");
        assertEquals("-XX:ActiveProcessorCount=2 -Dtvp.watchParent=true -Dtvp.echoCpus=2,3 -Dtvp.forkCpus=4,5 "
                        + ForkJvmOptions.DEFAULT.jmhArgument() + " "
                        + String.join(" ", ForkClassData.of(JAVA, JAR, ForkJvmOptions.DEFAULT).orElseThrow().flags()),
                fork.get(fork.indexOf("-jvmArgsAppend") + 1),
                "every fork: the core count, the parent watch, the echo server's CPUs, the measured CPUs it moves "
                        + "onto, the pinned collector and heap, the class-data archive");
        assertTrue(String.join(" ", fork).contains(" -prof io.tvpbench.bench.SecondaryMetricsProfiler -v EXTRA "
                + "-bm thrpt -p cores=2 -p grain=10us -p strategy=VIRTUAL "), String.join(" ", fork));
        assertEquals(VIRTUAL.jmhArgs(), fork.subList(fork.size() - VIRTUAL.jmhArgs().size(), fork.size()));
    }

    @Test
    void withoutTasksetOnlyTheFlagIsPassedAndHostsLeaveJmhsLockToTheHarness() {
        CorePinning none = new CorePinning(Optional.empty(), CpuSet.parse("0-1"));
        List<String> command = new JmhCommand(JAVA, JAR, none, Profile.SMOKE, ForkJvmOptions.parse("none")).host(1);
        assertEquals(List.of("/jdk/bin/java", "-XX:ActiveProcessorCount=1", "-Djmh.ignoreLock=true"), command.subList(0, 3));
        assertFalse(none.enforced());
        assertTrue(none.method().contains("not enforced"));
        Configuration one = new Configuration(VIRTUAL.benchmark(), Mode.Throughput, VIRTUAL.params(), 1);
        List<String> fork = new JmhCommand(JAVA, JAR, none, Profile.SMOKE, ForkJvmOptions.parse("none")).fork(one);
        assertEquals("-XX:ActiveProcessorCount=1 -Dtvp.watchParent=true -Dtvp.echoCpus=",
                fork.get(fork.indexOf("-jvmArgsAppend") + 1),
                "'none' pins no fork flags, and without pinning the echo server shares the CPUs");
    }

    @Test
    void theEchoServerGetsTheCpusOutsideTheMeasuredOnesOrSharesThem() {
        CorePinning pinning = new CorePinning(Optional.of(Path.of("/usr/bin/taskset")), CpuSet.parse("0-1"));
        assertEquals("1", pinning.measured(1), "the measurement takes the last CPU, away from CPU 0");
        assertEquals("0", pinning.spare(1));
        assertEquals("", pinning.spare(2), "on 2 of 2 CPUs it shares");
        assertEquals("0", pinning.host(1), "the host leaves the measured CPU to the fork");
        assertEquals("1", pinning.forkCpus(1));
        assertEquals("0,1", pinning.host(2), "with no spare CPU the host shares the measured ones");
        assertEquals("", pinning.forkCpus(2), "and its forks inherit them");
    }
}
