package io.tvpbench.worker;

import io.tvpbench.workload.Payloads;
import io.tvpbench.workload.TaskSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Transport#SHM}, parent side: one memory-mapped file per worker, grown (as a new file) when a payload
 * does not fit, deleted on close. The task frame carries only the file's path; the child maps the same pages,
 * so the payload is copied once, by the parent, instead of through the kernel's pipe buffer. Each task's bytes
 * carry its seed ({@link Payloads#stamp}), so a child reading stale pages fails the checksum.
 */
final class SharedMemoryLink implements PayloadLink {

    private static final int MIN_CAPACITY = 64 << 10;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String owner;
    private Path file;
    private MappedByteBuffer map;

    SharedMemoryLink(String owner) {
        this.owner = owner;
    }

    /** /dev/shm where present (memory, never disk), else java.io.tmpdir. */
    static Path directory() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public void send(TaskSpec task, ByteBuffer head, FrameWriter writer) throws IOException {
        int size = task.payloadBytes();
        if (map == null || map.capacity() < size) {
            grow(size);
        }
        map.put(0, Payloads.of(size));
        Payloads.stamp(map, size, task.seed());
        TaskMessage.encodeShared(file.toString(), head);
        head.flip();
        writer.append(Frame.TASK, head, null, 0, 0);
    }

    private void grow(int size) throws IOException {
        close();
        int capacity = Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size - 1)) << 1);
        file = directory().resolve("tvp-shm-" + ProcessHandle.current().pid() + "-" + owner + "-"
                + SEQUENCE.incrementAndGet());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            map = channel.map(FileChannel.MapMode.READ_WRITE, 0, capacity);
        }
    }

    /** The file in use, if any: tests check that it is gone after close. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete shared-memory file " + file, e);
            }
            map = null;
        }
    }
}
