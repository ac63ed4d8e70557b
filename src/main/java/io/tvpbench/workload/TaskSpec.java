package io.tvpbench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One task, described by value only, so that a child JVM can decode and execute it exactly as this JVM would.
 *
 * @param workload      what the task does
 * @param index         the task's position in its batch; it seeds the checksum and names the task in errors
 * @param cpuIterations CPU kernel iterations ({@link Grain#iterations()}), for CPU, CPU_GIL and MIXED
 * @param latencyMicros blocking wait in microseconds, for IO_SLEEP, IO_SOCKET and MIXED
 * @param payloadBytes  payload size, for DATA_TRANSFER
 * @param fault         an injected fault, {@link Fault#NONE} for a normal task
 * @param updateEvery   for SHARED_STATE, every how many tasks one updates the shared state (0: none does)
 */
public record TaskSpec(Workload workload, int index, long cpuIterations, long latencyMicros, int payloadBytes,
                       Fault fault, int updateEvery) {

    public TaskSpec {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(fault, "fault");
        if (index < 0) {
            throw new IllegalArgumentException("task index must not be negative: " + index);
        }
        if (cpuIterations < 0) {
            throw new IllegalArgumentException("CPU grain must not be negative: " + cpuIterations + " iterations");
        }
        if (latencyMicros < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + latencyMicros + " us");
        }
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("payload size must not be negative: " + payloadBytes + " bytes");
        }
        if (updateEvery < 0) {
            throw new IllegalArgumentException("updateEvery must not be negative: " + updateEvery);
        }
    }

    /** A task that updates no shared state. */
    public TaskSpec(Workload workload, int index, long cpuIterations, long latencyMicros, int payloadBytes, Fault fault) {
        this(workload, index, cpuIterations, latencyMicros, payloadBytes, fault, 0);
    }

    /** Whether this task ends with an update of the shared state: the last of every {@code updateEvery} tasks. */
    public boolean updatesState() {
        return updateEvery > 0 && (index + 1) % updateEvery == 0;
    }

    /** The seed this task's checksum starts from. */
    public long seed() {
        return Checksums.seed(index);
    }

    /** The same task with an injected fault. */
    public TaskSpec withFault(Fault injected) {
        return new TaskSpec(workload, index, cpuIterations, latencyMicros, payloadBytes, injected, updateEvery);
    }

    /** The same task with another blocking wait. */
    public TaskSpec withLatency(long micros) {
        return new TaskSpec(workload, index, cpuIterations, micros, payloadBytes, fault, updateEvery);
    }

    /** A batch of {@code count} tasks of one shape, indexed 0..count-1, none updating shared state. */
    public static List<TaskSpec> batch(Workload workload, int count, Grain grain, long latencyMicros, int payloadBytes) {
        return batch(workload, count, grain, latencyMicros, payloadBytes, 0);
    }

    /** A batch of {@code count} tasks of one shape, every {@code updateEvery}-th updating the shared state. */
    public static List<TaskSpec> batch(Workload workload, int count, Grain grain, long latencyMicros, int payloadBytes,
                                       int updateEvery) {
        if (count <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + count);
        }
        List<TaskSpec> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tasks.add(new TaskSpec(workload, i, grain.iterations(), latencyMicros, payloadBytes, Fault.NONE, updateEvery));
        }
        return List.copyOf(tasks);
    }

    /** A short human name for errors and logs, e.g. {@code task #12 (CPU)}. */
    public String describe() {
        return "task #" + index + " (" + workload + (fault == Fault.NONE ? "" : ", fault " + fault) + ")";
    }
}
