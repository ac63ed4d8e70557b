package io.tvpbench.workload;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/** Deterministic checksums every strategy must reproduce exactly, in this JVM or in a child. */
public final class Checksums {

    private Checksums() {
    }

    /** A strong 64-bit mix (SplitMix64's finaliser): distinct inputs give unrelated outputs. */
    public static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of the task with this index; every workload starts from it. */
    public static long seed(int taskIndex) {
        return mix(taskIndex);
    }

    /**
     * The checksum of the task's payload as {@link Payloads#stamp} defines it (the shared bytes with the task's
     * seed at both ends), computed over the unstamped bytes without copying them: what a task that was handed a
     * reference, or the bytes over a pipe, returns.
     */
    public static long ofTaskPayload(long seed, ByteBuffer unstamped) {
        int size = unstamped.remaining();
        if (!Payloads.stamped(size)) {
            return ofPayload(seed, unstamped);
        }
        ByteBuffer stamp = ByteBuffer.allocate(Payloads.STAMP_BYTES).putLong(0, seed);
        CRC32C crc = new CRC32C();
        crc.update(stamp.duplicate());
        int from = unstamped.position() + Payloads.STAMP_BYTES;
        crc.update(unstamped.duplicate().position(from).limit(unstamped.limit() - Payloads.STAMP_BYTES));
        crc.update(stamp);
        return mix(seed ^ crc.getValue());
    }

    /** {@link #ofTaskPayload(long, ByteBuffer)} of the shared payload of {@code size} bytes. */
    public static long ofTaskPayload(long seed, int size) {
        return ofTaskPayload(seed, ByteBuffer.wrap(Payloads.of(size)));
    }

    /**
     * CRC32C of the remaining bytes of {@code data} as they are, mixed with the task's seed; the buffer's position
     * is kept. A shared-memory payload is checked this way: its stamps must be the task's own.
     */
    public static long ofPayload(long seed, ByteBuffer data) {
        CRC32C crc = new CRC32C();
        crc.update(data.duplicate());
        return mix(seed ^ crc.getValue());
    }
}
