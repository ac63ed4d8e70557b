package io.tvpbench.text;

/** Benchmark names as people read them in progress lines, reports and comparisons. */
public final class Names {

    private Names() {
    }

    /** The class and method of a benchmark: {@code io.tvpbench.bench.CpuThroughputBenchmark.run} gives {@code CpuThroughputBenchmark.run}. */
    public static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int owner = method < 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(owner + 1);
    }
}
