package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A runner and the batch it is measured on, checked against SEQUENTIAL on every run: a broken strategy fails
 * the benchmark loudly instead of being timed while it computes garbage. Where tasks share state, the state is
 * reset before each batch and its final value must equal SEQUENTIAL's exactly. The batch runs in waves of at most
 * {@code inFlight} tasks, so an I/O benchmark controls how many tasks are in flight at once while one
 * invocation always covers the whole batch (a fixed count for {@code @OperationsPerInvocation}).
 */
final class VerifiedBatches implements AutoCloseable {

    private final String name;
    private final TaskRunner runner;
    private final List<List<TaskSpec>> waves;
    private final long[] expected;
    private final SharedState state;
    private final long[] expectedState;

    /** A runner named {@code name} checked against {@code expected}, the batch cut into waves of {@code inFlight}. */
    VerifiedBatches(String name, TaskRunner runner, List<TaskSpec> batch, int inFlight, long[] expected) {
        this(name, runner, batch, inFlight, new Reference(expected, null), null);
    }

    /**
     * A runner checked against {@code reference}; when the reference has a final state, {@code state} (the
     * runner's) must end every batch equal to it.
     */
    VerifiedBatches(String name, TaskRunner runner, List<TaskSpec> batch, int inFlight, Reference reference,
                    SharedState state) {
        long[] expected = reference.checksums();
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
        this.state = state;
        this.expectedState = reference.state();
    }

    /**
     * Computes the expected checksums (and final state) with SEQUENTIAL, then starts the strategy's runner,
     * which refuses a sharing mode the strategy cannot use. The reference run waits zero latency: a task's
     * checksum does not depend on how long it waits, and a sequential pass over 1000 sleeps would otherwise cost
     * the trial seconds.
     */
    static VerifiedBatches start(Strategy strategy, RunnerConfig config, List<TaskSpec> batch, int inFlight) {
        SharedState state = config.context().state();
        strategy.checkSharing(state.mode());
        Reference reference = reference(batch, config.context(), state.mode().shares());
        String name = state.mode().shares() ? strategy + " sharing by " + state.mode() : strategy.name();
        return new VerifiedBatches(name, strategy.create(config), batch, inFlight, reference, state);
    }

    static long[] reference(List<TaskSpec> batch, TaskContext context) {
        return reference(batch, context, false).checksums();
    }

    /**
     * SEQUENTIAL's checksums and, when tasks share state, its final state: SEQUENTIAL runs on a context of its
     * own then, sharing as it does ({@link Sharing#CONFINED}).
     */
    static Reference reference(List<TaskSpec> batch, TaskContext context, boolean shared) {
        List<TaskSpec> instant = batch.stream().map(t -> t.withLatency(0)).toList();
        try (TaskContext confined = shared ? TaskContext.local(Sharing.CONFINED) : null;
             TaskRunner sequential = Strategy.SEQUENTIAL.create(new RunnerConfig(1, shared ? confined : context))) {
            long[] checksums = sequential.run(instant);
            return new Reference(checksums, shared ? confined.state().snapshot() : null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the reference checksums", e);
        }
    }

    /** SEQUENTIAL's checksums and its final shared state (null when nothing is shared). */
    record Reference(long[] checksums, long[] state) {
    }

    /**
     * Runs the whole batch, wave by wave, and returns a digest of its checksums.
     *
     * @throws IllegalStateException when a checksum or the final shared state differs from SEQUENTIAL's
     */
    long run() throws InterruptedException {
        if (expectedState != null) {
            state.reset();
        }
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
        if (expectedState != null) {
            checkState();
        }
        return digest;
    }

    private void checkState() {
        long[] actual = state.snapshot();
        int i = Arrays.mismatch(actual, expectedState);
        if (i >= 0) {
            String what = i == 0 ? "update counter is " + actual[0] + ", SEQUENTIAL's " + expectedState[0]
                    : "total of key " + (i - 1) + " is " + Long.toHexString(actual[i]) + ", SEQUENTIAL's "
                    + Long.toHexString(expectedState[i]);
            throw new IllegalStateException(name + " left a wrong final state: " + what);
        }
    }

    private IllegalStateException mismatch(List<TaskSpec> wave, long[] actual, int offset) {
        if (actual.length != wave.size()) {
            return new IllegalStateException(name + " returned " + actual.length + " checksums for "
                    + wave.size() + " tasks");
        }
        int i = Arrays.mismatch(actual, 0, actual.length, expected, offset, offset + wave.size());
        return new IllegalStateException(name + " computed a wrong checksum for " + wave.get(i).describe()
                + ": " + Long.toHexString(actual[i]) + ", SEQUENTIAL computed " + Long.toHexString(expected[offset + i]));
    }

    @Override
    public void close() {
        runner.close();
    }
}
