package io.tvpbench.bench;

import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.LoadedTask;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Watches a user's task in the benchmark fork: a call running past the timeout stops the fork, naming the task,
 * since a thread stuck in user code cannot be taken back (interrupts may be ignored) and the fork would otherwise
 * hang the whole run. JMH records the fork as failed and goes on with the next configuration.
 */
final class HungTaskWatch implements AutoCloseable {

    /** The fork's exit code when a task hung. */
    static final int HUNG = 3;

    private final Thread thread;

    private HungTaskWatch(Thread thread) {
        this.thread = thread;
    }

    static HungTaskWatch start(LoadedTask task, Duration timeout, Strategy strategy) {
        long pollMillis = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
        Thread thread = Thread.ofPlatform().daemon(true).name("tvp-hung-task-watch").start(() -> {
            try {
                while (true) {
                    Thread.sleep(pollMillis);
                    OptionalLong hung = task.overdue(timeout);
                    if (hung.isPresent()) {
                        System.err.println(UserTaskProblems.PREFIX + "hung under " + strategy + ": task #"
                                + hung.getAsLong() + " did not finish within " + timeout.toMillis()
                                + " ms; its benchmark JVM was stopped");
                        System.err.flush();
                        Runtime.getRuntime().halt(HUNG);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return new HungTaskWatch(thread);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
