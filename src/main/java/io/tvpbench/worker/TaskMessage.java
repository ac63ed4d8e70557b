package io.tvpbench.worker;

import io.tvpbench.workload.Fault;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A task frame's body: the {@link TaskSpec} by value, the parent's echo server for IO_SOCKET tasks, how a
 * SHARED_STATE task reaches the parent's state, and where a DATA_TRANSFER payload is: inline after the fields
 * (PIPE) or in a shared-memory file (SHM).
 *
 * @param spec        the task
 * @param echo        the parent's echo server, or null when the task does not use it
 * @param state       how the task's shared-state updates reach the parent
 * @param payloadKind {@link #NO_PAYLOAD}, {@link #INLINE} or {@link #SHARED}
 * @param inline      the payload bytes for {@link #INLINE}, else null
 * @param sharedPath  the shared-memory file for {@link #SHARED}, else null; the payload is its first
 *                    {@code spec.payloadBytes()} bytes
 */
public record TaskMessage(TaskSpec spec, InetSocketAddress echo, SharedStateLink state, byte payloadKind,
                          ByteBuffer inline, String sharedPath) {

    public static final byte NO_PAYLOAD = 0;
    public static final byte INLINE = 1;
    public static final byte SHARED = 2;

    private static final Workload[] WORKLOADS = Workload.values();
    private static final Fault[] FAULTS = Fault.values();

    /** Writes the fields of {@code spec} and the echo address into {@code head}, sharing nothing. */
    static void encodeHead(TaskSpec spec, InetSocketAddress echo, ByteBuffer head) {
        encodeHead(spec, echo, UNSHARED, head);
    }

    private static final SharedState UNSHARED = Sharing.NONE.create();

    /**
     * Writes the fields of {@code spec}, the echo address and the way to {@code state} into {@code head}; the
     * transport adds the payload.
     */
    static void encodeHead(TaskSpec spec, InetSocketAddress echo, SharedState state, ByteBuffer head) {
        head.put((byte) spec.workload().ordinal())
                .putInt(spec.index())
                .putLong(spec.cpuIterations())
                .putLong(spec.latencyMicros())
                .putInt(spec.payloadBytes())
                .put((byte) spec.fault().ordinal())
                .putInt(spec.updateEvery());
        if (echo == null) {
            head.put((byte) 0);
        } else {
            byte[] address = echo.getAddress().getAddress();
            head.put((byte) address.length).put(address).putInt(echo.getPort());
        }
        SharedStateLink.encode(state, head);
    }

    /** Writes the SHM reference that follows the head when the payload lives in a shared file. */
    static void encodeShared(String path, ByteBuffer head) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        head.put(SHARED).putShort((short) bytes.length).put(bytes);
    }

    /** Decodes a task frame's body; an out-of-range value is a protocol error, not a crash. */
    public static TaskMessage decode(ByteBuffer body) throws ProtocolException {
        try {
            Workload workload = WORKLOADS[body.get()];
            int index = body.getInt();
            long cpuIterations = body.getLong();
            long latencyMicros = body.getLong();
            int payloadBytes = body.getInt();
            Fault fault = FAULTS[body.get()];
            TaskSpec spec = new TaskSpec(workload, index, cpuIterations, latencyMicros, payloadBytes, fault,
                    body.getInt());
            InetSocketAddress echo = decodeEcho(body);
            SharedStateLink state = SharedStateLink.decode(body);
            byte kind = body.get();
            return switch (kind) {
                case NO_PAYLOAD -> new TaskMessage(spec, echo, state, kind, null, null);
                case INLINE -> new TaskMessage(spec, echo, state, kind, body.slice(body.position(), payloadBytes), null);
                case SHARED -> {
                    byte[] path = new byte[body.getShort()];
                    body.get(path);
                    yield new TaskMessage(spec, echo, state, kind, null, new String(path, StandardCharsets.UTF_8));
                }
                default -> throw new ProtocolException("bad task frame: unknown payload kind " + kind);
            };
        } catch (RuntimeException e) {
            throw new ProtocolException("bad task frame: " + e);
        }
    }

    private static InetSocketAddress decodeEcho(ByteBuffer body) throws ProtocolException {
        int length = body.get();
        if (length == 0) {
            return null;
        }
        byte[] address = new byte[length];
        body.get(address);
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), body.getInt());
        } catch (UnknownHostException e) {
            throw new ProtocolException("bad task frame: echo address of " + length + " bytes");
        }
    }
}
