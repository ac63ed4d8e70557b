package io.tvpbench.bench;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What threads cost this JVM, measured independently of the collector: live objects by class from a class
 * histogram (which counts reachable objects only, after a full GC, whatever the collector keeps as dead wood) and,
 * for platform threads, the native memory Native Memory Tracking books under "Thread" (stacks as committed,
 * thread structures). Kernel structures are not visible from here and are not counted.
 */
final class ThreadMemory {

    private static final Pattern THREAD_LINE = Pattern.compile("-\\s+Thread \\(reserved=\\d+KB, committed=(\\d+)KB\\)");
    /** A histogram row: rank, instances, bytes, class name (and module). */
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    private ThreadMemory() {
    }

    /** Live instances and bytes of one class. */
    record Live(long instances, long bytes) {
    }

    /** Live objects by class name, and the native memory NMT books under "Thread", in bytes. */
    record Snapshot(Map<String, Live> classes, long threadBytes) {

        /**
         * What the {@code units} threads started since {@code before} hold: the byte growth of every class that
         * gained at least one instance per thread (Thread or VirtualThread, its continuation and stack chunk, the
         * task and what it parks on), so the few objects JMH and the JIT allocate meanwhile do not count. A parked
         * virtual thread has no native stack (its frames are a heap stack chunk), so only heap counts for it; the
         * carriers' and JMH's own platform threads come and go by whole stacks and would swamp its bytes.
         *
         * @throws IllegalStateException when the growth is not positive: a thread costs something, so that is a
         *                               failed measurement, not a result
         */
        long growthSince(Snapshot before, int units, boolean virtual) {
            long heap = 0;
            for (Map.Entry<String, Live> entry : classes.entrySet()) {
                Live was = before.classes.getOrDefault(entry.getKey(), new Live(0, 0));
                if (entry.getValue().instances() - was.instances() >= units) {
                    heap += Math.max(0, entry.getValue().bytes() - was.bytes()); // an array class can shrink meanwhile
                }
            }
            long growth = virtual ? heap : heap + threadBytes - before.threadBytes;
            if (growth <= 0) {
                throw new IllegalStateException(units + (virtual ? " parked virtual" : " idle platform")
                        + " threads grew live memory by " + growth + " bytes (heap " + heap
                        + "); a footprint must be positive, so this measurement failed");
            }
            return growth;
        }
    }

    /**
     * Live objects by class (the histogram forces a full GC first) and native thread memory, now.
     *
     * @throws IllegalStateException when Native Memory Tracking is off
     */
    static Snapshot snapshot() {
        return new Snapshot(liveObjects(), threadCommittedKb() * 1024);
    }

    /** Live objects by class name, from a class histogram (which runs a full GC first). */
    static Map<String, Live> liveObjects() {
        return parseHistogram(diagnostic("gcClassHistogram", new String[0]));
    }

    /** The rows of a {@code GC.class_histogram} output by class name. */
    static Map<String, Live> parseHistogram(String histogram) {
        Map<String, Live> classes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.matches()) {
                classes.merge(m.group(3), new Live(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new Live(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("the class histogram had no rows: " + histogram.strip());
        }
        return classes;
    }

    private static long threadCommittedKb() {
        String summary = diagnostic("vmNativeMemory", new String[]{"summary", "scale=KB"});
        Matcher m = THREAD_LINE.matcher(summary);
        if (!m.find()) {
            throw new IllegalStateException("Native Memory Tracking is off in this fork: run with "
                    + "-XX:NativeMemoryTracking=summary (FootprintBenchmark's @Fork prepends it; keep it when overriding "
                    + "JVM arguments). JVM said: " + summary.strip());
        }
        return Long.parseLong(m.group(1));
    }

    /** Runs a diagnostic command (as jcmd would) in this JVM and returns its output. */
    private static String diagnostic(String operation, String[] args) {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[]{args}, new String[]{String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("cannot run diagnostic command " + operation + ": " + e.getMessage(), e);
        }
    }
}
