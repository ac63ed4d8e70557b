package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.workload.TaskContext;

import java.util.Objects;

/**
 * What a strategy needs to create its runner.
 *
 * @param parallelism threads, carriers, event loops or child JVMs the runner may use; ignored by strategies
 *                    whose parallelism is the batch itself (thread or virtual thread per task)
 * @param context     the echo server and other resources tasks use
 * @param childJvm    how PROCESS_POOL and PROCESS_PER_TASK start their child JVMs; ignored by the others
 */
public record RunnerConfig(int parallelism, TaskContext context, ChildJvmOptions childJvm) {

    public RunnerConfig {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(childJvm, "childJvm");
    }

    /** A configuration with the default child JVM options. */
    public RunnerConfig(int parallelism, TaskContext context) {
        this(parallelism, context, ChildJvmOptions.defaults());
    }
}
