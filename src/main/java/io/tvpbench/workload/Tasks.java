package io.tvpbench.workload;

import java.util.concurrent.TimeUnit;

/** Executes a {@link TaskSpec} on the calling thread, blocking where the workload blocks. */
public final class Tasks {

    private Tasks() {
    }

    /**
     * Runs the task and returns its checksum.
     *
     * @throws TaskFault            when the spec injects {@link Fault#THROW}
     * @throws InterruptedException when a blocking wait is interrupted
     */
    public static long execute(TaskSpec spec, TaskContext context) throws InterruptedException {
        injectFault(spec, context);
        long seed = spec.seed();
        return switch (spec.workload()) {
            case CPU -> CpuKernel.run(seed, spec.cpuIterations());
            case CPU_GIL -> CpuKernel.runHolding(GilLock.global(), seed, spec.cpuIterations());
            case IO_SLEEP -> {
                TimeUnit.MICROSECONDS.sleep(spec.latencyMicros());
                yield Checksums.mix(seed);
            }
            case IO_SOCKET -> context.echo().call(seed, spec.latencyMicros());
            case MIXED -> {
                long state = CpuKernel.run(seed, spec.cpuIterations());
                TimeUnit.MICROSECONDS.sleep(spec.latencyMicros());
                yield state;
            }
            case DATA_TRANSFER -> Checksums.ofTaskPayload(seed, spec.payloadBytes());
            case SHARED_STATE -> shareState(spec, context.state());
            case USER_TASK -> context.userTask().run(spec.index());
        };
    }

    /**
     * A SHARED_STATE task: the CPU slice, then, if this task is one that updates, one update of {@code state} keyed
     * by the result. Returns the slice's result, so the task's checksum is the same in every sharing mode.
     */
    public static long shareState(TaskSpec spec, SharedState state) {
        long value = CpuKernel.run(spec.seed(), spec.cpuIterations());
        if (spec.updatesState()) {
            state.add(SharedState.key(value), value);
        }
        return value;
    }

    /** Applies the spec's injected fault, if any; returns normally only for {@link Fault#NONE}. */
    public static void injectFault(TaskSpec spec, TaskContext context) throws InterruptedException {
        switch (spec.fault()) {
            case NONE -> {
            }
            case THROW -> throw new TaskFault(spec.describe() + ": injected failure");
            case HANG -> {
                while (true) {
                    TimeUnit.DAYS.sleep(1);
                }
            }
            case EXIT -> {
                if (!context.exitAllowed()) {
                    throw new IllegalStateException(spec.describe() + ": EXIT would end the harness JVM; only a child JVM may exit");
                }
                System.exit(42);
            }
            case GARBAGE -> throw new IllegalStateException(spec.describe() + ": GARBAGE applies to a child JVM's link only");
        }
    }
}
