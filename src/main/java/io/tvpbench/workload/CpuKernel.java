package io.tvpbench.workload;

/**
 * The CPU workload: a serial chain of multiply, add and xor-shift that the JIT can neither vectorise nor fold,
 * so its cost is proportional to the iteration count on every JVM.
 */
public final class CpuKernel {

    private CpuKernel() {
    }

    /** Advances {@code state} by {@code iterations} steps and returns the new state. */
    public static long run(long state, long iterations) {
        long s = state;
        for (long i = 0; i < iterations; i++) {
            s = s * 0x5DEECE66DL + 0xBL + i;
            s ^= s >>> 29;
        }
        return s;
    }

    /**
     * Runs the same steps as {@link #run} in slices of {@code slice} iterations, holding {@code gil} during each
     * slice and releasing it between slices, as CPython's interpreter does every switch interval. The offset
     * {@code i} continues across slices, so the result equals {@code run(state, iterations)}.
     */
    public static long runHolding(GilLock gil, long state, long iterations, long slice) {
        long s = state;
        long done = 0;
        while (done < iterations) {
            long end = Math.min(iterations, done + slice);
            gil.acquire();
            try {
                for (long i = done; i < end; i++) {
                    s = s * 0x5DEECE66DL + 0xBL + i;
                    s ^= s >>> 29;
                }
            } finally {
                gil.release();
            }
            done = end;
        }
        return s;
    }
}
