package io.tvpbench.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Writes frames: magic, length of what follows, type, head, then an optional tail of raw bytes. The tail is
 * written straight from the caller's array, so a payload crosses the link without an extra copy. {@link #write}
 * flushes each frame, because the peer is waiting for it; {@link #append} leaves it in the stream's buffer, so a
 * chunk of frames crosses the pipe in one write when the caller {@link #flush}es after the last.
 */
public final class FrameWriter {

    /** "TVP1": starts every frame. */
    public static final int MAGIC = 0x54565031;
    /** The largest frame a reader accepts (type and body). */
    public static final int MAX_FRAME_BYTES = 64 << 20;

    private final OutputStream out;
    private final ByteBuffer scratch = ByteBuffer.allocate(512);

    public FrameWriter(OutputStream out) {
        this.out = out;
    }

    /** A frame with a body small enough for the scratch buffer and no tail. */
    public void write(byte type, ByteBuffer head) throws IOException {
        write(type, head, null, 0, 0);
    }

    /** Writes one frame and flushes it; the arguments are {@link #append}'s. */
    public void write(byte type, ByteBuffer head, byte[] tail, int offset, int length) throws IOException {
        append(type, head, tail, offset, length);
        flush();
    }

    /**
     * Writes one frame without flushing it.
     *
     * @param head the frame's fields, from position to limit (at most a few hundred bytes)
     * @param tail raw bytes after the head, or null
     */
    public void append(byte type, ByteBuffer head, byte[] tail, int offset, int length) throws IOException {
        long frameLength = 1L + head.remaining() + length;
        if (frameLength > MAX_FRAME_BYTES) {
            throw new ProtocolException("frame of " + frameLength + " bytes exceeds the limit of " + MAX_FRAME_BYTES);
        }
        scratch.clear().putInt(MAGIC).putInt((int) frameLength).put(type).put(head);
        out.write(scratch.array(), 0, scratch.position());
        if (length > 0) {
            out.write(tail, offset, length);
        }
    }

    /** Pushes the frames appended so far to the peer. */
    public void flush() throws IOException {
        out.flush();
    }
}
