package io.tvpbench.run;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class JmhProgressTest {

    /** A configuration's header and two forks, cut from JMH 1.37's output. */
    private static final List<String> TWO_FORKS = List.of(
            "# JMH version: 1.37",
            "# Benchmark mode: Throughput, ops/time",
            "# Benchmark: io.tvpbench.bench.CpuThroughputBenchmark.run",
            "# Parameters: (cores = 2, grain = 10us, strategy = VIRTUAL)",
            "",
            "# Run progress: 0.00% complete, ETA 00:00:04",
            "# Fork: 1 of 2",
            "Iteration   1: 30863289.449 ops/s",
            "# Run progress: 25.00% complete, ETA 00:00:03",
            "# Fork: 2 of 2",
            "Iteration   1: 31863289.449 ops/s");

    private final StringWriter out = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private JmhProgress progress(int total) {
        return new JmhProgress(total, Duration.ofMinutes(2), new PrintWriter(out), clock::get);
    }

    @Test
    void oneLinePerConfigurationNotPerForkWithThePlanEstimateFirst() {
        JmhProgress progress = progress(4);
        progress.coreCount(2);
        TWO_FORKS.forEach(progress::accept);
        assertEquals("[1/4] CpuThroughputBenchmark.run cores=2 grain=10us strategy=VIRTUAL ... ETA 2m00s\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(1, progress.started());
    }

    @Test
    void theEtaFollowsTheMeasuredPace() {
        JmhProgress progress = progress(4);
        progress.coreCount(2);
        TWO_FORKS.forEach(progress::accept);
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        TWO_FORKS.forEach(progress::accept);
        String second = out.toString().lines().toList().get(1);
        assertEquals("[2/4] CpuThroughputBenchmark.run cores=2 grain=10us strategy=VIRTUAL ... ETA 30s", second);
    }

    @Test
    void benchmarksWithoutACoresParamShowTheCoreCountTheyRunAt() {
        JmhProgress progress = progress(2);
        progress.coreCount(1);
        List.of("# Benchmark: io.tvpbench.bench.FootprintBenchmark.childJvm", "# Run progress: 0.00% complete, ETA 00:00:01")
                .forEach(progress::accept);
        assertEquals("[1/2] FootprintBenchmark.childJvm cores=1 ... ETA 2m00s", out.toString().strip());
    }

    @Test
    void remembersJmhsLastErrorForTheFailureMessage() {
        JmhProgress progress = progress(1);
        progress.coreCount(1);
        assertNull(progress.lastError());
        progress.accept("ERROR: org.openjdk.jmh.runner.RunnerException: ERROR: Another JMH instance might be running.");
        assertEquals("Another JMH instance might be running.", progress.lastError());
        progress.clearError();
        assertNull(progress.lastError());
    }
}
