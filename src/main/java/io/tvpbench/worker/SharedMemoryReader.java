package io.tvpbench.worker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@link Transport#SHM}, child side: maps the parent's file once and reads each payload in place. On exit the
 * child deletes the file it last mapped, so a parent killed with -9 leaves nothing behind in /dev/shm.
 */
final class SharedMemoryReader {

    private volatile Path path;
    private MappedByteBuffer map;
    private boolean cleanupRegistered;

    /** The first {@code length} bytes of the file at {@code file}, mapped read-only. */
    ByteBuffer payload(String file, int length) throws IOException {
        if (path == null || !path.toString().equals(file)) {
            Path next = Path.of(file);
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.READ)) {
                map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
            path = next;
            registerCleanup();
        }
        return map.slice(0, length);
    }

    private void registerCleanup() {
        if (!cleanupRegistered) {
            cleanupRegistered = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::deleteFile, "tvp-shm-cleanup"));
        }
    }

    private void deleteFile() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort on the way out; the parent deletes it too
        }
    }
}
