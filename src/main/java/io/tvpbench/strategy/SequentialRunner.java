package io.tvpbench.strategy;

import io.tvpbench.workload.GilHold;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Tasks;

import java.util.List;

/** Runs tasks one after another on the caller's thread, which holds the GIL for the batch as a Python loop would. */
final class SequentialRunner implements TaskRunner {

    private final TaskContext context;

    SequentialRunner(TaskContext context) {
        this.context = context;
    }

    @Override
    public long[] run(List<TaskSpec> tasks) throws InterruptedException {
        long[] checksums = new long[tasks.size()];
        try (GilHold caller = GilHold.forDispatch(tasks)) {
            for (int i = 0; i < checksums.length; i++) {
                TaskSpec task = tasks.get(i);
                try {
                    checksums[i] = Tasks.execute(task, context);
                } catch (InterruptedException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new TaskFailedException(task, e);
                }
                caller.checkpoint();
            }
        }
        return checksums;
    }

    @Override
    public void close() {
        // nothing started
    }
}
