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
     * How much queued work per worker a CPU window holds at most: enough that a worker never waits for the driver
     * (woken at half a window, it refills in microseconds), little enough that the tasks a window gains or loses
     * within one iteration are a small share of what the iteration completes. The count of an iteration is its
     * submissions, which differ from its completions by the window's change in level: with 256 tasks of 1 ms
     * refilled at 128, that change was half a 250 ms iteration's work, and a standard run of ed690b1 (not kept) read
     * CPU_GIL VIRTUAL at 1 core at 1,338 tasks of 1 ms a second, more than one core can complete.
     */
    static final long QUEUED_WORK_NANOS = 4_000_000;

    /**
     * A window of CPU tasks of {@code grainNanos} each for {@code workers}: {@link #QUEUED_WORK_NANOS} of work per
     * worker, at least two tasks each and at most {@code cap} (the depth fine tasks need to amortise the driver's
     * wake-ups), refilled when half empty.
     */
    static Window work(int workers, long grainNanos, int cap) {
        long perWorker = grainNanos <= 0 ? cap : Math.max(2, QUEUED_WORK_NANOS / grainNanos);
        return queue((int) Math.min(cap, Math.max(2L * workers, perWorker * workers)));
    }

    /**
     * A queue deep enough to keep every worker busy: refilled when half empty, so the driver wakes once per half
     * window rather than once per task, which on fine-grained CPU work would cost as much as the task.
     */
    static Window queue(int size) {
        return new Window(size, size / 2);
    }
}
