package io.tvpbench.worker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts this JVM's live child JVMs as they start and end, so a benchmark's peak child count costs no sampling:
 * a {@code /proc} sampler would tax only the strategies it ran for, or every strategy's CPUs for nothing. Helpers
 * that are not a strategy's (the echo server's JVM) are not counted.
 */
public final class LiveChildren {

    private static final Set<Long> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong PEAK = new AtomicLong();

    private LiveChildren() {
    }

    /** Counts {@code process} until it exits. */
    static void started(Process process) {
        long pid = process.pid();
        LIVE.add(pid);
        PEAK.accumulateAndGet(LIVE.size(), Math::max);
        process.onExit().thenRun(() -> LIVE.remove(pid));
    }

    /** Starts a new peak from the children alive now. */
    public static void resetPeak() {
        PEAK.set(LIVE.size());
    }

    /** The most children alive at once since {@link #resetPeak()}. */
    public static long peak() {
        return PEAK.get();
    }
}
