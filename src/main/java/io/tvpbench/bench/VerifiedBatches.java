package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;

import java.util.Arrays;
import java.util.List;

/**
 * A runner and the batch it is measured on, checked against SEQUENTIAL on every run: a broken strategy fails
 * the benchmark loudly instead of being timed while it computes garbage. For round trips, where an invocation is
 * one batch by definition; throughput streams its tasks through a {@link TaskWindow} instead.
 */
final class VerifiedBatches implements AutoCloseable {

    private final String name;
    private final TaskRunner runner;
    private final List<TaskSpec> batch;
    private final long[] expected;

    /** A runner named {@code name} checked against {@code expected}. */
    VerifiedBatches(String name, TaskRunner runner, List<TaskSpec> batch, long[] expected) {
        if (expected.length != batch.size()) {
            throw new IllegalArgumentException(expected.length + " expected checksums for " + batch.size() + " tasks");
        }
        this.name = name;
        this.runner = runner;
        this.batch = List.copyOf(batch);
        this.expected = expected.clone();
    }

    /** Computes the expected checksums with SEQUENTIAL, then starts the strategy's runner. */
    static VerifiedBatches start(Strategy strategy, RunnerConfig config, List<TaskSpec> batch) {
        long[] expected = reference(batch, config.context());
        return new VerifiedBatches(strategy.name(), strategy.create(config), batch, expected);
    }

    /**
     * The checksums SEQUENTIAL computes for {@code batch}, in batch order. The reference run waits zero latency:
     * a task's checksum does not depend on how long it waits, and a sequential pass over 1000 sleeps would
     * otherwise cost the trial seconds. It updates no shared state (its tasks have no {@code updateEvery}, and
     * SEQUENTIAL cannot share, so it runs on a context of its own then); a SHARED_STATE task's checksum is the same
     * either way.
     */
    static long[] reference(List<TaskSpec> batch, TaskContext context) {
        List<TaskSpec> instant = batch.stream()
                .map(t -> new TaskSpec(t.workload(), t.index(), t.cpuIterations(), 0, t.payloadBytes(), t.fault()))
                .toList();
        TaskContext unshared = context.state().mode().shares() ? TaskContext.local() : null;
        try (unshared; TaskRunner sequential = Strategy.SEQUENTIAL.create(
                new RunnerConfig(1, unshared != null ? unshared : context))) {
            return sequential.run(instant);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the reference checksums", e);
        }
    }

    /**
     * Runs the whole batch and returns a digest of its checksums.
     *
     * @throws IllegalStateException when a checksum differs from SEQUENTIAL's
     */
    long run() throws InterruptedException {
        long[] actual = runner.run(batch);
        int i = Arrays.mismatch(actual, expected);
        if (i >= 0) {
            throw Mismatch.of(name, batch.get(i), actual[i], expected[i]);
        }
        long digest = 0;
        for (long checksum : actual) {
            digest ^= checksum;
        }
        return digest;
    }

    @Override
    public void close() {
        runner.close();
    }
}
