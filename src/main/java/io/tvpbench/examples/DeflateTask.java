package io.tvpbench.examples;

import io.tvpbench.api.Task;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A CPU-bound task: deflates a generated, text-like buffer (64 KiB, or {@code --task-arg} bytes) with the task's
 * index written into its first bytes, and returns the compressed size and CRC of the output. Pure JDK.
 * <p>
 * Run: {@code scripts/tvp run --task io.tvpbench.examples.DeflateTask --classpath target/tvp-examples.jar}
 */
public class DeflateTask implements Task {

    private static final String[] WORDS = {"thread", "process", "virtual", "pool", "fork", "join", "event", "loop",
            "checksum", "batch", "core", "scale", "queue", "lock", "carrier", "stack"};

    private byte[] input;

    @Override
    public void setUp(String arg) {
        int size = arg.isBlank() ? 64 << 10 : Integer.parseInt(arg.trim());
        input = new byte[size];
        long state = 42;
        int at = 0;
        while (at < size) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            byte[] word = (WORDS[(int) (state >>> 60)] + ' ').getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int n = Math.min(word.length, size - at);
            System.arraycopy(word, 0, input, at, n);
            at += n;
        }
    }

    @Override
    public long run(long index) {
        byte[] data = input.clone();
        for (int i = 0; i < Long.BYTES && i < data.length; i++) {
            data[i] = (byte) (index >>> (8 * i));
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] out = new byte[data.length + 64];
            CRC32 crc = new CRC32();
            long total = 0;
            while (!deflater.finished()) {
                int n = deflater.deflate(out);
                crc.update(out, 0, n);
                total += n;
            }
            return total << 32 ^ crc.getValue();
        } finally {
            deflater.end();
        }
    }
}
