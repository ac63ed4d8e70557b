package io.tvpbench.worker;

import java.nio.ByteBuffer;

/**
 * One frame read from a link: its type and its body. The body is a view of the reader's buffer, valid until the
 * next read, so large payloads are not copied twice.
 *
 * @param type what the frame carries, one of the {@code Frame.*} constants
 * @param body the bytes after the type, big-endian
 */
public record Frame(byte type, ByteBuffer body) {

    /** Child to parent, once after start-up: the child's pid. */
    public static final byte READY = 1;
    /** Parent to child: a task to execute. */
    public static final byte TASK = 2;
    /** Child to parent: the task's checksum. */
    public static final byte RESULT = 3;
    /** Child to parent: the task failed inside the child; the body is the UTF-8 reason. */
    public static final byte FAILURE = 4;
    /**
     * Parent to child, after the last task of a chunk (empty body): the child answers the chunk's tasks in one
     * write once it has run them, as Python's {@code multiprocessing.Pool} returns a chunk's results together.
     */
    public static final byte FLUSH = 5;
    /** Child to parent, before a SHARED_STATE task's result: one update (key byte, amount long) to apply. */
    public static final byte UPDATE = 6;
}
