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

    /**
     * Bytes now held by threads and the live heap, after a full GC.
     *
     * @throws IllegalStateException when Native Memory Tracking is off
     */
    static long snapshot() {
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return heap + threadCommittedKb() * 1024;
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
                    + "-XX:NativeMemoryTracking=summary (FootprintBenchmark's @Fork adds it; keep it when overriding "
                    + "JVM arguments). JVM said: " + summary.strip());
        }
        return Long.parseLong(m.group(1));
    }
}
