package io.tvpbench.bench;

/**
 * How a FIXED_POOL is sized for blocking work: to the cores (the CPU-bound rule of thumb, which starves I/O) or to
 * the tasks in flight (one thread per concurrent wait, what virtual threads give for free). The names appear in
 * the JMH param {@code poolSize}.
 */
public enum PoolSize {
    CORES {
        @Override
        int threads(int cores, int concurrency) {
            return cores;
        }
    },
    CONCURRENCY {
        @Override
        int threads(int cores, int concurrency) {
            return concurrency;
        }
    };

    abstract int threads(int cores, int concurrency);
}
