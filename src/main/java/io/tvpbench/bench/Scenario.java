package io.tvpbench.bench;

import io.tvpbench.strategy.Pipeline;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.Transport;
import io.tvpbench.workload.GilLock;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.Payloads;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * @param concurrency   tasks in flight at once (0 without {@code concurrency})
 * @param payloadBytes  DATA_TRANSFER payload (0 without {@code payload})
 * @param poolSize      FIXED_POOL sizing, or null to size it to the cores
 * @param transport     how a process strategy moves payloads, or null for the child JVM default
 * @param sharing       how SHARED_STATE tasks share their state ({@link Sharing#NONE} without a {@code sharing} param)
 * @param updateEvery   every how many SHARED_STATE tasks one updates the state (0 without {@code updateEvery})
 * @param pipeline      how PROCESS_POOL chunks and pipelines tasks ({@code chunk}, {@code depth} params, else the
 *                      default: {@link Pipeline#BLOCKING} for blocking work, {@link Pipeline#DEFAULT} for the rest)
 */
record Scenario(Strategy strategy, Workload workload, Grain grain, long latencyMicros, int concurrency,
                int payloadBytes, PoolSize poolSize, Transport transport, Sharing sharing, int updateEvery,
                Pipeline pipeline) {

    /** The smallest grain a per-task strategy is measured with: below it, the spawn is all it would measure. */
    static final Grain COARSE = Grain.parse("1ms");

    private static final Set<Workload> CPU_WORK = EnumSet.of(Workload.CPU, Workload.CPU_GIL, Workload.MIXED,
            Workload.SHARED_STATE);
    private static final Set<Strategy> PROCESSES = EnumSet.of(Strategy.PROCESS_POOL, Strategy.PROCESS_PER_TASK);
    private static final Set<Strategy> PER_TASK = EnumSet.of(Strategy.THREAD_PER_TASK, Strategy.PROCESS_PER_TASK);

    /**
     * Reads the scenario from a param lookup ({@code BenchmarkParams::getParam}, null for an absent param) and
     * rejects a combination docs/formats.md calls invalid.
     */
    static Scenario of(UnaryOperator<String> params) {
        Strategy strategy = Strategy.parse(params.apply("strategy"));
        Workload workload = Workload.parse(params.apply("workload"));
        Grain grain = optional(params.apply("grain"), Grain::parse, Grain.NONE);
        Sharing sharing = optional(params.apply("sharing"), Sharing::parse, Sharing.NONE);
        int updateEvery = optional(params.apply("updateEvery"), Integer::parseInt, 0);
        Rules rules = new Rules(strategy, workload, params);
        rules.require(workload.blocks() == rules.has("latencyMs"), "the blocking workloads, and only they, take latencyMs");
        rules.require(workload.blocks() || !rules.has("concurrency"), "concurrency goes with the blocking workloads only");
        rules.require(strategy != Strategy.SEQUENTIAL || !rules.has("concurrency"), "SEQUENTIAL has no concurrency to vary");
        rules.require(CPU_WORK.contains(workload) == rules.has("grain"), "CPU, CPU_GIL, MIXED and SHARED_STATE, and only they, take a grain");
        rules.require((workload == Workload.SHARED_STATE) == rules.has("sharing")
                && rules.has("sharing") == rules.has("updateEvery"), "SHARED_STATE, and only it, takes sharing and updateEvery");
        rules.require(strategy.sharingModes().contains(sharing), strategy + " cannot share state by " + sharing
                + "; its sharing modes are " + strategy.sharingModes());
        rules.require(updateEvery > 0 || workload != Workload.SHARED_STATE, "updateEvery must be positive");
        rules.require((workload == Workload.DATA_TRANSFER) == rules.has("payload"), "DATA_TRANSFER, and only it, takes a payload");
        rules.require(strategy == Strategy.FIXED_POOL || !rules.has("poolSize"), "poolSize applies to FIXED_POOL only");
        rules.require(PROCESSES.contains(strategy) || !rules.has("transport"), "transport applies to the process strategies only");
        rules.require(strategy == Strategy.PROCESS_POOL || !rules.has("chunk") && !rules.has("depth"),
                "chunk and depth apply to PROCESS_POOL only");
        rules.require(strategy != Strategy.ASYNC || workload.blocks() || workload == Workload.SHARED_STATE,
                "ASYNC runs the blocking workloads and SHARED_STATE (its state confined to each loop) only");
        rules.require(!PER_TASK.contains(strategy) || workload.blocks() || grain.iterations() >= COARSE.iterations(),
                strategy + " runs coarse tasks only (grain >= " + COARSE + ", or blocking work)");
        return new Scenario(strategy, workload, grain,
                optional(params.apply("latencyMs"), ms -> TimeUnit.MILLISECONDS.toMicros(Long.parseLong(ms)), 0L),
                optional(params.apply("concurrency"), Integer::parseInt, 0),
                optional(params.apply("payload"), Payloads::parseSize, 0),
                optional(params.apply("poolSize"), PoolSize::valueOf, null),
                optional(params.apply("transport"), Transport::parse, null),
                sharing, updateEvery,
                pipeline(params, workload.blocks() ? Pipeline.BLOCKING : Pipeline.DEFAULT));
    }

    private static Pipeline pipeline(UnaryOperator<String> params, Pipeline absent) {
        return new Pipeline(optional(params.apply("chunk"), Integer::parseInt, absent.chunk()),
                optional(params.apply("depth"), Integer::parseInt, absent.depth()));
    }

    private static <T> T optional(String value, Function<String, T> parse, T absent) {
        return value == null ? absent : parse.apply(value);
    }

    /** The params of one benchmark, checked rule by rule; a broken rule names the whole combination. */
    private record Rules(Strategy strategy, Workload workload, UnaryOperator<String> params) {

        boolean has(String param) {
            return params.apply(param) != null;
        }

        void require(boolean valid, String rule) {
            if (!valid) {
                throw new IllegalArgumentException("invalid combination of strategy " + strategy + " and workload "
                        + workload + ": " + rule);
            }
        }
    }

    /** The tasks a window cycles through, indexed 0..size-1. */
    List<TaskSpec> batch(int size) {
        return TaskSpec.batch(workload, size, grain, latencyMicros, payloadBytes, updateEvery);
    }

    /** Threads, loops or children for the runner: the cores, or what {@code poolSize} says. */
    int parallelism(int cores) {
        return poolSize == null ? cores : poolSize.threads(cores, concurrency);
    }

    /**
     * How the process strategies start their children: the lean defaults, over this scenario's transport, with this
     * JVM's GIL switch interval when one is set, so the children's locks switch as the parent's does.
     */
    ChildJvmOptions childJvm() {
        ChildJvmOptions defaults = ChildJvmOptions.defaults();
        String interval = System.getProperty(GilLock.SWITCH_INTERVAL_PROPERTY);
        if (interval != null) {
            List<String> options = new ArrayList<>(defaults.jvmOptions());
            options.add("-D" + GilLock.SWITCH_INTERVAL_PROPERTY + "=" + interval);
            defaults = defaults.withJvmOptions(options);
        }
        return transport == null ? defaults : defaults.withTransport(transport);
    }
}
