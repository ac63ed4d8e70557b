package io.tvpbench.strategy;

import io.tvpbench.workload.EnumNames;

import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How tasks are executed. Each constant creates its own runner; the names appear in JMH params, JSON and
 * reports (docs/formats.md), so they never change.
 */
public enum Strategy {

    /** The caller's thread, one task after another: the speed-up baseline. */
    SEQUENTIAL {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new SequentialRunner(config.context());
        }
    },
    /** A new platform thread per task, started and joined. */
    THREAD_PER_TASK {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new ThreadPerTaskRunner(config.context());
        }
    },
    /** A {@link ThreadPoolExecutor} of {@code parallelism} daemon threads. */
    FIXED_POOL {
        @Override
        public TaskRunner create(RunnerConfig config) {
            int n = config.parallelism();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), DaemonThreads.factory("tvp-pool-"));
            pool.prestartAllCoreThreads();
            return new ExecutorRunner(pool, config.context());
        }
    },
    /** A {@link ForkJoinPool} of {@code parallelism} (work-stealing, daemon workers). */
    FORK_JOIN {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new ExecutorRunner(new ForkJoinPool(config.parallelism()), config.context());
        }
    },
    /** A virtual thread per task, on the JDK's scheduler (carriers = available processors). */
    VIRTUAL {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new ExecutorRunner(
                    Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("tvp-virtual-", 0).factory()),
                    config.context());
        }
    },
    /** Non-blocking callbacks on {@code parallelism} single-threaded event loops: the asyncio analogue. */
    ASYNC {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new AsyncRunner(config.parallelism(), config.context());
        }
    },
    /** {@code parallelism} long-lived child JVMs, started once, fed tasks in pipelined chunks ({@link Pipeline}). */
    PROCESS_POOL {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new ProcessPoolRunner(config.parallelism(), config.childJvm(), config.pipeline(), config.context());
        }
    },
    /** A new child JVM per task, at most {@code parallelism} alive at once: the cost of a process per task. */
    PROCESS_PER_TASK {
        @Override
        public TaskRunner create(RunnerConfig config) {
            return new ProcessPerTaskRunner(config.parallelism(), config.childJvm(), config.context());
        }
    };

    /** Creates a runner; the caller closes it. */
    public abstract TaskRunner create(RunnerConfig config);

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static Strategy parse(String name) {
        return EnumNames.parse(Strategy.class, "strategy", name);
    }
}
