package io.tvpbench.bench;

/**
 * How many tasks a throughput benchmark keeps in flight, and when a full window wakes its driver to refill it.
 *
 * @param size     tasks in flight at most
 * @param refillAt the driver, parked on a full window, is woken once in-flight tasks drop to this many
 */
record Window(int size, int refillAt) {

    Window {
        if (size < 1 || refillAt < 0 || refillAt >= size) {
            throw new IllegalArgumentException("window of " + size + " refilled at " + refillAt);
        }
    }

    /**
     * The blocking workloads' {@code concurrency}: in flight is the variable under test, so the window is refilled
     * as soon as 1% of it (at least one task) is free, keeping it within 1% of full.
     */
    static Window concurrency(int concurrency) {
        return new Window(concurrency, concurrency - Math.max(1, concurrency / 100));
    }

    /**
     * A queue deep enough to keep every worker busy: refilled when half empty, so the driver wakes once per half
     * window rather than once per task, which on fine-grained CPU work would cost as much as the task.
     */
    static Window queue(int size) {
        return new Window(size, size / 2);
    }
}
