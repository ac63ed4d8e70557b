package io.tvpbench.workload;

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

    /** CRC32C of {@code length} bytes of {@code data}, mixed with the task's seed. */
    public static long ofPayload(long seed, byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        return mix(seed ^ crc.getValue());
    }

    /** CRC32C of the remaining bytes of {@code data}, mixed with the task's seed; the buffer's position is kept. */
    public static long ofPayload(long seed, java.nio.ByteBuffer data) {
        CRC32C crc = new CRC32C();
        crc.update(data.duplicate());
        return mix(seed ^ crc.getValue());
    }
}
