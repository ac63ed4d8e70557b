package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: sharing state is cheap for threads and dear for processes. An uncontended atomic or lock adds tens of
 * nanoseconds to a task, contention (updateEvery 1, every core updating) multiplies that and a {@code LongAdder}
 * spreads it; a message to the parent costs a pipe round of microseconds, one to two orders of magnitude more than
 * an atomic, while compare-and-set on shared memory costs processes about what an atomic costs threads. Rarer
 * updates (updateEvery 100) hide every mode behind the work. Per-task strategies are left out: at a 1 us grain
 * their spawn is all they would measure.
 * <p>
 * The cross product of {@code strategy} and {@code sharing} holds invalid pairs (LOCK on a process, MESSAGE on a
 * thread): the runner's plan measures only the valid ones ({@code Strategy.sharingModes()}), and NONE, which never
 * updates, only at the first {@code updateEvery}; a pair forced with {@code -p} fails the trial.
 * <p>
 * Timing includes keeping a window of 256 tasks in flight (each a slice of CPU work, every {@code updateEvery}-th
 * then one update of a counter and one of 64 per-key totals) and checking every checksum against SEQUENTIAL's; the
 * final state is checked against the completed tasks when the trial's window drains, outside the timing, as is
 * starting the runner (and the children, the segment), once per trial. Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar SharedStateThroughputBenchmark -p sharing=NONE,ATOMIC -p strategy=FIXED_POOL -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class SharedStateThroughputBenchmark extends ThroughputBase {

    @Param({Vocabulary.SEQUENTIAL, Vocabulary.FIXED_POOL, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL, Vocabulary.ASYNC,
            Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    @Param({Vocabulary.SHARED_STATE})
    public Workload workload;

    @Param({"1us", "10us"})
    public String grain;

    @Param({Vocabulary.SHARING_NONE, Vocabulary.LOCK, Vocabulary.SYNCHRONIZED, Vocabulary.ATOMIC, Vocabulary.ADDER,
            Vocabulary.CONFINED, Vocabulary.MESSAGE, Vocabulary.SHM_ATOMIC})
    public Sharing sharing;

    @Param({"1", "10", "100"})
    public int updateEvery;

    @Override
    Window window(int cores) {
        return Window.queue(256);
    }
}
