package io.tvpbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most live child processes of this JVM during an iteration. For process strategies a daemon thread samples
 * every {@value #INTERVAL_MS} ms, well below a child JVM's lifetime; on
 * Linux it reads each thread's {@code /proc/self/task/<tid>/children}, a fraction of a millisecond, because
 * {@link ProcessHandle#descendants()} walks the whole process table (milliseconds) and would steal the
 * benchmark's CPU. Elsewhere it falls back to {@code descendants()}.
 */
final class ProcessPeak {

    static final long INTERVAL_MS = 50;

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final boolean PROC_CHILDREN =
            Files.isReadable(TASKS.resolve(Long.toString(ProcessHandle.current().pid())).resolve("children"));

    /** Helper processes that are not the strategy's (the echo server's JVM), left out of the count. */
    private static final Set<Long> EXCLUDED = ConcurrentHashMap.newKeySet();

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private ProcessPeak(boolean sampling) {
        sample();
        sampler = sampling ? Thread.ofPlatform().name("tvp-process-peak").daemon(true).start(this::sampleUntilStopped) : null;
    }

    /** Leaves {@code pid}, a helper process of the benchmark rather than of the strategy, out of every count. */
    static void exclude(long pid) {
        EXCLUDED.add(pid);
    }

    /** Starts counting; with {@code sampling} false only the start and the end of the iteration are counted. */
    static ProcessPeak start(boolean sampling) {
        return new ProcessPeak(sampling);
    }

    /** Stops sampling and returns the peak. */
    long stop() {
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sample();
        return peak.get();
    }

    private void sampleUntilStopped() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                TimeUnit.MILLISECONDS.sleep(INTERVAL_MS);
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private void sample() {
        long live = PROC_CHILDREN ? procChildren()
                : ProcessHandle.current().descendants().filter(p -> !EXCLUDED.contains(p.pid())).count();
        peak.accumulateAndGet(live, Math::max);
    }

    /** Child processes listed under this JVM's threads; a thread that ends while being read lists none. */
    static long procChildren() {
        long children = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(TASKS)) {
            for (Path thread : threads) {
                try {
                    String pids = Files.readString(thread.resolve("children")).strip();
                    for (String pid : pids.isEmpty() ? new String[0] : pids.split("\\s+")) {
                        children += EXCLUDED.contains(Long.parseLong(pid)) ? 0 : 1;
                    }
                } catch (NoSuchFileException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the children of this JVM in " + TASKS, e);
        }
        return children;
    }
}
