package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Pipeline;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: a process pool that keeps one task in flight per child pays a pipe round trip and two thread wake-ups
 * per task, so on fine-grained work it runs at a fraction of a thread pool; sending {@code chunk} tasks per message
 * (Python's {@code multiprocessing.Pool} {@code chunksize}) and keeping {@code depth} messages in flight per child
 * amortises both, bringing it within reach of FIXED_POOL. chunk 1 / depth 1 is the pool without pipelining; the
 * default ({@link io.tvpbench.strategy.Pipeline#DEFAULT}) is chosen from this benchmark.
 * <p>
 * Timing includes submitting each 10 µs CPU task to a window of 256 in flight ({@link #window(Pipeline, int)}: more
 * where the children hold more), queuing, chunking and sending it to
 * a child, running it there, the reply and checking its checksum against SEQUENTIAL's; it excludes starting the
 * children, once per trial. Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar ProcessPoolPipelineThroughputBenchmark -p chunk=1,4,16,64}
 */
public class ProcessPoolPipelineThroughputBenchmark extends ThroughputBase {

    @Param({Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    @Param({Vocabulary.CPU})
    public Workload workload;

    @Param({"10us"})
    public String grain;

    @Param({"1", "16", "64"})
    public int chunk;

    @Param({"1", "2"})
    public int depth;

    @Override
    Window window(int cores) {
        return window(new Pipeline(chunk, depth), cores);
    }

    /**
     * The throughput benchmarks' queue of 256 tasks, deepened where the pool's children hold so much that they
     * would run dry before the driver, woken at half a window, refills it: a shallower queue measures the
     * window rather than the pipeline, and leaves the pool only partial chunks to send.
     */
    static Window window(Pipeline pipeline, int children) {
        return Window.queue(Math.max(256, 2 * pipeline.chunk() * pipeline.depth() * children));
    }
}
