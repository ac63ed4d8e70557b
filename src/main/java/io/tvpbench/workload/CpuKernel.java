package io.tvpbench.workload;

/**
 * The CPU workload: a serial chain of multiply, add and xor-shift that the JIT can neither vectorise nor fold,
 * so its cost is proportional to the iteration count on every JVM. scripts/cpython_gil.py runs the same chain.
 */
public final class CpuKernel {

    /** Iterations between two looks at the GIL's drop request: about a microsecond, as often as CPython's eval loop. */
    static final long CHECK_EVERY = 512;

    private CpuKernel() {
    }

    /** Advances {@code state} by {@code iterations} steps and returns the new state. */
    public static long run(long state, long iterations) {
        return steps(state, 0, iterations);
    }

    /**
     * Runs the same steps as {@link #run} holding {@code gil}, looking at its drop request every
     * {@link #CHECK_EVERY} iterations as CPython's interpreter looks at its eval breaker; the result equals
     * {@code run(state, iterations)}.
     */
    public static long runHolding(GilLock gil, long state, long iterations) {
        gil.acquire();
        try {
            long s = state;
            for (long done = 0; done < iterations; done = Math.min(iterations, done + CHECK_EVERY)) {
                s = steps(s, done, Math.min(iterations, done + CHECK_EVERY));
                gil.yieldIfRequested();
            }
            return s;
        } finally {
            gil.release();
        }
    }

    /** Steps {@code from} (inclusive) to {@code to}: the step offset continues across calls. */
    private static long steps(long state, long from, long to) {
        long s = state;
        for (long i = from; i < to; i++) {
            s = s * 0x5DEECE66DL + 0xBL + i;
            s ^= s >>> 29;
        }
        return s;
    }
}
