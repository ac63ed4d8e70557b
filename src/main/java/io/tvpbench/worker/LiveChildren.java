package io.tvpbench.worker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts this JVM's live child JVMs as they start and end, so a benchmark's peak child count costs no sampling:
 * a {@code /proc} sampler would tax only the strategies it ran for, or every strategy's CPUs for nothing.
 */
public final class LiveChildren {

    private static final AtomicLong LIVE = new AtomicLong();
    private static final AtomicLong PEAK = new AtomicLong();

    private LiveChildren() {
    }

    /** Counts {@code process} until it exits. */
    static void started(Process process) {
        PEAK.accumulateAndGet(LIVE.incrementAndGet(), Math::max);
        process.onExit().thenRun(LIVE::decrementAndGet);
    }

    /** Starts a new peak from the children alive now. */
    public static void resetPeak() {
        PEAK.set(LIVE.get());
    }

    /** The most children alive at once since {@link #resetPeak()}. */
    public static long peak() {
        return PEAK.get();
    }
}
