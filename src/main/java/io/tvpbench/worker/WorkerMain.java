package io.tvpbench.worker;

import io.tvpbench.workload.Checksums;
import io.tvpbench.workload.Fault;
import io.tvpbench.workload.LoadedTask;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;
import io.tvpbench.workload.UserTaskException;
import io.tvpbench.workload.UserTaskSource;
import io.tvpbench.workload.Workload;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM's entry point: announces readiness, then executes task frames from stdin and answers each with a
 * checksum or a failure on stdout, a chunk's answers written together at its {@link Frame#FLUSH}, until stdin
 * closes or the parent dies. It loads only worker/ and workload/
 * classes (no JMH, picocli, Jackson or report), because its start-up is what the start-up benchmarks measure.
 */
public final class WorkerMain {

    /** The exit code of a child whose user task could not be loaded or set up. */
    static final int USER_TASK_FAILED = 3;

    /** What a {@link Fault#GARBAGE} task writes instead of a reply. */
    static final byte[] GARBAGE = "garbage, not a frame\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream link;
    private final FrameWriter writer;
    private final SharedMemoryReader shared = new SharedMemoryReader();
    private final SharedStateLink.Child state;
    private final ByteBuffer head = ByteBuffer.allocate(Long.BYTES);
    private final LoadedTask userTask;
    private InetSocketAddress echo;
    private TaskContext context;

    private WorkerMain(OutputStream link, LoadedTask userTask) {
        this.link = link;
        this.writer = new FrameWriter(link);
        this.state = new SharedStateLink.Child(writer);
        this.userTask = userTask;
        this.context = TaskContext.child(null, userTask);
    }

    public static void main(String[] args) throws IOException {
        OutputStream link = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        ParentWatch.start();
        FrameReader reader = new FrameReader(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16),
                "the parent");
        WorkerMain worker = new WorkerMain(link, loadUserTask());
        worker.writer.write(Frame.READY, worker.head.clear().putLong(ProcessHandle.current().pid()).flip());
        worker.serve(reader);
        if (worker.userTask != null) {
            System.exit(0); // a user's task may have left non-daemon threads; its stdin closed, so the child ends
        }
    }

    /**
     * The user's task named by system properties, loaded and set up before READY, so a child's measured start-up
     * includes its classpath; one that cannot load ends the child with its reason on stderr.
     */
    private static LoadedTask loadUserTask() {
        try {
            return UserTaskSource.fromSystemProperties().map(LoadedTask::load).orElse(null);
        } catch (UserTaskException e) {
            System.err.println("tvp worker: " + e.getMessage());
            System.exit(USER_TASK_FAILED);
            return null;
        }
    }

    /**
     * Serves frames until stdin closes. The loop is entered once per child, so its body is {@link #serveOne}:
     * the JIT compiles a method called per frame within a few thousand frames, where a loop body waits for
     * on-stack replacement, tens of thousands of back-edges later (seconds of a child's life at 10 µs tasks).
     */
    private void serve(FrameReader reader) throws IOException {
        while (serveOne(reader)) {
            // each call serves one frame
        }
    }

    /** Serves one frame; false once stdin has closed. */
    private boolean serveOne(FrameReader reader) throws IOException {
        Frame frame;
        try {
            frame = reader.read();
        } catch (EOFException e) {
            return false;
        }
        if (frame.type() == Frame.FLUSH) {
            writer.flush();
            return true;
        }
        if (frame.type() != Frame.TASK) {
            throw new ProtocolException("expected a task frame, got type " + frame.type());
        }
        TaskMessage task = TaskMessage.decode(frame.body());
        if (task.spec().fault() == Fault.GARBAGE) {
            link.write(GARBAGE);
            link.flush();
            return true;
        }
        answer(task);
        return true;
    }

    private void answer(TaskMessage task) throws IOException {
        long checksum;
        try {
            checksum = execute(task);
        } catch (Exception e) {
            String reason = LoadedTask.describe(e);
            byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
            writer.append(Frame.FAILURE, ByteBuffer.allocate(0), bytes, 0, bytes.length);
            return;
        }
        writer.append(Frame.RESULT, head.clear().putLong(checksum).flip(), null, 0, 0);
    }

    private long execute(TaskMessage task) throws Exception {
        TaskSpec spec = task.spec();
        TaskContext tasks = contextFor(task.echo());
        if (spec.workload() == Workload.SHARED_STATE) {
            Tasks.injectFault(spec, tasks);
            return Tasks.shareState(spec, state.stateFor(task.state()));
        }
        if (spec.workload() != Workload.DATA_TRANSFER) {
            return Tasks.execute(spec, tasks);
        }
        Tasks.injectFault(spec, tasks);
        return switch (task.payloadKind()) {
            case TaskMessage.INLINE -> Checksums.ofTaskPayload(spec.seed(), task.inline());
            case TaskMessage.SHARED -> Checksums.ofPayload(spec.seed(), shared.payload(task.sharedPath(), spec.payloadBytes()));
            default -> throw new IllegalStateException(spec.describe() + " arrived without its payload");
        };
    }

    /** The context for tasks that talk to {@code address}, the parent's echo server, kept while it stays the same. */
    private TaskContext contextFor(InetSocketAddress address) {
        if (address != null && !address.equals(echo)) {
            context.close();
            context = TaskContext.child(address, userTask);
            echo = address;
        }
        return context;
    }
}
