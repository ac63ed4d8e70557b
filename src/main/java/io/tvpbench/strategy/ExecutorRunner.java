package io.tvpbench.strategy;

import io.tvpbench.workload.GilHold;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Submits every task of a batch to an executor (fixed pool, fork/join or virtual threads) and waits for all. */
final class ExecutorRunner implements TaskRunner {

    private final ExecutorService executor;
    private final TaskContext context;

    ExecutorRunner(ExecutorService executor, TaskContext context) {
        this.executor = executor;
        this.context = context;
    }

    @Override
    public long[] run(List<TaskSpec> tasks) throws InterruptedException {
        List<Future<Long>> futures = new ArrayList<>(tasks.size());
        try (GilHold dispatcher = GilHold.forDispatch(tasks)) {
            for (TaskSpec task : tasks) {
                futures.add(executor.submit(() -> Tasks.execute(task, context)));
                dispatcher.checkpoint();
            }
        }
        return Batch.await(tasks, futures);
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
