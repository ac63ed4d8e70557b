package io.tvpbench.workload;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic payloads for {@link Workload#DATA_TRANSFER}: one immutable-by-convention buffer per size, built
 * once, so in-JVM strategies pass a reference while process strategies must move the same bytes, stamped with
 * each task's seed.
 */
public final class Payloads {

    private static final Map<Integer, byte[]> CACHE = new ConcurrentHashMap<>();
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(b|kib|kb|k|mib|mb|m)?");

    private Payloads() {
    }

    /**
     * Bytes at each end of a task's payload that hold its seed, so no two tasks move equal payloads: a child that
     * read a previous task's bytes (a stale shared-memory read) returns a wrong checksum. In-JVM tasks share one
     * unstamped array and account for the stamps in {@link Checksums#ofTaskPayload}; payloads shorter than two
     * stamps are not stamped.
     */
    public static final int STAMP_BYTES = Long.BYTES;

    /** Whether a payload of {@code size} bytes carries stamps. */
    public static boolean stamped(int size) {
        return size >= 2 * STAMP_BYTES;
    }

    /** Writes the task's stamps over the first and last {@value #STAMP_BYTES} of the {@code size} bytes at 0 of {@code target}. */
    public static void stamp(ByteBuffer target, int size, long seed) {
        if (stamped(size)) {
            target.putLong(0, seed);
            target.putLong(size - STAMP_BYTES, seed);
        }
    }

    /** The payload of {@code size} bytes before stamping; callers must not modify it. */
    public static byte[] of(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("payload size must not be negative: " + size);
        }
        return CACHE.computeIfAbsent(size, Payloads::generate);
    }

    /** Builds the bytes {@link #of} returns for {@code size}, without caching: the child side of a transfer uses it to check. */
    public static byte[] generate(int size) {
        byte[] data = new byte[size];
        long state = 0;
        for (int i = 0; i < size; i += 8) {
            state = Checksums.mix(state + i);
            for (int b = 0; b < 8 && i + b < size; b++) {
                data[i + b] = (byte) (state >>> (8 * b));
            }
        }
        return data;
    }

    /** Parses a size such as {@code 1KiB}, {@code 1MiB} or {@code 512}; binary units. */
    public static int parseSize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("payload size is missing; expected e.g. 1KiB or 1MiB");
        }
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("bad payload size '" + text + "'; expected e.g. 512, 1KiB or 1MiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long bytes = switch (unit) {
            case "b" -> n;
            case "kib", "kb", "k" -> n << 10;
            default -> n << 20;
        };
        if (bytes > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("payload size too large: " + text);
        }
        return (int) bytes;
    }
}
