package io.tvpbench.workload;

/**
 * A fault a task injects instead of completing normally, so fault handling is tested on the real execution path
 * (in-JVM runners and child JVMs alike) rather than on mocks.
 */
public enum Fault {
    /** The task runs normally. */
    NONE,
    /** The task throws an exception. */
    THROW,
    /** The task ends its JVM with {@code System.exit}: only meaningful inside a child JVM. */
    EXIT,
    /** The task never finishes: exercises per-task timeouts. */
    HANG,
    /** A child JVM writes garbage on its output link instead of a reply. */
    GARBAGE
}
