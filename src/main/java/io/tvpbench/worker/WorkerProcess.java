package io.tvpbench.worker;

import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Supplier;

/**
 * One child JVM running {@link WorkerMain} and the parent's end of its link: tasks go out as frames on the
 * child's stdin in chunks, checksums come back on its stdout in the order sent. {@link #send} may be called again
 * before the replies are in (pipelining); one thread at a time calls {@link #receive} for the oldest unanswered
 * task, or {@link #call} does both. A task that outlives the task timeout gets the child killed.
 */
public final class WorkerProcess implements AutoCloseable {

    private static final long NO_DEADLINE = Long.MIN_VALUE;

    private final ChildJvm jvm;
    private final ChildJvmOptions options;
    private final String name;
    private final FrameReader reader;
    private final FrameWriter writer;
    private final PayloadLink payloads;
    private final ByteBuffer head = ByteBuffer.allocate(256);
    private final ByteBuffer empty = ByteBuffer.allocate(0);
    private final Object sending = new Object();
    private final ArrayDeque<TaskSpec> unanswered = new ArrayDeque<>();
    private volatile long deadline = NO_DEADLINE;
    /** Why the armed deadline kills the child, built only if it does: replies re-arm it once per task. */
    private volatile Supplier<String> deadlineReason;
    private volatile String killedBecause;
    private volatile SharedState updates = UNSHARED;

    private static final SharedState UNSHARED = Sharing.NONE.create();

    private WorkerProcess(ChildJvm jvm, ChildJvmOptions options) {
        this.jvm = jvm;
        this.options = options;
        this.name = "worker pid " + jvm.pid();
        this.reader = new FrameReader(jvm.stdout(), name);
        this.writer = new FrameWriter(jvm.stdin());
        this.payloads = options.transport().open("w" + jvm.pid());
    }

    /** Starts a child with {@code options} and returns once it has announced that it is ready for tasks. */
    public static WorkerProcess start(ChildJvmOptions options) {
        return start(options, List.of());
    }

    static WorkerProcess start(ChildJvmOptions options, List<String> extraJvmOptions) {
        ChildJvm jvm = ChildJvm.launch(options, extraJvmOptions, WorkerMain.class, List.of());
        WorkerProcess worker = new WorkerProcess(jvm, options);
        Watchdog.watch(worker);
        worker.arm(options.startTimeout(), () -> "did not become ready within " + options.startTimeout().toMillis() + " ms");
        try {
            Frame ready = worker.reader.read();
            if (ready.type() != Frame.READY) {
                throw new ProtocolException(worker.name + " sent frame type " + ready.type() + " instead of READY");
            }
            worker.deadline = NO_DEADLINE;
            return worker;
        } catch (IOException e) {
            String end = worker.killedBecause != null ? worker.killedBecause + "; " + worker.describeEnd()
                    : worker.describeEnd();
            String cause = e instanceof EOFException ? end : e.getMessage() + "; " + end;
            worker.close();
            throw new WorkerStartException(jvm.pid(), "child JVM (pid " + jvm.pid() + ") failed to start: " + cause
                    + "; command: " + String.join(" ", jvm.command()), e);
        }
    }

    public long pid() {
        return jvm.pid();
    }

    public boolean isAlive() {
        return jvm.isAlive();
    }

    /** The child's resident memory in bytes (Linux), e.g. for the per-idle-child footprint. */
    public long rssBytes() {
        return jvm.rssBytes();
    }

    /** The child's proportional set size in bytes (Linux), its share of the pages it maps. */
    public long pssBytes() {
        return ProcessMemory.pssBytes(pid());
    }

    /** What the child last wrote on stderr. */
    public String stderrTail() {
        return jvm.stderrTail();
    }

    /** Sends one task as a chunk of its own. */
    public void send(TaskSpec task, InetSocketAddress echo) {
        send(List.of(task), echo);
    }

    /**
     * Sends a chunk of tasks in one write, which the child answers together once it has run them all, and starts
     * the oldest unanswered task's timeout. A child that cannot be written to is killed, so the matching
     * {@link #receive} reports why it is gone; this method itself does not throw for a lost child.
     *
     * @param echo the parent's echo server, required for IO_SOCKET tasks, else ignored
     */
    public void send(List<TaskSpec> chunk, InetSocketAddress echo) {
        send(chunk, echo, UNSHARED);
    }

    /**
     * Sends a chunk whose SHARED_STATE updates go to {@code state}: the child sends them as messages that
     * {@link #receive} applies before the task's reply ({@link Sharing#MESSAGE}), or updates the state's segment
     * itself ({@link Sharing#SHM_ATOMIC}).
     */
    public void send(List<TaskSpec> chunk, InetSocketAddress echo, SharedState state) {
        for (TaskSpec task : chunk) {
            if (task.workload() == Workload.IO_SOCKET && echo == null) {
                throw new IllegalArgumentException(task.describe() + " needs the parent's echo server address");
            }
        }
        synchronized (sending) {
            updates = state;
            synchronized (unanswered) {
                if (unanswered.isEmpty()) {
                    armFor(chunk.getFirst());
                }
                unanswered.addAll(chunk);
            }
            TaskSpec current = chunk.getFirst();
            try {
                for (TaskSpec task : chunk) {
                    current = task;
                    append(task, echo, state);
                }
                writer.write(Frame.FLUSH, empty);
            } catch (IOException e) {
                kill("could not be sent " + current.describe() + " (" + e.getMessage() + ")");
            }
        }
    }

    private void append(TaskSpec task, InetSocketAddress echo, SharedState state) throws IOException {
        head.clear();
        TaskMessage.encodeHead(task, task.workload() == Workload.IO_SOCKET ? echo : null, state, head);
        if (task.workload() == Workload.DATA_TRANSFER) {
            payloads.send(task, head, writer);
        } else {
            head.put(TaskMessage.NO_PAYLOAD).flip();
            writer.append(Frame.TASK, head, null, 0, 0);
        }
    }

    private void armFor(TaskSpec task) {
        arm(options.taskTimeout(), () -> "timed out after " + options.taskTimeout().toMillis() + " ms on "
                + task.describe() + " and was killed");
    }

    /**
     * Waits for the reply to the oldest task sent and not yet answered, applying the updates the child sends
     * ahead of it.
     *
     * @return the task's checksum
     * @throws WorkerException naming this child's pid: {@link WorkerException#lost()} when the child died, hung,
     *                         or broke the protocol, otherwise the task failed inside a healthy child
     */
    public long receive() {
        Frame reply;
        try {
            reply = reader.read();
            while (reply.type() == Frame.UPDATE) {
                SharedStateLink.apply(reply.body(), updates);
                reply = reader.read();
            }
        } catch (IOException e) {
            deadline = NO_DEADLINE;
            throw lost(e);
        }
        synchronized (unanswered) {
            unanswered.poll();
            if (unanswered.isEmpty()) {
                deadline = NO_DEADLINE;
            } else {
                armFor(unanswered.peek());
            }
        }
        if (reply.type() == Frame.RESULT && reply.body().remaining() == Long.BYTES) {
            return reply.body().getLong();
        }
        if (reply.type() == Frame.FAILURE) {
            throw new WorkerException(pid(), false, name + " reported: " + StandardCharsets.UTF_8.decode(reply.body()),
                    null);
        }
        throw lost(new ProtocolException(name + " sent frame type " + reply.type() + " instead of a reply"));
    }

    /** Sends a task and waits for its checksum. */
    public long call(TaskSpec task, InetSocketAddress echo) {
        return call(task, echo, UNSHARED);
    }

    /** Sends a task whose updates go to {@code state} and waits for its checksum. */
    public long call(TaskSpec task, InetSocketAddress echo, SharedState state) {
        send(List.of(task), echo, state);
        return receive();
    }

    private WorkerException lost(IOException e) {
        String cause;
        if (killedBecause != null) {
            cause = name + " " + killedBecause;
        } else if (e instanceof EOFException) {
            cause = name + " " + describeEnd() + " during the task";
        } else {
            kill("broke the protocol");
            cause = "protocol error: " + e.getMessage() + "; " + name + " was killed";
        }
        return new WorkerException(pid(), true, cause, e);
    }

    private String describeEnd() {
        return jvm.describeEnd();
    }

    /** Kills the child now, recording why for the error the pending {@link #receive} will raise. */
    public void kill(String reason) {
        if (killedBecause == null) {
            killedBecause = reason;
        }
        jvm.kill();
    }

    private void arm(Duration limit, Supplier<String> reason) {
        deadlineReason = reason;
        deadline = System.nanoTime() + limit.toNanos();
    }

    void checkDeadline(long now) {
        long due = deadline;
        if (due != NO_DEADLINE && now - due >= 0) {
            deadline = NO_DEADLINE;
            kill(deadlineReason.get());
        }
    }

    /** Asks the child to exit (stdin closed), waits up to {@code grace}, then kills it; returns its exit code. */
    int close(Duration grace) {
        Watchdog.unwatch(this);
        try {
            return jvm.close(grace);
        } finally {
            payloads.close();
        }
    }

    /** Ends the child (gracefully, then forcibly) and deletes its shared-memory file; never leaves it running. */
    @Override
    public void close() {
        close(ChildJvm.GRACE);
    }

    @Override
    public String toString() {
        return name;
    }
}
