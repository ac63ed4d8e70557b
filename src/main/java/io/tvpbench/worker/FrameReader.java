package io.tvpbench.worker;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Reads length-prefixed frames ({@link FrameWriter}'s format). Every frame starts with a magic number, so garbage
 * on the link is recognised at once, and a length outside 1..{@link FrameWriter#MAX_FRAME_BYTES} is rejected
 * before anything is allocated for it: a corrupt length can never make the reader allocate gigabytes.
 */
public final class FrameReader {

    private final DataInputStream in;
    private final String peer;
    private byte[] buffer = new byte[256];

    /**
     * @param in   the link's input, ideally buffered
     * @param peer names the writer in protocol errors, e.g. {@code worker pid 1234}
     */
    public FrameReader(InputStream in, String peer) {
        this.in = new DataInputStream(in);
        this.peer = peer;
    }

    /**
     * Blocks until a whole frame has arrived.
     *
     * @throws EOFException      when the peer closed the link before or inside a frame
     * @throws ProtocolException when the bytes are not a frame
     */
    public Frame read() throws IOException {
        int magic = in.readInt();
        if (magic != FrameWriter.MAGIC) {
            throw new ProtocolException("bad frame from " + peer + ": expected magic 0x"
                    + Integer.toHexString(FrameWriter.MAGIC) + ", got 0x" + Integer.toHexString(magic)
                    + " (" + printable(magic) + "); the peer wrote something that is not a frame");
        }
        int length = in.readInt();
        if (length < 1 || length > FrameWriter.MAX_FRAME_BYTES) {
            throw new ProtocolException("bad frame length " + length + " from " + peer + ": allowed 1.."
                    + FrameWriter.MAX_FRAME_BYTES + " bytes");
        }
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, Math.min(buffer.length * 2, FrameWriter.MAX_FRAME_BYTES))];
        }
        in.readFully(buffer, 0, length);
        return new Frame(buffer[0], ByteBuffer.wrap(buffer, 1, length - 1).slice());
    }

    private static String printable(int value) {
        StringBuilder text = new StringBuilder(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = (value >>> shift) & 0xFF;
            text.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
        }
        return "'" + text + "'";
    }
}
