package io.tvpbench.worker;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How child JVMs are started: which java, which classpath, which JVM options, which start-up variant and
 * payload transport, and how long a task or a start may take. The defaults keep children lean, and the option
 * list is recorded in the run's env.json, so a reader knows what a "child JVM" was.
 *
 * @param java         the java executable; by default the one running this JVM
 * @param classpath    the children's classpath; by default where {@link WorkerMain} was loaded from (the
 *                     benchmarks jar, or target/classes in tests)
 * @param jvmOptions   options every child gets, before the variant's own
 * @param variant      the start-up variant
 * @param transport    how DATA_TRANSFER payloads reach a child
 * @param taskTimeout  how long one task may run in a child before the child is killed
 * @param startTimeout how long a child may take to become ready
 * @param aotCacheDir  where {@link StartupVariant#AOT_CACHE} keeps its trained cache
 */
public record ChildJvmOptions(String java, String classpath, List<String> jvmOptions, StartupVariant variant,
                              Transport transport, Duration taskTimeout, Duration startTimeout, Path aotCacheDir) {

    /** Small heap, serial GC, small thread stacks, no perf-data file: a child that costs little to keep idle. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-Xms8m", "-Xmx128m", "-XX:+UseSerialGC", "-Xss512k", "-XX:-UsePerfData");

    public ChildJvmOptions {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classpath, "classpath");
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(aotCacheDir, "aotCacheDir");
        if (taskTimeout.isNegative() || taskTimeout.isZero()) {
            throw new IllegalArgumentException("task timeout must be positive: " + taskTimeout);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("start timeout must be positive: " + startTimeout);
        }
    }

    /** This JVM's java, WorkerMain's code source, the lean defaults, DEFAULT variant over PIPE, 60 s limits. */
    public static ChildJvmOptions defaults() {
        return new ChildJvmOptions(currentJava(), ownCodeSource(), DEFAULT_JVM_OPTIONS, StartupVariant.DEFAULT,
                Transport.PIPE, Duration.ofSeconds(60), Duration.ofSeconds(60),
                Path.of(System.getProperty("java.io.tmpdir"), "tvp-aot"));
    }

    public ChildJvmOptions withClasspath(String path) {
        return new ChildJvmOptions(java, path, jvmOptions, variant, transport, taskTimeout, startTimeout, aotCacheDir);
    }

    public ChildJvmOptions withJvmOptions(List<String> options) {
        return new ChildJvmOptions(java, classpath, options, variant, transport, taskTimeout, startTimeout, aotCacheDir);
    }

    public ChildJvmOptions withVariant(StartupVariant v) {
        return new ChildJvmOptions(java, classpath, jvmOptions, v, transport, taskTimeout, startTimeout, aotCacheDir);
    }

    public ChildJvmOptions withTransport(Transport t) {
        return new ChildJvmOptions(java, classpath, jvmOptions, variant, t, taskTimeout, startTimeout, aotCacheDir);
    }

    public ChildJvmOptions withTaskTimeout(Duration timeout) {
        return new ChildJvmOptions(java, classpath, jvmOptions, variant, transport, timeout, startTimeout, aotCacheDir);
    }

    public ChildJvmOptions withStartTimeout(Duration timeout) {
        return new ChildJvmOptions(java, classpath, jvmOptions, variant, transport, taskTimeout, timeout, aotCacheDir);
    }

    public ChildJvmOptions withAotCacheDir(Path dir) {
        return new ChildJvmOptions(java, classpath, jvmOptions, variant, transport, taskTimeout, startTimeout, dir);
    }

    /**
     * Each variant's availability with these options, as env.json's {@code childJvm.variants} records it;
     * starts nothing.
     */
    public Map<String, String> variantAvailability() {
        Map<String, String> variants = new LinkedHashMap<>();
        for (StartupVariant v : StartupVariant.values()) {
            variants.put(v.name(), v.availability(this).toString());
        }
        return variants;
    }

    /** True when the children run the same java as this JVM, so this JVM's version is theirs. */
    boolean sameJavaAsThisJvm() {
        return java.equals(currentJava());
    }

    private static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String ownCodeSource() {
        try {
            return Path.of(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            return System.getProperty("java.class.path");
        }
    }
}
