package io.tvpbench.bench;

import io.tvpbench.workload.CpuKernel;
import io.tvpbench.workload.Grain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Hypothesis: on an unchanged machine each control's time per operation stays within a few percent from run to
 * run, whatever the code under test does; when the machine changes (a busier neighbour, another host, a new
 * kernel) the control of a family moves with the benchmarks it stands for, so {@code tvp compare} can tell a
 * machine's drift from a code change. One control per family of the suite (results/Vocabulary's table says which
 * divides which): {@code cpuKernel} a fixed 100 µs grain of the suite's integer kernel, {@code allocationLoop}
 * 64 arrays of 1 KiB kept in a ring so they escape and the young generation churns, {@code threadStart} a platform
 * thread started and joined, {@code processSpawn} {@code /bin/true} started with its three pipes, its output
 * drained and its exit awaited. A child JVM's start is a process spawn plus the JVM's own boot (CPU and page
 * faults in a fresh process), so its benchmarks belong to the spawn family rather than a costlier control of
 * their own. Every control runs in every run, at every core count, and never competes in a verdict.
 * <p>
 * AverageTime in µs per operation; the runner's profile sets iterations and forks, as for every benchmark.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar ControlBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class ControlBenchmark {

    /** The CPU control's fixed amount of kernel work. */
    static final Grain CPU_GRAIN = Grain.parse("100us");
    /** Arrays allocated per allocation-loop operation, their size in longs, and the ring that keeps them alive. */
    static final int ALLOCATIONS = 64;
    static final int ARRAY_LONGS = 128;
    static final int RING = 4096;

    private static final Path TRUE = Path.of("/bin/true");

    /** The verified core count, the ring the allocation loop fills and a check that the spawned binary exists. */
    @State(Scope.Benchmark)
    public static class Machine {

        @Param("0")
        public int cores;

        final long[][] ring = new long[RING][];
        int next;
        long seed = 0x9E3779B97F4A7C15L;

        @Setup(Level.Trial)
        public void check() {
            Cores.verified(cores);
            if (!Files.isExecutable(TRUE)) {
                throw new IllegalStateException(TRUE + " is not available on this OS: the processSpawn control cannot run here");
            }
        }
    }

    @Benchmark
    public long cpuKernel(Machine machine) {
        machine.seed = CpuKernel.run(machine.seed, CPU_GRAIN.iterations());
        return machine.seed;
    }

    @Benchmark
    public long allocationLoop(Machine machine) {
        long sum = 0;
        for (int i = 0; i < ALLOCATIONS; i++) {
            long[] array = new long[ARRAY_LONGS];
            array[i] = i;
            machine.ring[machine.next] = array;
            machine.next = (machine.next + 1) & (RING - 1);
            sum += array.length;
        }
        return sum;
    }

    @Benchmark
    public long threadStart(Machine machine) throws InterruptedException {
        return StartupCostBenchmark.startAndJoin(Thread.ofPlatform());
    }

    @Benchmark
    public int processSpawn(Machine machine) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(TRUE.toString()).start();
        process.getOutputStream().close();
        drain(process.getInputStream());
        drain(process.getErrorStream());
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(TRUE + " exited with " + exit);
        }
        return exit;
    }

    private static void drain(InputStream in) throws IOException {
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
