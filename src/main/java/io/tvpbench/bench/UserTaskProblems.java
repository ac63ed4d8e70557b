package io.tvpbench.bench;

import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskFailedException;
import io.tvpbench.worker.WorkerException;
import io.tvpbench.workload.LoadedTask;
import io.tvpbench.workload.UserTaskException;

import java.io.PrintStream;

/**
 * Turns what goes wrong with a user's task inside a fork into one line starting with {@link #PREFIX} on stderr:
 * JMH copies it into its output, where the runner picks it up and repeats it to the user.
 */
final class UserTaskProblems {

    /** The start of every such line; the runner matches it (run/'s {@code JmhProgress}). */
    static final String PREFIX = "tvp: your task ";

    private UserTaskProblems() {
    }

    /**
     * The one line for {@code failure} under {@code strategy}, or null when it is not about the task; the task's
     * failure may be the cause of the window's own error.
     */
    static String describe(Strategy strategy, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String line = describeOne(strategy, t);
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    private static String describeOne(Strategy strategy, Throwable failure) {
        if (failure instanceof TaskFailedException failed) {
            Throwable reason = failed.getCause();
            String cause = reason == null ? failed.getMessage()
                    : reason instanceof WorkerException ? reason.getMessage() : LoadedTask.describe(reason);
            String verb = cause.contains("timed out after") ? "hung under " : "threw under ";
            return PREFIX + verb + strategy + ": task #" + failed.task().index() + ": " + cause;
        }
        if (failure instanceof UserTaskException) {
            return PREFIX + "cannot be loaded in the benchmark JVM: " + failure.getMessage();
        }
        String message = failure.getMessage();
        return message != null && message.startsWith(PREFIX) ? message : null;
    }

    /** Prints {@code failure}'s line, if it has one, and returns the failure for rethrowing. */
    static <T extends Throwable> T report(Strategy strategy, T failure, PrintStream err) {
        String line = describe(strategy, failure);
        if (line != null) {
            err.println(line);
            err.flush();
        }
        return failure;
    }
}
