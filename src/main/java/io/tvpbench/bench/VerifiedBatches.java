package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A runner and the batch it is measured on, checked against SEQUENTIAL on every run: a broken strategy fails
 * the benchmark loudly instead of being timed while it computes garbage. The batch runs in waves of at most
 * {@code inFlight} tasks, so an I/O benchmark controls how many tasks are in flight at once while one
 * invocation always covers the whole batch (a fixed count for {@code @OperationsPerInvocation}).
 */
final class VerifiedBatches implements AutoCloseable {

    private final String name;
    private final TaskRunner runner;
    private final List<List<TaskSpec>> waves;
    private final long[] expected;

    /** A runner named {@code name} checked against {@code expected}, the batch cut into waves of {@code inFlight}. */
    VerifiedBatches(String name, TaskRunner runner, List<TaskSpec> batch, int inFlight, long[] expected) {
        if (inFlight <= 0 || inFlight > batch.size()) {
            throw new IllegalArgumentException("tasks in flight must be 1.." + batch.size() + ": " + inFlight);
        }
        if (expected.length != batch.size()) {
            throw new IllegalArgumentException(expected.length + " expected checksums for " + batch.size() + " tasks");
        }
        List<List<TaskSpec>> cut = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += inFlight) {
            cut.add(batch.subList(from, Math.min(batch.size(), from + inFlight)));
        }
        this.name = name;
        this.runner = runner;
        this.waves = List.copyOf(cut);
        this.expected = expected.clone();
    }

    /**
     * Computes the expected checksums with SEQUENTIAL, then starts the strategy's runner. The reference run
     * waits zero latency: a task's checksum does not depend on how long it waits, and a sequential pass over
     * 1000 sleeps would otherwise cost the trial seconds.
     */
    static VerifiedBatches start(Strategy strategy, RunnerConfig config, List<TaskSpec> batch, int inFlight) {
        long[] expected = reference(batch, config.context());
        return new VerifiedBatches(strategy.name(), strategy.create(config), batch, inFlight, expected);
    }

    static long[] reference(List<TaskSpec> batch, TaskContext context) {
        List<TaskSpec> instant = batch.stream()
                .map(t -> new TaskSpec(t.workload(), t.index(), t.cpuIterations(), 0, t.payloadBytes(), t.fault()))
                .toList();
        try (TaskRunner sequential = Strategy.SEQUENTIAL.create(new RunnerConfig(1, context))) {
            return sequential.run(instant);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the reference checksums", e);
        }
    }

    /**
     * Runs the whole batch, wave by wave, and returns a digest of its checksums.
     *
     * @throws IllegalStateException when a checksum differs from SEQUENTIAL's
     */
    long run() throws InterruptedException {
        long digest = 0;
        int offset = 0;
        for (List<TaskSpec> wave : waves) {
            long[] actual = runner.run(wave);
            int end = offset + wave.size();
            if (!Arrays.equals(actual, 0, actual.length, expected, offset, end)) {
                throw mismatch(wave, actual, offset);
            }
            for (long checksum : actual) {
                digest ^= checksum;
            }
            offset = end;
        }
        return digest;
    }

    private IllegalStateException mismatch(List<TaskSpec> wave, long[] actual, int offset) {
        if (actual.length != wave.size()) {
            return new IllegalStateException(name + " returned " + actual.length + " checksums for "
                    + wave.size() + " tasks");
        }
        int i = Arrays.mismatch(actual, 0, actual.length, expected, offset, offset + wave.size());
        TaskSpec task = wave.get(i);
        if (task.workload() == Workload.USER_TASK) {
            return new IllegalStateException(UserTaskProblems.PREFIX + "is not deterministic: task #" + task.index()
                    + " returned " + actual[i] + " under " + name + ", " + expected[offset + i] + " under SEQUENTIAL");
        }
        return new IllegalStateException(name + " computed a wrong checksum for " + wave.get(i).describe()
                + ": " + Long.toHexString(actual[i]) + ", SEQUENTIAL computed " + Long.toHexString(expected[offset + i]));
    }

    @Override
    public void close() {
        runner.close();
    }
}
