package io.tvpbench.worker;

/**
 * A task could not be completed by a child JVM. The message names the child's pid and the cause; {@link #lost()}
 * says whether the child is gone (died, hung, broke the protocol) and must be replaced, or merely reported that
 * the task itself failed.
 */
public class WorkerException extends RuntimeException {

    private final long pid;
    private final boolean lost;

    public WorkerException(long pid, boolean lost, String message, Throwable cause) {
        super(message, cause);
        this.pid = pid;
        this.lost = lost;
    }

    /** The child's pid, or -1 when it never started. */
    public long pid() {
        return pid;
    }

    /** True when the child can serve no more tasks. */
    public boolean lost() {
        return lost;
    }
}
