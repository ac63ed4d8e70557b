package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerException;
import io.tvpbench.worker.WorkerProcess;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code parallelism} long-lived child JVMs, started once per trial, fed as Python's {@code multiprocessing.Pool}
 * feeds its workers: submitted tasks queue in the parent and go to the child with the fewest tasks in flight, up
 * to {@link Pipeline#chunk()} tasks per message, and no more than an equal share of the queue per child (so a short
 * queue spreads over every child, as Python's {@code map} sizes its chunks from the job), and
 * {@link Pipeline#depth()} messages per child. A reader
 * thread per child hears the replies, completes the tasks and sends the next chunk. A child that dies, hangs past
 * the task timeout or breaks the protocol fails every task it held, naming the cause, and is replaced at once
 * (or, if that start fails, when its slot next gets a chunk).
 */
final class ProcessPoolRunner implements TaskRunner {

    private final ChildJvmOptions options;
    private final TaskContext context;
    private final Pipeline pipeline;
    private final List<Slot> slots = new ArrayList<>();
    /** Tasks submitted and not yet sent; also guards every slot's {@code messages} count. */
    private final ArrayDeque<Job> queued = new ArrayDeque<>();
    private volatile boolean closed;

    ProcessPoolRunner(int parallelism, ChildJvmOptions options, Pipeline pipeline, TaskContext context) {
        this.options = options;
        this.context = context;
        this.pipeline = options.transport().pipelines() ? pipeline : Pipeline.NONE;
        try {
            for (WorkerProcess worker : ParallelStart.start(options, parallelism)) {
                Slot slot = new Slot();
                slot.install(worker);
                slots.add(slot);
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
    public void submit(TaskSpec task, Completion done) {
        Job job = new Job(task, ProcessPerTaskRunner.echoFor(task, context), done);
        synchronized (queued) {
            queued.add(job);
        }
        pump();
    }

    /** Sends queued tasks, a chunk at a time, to the children with room for another message. */
    private void pump() {
        while (true) {
            Slot slot;
            List<Job> chunk;
            synchronized (queued) {
                int size = Math.min(pipeline.chunk(), Math.ceilDiv(queued.size(), slots.size()));
                slot = closed || queued.isEmpty() ? null : roomiest(size);
                if (slot == null) {
                    return;
                }
                chunk = new ArrayList<>(size);
                while (chunk.size() < size) {
                    chunk.add(queued.poll());
                }
                slot.messages++;
                slot.tasks += chunk.size();
            }
            slot.send(chunk);
        }
    }

    /**
     * The slot with the fewest tasks in flight, if it has room for one more message of {@code size} tasks and,
     * when that is less than a chunk, less than a chunk in flight: a child with a chunk's work ahead waits for a
     * full chunk or until it runs low, rather than being sent a message per task; caller holds {@code queued}.
     */
    private Slot roomiest(int size) {
        int enough = size == pipeline.chunk() ? Integer.MAX_VALUE : pipeline.chunk();
        Slot best = null;
        for (Slot slot : slots) {
            if (slot.messages < pipeline.depth() && slot.tasks < enough && (best == null || slot.tasks < best.tasks)) {
                best = slot;
            }
        }
        return best;
    }

    private void released(Slot slot, int messages, int tasks) {
        synchronized (queued) {
            slot.messages -= messages;
            slot.tasks -= tasks;
        }
        pump();
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
                slot.notifyAll();
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
        List<Job> dropped;
        synchronized (queued) {
            dropped = List.copyOf(queued);
            queued.clear();
        }
        dropped.forEach(job -> job.fail("was dropped because its PROCESS_POOL closed"));
    }

    /** A task, the echo server it talks to (or null), and who hears how it ended. */
    private record Job(TaskSpec task, InetSocketAddress echo, Completion done) {
        void fail(RuntimeException e) {
            done.done(task, 0, new TaskFailedException(task, e));
        }

        void fail(String reason) {
            done.done(task, 0, new TaskFailedException(task, reason));
        }
    }

    /**
     * A place for one child: the chunks sent to it and not yet answered, oldest first. Senders append under the
     * slot's lock; its reader thread takes replies off the front. Only the reader retires a lost child, after
     * failing every task the child held, so a replacement never hears of its predecessor's tasks.
     */
    private final class Slot {
        private WorkerProcess worker;
        private Thread reader;
        private final ArrayDeque<List<Job>> sent = new ArrayDeque<>();
        private int answered;
        /** Messages sent or being sent and not yet answered; guarded by {@code queued}. */
        private int messages;
        /** Tasks in those messages; guarded by {@code queued}. */
        private int tasks;

        synchronized void install(WorkerProcess started) {
            worker = started;
            reader = Thread.ofPlatform().daemon(true).name("tvp-process-reader-" + started.pid())
                    .start(() -> readReplies(started));
        }

        /** Sends one chunk to the live child, starting a replacement first if the last one was lost. */
        void send(List<Job> chunk) {
            synchronized (this) {
                if (!closed) {
                    try {
                        if (worker == null) {
                            install(WorkerProcess.start(options));
                        }
                        sent.add(chunk);
                        worker.send(chunk.stream().map(Job::task).toList(), echoOf(chunk), context.state());
                        notifyAll();
                        return;
                    } catch (WorkerException e) {
                        chunk.forEach(job -> job.fail(e));
                    }
                } else {
                    chunk.forEach(job -> job.fail("was dropped because its PROCESS_POOL closed"));
                }
            }
            released(this, 1, chunk.size());
        }

        private static InetSocketAddress echoOf(List<Job> chunk) {
            return chunk.stream().map(Job::echo).filter(Objects::nonNull).findFirst().orElse(null);
        }

        /**
         * Reader thread of one child. Its loop is entered once per child, so the work is in {@link #readOne}, which
         * the JIT compiles after a few thousand replies instead of waiting for on-stack replacement of the loop.
         */
        private void readReplies(WorkerProcess child) {
            while (readOne(child)) {
                // each call completes one task
            }
        }

        /** Waits for a chunk in flight, then completes its oldest unanswered task; false once the child is gone. */
        private boolean readOne(WorkerProcess child) {
            synchronized (this) {
                while (sent.isEmpty() && worker == child) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return false;
                    }
                }
                if (worker != child) {
                    return false;
                }
            }
            long checksum = 0;
            WorkerException failure = null;
            try {
                checksum = child.receive();
            } catch (WorkerException e) {
                if (e.lost()) {
                    retire(child, e);
                    return false;
                }
                failure = e;
            }
            Job job;
            int chunkDone = 0;
            synchronized (this) {
                List<Job> chunk = sent.peek();
                job = chunk.get(answered++);
                if (answered == chunk.size()) {
                    chunkDone = chunk.size();
                    sent.poll();
                    answered = 0;
                }
            }
            if (failure == null) {
                job.done.done(job.task, checksum, null);
            } else {
                job.fail(failure);
            }
            if (chunkDone > 0) {
                released(this, 1, chunkDone);
            }
            return true;
        }

        /** Drops a lost child and fails every task it held with the cause. */
        private void retire(WorkerProcess child, WorkerException cause) {
            List<Job> lost = new ArrayList<>();
            int messages;
            int tasks = 0;
            synchronized (this) {
                messages = sent.size();
                for (List<Job> chunk : sent) {
                    tasks += chunk.size();
                }
                List<Job> first = sent.poll();
                if (first != null) {
                    lost.addAll(first.subList(answered, first.size()));
                }
                sent.forEach(lost::addAll);
                sent.clear();
                answered = 0;
                if (worker == child) {
                    worker = null;
                }
            }
            child.close();
            replace();
            lost.forEach(job -> job.fail(cause));
            released(this, messages, tasks);
        }

        /** Starts a successor at once, so the pool is back to full strength before the lost tasks' callers hear of it. */
        private synchronized void replace() {
            if (!closed && worker == null) {
                try {
                    install(WorkerProcess.start(options));
                } catch (WorkerException e) {
                    // Left empty: the next chunk for this slot starts a child again and fails its tasks with the cause.
                }
            }
        }
    }
}
