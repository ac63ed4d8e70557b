package io.tvpbench.workload;

/**
 * What a task does. The names appear in JMH params, JSON and reports (docs/formats.md), so they never change.
 */
public enum Workload {
    /** Deterministic integer kernel; the grain names its rough duration on a typical core. */
    CPU,
    /** The CPU kernel run holding one lock per JVM, handed over as CPython 3.2+ hands over its GIL ({@link GilLock}). */
    CPU_GIL,
    /** A blocking wait of the latency. */
    IO_SLEEP,
    /** A blocking request/response to the loopback echo server, which answers after the latency. */
    IO_SOCKET,
    /** A CPU slice of the grain, then a blocking wait of the latency. */
    MIXED,
    /** The task receives a payload of S bytes and returns its checksum. */
    DATA_TRANSFER,
    /**
     * A CPU slice of the grain, then (every {@code updateEvery}-th task) an update of state all tasks share, made
     * the way the run's {@link Sharing} mode says: the cost of a lock, an atomic, a message or shared memory.
     */
    SHARED_STATE;

    /** True when the task's time is dominated by waiting, so concurrency beyond the core count pays. */
    public boolean blocks() {
        return this == IO_SLEEP || this == IO_SOCKET || this == MIXED;
    }

    /** Parses a name case-insensitively, with an error that lists the valid names. */
    public static Workload parse(String name) {
        return EnumNames.parse(Workload.class, "workload", name);
    }
}
