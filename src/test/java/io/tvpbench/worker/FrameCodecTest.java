package io.tvpbench.worker;

import io.tvpbench.workload.Fault;
import io.tvpbench.workload.SegmentState;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameCodecTest {

    private static FrameReader reader(byte[] bytes) {
        return new FrameReader(new ByteArrayInputStream(bytes), "test peer");
    }

    private static byte[] header(int magic, int length) {
        return ByteBuffer.allocate(8).putInt(magic).putInt(length).array();
    }

    @Test
    void framesRoundTripWithHeadAndTail() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(out);
        byte[] tail = new byte[100_000];
        Arrays.fill(tail, (byte) 7);
        writer.write(Frame.RESULT, ByteBuffer.allocate(8).putLong(42).flip());
        writer.write(Frame.TASK, ByteBuffer.allocate(4).putInt(-1).flip(), tail, 0, tail.length);

        FrameReader reader = reader(out.toByteArray());
        Frame first = reader.read();
        assertEquals(Frame.RESULT, first.type());
        assertEquals(42, first.body().getLong());
        Frame second = reader.read();
        assertEquals(Frame.TASK, second.type());
        assertEquals(4 + tail.length, second.body().remaining());
        assertEquals(-1, second.body().getInt());
        byte[] read = new byte[tail.length];
        second.body().get(read);
        assertArrayEquals(tail, read);
        assertThrows(EOFException.class, reader::read, "a clean end of stream is an EOF");
    }

    @Test
    void garbageIsRejectedByTheMagicNumber() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> reader(WorkerMain.GARBAGE).read());
        assertTrue(e.getMessage().contains("bad frame from test peer"), e.getMessage());
        assertTrue(e.getMessage().contains("'garb'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, FrameWriter.MAX_FRAME_BYTES + 1, Integer.MAX_VALUE})
    void badLengthsAreRejectedBeforeAnythingIsAllocated(int length) {
        // only the header exists: a reader that trusted the length would allocate it or hit EOF, not this error
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> reader(header(FrameWriter.MAGIC, length)).read());
        assertTrue(e.getMessage().contains("bad frame length " + length), e.getMessage());
        assertTrue(e.getMessage().contains("67108864"), e.getMessage());
    }

    @Test
    void aTruncatedFrameIsAnEof() {
        byte[] bytes = Arrays.copyOf(header(FrameWriter.MAGIC, 100), 50);
        assertThrows(EOFException.class, () -> reader(bytes).read());
    }

    @Test
    void theWriterRefusesFramesOverTheLimit() {
        FrameWriter writer = new FrameWriter(new ByteArrayOutputStream());
        ProtocolException e = assertThrows(ProtocolException.class, () -> writer.write(Frame.TASK,
                ByteBuffer.allocate(0), new byte[0], 0, FrameWriter.MAX_FRAME_BYTES));
        assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Workload.class)
    void taskMessagesRoundTrip(Workload workload) throws IOException {
        TaskSpec spec = new TaskSpec(workload, 7, 1234, 567, 3, Fault.THROW);
        InetSocketAddress echo = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40_123);
        ByteBuffer head = ByteBuffer.allocate(256);
        TaskMessage.encodeHead(spec, echo, head);
        head.put(TaskMessage.INLINE).put(new byte[] {1, 2, 3}).flip();

        TaskMessage decoded = TaskMessage.decode(head);
        assertEquals(spec, decoded.spec());
        assertEquals(echo, decoded.echo());
        assertEquals(TaskMessage.INLINE, decoded.payloadKind());
        assertEquals(ByteBuffer.wrap(new byte[] {1, 2, 3}), decoded.inline());
        assertNull(decoded.sharedPath());
    }

    @Test
    void sharedPayloadReferencesRoundTrip() throws IOException {
        TaskSpec spec = new TaskSpec(Workload.DATA_TRANSFER, 1, 0, 0, 1 << 20, Fault.NONE);
        ByteBuffer head = ByteBuffer.allocate(256);
        TaskMessage.encodeHead(spec, null, head);
        TaskMessage.encodeShared("/dev/shm/tvp-shm-ü", head);
        TaskMessage decoded = TaskMessage.decode(head.flip());
        assertNull(decoded.echo());
        assertEquals(TaskMessage.SHARED, decoded.payloadKind());
        assertEquals("/dev/shm/tvp-shm-ü", decoded.sharedPath());
    }

    @Test
    void sharedStateLinksAndUpdatesRoundTrip() throws IOException {
        TaskSpec spec = new TaskSpec(Workload.SHARED_STATE, 9, 450, 0, 0, Fault.NONE, 10);
        try (SharedState message = Sharing.MESSAGE.create(); SharedState segment = Sharing.SHM_ATOMIC.create()) {
            ByteBuffer head = ByteBuffer.allocate(256);
            TaskMessage.encodeHead(spec, null, message, head);
            head.put(TaskMessage.NO_PAYLOAD).flip();
            TaskMessage decoded = TaskMessage.decode(head);
            assertEquals(spec, decoded.spec());
            assertEquals(new SharedStateLink(SharedStateLink.MESSAGE, null), decoded.state());

            head.clear();
            TaskMessage.encodeHead(spec, null, segment, head);
            head.put(TaskMessage.NO_PAYLOAD).flip();
            assertEquals(new SharedStateLink(SharedStateLink.SEGMENT, ((SegmentState) segment).path()),
                    TaskMessage.decode(head).state());

            SharedStateLink.apply(ByteBuffer.allocate(9).put((byte) 63).putLong(-5).flip(), message);
            assertEquals(1, message.snapshot()[0]);
            assertEquals(-5, message.snapshot()[64]);
            ProtocolException e = assertThrows(ProtocolException.class,
                    () -> SharedStateLink.apply(ByteBuffer.allocate(9).put((byte) 64).putLong(1).flip(), message));
            assertEquals("bad update frame: key 64 outside 0..63", e.getMessage());
        }
    }

    @Test
    void aChildCannotBeToldToShareAnInJvmState() {
        try (SharedState lock = Sharing.LOCK.create()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskMessage.encodeHead(
                    new TaskSpec(Workload.SHARED_STATE, 0, 1, 0, 0, Fault.NONE, 1), null, lock, ByteBuffer.allocate(256)));
            assertEquals("a child JVM cannot share state by LOCK, only by MESSAGE or SHM_ATOMIC", e.getMessage());
        }
    }

    @Test
    void aCorruptTaskBodyIsAProtocolError() {
        ByteBuffer body = ByteBuffer.wrap("nonsense".getBytes(StandardCharsets.US_ASCII));
        ProtocolException e = assertThrows(ProtocolException.class, () -> TaskMessage.decode(body));
        assertTrue(e.getMessage().startsWith("bad task frame"), e.getMessage());
    }
}
