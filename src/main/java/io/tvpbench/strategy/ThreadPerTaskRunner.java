package io.tvpbench.strategy;

import io.tvpbench.workload.GilHold;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;

/** Starts a new platform thread for every task and joins them all: the cost of {@code new Thread} per task. */
final class ThreadPerTaskRunner implements TaskRunner {

    private final TaskContext context;

    ThreadPerTaskRunner(TaskContext context) {
        this.context = context;
    }

    @Override
    public long[] run(List<TaskSpec> tasks) throws InterruptedException {
        List<FutureTask<Long>> futures = new ArrayList<>(tasks.size());
        List<Thread> threads = new ArrayList<>(tasks.size());
        try (GilHold starter = GilHold.forDispatch(tasks)) {
            for (TaskSpec task : tasks) {
                FutureTask<Long> future = new FutureTask<>(() -> Tasks.execute(task, context));
                futures.add(future);
                Thread thread = Thread.ofPlatform().name("tvp-task-" + task.index()).daemon(true).unstarted(future);
                threads.add(thread);
                thread.start();
                starter.checkpoint();
            }
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            throw e;
        }
        return Batch.await(tasks, futures);
    }

    @Override
    public void close() {
        // every thread was joined by run()
    }
}
