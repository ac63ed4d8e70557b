package io.tvpbench.results;

import java.util.List;
import java.util.Map;

/**
 * The suite's names as they appear in JMH results (docs/formats.md): params, strategy / workload / variant values,
 * benchmark classes and methods, secondary metrics and the profiler. report/, track/, run/ and bench/ spell a
 * name only through here; VocabularyTest ties every name to the enums and the benchmark classes, so a rename
 * fails the build instead of silently emptying a report section. Strings, not the enums, so that readers of
 * results never depend on the code that produced them.
 */
public final class Vocabulary {

    // JMH params.
    /** The x-axis: CPU count the fork was pinned to; {@code 0} = not enforced. */
    public static final String CORES_PARAM = "cores";
    public static final String STRATEGY_PARAM = "strategy";
    public static final String WORKLOAD_PARAM = "workload";
    public static final String VARIANT_PARAM = "variant";
    public static final String POOL_SIZE_PARAM = "poolSize";
    public static final String TRANSPORT_PARAM = "transport";
    public static final String GRAIN_PARAM = "grain";
    public static final String PAYLOAD_PARAM = "payload";
    /** The user's task class, on the {@code UserTask*} benchmarks ({@code tvp run --task}). */
    public static final String TASK_PARAM = "task";
    public static final String CONCURRENCY_PARAM = "concurrency";
    /** SHARED_STATE: how tasks share state (a contender param), and every how many tasks one updates it. */
    public static final String SHARING_PARAM = "sharing";
    public static final String UPDATE_EVERY_PARAM = "updateEvery";
    /** PROCESS_POOL's tasks per message, Python's {@code multiprocessing.Pool} {@code chunksize} analogue. */
    public static final String CHUNK_PARAM = "chunk";
    /** PROCESS_POOL's messages in flight per child. */
    public static final String DEPTH_PARAM = "depth";
    /** Params that name the contender; every other param but {@link #CORES_PARAM} describes the scenario. */
    public static final List<String> CONTENDER_PARAMS = List.of(STRATEGY_PARAM, POOL_SIZE_PARAM, TRANSPORT_PARAM,
            VARIANT_PARAM, CHUNK_PARAM, DEPTH_PARAM, SHARING_PARAM);

    // Values of the strategy param: Strategy's constants.
    public static final String SEQUENTIAL = "SEQUENTIAL";
    public static final String THREAD_PER_TASK = "THREAD_PER_TASK";
    public static final String FIXED_POOL = "FIXED_POOL";
    public static final String FORK_JOIN = "FORK_JOIN";
    public static final String VIRTUAL = "VIRTUAL";
    public static final String ASYNC = "ASYNC";
    public static final String PROCESS_POOL = "PROCESS_POOL";
    public static final String PROCESS_PER_TASK = "PROCESS_PER_TASK";
    /** Every strategy, in the order of the Strategy enum, which is the order reports list them in. */
    public static final List<String> STRATEGIES = List.of(SEQUENTIAL, THREAD_PER_TASK, FIXED_POOL, FORK_JOIN, VIRTUAL,
            ASYNC, PROCESS_POOL, PROCESS_PER_TASK);
    /** The prefix of the strategies that run tasks in child JVMs. */
    public static final String PROCESS_PREFIX = "PROCESS";

    // Values of the workload param: Workload's constants.
    public static final String CPU = "CPU";
    public static final String CPU_GIL = "CPU_GIL";
    public static final String IO_SLEEP = "IO_SLEEP";
    public static final String IO_SOCKET = "IO_SOCKET";
    public static final String MIXED = "MIXED";
    public static final String DATA_TRANSFER = "DATA_TRANSFER";
    public static final String SHARED_STATE = "SHARED_STATE";
    /** The user's own task; its results carry the {@link #TASK_PARAM} instead of a workload param. */
    public static final String USER_TASK = "USER_TASK";
    /** Every workload, in the order of the Workload enum. */
    public static final List<String> WORKLOADS = List.of(CPU, CPU_GIL, IO_SLEEP, IO_SOCKET, MIXED, DATA_TRANSFER,
            SHARED_STATE, USER_TASK);

    // Values of the sharing param: Sharing's constants.
    /** The baseline that shares nothing; the others are ways to share. */
    public static final String SHARING_NONE = "NONE";
    public static final String LOCK = "LOCK";
    public static final String SYNCHRONIZED = "SYNCHRONIZED";
    public static final String ATOMIC = "ATOMIC";
    public static final String ADDER = "ADDER";
    public static final String CONFINED = "CONFINED";
    public static final String MESSAGE = "MESSAGE";
    public static final String SHM_ATOMIC = "SHM_ATOMIC";
    /** Every sharing mode, in the order of the Sharing enum. */
    public static final List<String> SHARING_MODES = List.of(SHARING_NONE, LOCK, SYNCHRONIZED, ATOMIC, ADDER, CONFINED,
            MESSAGE, SHM_ATOMIC);

    // Values of the variant param: StartupVariant's constants.
    public static final String DEFAULT = "DEFAULT";
    public static final String C1_ONLY = "C1_ONLY";
    public static final String NO_CDS = "NO_CDS";
    public static final String AOT_CACHE = "AOT_CACHE";
    /** Every start-up variant, in the order of the StartupVariant enum. */
    public static final List<String> VARIANTS = List.of(DEFAULT, C1_ONLY, NO_CDS, AOT_CACHE);

    // Benchmark classes (simple names, in package BENCHMARK_PACKAGE) and the methods reports look for.
    public static final String BENCHMARK_PACKAGE = "io.tvpbench.bench";
    public static final String DISPATCH_LATENCY_BENCHMARK = "DispatchLatencyBenchmark";
    public static final String STARTUP_COST_BENCHMARK = "StartupCostBenchmark";
    public static final String FOOTPRINT_BENCHMARK = "FootprintBenchmark";
    /** The CPU benchmark whose CPU_GIL results real CPython is measured beside; its method is {@link #TASKS}. */
    public static final String CPU_THROUGHPUT_BENCHMARK = "CpuThroughputBenchmark";
    /** Every throughput benchmark's one method. */
    public static final String TASKS = "tasks";
    /** DispatchLatencyBenchmark: an empty task through a strategy, and the raw hand-offs it is compared with. */
    public static final String ROUND_TRIP = "roundTrip";
    /** One unpark each way, both threads on one CPU: the floor of the in-JVM strategies whose waits park at once. */
    public static final String FLOOR_PARKING = "floorParking";
    /**
     * The same where each side first spins as j.u.c's hand-offs do and is unparked only if it parked: the floor of
     * the strategies carried by ForkJoinPool workers, which spin before they park.
     */
    public static final String FLOOR_SPIN_THEN_PARK = "floorSpinThenPark";
    /** The same hand-off between two spinning threads: the absolute limit, shown beside the two thread floors. */
    public static final String FLOOR_SPINNING = "floorSpinning";
    /** A raw pipe ping-pong with a child JVM: the floor of the process strategies. */
    public static final String FLOOR_PIPE_PING_PONG = "floorPipePingPong";
    /**
     * Which floor each strategy's empty-task round trip is compared with; SEQUENTIAL runs in the caller and has
     * none. Sections read the pairing here, never decide it themselves.
     */
    public static final Map<String, String> DISPATCH_FLOORS = Map.of(
            THREAD_PER_TASK, FLOOR_PARKING, FIXED_POOL, FLOOR_PARKING, FORK_JOIN, FLOOR_SPIN_THEN_PARK,
            VIRTUAL, FLOOR_SPIN_THEN_PARK, ASYNC, FLOOR_PARKING,
            PROCESS_POOL, FLOOR_PIPE_PING_PONG, PROCESS_PER_TASK, FLOOR_PIPE_PING_PONG);
    /** TimerFloorBenchmark: one bare wait of {@link #LATENCY_PARAM} ms by the mechanism in its {@link #TIMER_PARAM}. */
    public static final String TIMER_FLOOR_BENCHMARK = "TimerFloorBenchmark";
    public static final String TIMER_PARAM = "timer";
    public static final String LATENCY_PARAM = "latencyMs";
    public static final String PLATFORM_SLEEP = "PLATFORM_SLEEP";
    public static final String VIRTUAL_SLEEP = "VIRTUAL_SLEEP";
    public static final String EVENT_LOOP = "EVENT_LOOP";
    /**
     * The timer an IO_SLEEP task waits on under each strategy (a child JVM sleeps on a platform thread); every
     * IO_SOCKET task waits for the echo server, whose replies an {@link #EVENT_LOOP} timer sends.
     */
    public static final Map<String, String> SLEEP_TIMERS = Map.of(
            SEQUENTIAL, PLATFORM_SLEEP, THREAD_PER_TASK, PLATFORM_SLEEP, FIXED_POOL, PLATFORM_SLEEP,
            FORK_JOIN, PLATFORM_SLEEP, VIRTUAL, VIRTUAL_SLEEP, ASYNC, EVENT_LOOP,
            PROCESS_POOL, PLATFORM_SLEEP, PROCESS_PER_TASK, PLATFORM_SLEEP);
    /** StartupCostBenchmark: a child JVM until it can take a task, the prefix of every child JVM method, a native process. */
    public static final String CHILD_JVM_READY = "childJvmReady";
    public static final String CHILD_JVM_PREFIX = "childJvm";
    public static final String NATIVE_PROCESS = "nativeProcess";
    /** A user's task (tvp run --task): its throughput under each strategy, and its child JVM's start-up. */
    public static final String USER_TASK_THROUGHPUT_BENCHMARK = "UserTaskThroughputBenchmark";
    public static final String USER_TASK_PER_TASK_THROUGHPUT_BENCHMARK = "UserTaskPerTaskThroughputBenchmark";
    public static final String USER_TASK_STARTUP_BENCHMARK = "UserTaskStartupBenchmark";
    /** The prefix every user-task benchmark class shares. */
    public static final String USER_TASK_PREFIX = "UserTask";
    /** StartupCostBenchmark: a PROCESS_POOL of {@code cores} child JVMs started in parallel, until all are ready. */
    public static final String PROCESS_POOL_READY = "processPoolReady";

    // Controls: one small benchmark per family, measured in every run outside the verdicts (ControlBenchmark).
    public static final String CONTROL_BENCHMARK = "ControlBenchmark";
    /** The families, each named by the method of its control: the suite's integer kernel for a fixed grain. */
    public static final String CPU_KERNEL = "cpuKernel";
    /** Short-lived arrays kept in a ring: allocation and young-generation collection. */
    public static final String ALLOCATION_LOOP = "allocationLoop";
    /** A platform thread started and joined: the kernel's scheduler, wake-ups and thread creation. */
    public static final String THREAD_START = "threadStart";
    /** {@code /bin/true} started with its pipes: fork/exec, a fresh address space, process exit. */
    public static final String PROCESS_SPAWN = "processSpawn";
    /** Every control family, in the order reports list them. */
    public static final List<String> CONTROL_FAMILIES = List.of(CPU_KERNEL, ALLOCATION_LOOP, THREAD_START, PROCESS_SPAWN);
    /**
     * Which control family divides each suite benchmark, by class or {@code Class.method} (the method wins):
     * kernel work, moving bytes, the scheduler's wake-ups and hand-offs, or starting processes. User-task and
     * foreign benchmarks have none; a control's family is its method.
     */
    public static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry(CPU_THROUGHPUT_BENCHMARK, CPU_KERNEL),
            Map.entry("MixedThroughputBenchmark", CPU_KERNEL),
            Map.entry("MixedFixedPoolThroughputBenchmark", CPU_KERNEL),
            Map.entry("SharedStateThroughputBenchmark", CPU_KERNEL),
            Map.entry("DataTransferThroughputBenchmark", ALLOCATION_LOOP),
            Map.entry("DataTransferProcessThroughputBenchmark", ALLOCATION_LOOP),
            Map.entry("IoThroughputBenchmark", THREAD_START),
            Map.entry("IoFixedPoolThroughputBenchmark", THREAD_START),
            Map.entry(TIMER_FLOOR_BENCHMARK, THREAD_START),
            Map.entry("ProcessPoolPipelineThroughputBenchmark", THREAD_START),
            Map.entry(DISPATCH_LATENCY_BENCHMARK, THREAD_START),
            Map.entry("CpuPerTaskThroughputBenchmark", THREAD_START),
            Map.entry(STARTUP_COST_BENCHMARK, THREAD_START),
            Map.entry(STARTUP_COST_BENCHMARK + "." + CHILD_JVM_READY, PROCESS_SPAWN),
            Map.entry(STARTUP_COST_BENCHMARK + ".childJvmFirstTask", PROCESS_SPAWN),
            Map.entry(STARTUP_COST_BENCHMARK + "." + PROCESS_POOL_READY, PROCESS_SPAWN),
            Map.entry(STARTUP_COST_BENCHMARK + "." + NATIVE_PROCESS, PROCESS_SPAWN),
            Map.entry(FOOTPRINT_BENCHMARK, THREAD_START),
            Map.entry(FOOTPRINT_BENCHMARK + ".childJvm", PROCESS_SPAWN));
    /**
     * Strategies whose every task starts a thread or a process: their results belong to that family in any suite
     * benchmark, whatever the class's own family.
     */
    public static final Map<String, String> PER_TASK_FAMILIES = Map.of(
            THREAD_PER_TASK, THREAD_START, PROCESS_PER_TASK, PROCESS_SPAWN);

    // The suite's profiler and the secondary metrics it publishes.
    public static final String PROFILER = BENCHMARK_PACKAGE + ".SecondaryMetricsProfiler";
    public static final String PEAK_THREADS = "peakThreads";
    public static final String PEAK_PROCESSES = "peakProcesses";
    public static final String BYTES_PER_UNIT = "bytesPerUnit";
    /** Proportional set size per idle child JVM: shared pages split among the processes that map them. */
    public static final String PSS_BYTES_PER_UNIT = "pssBytesPerUnit";
    /** The hypervisor's steal time on a fork's CPUs, in percent of their time, per iteration. */
    public static final String STEAL_PERCENT = "stealPercent";

    private Vocabulary() {
    }
}
