package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every benchmark class once through JMH's Runner API with tiny settings (in-process where that is safe, one
 * short iteration, one param combination) to prove it executes and yields the params and metrics
 * docs/formats.md promises. Nothing here asserts a timing.
 */
class BenchmarkSuiteIT {

    private static final String CORES = Integer.toString(Runtime.getRuntime().availableProcessors());

    @BeforeAll
    static void shareTheJmhLock() {
        // other builds on this machine may be running JMH; these runs measure nothing worth the lock
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void cpuThroughputIsTasksPerSecondWithPeaks() throws RunnerException {
        RunResult r = single(CpuThroughputBenchmark.class, Map.of("strategy", "FORK_JOIN", "workload", "CPU_GIL", "grain", "10us"));
        assertThroughput(r, "FORK_JOIN", "CPU_GIL");
        assertEquals("10us", r.getParams().getParam("grain"));
        assertEquals(1, r.getParams().getOpsPerInvocation(), "an invocation is one task of a sliding window");
    }

    @Test
    void processPoolPipelineTakesItsChunkAndDepth() throws RunnerException {
        RunResult r = single(ProcessPoolPipelineThroughputBenchmark.class, Map.of("chunk", "4", "depth", "2"));
        assertThroughput(r, "PROCESS_POOL", "CPU");
        assertEquals("4", r.getParams().getParam("chunk"));
        assertEquals("2", r.getParams().getParam("depth"));
    }

    @Test
    void ioSocketTalksToAnEchoServerInItsOwnJvmThatIsNotCountedAsTheStrategys() throws RunnerException {
        RunResult r = single(IoThroughputBenchmark.class,
                Map.of("strategy", "VIRTUAL", "workload", "IO_SOCKET", "latencyMs", "1", "concurrency", "100"));
        assertThroughput(r, "VIRTUAL", "IO_SOCKET");
    }

    @Test
    void timerFloorsWaitAtLeastTheLatencyPerMechanism() throws RunnerException {
        Collection<RunResult> results = run(TimerFloorBenchmark.class, Map.of("latencyMs", "1"), 0);
        Map<String, Double> byTimer = new TreeMap<>();
        results.forEach(r -> byTimer.put(r.getParams().getParam("timer"), r.getPrimaryResult().getScore()));
        assertEquals(List.of("EVENT_LOOP", "PLATFORM_SLEEP", "VIRTUAL_SLEEP"), List.copyOf(byTimer.keySet()));
        byTimer.forEach((timer, ms) -> assertTrue(ms >= 1.0, timer + " waited less than asked: " + ms + " ms"));
    }

    @Test
    void processPoolThroughputCountsItsChildJvms() throws RunnerException {
        RunResult r = single(CpuThroughputBenchmark.class, Map.of("strategy", "PROCESS_POOL", "workload", "CPU_GIL", "grain", "10us"));
        assertThroughput(r, "PROCESS_POOL", "CPU_GIL");
        assertEquals(Double.parseDouble(CORES), secondary(r, "peakProcesses"), "one long-lived child per core");
    }

    @Test
    void cpuPerTaskThroughputRunsCoarseTasks() throws RunnerException {
        Collection<RunResult> results = run(CpuPerTaskThroughputBenchmark.class, Map.of("workload", "CPU"), 0);
        Map<String, RunResult> byStrategy = new TreeMap<>();
        results.forEach(r -> byStrategy.put(r.getParams().getParam("strategy"), r));
        assertEquals(List.of("PROCESS_PER_TASK", "THREAD_PER_TASK"), List.copyOf(byStrategy.keySet()));
        byStrategy.forEach((strategy, r) -> {
            assertThroughput(r, strategy, "CPU");
            assertEquals("1ms", r.getParams().getParam("grain"));
        });
    }

    @Test
    void ioThroughputShowsVirtualThreadsOnFewCarriersAndASizedPoolOnManyThreads() throws RunnerException {
        Map<String, String> io = Map.of("workload", "IO_SLEEP", "latencyMs", "1", "concurrency", "100");
        RunResult virtual = single(IoThroughputBenchmark.class, with(io, "strategy", "VIRTUAL"));
        RunResult pool = single(IoFixedPoolThroughputBenchmark.class, with(io, "poolSize", "CONCURRENCY"));
        assertThroughput(virtual, "VIRTUAL", "IO_SLEEP");
        assertThroughput(pool, "FIXED_POOL", "IO_SLEEP");
        assertEquals(1, virtual.getParams().getOpsPerInvocation());
        assertEquals("CONCURRENCY", pool.getParams().getParam("poolSize"));
        assertNull(virtual.getParams().getParam("poolSize"), "poolSize belongs to FIXED_POOL only");
        double pooled = secondary(pool, "peakThreads");
        double carried = secondary(virtual, "peakThreads");
        assertTrue(pooled >= 100, "100 pool threads are live: " + pooled);
        assertTrue(carried < 100, "100 sleeping virtual threads need no platform thread each: " + carried);
    }

    @Test
    void mixedThroughputRunsBothClasses() throws RunnerException {
        Map<String, String> mixed = Map.of("latencyMs", "1", "concurrency", "100", "grain", "10us");
        assertThroughput(single(MixedThroughputBenchmark.class, with(mixed, "strategy", "ASYNC")), "ASYNC", "MIXED");
        assertThroughput(single(MixedFixedPoolThroughputBenchmark.class, with(mixed, "poolSize", "CORES")),
                "FIXED_POOL", "MIXED");
    }

    @Test
    void dataTransferThroughputCarriesThePayload() throws RunnerException {
        RunResult r = single(DataTransferThroughputBenchmark.class, Map.of("strategy", "VIRTUAL", "payload", "1KiB"));
        assertThroughput(r, "VIRTUAL", "DATA_TRANSFER");
        assertEquals("1KiB", r.getParams().getParam("payload"));
    }

    @Test
    void dataTransferThroughputOfAProcessPoolCarriesItsTransport() throws RunnerException {
        RunResult r = single(DataTransferProcessThroughputBenchmark.class, Map.of("payload", "1KiB", "transport", "SHM"));
        assertThroughput(r, "PROCESS_POOL", "DATA_TRANSFER");
        assertEquals("SHM", r.getParams().getParam("transport"));
    }

    @Test
    void dispatchLatencyIsSampledPerStrategyAndForItsFloor() throws RunnerException {
        Map<String, RunResult> results = byMethod(run(DispatchLatencyBenchmark.class, Map.of("strategy", "PROCESS_POOL"), 0));
        assertEquals(List.of("floorParking", "floorPipePingPong", "floorSpinThenPark", "floorSpinning", "roundTrip"),
                List.copyOf(results.keySet()));
        RunResult roundTrip = results.get("roundTrip");
        assertEquals(Mode.SampleTime, roundTrip.getParams().getMode());
        assertEquals("us/op", roundTrip.getPrimaryResult().getScoreUnit());
        assertEquals("PROCESS_POOL", roundTrip.getParams().getParam("strategy"));
        assertTrue(results.get("floorPipePingPong").getPrimaryResult().getScore() > 0);
        for (String floor : List.of("floorParking", "floorSpinThenPark", "floorSpinning")) {
            assertTrue(results.get(floor).getPrimaryResult().getScore() > 0, floor);
            assertNull(results.get(floor).getParams().getParam("strategy"), "a floor has no strategy");
            assertEquals(CORES, results.get(floor).getParams().getParam("cores"));
        }
        assertTrue(secondary(roundTrip, "stealPercent") >= 0, "every result carries the fork's steal time");
    }

    @Test
    void startupCostSamplesEveryUnit() throws RunnerException {
        Map<String, RunResult> results = byMethod(run(StartupCostBenchmark.class, Map.of("variant", "DEFAULT"), 0));
        assertEquals(List.of("childJvmFirstTask", "childJvmReady", "coldFixedPool", "nativeProcess", "platformThread",
                "processPoolReady", "virtualThread"), List.copyOf(results.keySet()));
        results.values().forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark()));
        assertEquals("DEFAULT", results.get("childJvmReady").getParams().getParam("variant"));
        assertNull(results.get("platformThread").getParams().getParam("variant"), "only child JVMs have a variant");
        assertNull(results.get("processPoolReady").getParams().getParam("variant"), "a pool starts DEFAULT children");
    }

    @Test
    void footprintIsMeasuredPerUnitInAForkWithNativeMemoryTracking() throws RunnerException {
        Map<String, RunResult> results = byMethod(run(FootprintBenchmark.class, Map.of(), 1));
        double platform = secondary(results.get("platformThread"), "bytesPerUnit");
        double virtual = secondary(results.get("virtualThread"), "bytesPerUnit");
        assertTrue(virtual > 0, "a parked virtual thread holds heap: " + virtual);
        assertTrue(platform > virtual, "a platform thread costs more than a virtual one: " + platform + " vs " + virtual);
        double childJvm = secondary(results.get("childJvm"), "bytesPerUnit");
        assertTrue(childJvm > platform, "an idle JVM's RSS exceeds a thread's memory: " + childJvm);
        double pss = secondary(results.get("childJvm"), "pssBytesPerUnit");
        assertTrue(pss > 0 && pss <= childJvm, "Pss counts shared pages in part, so it is positive and at most RSS: " + pss);
    }

    @Test
    void everyControlTimesItsOperationInMicroseconds() throws RunnerException {
        Map<String, RunResult> results = byMethod(run(ControlBenchmark.class, Map.of(), 0));
        assertEquals(Set.copyOf(Vocabulary.CONTROL_FAMILIES), results.keySet(), "one control per family");
        results.forEach((method, r) -> {
            assertEquals(Mode.AverageTime, r.getParams().getMode(), method);
            assertEquals("us/op", r.getPrimaryResult().getScoreUnit(), method);
            assertTrue(r.getPrimaryResult().getScore() > 0, method);
            assertEquals(CORES, r.getParams().getParam("cores"));
        });
    }

    @Test
    void theBenchmarksJarListsEveryBenchmark() throws Exception {
        String jar = System.getProperty("tvp.benchmarksJar", "target/benchmarks.jar");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process list = new ProcessBuilder(java, "-jar", jar, "-l").redirectErrorStream(true).start();
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, list.waitFor(), out);
        for (String name : List.of("CpuThroughputBenchmark.tasks", "CpuPerTaskThroughputBenchmark.tasks",
                "IoThroughputBenchmark.tasks", "IoFixedPoolThroughputBenchmark.tasks", "MixedThroughputBenchmark.tasks",
                "MixedFixedPoolThroughputBenchmark.tasks", "DataTransferThroughputBenchmark.tasks",
                "DispatchLatencyBenchmark.roundTrip", "DispatchLatencyBenchmark.floorParking",
                "DispatchLatencyBenchmark.floorSpinning",
                "StartupCostBenchmark.platformThread", "StartupCostBenchmark.virtualThread",
                "StartupCostBenchmark.coldFixedPool", "StartupCostBenchmark.nativeProcess",
                "DataTransferProcessThroughputBenchmark.tasks", "DispatchLatencyBenchmark.floorPipePingPong",
                "StartupCostBenchmark.childJvmReady", "StartupCostBenchmark.childJvmFirstTask",
                "FootprintBenchmark.platformThread", "FootprintBenchmark.virtualThread", "FootprintBenchmark.childJvm",
                "ProcessPoolPipelineThroughputBenchmark.tasks", "TimerFloorBenchmark.waitOnce", "ControlBenchmark.cpuKernel",
                "ControlBenchmark.allocationLoop", "ControlBenchmark.threadStart", "ControlBenchmark.processSpawn")) {
            assertTrue(out.contains("io.tvpbench.bench." + name + "\n"), name + " missing from:\n" + out);
        }
    }

    private static void assertThroughput(RunResult r, String strategy, String workload) {
        assertEquals(Mode.Throughput, r.getParams().getMode());
        assertEquals("ops/s", r.getPrimaryResult().getScoreUnit());
        assertTrue(r.getPrimaryResult().getScore() > 0);
        assertEquals(strategy, r.getParams().getParam("strategy"));
        assertEquals(workload, r.getParams().getParam("workload"));
        assertEquals(CORES, r.getParams().getParam("cores"));
        assertTrue(secondary(r, "peakThreads") >= 1);
        if (strategy.startsWith("PROCESS_")) {
            assertTrue(secondary(r, "peakProcesses") >= 1, "a process strategy starts child JVMs");
        } else {
            assertEquals(0, secondary(r, "peakProcesses"), "in-JVM strategies start no process");
        }
    }

    private static double secondary(RunResult r, String metric) {
        Result<?> result = r.getSecondaryResults().get(metric);
        assertTrue(result != null, r.getParams().getBenchmark() + " lacks " + metric + ": " + r.getSecondaryResults().keySet());
        return result.getScore();
    }

    private static RunResult single(Class<?> benchmark, Map<String, String> params) throws RunnerException {
        Collection<RunResult> results = run(benchmark, params, 0);
        assertEquals(1, results.size(), "one param combination");
        return results.iterator().next();
    }

    private static Collection<RunResult> run(Class<?> benchmark, Map<String, String> params, int forks)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName()) + "\\.")
                .param("cores", CORES)
                .forks(forks)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .addProfiler(SecondaryMetricsProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        params.forEach(options::param);
        return new Runner(options.build()).run();
    }

    private static Map<String, RunResult> byMethod(Collection<RunResult> results) {
        Map<String, RunResult> byMethod = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            byMethod.put(name.substring(name.lastIndexOf('.') + 1), r);
        }
        return byMethod;
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> all = new TreeMap<>(base);
        all.put(key, value);
        return all;
    }
}
