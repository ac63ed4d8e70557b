package io.tvpbench.strategy;

import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/** Hands each task to an executor (fixed pool, fork/join or virtual threads); the executing thread reports it. */
final class ExecutorRunner implements TaskRunner {

    private final ExecutorService executor;
    private final TaskContext context;

    ExecutorRunner(ExecutorService executor, TaskContext context) {
        this.executor = executor;
        this.context = context;
    }

    @Override
    public void submit(TaskSpec task, Completion done) {
        try {
            executor.execute(() -> Outcomes.execute(task, context, done));
        } catch (RejectedExecutionException e) {
            Outcomes.fail(task, e, done);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("executor did not terminate within 10 s: " + executor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
