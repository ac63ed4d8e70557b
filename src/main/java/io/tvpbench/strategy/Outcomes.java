package io.tvpbench.strategy;

import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;

import java.util.concurrent.CompletionException;

/** Runs a task on the current thread and tells its completion how it ended: the in-JVM runners' common step. */
final class Outcomes {

    private Outcomes() {
    }

    /** Executes {@code task} here; any failure, an interrupt included, goes to {@code done} naming the task. */
    static void execute(TaskSpec task, TaskContext context, TaskRunner.Completion done) {
        long checksum;
        try {
            checksum = Tasks.execute(task, context);
        } catch (Throwable t) {
            fail(task, t, done);
            return;
        }
        done.done(task, checksum, null);
    }

    /** Reports {@code cause} as the task's failure, keeping a failure that already names it. */
    static void fail(TaskSpec task, Throwable cause, TaskRunner.Completion done) {
        Throwable current = cause;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        done.done(task, 0, current instanceof TaskFailedException named ? named : new TaskFailedException(task, current));
    }
}
