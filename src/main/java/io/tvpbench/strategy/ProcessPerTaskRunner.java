package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerProcess;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A new child JVM for every task, started, handed the task, and ended: what Python's {@code Process(target=...)}
 * per task costs. At most {@code parallelism} children are alive at once, so a batch of a thousand I/O tasks
 * does not start a thousand JVMs.
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

    /** The parent's echo server when some task of the batch talks to it (starting it then), else null. */
    static InetSocketAddress echoFor(List<TaskSpec> tasks, TaskContext context) {
        return tasks.stream().anyMatch(t -> t.workload() == Workload.IO_SOCKET) ? context.echoAddress() : null;
    }

    @Override
    public long[] run(List<TaskSpec> tasks) throws InterruptedException {
        InetSocketAddress echo = echoFor(tasks, context);
        List<Future<Long>> futures = new ArrayList<>(tasks.size());
        for (TaskSpec task : tasks) {
            futures.add(launchers.submit(() -> runInNewChild(task, echo)));
        }
        try {
            return Batch.await(tasks, futures);
        } catch (InterruptedException e) {
            live.forEach(w -> w.kill("was killed because the batch was interrupted"));
            throw e;
        }
    }

    private long runInNewChild(TaskSpec task, InetSocketAddress echo) {
        try (WorkerProcess worker = WorkerProcess.start(options)) {
            live.add(worker);
            try {
                return worker.call(task, echo, context.state());
            } finally {
                live.remove(worker);
            }
        }
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
