package io.tvpbench.workload;

/** The failure a task throws when it was asked to fail ({@link Fault#THROW}). */
public final class TaskFault extends RuntimeException {
    public TaskFault(String message) {
        super(message);
    }
}
