package io.tvpbench.strategy;

import io.tvpbench.workload.EnumNames;
import io.tvpbench.workload.Sharing;

import java.util.EnumSet;
import java.util.Set;
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
        TaskRunner newRunner(RunnerConfig config) {
            return new SequentialRunner(config.context());
        }
    },
    /** A new platform thread per task, started and joined. */
    THREAD_PER_TASK {
        @Override
        TaskRunner newRunner(RunnerConfig config) {
            return new ThreadPerTaskRunner(config.context());
        }
    },
    /** A {@link ThreadPoolExecutor} of {@code parallelism} daemon threads. */
    FIXED_POOL {
        @Override
        TaskRunner newRunner(RunnerConfig config) {
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
        TaskRunner newRunner(RunnerConfig config) {
            return new ExecutorRunner(new ForkJoinPool(config.parallelism()), config.context());
        }
    },
    /** A virtual thread per task, on the JDK's scheduler (carriers = available processors). */
    VIRTUAL {
        @Override
        TaskRunner newRunner(RunnerConfig config) {
            return new ExecutorRunner(
                    Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("tvp-virtual-", 0).factory()),
                    config.context());
        }
    },
    /** Non-blocking callbacks on {@code parallelism} single-threaded event loops: the asyncio analogue. */
    ASYNC {
        @Override
        TaskRunner newRunner(RunnerConfig config) {
            return new AsyncRunner(config.parallelism(), config.context());
        }
    },
    /** {@code parallelism} long-lived child JVMs, started once, fed tasks in pipelined chunks ({@link Pipeline}). */
    PROCESS_POOL {
        @Override
        TaskRunner newRunner(RunnerConfig config) {
            return new ProcessPoolRunner(config.parallelism(), config.childJvm(), config.pipeline(), config.context());
        }
    },
    /** A new child JVM per task, at most {@code parallelism} alive at once: the cost of a process per task. */
    PROCESS_PER_TASK {
        @Override
        TaskRunner newRunner(RunnerConfig config) {
            return new ProcessPerTaskRunner(config.parallelism(), config.childJvm(), config.context());
        }
    };

    private static final Set<Sharing> THREADS = EnumSet.of(Sharing.NONE, Sharing.LOCK, Sharing.SYNCHRONIZED,
            Sharing.ATOMIC, Sharing.ADDER);
    private static final Set<Sharing> ONE_THREAD = EnumSet.of(Sharing.NONE, Sharing.CONFINED);
    private static final Set<Sharing> PROCESSES = EnumSet.of(Sharing.NONE, Sharing.MESSAGE, Sharing.SHM_ATOMIC);

    /**
     * Creates a runner for tasks that share state as {@code config.context()} says; the caller closes it.
     *
     * @throws IllegalArgumentException when this strategy cannot share state that way (see {@link #sharingModes})
     */
    public TaskRunner create(RunnerConfig config) {
        checkSharing(config.context().state().mode());
        return newRunner(config);
    }

    abstract TaskRunner newRunner(RunnerConfig config);

    /**
     * The ways this strategy's SHARED_STATE tasks may share state: threads lock or go atomic, one-thread
     * strategies need no synchronisation, processes send messages or use shared memory; NONE for all.
     */
    public Set<Sharing> sharingModes() {
        return switch (this) {
            case THREAD_PER_TASK, FIXED_POOL, FORK_JOIN, VIRTUAL -> THREADS;
            case SEQUENTIAL, ASYNC -> ONE_THREAD;
            case PROCESS_POOL, PROCESS_PER_TASK -> PROCESSES;
        };
    }

    /** Refuses a sharing mode this strategy cannot use, with the modes it can, so none is measured as another. */
    public void checkSharing(Sharing sharing) {
        if (!sharingModes().contains(sharing)) {
            throw new IllegalArgumentException("strategy " + this + " cannot share state by " + sharing
                    + "; its sharing modes are " + sharingModes());
        }
    }

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static Strategy parse(String name) {
        return EnumNames.parse(Strategy.class, "strategy", name);
    }
}
