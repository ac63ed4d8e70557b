package io.tvpbench.strategy;

import io.tvpbench.workload.TaskSpec;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Collects a batch's results in task order once every task has finished, failing with the first failure. */
final class Batch {

    private Batch() {
    }

    /** Waits for all futures; each failure is reported against its task, the first thrown, the rest suppressed. */
    static long[] await(List<TaskSpec> tasks, List<? extends Future<Long>> futures) throws InterruptedException {
        long[] checksums = new long[tasks.size()];
        TaskFailedException first = null;
        try {
            for (int i = 0; i < futures.size(); i++) {
                try {
                    checksums[i] = futures.get(i).get();
                } catch (ExecutionException | CancellationException e) {
                    Throwable cause = e instanceof ExecutionException ? unwrap(e.getCause()) : e;
                    TaskFailedException failure = cause instanceof TaskFailedException tfe
                            ? tfe : new TaskFailedException(tasks.get(i), cause);
                    if (first == null) {
                        first = failure;
                    } else {
                        first.addSuppressed(failure);
                    }
                }
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        if (first != null) {
            throw first;
        }
        return checksums;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof java.util.concurrent.CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** A future failed on behalf of a task. */
    static CompletableFuture<Long> failed(TaskSpec task, Throwable cause) {
        return CompletableFuture.failedFuture(new TaskFailedException(task, cause));
    }
}
