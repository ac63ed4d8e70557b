package io.tvpbench.strategy;

import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Starts a new platform thread for every task, which reports the task and ends: the cost of {@code new Thread}. */
final class ThreadPerTaskRunner implements TaskRunner {

    private final TaskContext context;
    private final Set<Thread> live = ConcurrentHashMap.newKeySet();

    ThreadPerTaskRunner(TaskContext context) {
        this.context = context;
    }

    @Override
    public void submit(TaskSpec task, Completion done) {
        Thread thread = Thread.ofPlatform().name("tvp-task-" + task.index()).daemon(true).unstarted(() -> {
            try {
                Outcomes.execute(task, context, done);
            } finally {
                live.remove(Thread.currentThread());
            }
        });
        live.add(thread);
        thread.start();
    }

    /** Interrupts the threads of unfinished tasks and waits for every one to end. */
    @Override
    public void close() {
        List<Thread> running = List.copyOf(live);
        running.forEach(Thread::interrupt);
        try {
            for (Thread thread : running) {
                if (!thread.join(Duration.ofSeconds(10))) {
                    throw new IllegalStateException("task thread did not end within 10 s: " + thread);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
