package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.worker.Transport;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: a process pool must move every payload into its child; at 1 KiB the frame overhead dominates and the
 * transports tie, at 1 MiB the pipe's copies through the kernel cost more than shared memory's single copy into a
 * mapped file, and both stay far behind {@link DataTransferThroughputBenchmark}'s pass-by-reference. Its own class
 * because {@code transport} means something only for process strategies.
 * <p>
 * Timing includes moving each task's payload to a child, with 64 tasks in flight (pipelined in chunks over PIPE,
 * one at a time per child over SHM, whose one mapped file per child holds one payload), checksumming it there,
 * returning the checksum and checking it against SEQUENTIAL's; it excludes starting the children, once per trial.
 * Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar DataTransferProcessThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class DataTransferProcessThroughputBenchmark extends ThroughputBase {

    @Param({Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    @Param({Vocabulary.DATA_TRANSFER})
    public Workload workload;

    @Param({"1KiB", "1MiB"})
    public String payload;

    @Param({"PIPE", "SHM"})
    public Transport transport;

    @Override
    Window window(int cores) {
        return Window.queue(DataTransferThroughputBenchmark.IN_FLIGHT);
    }
}
