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
import java.util.concurrent.locks.LockSupport;

/**
 * {@code parallelism} long-lived child JVMs, started once per trial. The caller writes each task straight to an
 * idle child's stdin; a reader thread per child waits for the reply. The batch's last task the caller runs
 * itself, since it would only wait otherwise: a one-task batch costs what a raw pipe round trip costs plus
 * framing. A child that dies, hangs past the task timeout or breaks the protocol fails its task with the cause
 * and is replaced when its slot is next used.
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
        int last = tasks.size() - 1;
        try {
            for (int i = 0; i < last; i++) {
                Job job = new Job(tasks.get(i), new CompletableFuture<>());
                futures.add(job.future);
                idle.take().dispatch(job, echo);
            }
            if (last >= 0) {
                futures.add(idle.take().callHere(tasks.get(last), echo));
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
            LockSupport.unpark(slot.reader);
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

    /**
     * A place for one child. Whoever holds the slot (taken from the idle queue) owns it: the caller until it
     * hands a task to the reader, the reader until the reply is in; the owner puts it back.
     */
    private final class Slot {
        private WorkerProcess worker;
        private Thread reader;
        private volatile Job pending;

        synchronized void install(WorkerProcess started) {
            worker = started;
            reader = Thread.ofPlatform().daemon(true).name("tvp-process-reader-" + started.pid())
                    .start(() -> readReplies(started));
        }

        /** The live child, replacing a lost one first. */
        private synchronized WorkerProcess live() {
            if (worker != null && !worker.isAlive()) {
                retire(worker);
            }
            if (worker == null) {
                install(WorkerProcess.start(options));
            }
            return worker;
        }

        /** Caller thread: sends the task and leaves its reply to the reader thread. */
        void dispatch(Job job, InetSocketAddress echo) {
            WorkerProcess target;
            try {
                target = live();
            } catch (WorkerException e) {
                idle.add(this);
                job.fail(e);
                return;
            }
            pending = job;
            target.send(job.task, echo, context.state());
            LockSupport.unpark(reader);
        }

        /** Caller thread: runs the task to its end on this slot's child, then frees the slot. */
        CompletableFuture<Long> callHere(TaskSpec task, InetSocketAddress echo) {
            try {
                WorkerProcess target = live();
                try {
                    return CompletableFuture.completedFuture(target.call(task, echo, context.state()));
                } catch (WorkerException e) {
                    if (e.lost()) {
                        retire(target);
                    }
                    return Batch.failed(task, e);
                }
            } catch (WorkerException e) {
                return Batch.failed(task, e);
            } finally {
                idle.add(this);
            }
        }

        void killIfBusy() {
            WorkerProcess target;
            synchronized (this) {
                target = worker;
            }
            if (pending != null && target != null) {
                target.kill("was killed because the batch was interrupted");
            }
        }

        /** Reader thread of one child: parks until a task is in flight, then completes it with the reply. */
        private void readReplies(WorkerProcess child) {
            while (true) {
                Job job;
                while ((job = pending) == null) {
                    if (closed || !isCurrent(child)) {
                        return;
                    }
                    LockSupport.park(this);
                }
                try {
                    long checksum = child.receive();
                    pending = null;
                    idle.add(this);
                    job.future.complete(checksum);
                } catch (WorkerException e) {
                    pending = null;
                    if (e.lost()) {
                        retire(child);
                    }
                    if (!closed) {
                        idle.add(this);
                    }
                    job.fail(e);
                    if (e.lost()) {
                        return;
                    }
                }
            }
        }

        private synchronized boolean isCurrent(WorkerProcess child) {
            return worker == child;
        }

        /** Drops a lost child; the next user of the slot starts a new one. */
        private void retire(WorkerProcess child) {
            Thread oldReader;
            synchronized (this) {
                if (worker == child) {
                    worker = null;
                }
                oldReader = reader;
            }
            child.close();
            LockSupport.unpark(oldReader);
        }
    }
}
