package io.tvpbench.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Drains a child's stderr on a small daemon thread, keeping only the last few KiB: a chatty child can never
 * block on a full pipe, and an error message can still quote what the child said last.
 */
final class StderrTail {

    private static final int CAPACITY = 4096;

    private final byte[] ring = new byte[CAPACITY];
    private long written;
    private final Thread drain;

    StderrTail(InputStream stderr, long pid) {
        this.drain = Thread.ofPlatform().daemon(true).name("tvp-worker-stderr-" + pid).stackSize(128 << 10)
                .start(() -> drain(stderr));
    }

    private void drain(InputStream stderr) {
        byte[] chunk = new byte[1024];
        try (stderr) {
            int n;
            while ((n = stderr.read(chunk)) >= 0) {
                append(chunk, n);
            }
        } catch (IOException ignored) {
            // the child is gone; what was read is kept
        }
    }

    private synchronized void append(byte[] chunk, int n) {
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % CAPACITY)] = chunk[i];
        }
    }

    /** Waits a bounded time for the child's stderr to end, so the tail holds its last words. */
    void awaitEnd(Duration limit) {
        try {
            drain.join(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last bytes the child wrote, lines joined by " | ", or an empty string. */
    synchronized String tail() {
        int length = (int) Math.min(written, CAPACITY);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = ring[(int) ((written - length + i) % CAPACITY)];
        }
        return new String(bytes, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", " | ");
    }
}
