package io.tvpbench.bench;

import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.Payloads;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A throughput configuration read from the JMH params of docs/formats.md, whatever class declares them. A
 * combination that means nothing (a {@code poolSize} on VIRTUAL, a grain on IO_SLEEP, ASYNC on CPU work, a thread
 * per 10 us task) fails the trial, so no result carries a meaningless label even when {@code -p} overrides cross
 * class boundaries.
 *
 * @param strategy      the strategy under test
 * @param workload      what each task does
 * @param grain         CPU work per task ({@link Grain#NONE} without a {@code grain} param)
 * @param latencyMicros blocking wait per task (0 without {@code latencyMs})
 * @param concurrency   tasks in flight at once (0 = the whole batch, without {@code concurrency})
 * @param payloadBytes  DATA_TRANSFER payload (0 without {@code payload})
 * @param poolSize      FIXED_POOL sizing, or null to size it to the cores
 */
record Scenario(Strategy strategy, Workload workload, Grain grain, long latencyMicros, int concurrency,
                int payloadBytes, PoolSize poolSize) {

    /** The smallest grain a per-task strategy is measured with: below it, the spawn is all it would measure. */
    static final Grain COARSE = Grain.parse("1ms");

    /** Reads the scenario from a param lookup ({@code BenchmarkParams::getParam}); absent params are null. */
    static Scenario of(UnaryOperator<String> params) {
        String grain = params.apply("grain");
        String latencyMs = params.apply("latencyMs");
        String concurrency = params.apply("concurrency");
        String payload = params.apply("payload");
        String poolSize = params.apply("poolSize");
        Scenario scenario = new Scenario(Strategy.parse(params.apply("strategy")),
                Workload.parse(params.apply("workload")),
                grain == null ? null : Grain.parse(grain),
                latencyMs == null ? -1 : TimeUnit.MILLISECONDS.toMicros(Long.parseLong(latencyMs)),
                concurrency == null ? 0 : Integer.parseInt(concurrency),
                payload == null ? -1 : Payloads.parseSize(payload),
                poolSize == null ? null : PoolSize.valueOf(poolSize));
        scenario.requireValid();
        return new Scenario(scenario.strategy, scenario.workload, grain == null ? Grain.NONE : scenario.grain,
                Math.max(0, scenario.latencyMicros), scenario.concurrency, Math.max(0, scenario.payloadBytes),
                scenario.poolSize);
    }

    /** Rejects a combination docs/formats.md calls invalid; absent params are null or negative here. */
    private void requireValid() {
        boolean cpuWork = workload == Workload.CPU || workload == Workload.CPU_GIL || workload == Workload.MIXED;
        require(cpuWork == (grain != null), "grain goes with CPU, CPU_GIL and MIXED only");
        require(workload.blocks() == (latencyMicros >= 0), "latencyMs goes with the blocking workloads only");
        require(workload.blocks() || concurrency == 0, "concurrency goes with the blocking workloads only");
        require(concurrency == 0 || strategy != Strategy.SEQUENTIAL, "SEQUENTIAL has no concurrency to vary");
        require((workload == Workload.DATA_TRANSFER) == (payloadBytes >= 0), "payload goes with DATA_TRANSFER only");
        require(poolSize == null || strategy == Strategy.FIXED_POOL, "poolSize applies to FIXED_POOL only");
        require(strategy != Strategy.ASYNC || workload.blocks(), "ASYNC runs the blocking workloads only");
        boolean coarse = workload.blocks() || (grain != null && grain.iterations() >= COARSE.iterations());
        require(!spawnsPerTask() || coarse, strategy + " runs coarse tasks only (grain >= " + COARSE + " or blocking)");
    }

    private boolean spawnsPerTask() {
        return strategy.name().endsWith("_PER_TASK");
    }

    private void require(boolean valid, String rule) {
        if (!valid) {
            throw new IllegalArgumentException("invalid combination " + this + ": " + rule);
        }
    }

    /** The tasks of one invocation. */
    List<TaskSpec> batch(int size) {
        return TaskSpec.batch(workload, size, grain, latencyMicros, payloadBytes);
    }

    /** Threads, loops or children for the runner: the cores, or what {@code poolSize} says. */
    int parallelism(int cores) {
        return poolSize == null ? cores : poolSize.threads(cores, concurrency);
    }

    /** At most how many tasks of a batch of {@code batchSize} are in flight at once. */
    int inFlight(int batchSize) {
        return concurrency == 0 ? batchSize : concurrency;
    }
}
