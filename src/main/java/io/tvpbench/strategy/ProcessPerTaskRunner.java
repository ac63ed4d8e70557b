package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerProcess;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A new child JVM for every task, started, handed the task, and ended: what Python's {@code Process(target=...)}
 * per task costs. At most {@code parallelism} children are alive at once, so a thousand I/O tasks in flight do
 * not start a thousand JVMs: the others queue for a launcher.
 */
final class ProcessPerTaskRunner implements TaskRunner {

    private final ChildJvmOptions options;
    private final TaskContext context;
    private final ExecutorService launchers;
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();

    ProcessPerTaskRunner(int parallelism, ChildJvmOptions options, TaskContext context) {
        this.options = options;
        this.context = context;
        this.launchers = Executors.newFixedThreadPool(parallelism, DaemonThreads.factory("tvp-process-task-"));
    }

    /** The parent's echo server when the task talks to it (starting it then), else null. */
    static InetSocketAddress echoFor(TaskSpec task, TaskContext context) {
        return task.workload() == Workload.IO_SOCKET ? context.echoAddress() : null;
    }

    @Override
    public void submit(TaskSpec task, Completion done) {
        InetSocketAddress echo = echoFor(task, context);
        try {
            launchers.execute(() -> runInNewChild(task, echo, done));
        } catch (RejectedExecutionException e) {
            Outcomes.fail(task, e, done);
        }
    }

    private void runInNewChild(TaskSpec task, InetSocketAddress echo, Completion done) {
        long checksum;
        try (WorkerProcess worker = WorkerProcess.start(options)) {
            live.add(worker);
            try {
                checksum = worker.call(task, echo, context.state());
            } finally {
                live.remove(worker);
            }
        } catch (RuntimeException e) {
            Outcomes.fail(task, e, done);
            return;
        }
        done.done(task, checksum, null);
    }

    @Override
    public void close() {
        launchers.shutdownNow();
        live.forEach(w -> w.kill("was killed because its runner closed"));
        try {
            if (!launchers.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("PROCESS_PER_TASK launchers did not end within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
