package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.workload.TaskContext;

import java.util.Objects;

/**
 * What a strategy needs to create its runner.
 *
 * @param parallelism threads, carriers, event loops or child JVMs the runner may use; ignored by strategies
 *                    whose parallelism is the number of tasks in flight (thread or virtual thread per task)
 * @param context     the echo server and other resources tasks use
 * @param childJvm    how PROCESS_POOL and PROCESS_PER_TASK start their child JVMs; ignored by the others
 * @param pipeline    how PROCESS_POOL chunks and pipelines tasks to its children; ignored by the others
 */
public record RunnerConfig(int parallelism, TaskContext context, ChildJvmOptions childJvm, Pipeline pipeline) {

    public RunnerConfig {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(childJvm, "childJvm");
        Objects.requireNonNull(pipeline, "pipeline");
    }

    /** A configuration with the default pipeline. */
    public RunnerConfig(int parallelism, TaskContext context, ChildJvmOptions childJvm) {
        this(parallelism, context, childJvm, Pipeline.DEFAULT);
    }

    /** A configuration with the default child JVM options and pipeline. */
    public RunnerConfig(int parallelism, TaskContext context) {
        this(parallelism, context, ChildJvmOptions.defaults());
    }
}
