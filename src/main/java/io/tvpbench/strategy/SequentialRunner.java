package io.tvpbench.strategy;

import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;

/** Runs each task on the caller's thread as it is submitted. */
final class SequentialRunner implements TaskRunner {

    private final TaskContext context;

    SequentialRunner(TaskContext context) {
        this.context = context;
    }

    @Override
    public void submit(TaskSpec task, Completion done) throws InterruptedException {
        long checksum;
        try {
            checksum = Tasks.execute(task, context);
        } catch (InterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            done.done(task, 0, new TaskFailedException(task, e));
            return;
        }
        done.done(task, checksum, null);
    }

    @Override
    public void close() {
        // nothing started
    }
}
