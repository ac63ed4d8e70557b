package io.tvpbench.strategy;

import io.tvpbench.workload.TaskSpec;

import java.util.List;

/**
 * Runs tasks under one execution strategy as a stream: a caller keeps as many tasks in flight as it likes and
 * starts the next one as one finishes, so nothing waits for the slowest task of a batch. A runner is created once
 * per trial (its threads or child JVMs are the start-up cost measured separately) and reused for every task.
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Starts one task; {@code done} hears its checksum or its failure exactly once, on whichever thread finished it.
     * Returns without waiting for the task, except SEQUENTIAL, which runs it on the caller's thread.
     *
     * @throws InterruptedException when SEQUENTIAL's caller is interrupted inside the task
     */
    void submit(TaskSpec task, Completion done) throws InterruptedException;

    /**
     * Runs every task and returns their checksums in list order, once all have finished or failed.
     *
     * @throws TaskFailedException  naming the first failed task in list order, the others' failures suppressed
     * @throws InterruptedException when the caller is interrupted while waiting
     */
    default long[] run(List<TaskSpec> tasks) throws InterruptedException {
        return Batch.run(this, tasks);
    }

    /**
     * Stops every thread or child process this runner started and waits for them to end; tasks still in flight
     * fail or are dropped, and their completions may no longer be called.
     */
    @Override
    void close();

    /** Hears how one task ended. */
    @FunctionalInterface
    interface Completion {

        /**
         * @param checksum the task's checksum when it succeeded
         * @param failure  null when the task succeeded, else the failure naming it
         */
        void done(TaskSpec task, long checksum, TaskFailedException failure);
    }
}
