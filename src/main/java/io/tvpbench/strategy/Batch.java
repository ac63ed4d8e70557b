package io.tvpbench.strategy;

import io.tvpbench.workload.TaskSpec;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A list of tasks run as a stream and collected in list order: {@link TaskRunner#run}'s implementation. */
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
        for (int i = 0; i < tasks.size(); i++) {
            int position = i;
            runner.submit(tasks.get(i), (task, checksum, failure) -> batch.complete(position, checksum, failure));
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
