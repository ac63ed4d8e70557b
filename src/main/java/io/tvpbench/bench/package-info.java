/**
 * JMH benchmark classes only: throughput, dispatch latency, start-up and footprint, each opening with its
 * hypothesis and a run command, plus the profiler that publishes the suite's secondary metrics. They drive
 * {@code strategy}, {@code worker} and {@code workload} and spell names through {@code results.Vocabulary}; they
 * never use {@code report}, {@code track}, {@code run} or {@code cli}, which read what benchmarks wrote.
 */
package io.tvpbench.bench;
