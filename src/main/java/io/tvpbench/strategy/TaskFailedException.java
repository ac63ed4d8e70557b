package io.tvpbench.strategy;

import io.tvpbench.workload.LoadedTask;
import io.tvpbench.workload.TaskSpec;

/** A task of a batch failed; the message names the task and the cause. */
public final class TaskFailedException extends RuntimeException {

    private final transient TaskSpec task;

    public TaskFailedException(TaskSpec task, Throwable cause) {
        super(task.describe() + " failed: " + describe(cause), cause);
        this.task = task;
    }

    public TaskFailedException(TaskSpec task, String reason) {
        super(task.describe() + " failed: " + reason);
        this.task = task;
    }

    public TaskSpec task() {
        return task;
    }

    private static String describe(Throwable cause) {
        return LoadedTask.describe(cause);
    }
}
