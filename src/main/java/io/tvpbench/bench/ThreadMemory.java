package io.tvpbench.bench;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What threads cost this JVM, measured: the native memory Native Memory Tracking books under "Thread" (stacks as
 * committed, thread structures) plus the live heap after a full GC (Thread objects, virtual threads' stack
 * chunks). Kernel structures are not visible from here and are not counted.
 */
final class ThreadMemory {

    private static final Pattern THREAD_LINE = Pattern.compile("-\\s+Thread \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

    private ThreadMemory() {
    }

    /** Live heap after a full GC, and the native memory NMT books under "Thread", in bytes. */
    record Snapshot(long heapBytes, long threadBytes) {

        /**
         * What the threads started since {@code before} hold. A parked virtual thread has no native stack (its
         * frames are a heap stack chunk), so only heap counts for it: the carriers' and JMH's own platform threads
         * come and go by whole stacks and would otherwise swamp a thousand virtual threads' few kilobytes.
         */
        long growthSince(Snapshot before, boolean virtual) {
            long heap = heapBytes - before.heapBytes;
            return virtual ? heap : heap + threadBytes - before.threadBytes;
        }
    }

    /**
     * Memory now held by threads and the live heap, after a full GC.
     *
     * @throws IllegalStateException when Native Memory Tracking is off
     */
    static Snapshot snapshot() {
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Snapshot(heap, threadCommittedKb() * 1024);
    }

    private static long threadCommittedKb() {
        String summary;
        try {
            summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[]{new String[]{"summary", "scale=KB"}}, new String[]{String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("cannot query Native Memory Tracking: " + e.getMessage(), e);
        }
        Matcher m = THREAD_LINE.matcher(summary);
        if (!m.find()) {
            throw new IllegalStateException("Native Memory Tracking is off in this fork: run with "
                    + "-XX:NativeMemoryTracking=summary (FootprintBenchmark's @Fork prepends it; keep it when overriding "
                    + "JVM arguments). JVM said: " + summary.strip());
        }
        return Long.parseLong(m.group(1));
    }
}
