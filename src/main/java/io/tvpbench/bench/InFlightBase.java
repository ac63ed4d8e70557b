package io.tvpbench.bench;

import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * The scenario params of the blocking workloads: how long a task waits and how many tasks are in flight at once.
 * An invocation is always {@value #TASKS} tasks, run in waves of {@code concurrency}, so the score stays tasks per
 * second whatever the concurrency.
 */
@OperationsPerInvocation(InFlightBase.TASKS)
public abstract class InFlightBase extends ThroughputBase {

    static final int TASKS = 1000;

    @Param({"10"})
    public int latencyMs;

    @Param({"100", "1000"})
    public int concurrency;
}
