package io.tvpbench.strategy;

import io.tvpbench.workload.TaskSpec;

import java.util.List;

/**
 * Runs batches of tasks under one execution strategy. A runner is created once per trial (its threads or child
 * JVMs are the start-up cost measured separately) and reused for many batches.
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Runs every task of the batch and returns their checksums in task order. All tasks have finished, or
     * failed, when this returns or throws: no task of the batch outlives the call.
     *
     * @throws TaskFailedException  naming the first failed task, with the others' failures suppressed
     * @throws InterruptedException when the caller is interrupted while waiting
     */
    long[] run(List<TaskSpec> tasks) throws InterruptedException;

    /** Stops every thread or child process this runner started and waits for them to end. */
    @Override
    void close();
}
