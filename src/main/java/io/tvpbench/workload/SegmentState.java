package io.tvpbench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Sharing#SHM_ATOMIC}: the counter and totals as {@value SharedState#LONGS} longs in a memory-mapped file
 * (in /dev/shm where present) that the parent creates and every child JVM maps; each update is a
 * compare-and-set loop through a {@link VarHandle}, which is atomic across processes because they share the
 * physical pages. What {@code multiprocessing.Value}/{@code Array} do, minus their lock.
 */
public final class SegmentState implements SharedState {

    private static final VarHandle LONGS_VIEW = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.nativeOrder());
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int BYTES = LONGS * Long.BYTES;

    private final Path path;
    private final boolean owner;
    private final MappedByteBuffer map;

    private SegmentState(Path path, boolean owner) {
        this.path = path;
        this.owner = owner;
        try (FileChannel channel = owner
                ? FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (!owner && channel.size() != BYTES) {
                throw new IOException("expected " + BYTES + " bytes, found " + channel.size());
            }
            map = channel.map(FileChannel.MapMode.READ_WRITE, 0, BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map shared-state segment " + path + ": " + e.getMessage(), e);
        }
    }

    /** The parent's side: a new zeroed segment, deleted on {@link #close}. */
    static SegmentState create() {
        Path shm = Path.of("/dev/shm");
        Path directory = Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                : Path.of(System.getProperty("java.io.tmpdir"));
        SegmentState state = new SegmentState(directory.resolve("tvp-state-" + ProcessHandle.current().pid() + "-"
                + SEQUENCE.incrementAndGet()), true);
        state.path.toFile().deleteOnExit();
        return state;
    }

    /** A child's side: maps the parent's segment at {@code path}. */
    public static SegmentState open(String path) {
        return new SegmentState(Path.of(path), false);
    }

    /** Where the segment lives, for the task frames that tell children. */
    public String path() {
        return path.toString();
    }

    @Override
    public Sharing mode() {
        return Sharing.SHM_ATOMIC;
    }

    @Override
    public void add(int key, long amount) {
        addAt(0, 1);
        addAt((key + 1) * Long.BYTES, amount);
    }

    private void addAt(int offset, long amount) {
        long seen;
        do {
            seen = (long) LONGS_VIEW.getVolatile(map, offset);
        } while (!LONGS_VIEW.compareAndSet(map, offset, seen, seen + amount));
    }

    @Override
    public long[] snapshot() {
        long[] sum = new long[LONGS];
        for (int i = 0; i < LONGS; i++) {
            sum[i] = (long) LONGS_VIEW.getVolatile(map, i * Long.BYTES);
        }
        return sum;
    }

    @Override
    public void reset() {
        for (int i = 0; i < LONGS; i++) {
            LONGS_VIEW.setVolatile(map, i * Long.BYTES, 0L);
        }
    }

    /** The parent deletes its segment; a child only drops its mapping (the parent may still have others). */
    @Override
    public void close() {
        if (owner) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete shared-state segment " + path, e);
            }
        }
    }
}
