package io.tvpbench.worker;

import io.tvpbench.workload.SegmentState;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.Sharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * How a child JVM's SHARED_STATE tasks reach the parent's state. Each task frame names the way ({@link #encode}):
 * nothing shared, {@link Sharing#MESSAGE} (every update is an {@link Frame#UPDATE} frame sent ahead of the
 * task's result, which the parent applies to its own state before it sees the result) or
 * {@link Sharing#SHM_ATOMIC} (the path of the segment the child updates itself).
 *
 * @param kind {@link #NONE}, {@link #MESSAGE} or {@link #SEGMENT}
 * @param path the segment's path for {@link #SEGMENT}, else null
 */
public record SharedStateLink(byte kind, String path) {

    public static final byte NONE = 0;
    public static final byte MESSAGE = 1;
    public static final byte SEGMENT = 2;

    /** Parent side: writes how a child reaches {@code state} into a task frame's head. */
    static void encode(SharedState state, ByteBuffer head) {
        switch (state.mode()) {
            case NONE -> head.put(NONE);
            case MESSAGE -> head.put(MESSAGE);
            case SHM_ATOMIC -> {
                byte[] bytes = ((SegmentState) state).path().getBytes(StandardCharsets.UTF_8);
                head.put(SEGMENT).putShort((short) bytes.length).put(bytes);
            }
            default -> throw new IllegalArgumentException("a child JVM cannot share state by " + state.mode()
                    + ", only by MESSAGE or SHM_ATOMIC");
        }
    }

    /** Child side: reads what {@link #encode} wrote. */
    static SharedStateLink decode(ByteBuffer body) throws ProtocolException {
        byte kind = body.get();
        return switch (kind) {
            case NONE, MESSAGE -> new SharedStateLink(kind, null);
            case SEGMENT -> {
                byte[] path = new byte[body.getShort()];
                body.get(path);
                yield new SharedStateLink(kind, new String(path, StandardCharsets.UTF_8));
            }
            default -> throw new ProtocolException("bad task frame: unknown shared-state link " + kind);
        };
    }

    /** Parent side: applies one child's {@link Frame#UPDATE} to the parent's state. */
    static void apply(ByteBuffer update, SharedState state) throws ProtocolException {
        if (update.remaining() != 1 + Long.BYTES) {
            throw new ProtocolException("bad update frame of " + update.remaining() + " bytes");
        }
        int key = update.get();
        if (key < 0 || key >= SharedState.KEYS) {
            throw new ProtocolException("bad update frame: key " + key + " outside 0.." + (SharedState.KEYS - 1));
        }
        state.add(key, update.getLong());
    }

    /** Child side: the state a task updates, kept across tasks (one segment mapping per path). */
    static final class Child {
        private final Messages messages;
        private SharedState segment = Sharing.NONE.create();
        private String segmentPath;
        private final SharedState unshared = Sharing.NONE.create();

        Child(FrameWriter writer) {
            this.messages = new Messages(writer);
        }

        SharedState stateFor(SharedStateLink link) {
            return switch (link.kind) {
                case MESSAGE -> messages;
                case SEGMENT -> {
                    if (!link.path.equals(segmentPath)) {
                        segment = SegmentState.open(link.path);
                        segmentPath = link.path;
                    }
                    yield segment;
                }
                default -> unshared;
            };
        }
    }

    /** A child's view of {@link Sharing#MESSAGE}: each update is one frame to the parent, written at once. */
    private static final class Messages implements SharedState {
        private final FrameWriter writer;
        private final ByteBuffer body = ByteBuffer.allocate(1 + Long.BYTES);

        Messages(FrameWriter writer) {
            this.writer = writer;
        }

        @Override
        public Sharing mode() {
            return Sharing.MESSAGE;
        }

        @Override
        public void add(int key, long amount) {
            try {
                writer.append(Frame.UPDATE, body.clear().put((byte) key).putLong(amount).flip(), null, 0, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot send an update to the parent", e);
            }
        }

        @Override
        public long[] snapshot() {
            throw new UnsupportedOperationException("the parent holds the state a child sends updates to");
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException("the parent holds the state a child sends updates to");
        }
    }
}
