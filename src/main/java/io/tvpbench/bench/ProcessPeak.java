package io.tvpbench.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most live descendant processes of this JVM during an iteration. Listing descendants walks the whole process
 * table, so the sampling thread runs only for strategies that start processes, at an interval far below a child
 * JVM's lifetime (tens of milliseconds) yet rare enough not to steal the benchmark's CPU.
 */
final class ProcessPeak {

    static final long INTERVAL_MS = 20;

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private ProcessPeak(boolean sampling) {
        sample();
        sampler = sampling ? Thread.ofPlatform().name("tvp-process-peak").daemon(true).start(this::sampleUntilStopped) : null;
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
        long live = ProcessHandle.current().descendants().count();
        peak.accumulateAndGet(live, Math::max);
    }
}
