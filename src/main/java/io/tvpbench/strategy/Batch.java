package io.tvpbench.strategy;

import io.tvpbench.workload.GilHold;
import io.tvpbench.workload.TaskSpec;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A list of tasks run as a stream and collected in list order: {@link TaskRunner#run}'s implementation. The
 * caller holds the GIL while it hands CPU_GIL tasks out and lets it go before it waits, as CPython's would.
 */
final class Batch {

    private final long[] checksums;
    private final TaskFailedException[] failures;
    private final CountDownLatch left;

    private Batch(int size) {
        checksums = new long[size];
        failures = new TaskFailedException[size];
        left = new CountDownLatch(size);
    }

    static long[] run(TaskRunner runner, List<TaskSpec> tasks) throws InterruptedException {
        Batch batch = new Batch(tasks.size());
        try (GilHold dispatcher = GilHold.forDispatch(tasks)) {
            for (int i = 0; i < tasks.size(); i++) {
                int position = i;
                runner.submit(tasks.get(i), (task, checksum, failure) -> batch.complete(position, checksum, failure));
                dispatcher.checkpoint();
            }
        }
        batch.left.await();
        return batch.result();
    }

    private void complete(int position, long checksum, TaskFailedException failure) {
        checksums[position] = checksum;
        failures[position] = failure;
        left.countDown();
    }

    private long[] result() {
        TaskFailedException first = null;
        for (TaskFailedException failure : failures) {
            if (failure == null) {
                continue;
            }
            if (first == null) {
                first = failure;
            } else {
                first.addSuppressed(failure);
            }
        }
        if (first != null) {
            throw first;
        }
        return checksums;
    }
}
