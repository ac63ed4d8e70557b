package io.tvpbench.workload;

import java.util.List;

/**
 * The GIL as the thread that hands out a batch holds it: in CPython the submitting thread runs Python code, so it
 * holds the lock between its blocking calls and gives it up on request, like any worker. A runner holds this while
 * it submits and closes it before it blocks waiting for results, which is where CPython would release the lock;
 * holding it across that wait would deadlock against the workers.
 */
public final class GilHold implements AutoCloseable {

    private static final GilHold NONE = new GilHold(null);

    private final GilLock gil;

    private GilHold(GilLock gil) {
        this.gil = gil;
    }

    /** Takes the JVM's lock when any task of the batch is {@link Workload#CPU_GIL}; holds nothing otherwise. */
    public static GilHold forDispatch(List<TaskSpec> tasks) {
        if (tasks.stream().noneMatch(t -> t.workload() == Workload.CPU_GIL)) {
            return NONE;
        }
        GilLock gil = GilLock.global();
        gil.acquire();
        return new GilHold(gil);
    }

    /** Called between two hand-outs: gives the lock to a waiter that asked for it, as the eval loop would. */
    public void checkpoint() {
        if (gil != null) {
            gil.yieldIfRequested();
        }
    }

    @Override
    public void close() {
        if (gil != null) {
            gil.release();
        }
    }
}
