package io.tvpbench.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code env.json} (docs/formats.md), written and read through this one type so that a renamed field
 * fails to compile instead of silently emptying a reader. Every field may be missing (null); a run without the
 * file has an "unknown" environment rather than failing the report. Component order is the file's field order;
 * {@link #machine()}, {@link #profile()} and {@link #fingerprint()} answer a fallback text when absent.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written; a file without it is version 1; null only for
 *                      {@link #unknown()}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunEnvironment(Integer schemaVersion, Tool tool, String profile, String startedAt, String hostname,
                             String machine, Jdk jdk, Os os, Cpu cpu, Memory memory, Cgroup cgroup, Cores cores,
                             Git git, ForkJvm forkJvm, ChildJvm childJvm, String fingerprint,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Rounds rounds,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long durationSeconds) {

    /** The file name inside a run directory. */
    public static final String FILE_NAME = "env.json";
    /** The newest schema this code understands; adding a field does not change it. */
    public static final int SCHEMA_VERSION = 1;

    private static final RunEnvironment UNKNOWN = new RunEnvironment(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tool(String name, String version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Jdk(String version, Integer feature, String vendor, String vmName, String home, List<String> jvmArgs) {
        public Jdk {
            jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Os(String name, String version, String arch, String kernel) {
    }

    /** {@code threadSiblings}: each distinct SMT sibling list of the allowed CPUs (sysfs), e.g. {@code "0,4"}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cpu(String model, Integer logicalCpus, List<String> threadSiblings) {
        public Cpu {
            threadSiblings = threadSiblings == null ? List.of() : List.copyOf(threadSiblings);
        }
    }

    /** {@code totalBytes} is absent where the JVM cannot tell. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Memory(Long totalBytes) {
    }

    /** The cgroup's {@code cpu.max} and {@code memory.max}, each absent where there is no limit file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cgroup(String cpuMax, String memoryMax) {
    }

    /**
     * {@code counts} is null when the file has none, so that "absent" and "empty" stay apart; {@code echoServer}
     * says, per core count, where IO_SOCKET's echo server JVM ran (empty in files written before it was recorded);
     * {@code layout} maps each core count to the CPUs its forks were pinned to ({@code taskset -c}), {@code host} to
     * the CPUs its JMH host ran on (empty in files written before it was recorded, when the host shared the forks').
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cores(List<Integer> counts, Boolean enforced, String method, List<EchoServer> echoServer,
                        Map<String, String> layout, Map<String, String> host) {
        public Cores {
            echoServer = echoServer == null ? List.of() : List.copyOf(echoServer);
            layout = layout == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(layout));
            host = host == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(host));
        }
    }

    /**
     * The echo server's CPUs at one core count: outside the measured ones where the machine has spare CPUs,
     * else the measured ones, which it then shares with the measurement.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EchoServer(Integer cores, String cpus, Boolean sharesMeasuredCpus) {
    }

    /**
     * The JVM flags every JMH fork got (a pinned collector, heap and thread counts, or the user's override), and
     * whether the forks mapped a class-data archive of the benchmarks jar's classes (null in runs before it was
     * recorded), which changes what a fork costs, not what it measures.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ForkJvm(List<String> options, Boolean sharedArchive) {
        public ForkJvm {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** {@code dirty} is null (written as {@code null}) when git could not tell. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Git(String commit, Boolean dirty) {
    }

    /**
     * The child JVMs' options, per start-up variant whether it can run here, and how PROCESS_POOL feeds them
     * (null in files written before it was recorded).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChildJvm(List<String> options, Map<String, String> variants, Pipeline pipeline) {
        public ChildJvm {
            options = options == null ? List.of() : List.copyOf(options);
            variants = variants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        }
    }

    /**
     * How the run's rounds went (absent in runs before rounds): how many, their seed, why they stopped
     * ({@code allDecided}, {@code budget}, {@code lastLook}, {@code interrupted}), and the sequential design's
     * looks and level per look, which the verdicts of this run must use.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rounds(Integer count, Long seed, String stoppedBecause, List<Integer> looks, Double alpha,
                         Double lookAlpha) {
        public Rounds {
            looks = looks == null ? List.of() : List.copyOf(looks);
        }
    }

    /** The same environment after the run: its rounds and how long it took. */
    public RunEnvironment withRounds(Rounds value, long seconds) {
        return new RunEnvironment(schemaVersion, tool, profile, startedAt, hostname, machine, jdk, os, cpu, memory,
                cgroup, cores, git, forkJvm, childJvm, fingerprint, value, seconds);
    }

    /**
     * PROCESS_POOL's pipelining: at most {@code chunk} tasks per message to a child (Python's
     * {@code multiprocessing.Pool} {@code chunksize}) and {@code depth} messages in flight per child.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pipeline(Integer chunk, Integer depth) {
    }

    public static RunEnvironment unknown() {
        return UNKNOWN;
    }

    /**
     * Reads {@code env.json} beside a result file or inside a run directory.
     *
     * @throws ResultFormatException when the file exists but is not valid JSON or has a newer schema
     */
    public static RunEnvironment near(Path fileOrRunDir) {
        Path dir = Files.isDirectory(fileOrRunDir) ? fileOrRunDir : fileOrRunDir.toAbsolutePath().getParent();
        Path file = dir == null ? null : dir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return UNKNOWN;
        }
        return read(file);
    }

    /**
     * Reads one {@code env.json} file: unknown fields are ignored, a missing {@code schemaVersion} is 1.
     *
     * @throws ResultFormatException when the file is not a JSON object of this shape or its schema is newer
     */
    public static RunEnvironment read(Path file) {
        JsonNode node;
        try {
            node = JmhResults.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ResultFormatException(file, "not a valid env.json: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ResultFormatException(file, "not a valid env.json (expected a JSON object)");
        }
        int schema = SchemaVersion.check(file, FILE_NAME, node, SCHEMA_VERSION);
        try {
            return JmhResults.mapper().treeToValue(node, RunEnvironment.class).withSchemaVersion(schema);
        } catch (JsonProcessingException e) {
            throw new ResultFormatException(file, "not a valid env.json: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes this environment as pretty-printed JSON. */
    public void write(Path file) throws IOException {
        JmhResults.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    }

    private RunEnvironment withSchemaVersion(int version) {
        return new RunEnvironment(version, tool, profile, startedAt, hostname, machine, jdk, os, cpu, memory, cgroup,
                cores, git, forkJvm, childJvm, fingerprint, rounds, durationSeconds);
    }

    /** The same environment with its fingerprint set, for the writer that computes it from the other fields. */
    public RunEnvironment withFingerprint(String value) {
        return new RunEnvironment(schemaVersion, tool, profile, startedAt, hostname, machine, jdk, os, cpu, memory,
                cgroup, cores, git, forkJvm, childJvm, value, rounds, durationSeconds);
    }

    /** Whether an env.json was found; an unknown environment has no schema version. */
    @JsonIgnore
    public boolean isKnown() {
        return schemaVersion != null;
    }

    /** A human label for the machine, used to key merged runs: the hostname or "unknown machine" when absent. */
    @Override
    public String machine() {
        return machine != null ? machine : hostname != null ? hostname : "unknown machine";
    }

    /** Same fingerprint: same CPU, core count, JDK, JVM flags, OS and memory (docs/formats.md); "unknown" when absent. */
    @Override
    public String fingerprint() {
        return fingerprint != null ? fingerprint : "unknown";
    }

    public String jdkVersion() {
        return jdk == null || jdk.version() == null ? "unknown" : jdk.version();
    }

    public String cpuModel() {
        return cpu == null || cpu.model() == null ? "unknown" : cpu.model();
    }

    public int logicalCpus() {
        return cpu == null || cpu.logicalCpus() == null ? 0 : cpu.logicalCpus();
    }

    /** Whether core counts were enforced (CPU affinity); unknown environments count as not enforced. */
    public boolean coresEnforced() {
        return cores != null && Boolean.TRUE.equals(cores.enforced());
    }

    public String gitCommit() {
        return git == null || git.commit() == null ? "unknown" : git.commit();
    }

    /** The profile's label, "unknown" when absent. */
    @Override
    public String profile() {
        return profile != null ? profile : "unknown";
    }

    /** The JVM flags every benchmark JVM got; empty when not recorded. */
    public List<String> jvmArgs() {
        return jdk == null ? List.of() : jdk.jvmArgs();
    }

    /** Per start-up variant, its availability as recorded; empty when not recorded. */
    public Map<String, String> variants() {
        return childJvm == null ? Map.of() : childJvm.variants();
    }
}
