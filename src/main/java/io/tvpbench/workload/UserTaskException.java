package io.tvpbench.workload;

/** A user's task cannot be loaded or set up; the message is one line meant for the user, without a stack trace. */
public final class UserTaskException extends RuntimeException {
    public UserTaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
