package io.tvpbench.worker;

/** A child JVM did not become ready: bad JVM option, missing class, crash or start-up timeout. */
public final class WorkerStartException extends WorkerException {
    public WorkerStartException(long pid, String message, Throwable cause) {
        super(pid, true, message, cause);
    }
}
