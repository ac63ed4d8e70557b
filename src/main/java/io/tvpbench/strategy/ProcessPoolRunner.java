package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerException;
import io.tvpbench.worker.WorkerProcess;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/**
 * {@code parallelism} long-lived child JVMs, started once per trial. The caller writes each task straight to an
 * idle child's stdin and one reader thread per child completes the task when its reply arrives, so an empty
 * task costs one hand-off more than a raw pipe ping-pong. A child that dies, hangs past the task timeout or
 * breaks the protocol fails its task with the cause and is replaced when its slot is next used.
 */
final class ProcessPoolRunner implements TaskRunner {

    private final ChildJvmOptions options;
    private final TaskContext context;
    private final List<Slot> slots = new ArrayList<>();
    private final BlockingQueue<Slot> idle;
    private volatile boolean closed;

    ProcessPoolRunner(int parallelism, ChildJvmOptions options, TaskContext context) {
        this.options = options;
        this.context = context;
        this.idle = new ArrayBlockingQueue<>(parallelism);
        try {
            for (WorkerProcess worker : ParallelStart.start(options, parallelism)) {
                Slot slot = new Slot();
                slot.install(worker);
                slots.add(slot);
                idle.add(slot);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The pids of the live children, for tests and footprint measurements. */
    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (Slot slot : slots) {
            synchronized (slot) {
                if (slot.worker != null) {
                    pids.add(slot.worker.pid());
                }
            }
        }
        return pids;
    }

    @Override
    public long[] run(List<TaskSpec> tasks) throws InterruptedException {
        InetSocketAddress echo = ProcessPerTaskRunner.echoFor(tasks, context);
        List<CompletableFuture<Long>> futures = new ArrayList<>(tasks.size());
        try {
            for (TaskSpec task : tasks) {
                Slot slot = idle.take();
                Job job = new Job(task, new CompletableFuture<>());
                futures.add(job.future);
                slot.dispatch(job, echo);
            }
            return Batch.await(tasks, futures);
        } catch (InterruptedException e) {
            slots.forEach(Slot::killIfBusy);
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
        List<Thread> readers = new ArrayList<>();
        for (Slot slot : slots) {
            WorkerProcess worker;
            synchronized (slot) {
                worker = slot.worker;
                slot.worker = null;
                readers.add(slot.reader);
            }
            if (worker != null) {
                worker.close();
            }
        }
        for (Thread reader : readers) {
            try {
                if (reader != null) {
                    reader.join(Duration.ofSeconds(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A task and the future its reader completes. */
    private record Job(TaskSpec task, CompletableFuture<Long> future) {
        void fail(WorkerException e) {
            future.completeExceptionally(new TaskFailedException(task, e));
        }
    }

    /** A place for one child: the current child (null once lost), its reader thread, and its task in flight. */
    private final class Slot {
        private WorkerProcess worker;
        private Thread reader;
        private Job pending;

        synchronized void install(WorkerProcess started) {
            worker = started;
            reader = Thread.ofPlatform().daemon(true).name("tvp-process-reader-" + started.pid())
                    .start(() -> readReplies(started));
        }

        /** Caller thread, slot taken from the idle queue: replaces a lost child, then sends the task. */
        void dispatch(Job job, InetSocketAddress echo) {
            WorkerProcess target;
            synchronized (this) {
                if (worker == null) {
                    try {
                        install(WorkerProcess.start(options));
                    } catch (WorkerException e) {
                        idle.add(this);
                        job.fail(e);
                        return;
                    }
                }
                pending = job;
                target = worker;
            }
            target.send(job.task, echo);
        }

        synchronized void killIfBusy() {
            if (pending != null && worker != null) {
                worker.kill("was killed because the batch was interrupted");
            }
        }

        /** Reader thread of one child: completes each task as its reply arrives, until the child is lost. */
        private void readReplies(WorkerProcess child) {
            while (true) {
                long checksum;
                try {
                    checksum = child.receive();
                } catch (WorkerException e) {
                    if (e.lost()) {
                        lose(child, e);
                        return;
                    }
                    Job job = finish();
                    if (job != null) {
                        job.fail(e);
                    }
                    continue;
                }
                Job job = finish();
                if (job != null) {
                    job.future.complete(checksum);
                }
            }
        }

        /** Takes the task in flight and makes the slot idle again before its caller wakes up. */
        private Job finish() {
            Job job;
            synchronized (this) {
                job = pending;
                pending = null;
            }
            if (job != null) {
                idle.add(this);
            }
            return job;
        }

        private void lose(WorkerProcess child, WorkerException cause) {
            Job job;
            synchronized (this) {
                if (worker == child) {
                    worker = null;
                }
                job = pending;
                pending = null;
            }
            child.close();
            if (job != null) {
                if (!closed) {
                    idle.add(this);
                }
                job.fail(cause);
            }
        }
    }
}
