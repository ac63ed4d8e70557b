package io.tvpbench.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JMH's machine-wide lock ({@code jmh.lock} in the temp directory), held by the harness for the whole run. JMH
 * takes it per {@code Runner.run()}, that is per fork of a round, so another JMH run could slip in between two
 * forks; holding it here keeps other runs out for the run's length, and the round hosts skip JMH's own attempt.
 */
final class JmhLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private JmhLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, telling the user once if another JMH run holds it and waiting for that run to finish. */
    static JmhLock acquire(PrintWriter out) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            out.println("Waiting for another JMH run to finish (it holds " + file + ")");
            out.flush();
            lock = channel.lock();
        }
        return new JmhLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
