package io.tvpbench.workload;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a user's task comes from: its class, its classpath (entries joined by the path separator, already
 * expanded) and its set-up argument. The benchmark fork reads it from the environment the runner sets, a child
 * JVM from system properties on its command line (an argument list, never a shell line), so any characters
 * survive the trip.
 *
 * @param className the task's class, implementing {@code io.tvpbench.api.Task}
 * @param classpath the task's classpath
 * @param arg       what {@code setUp} receives; empty when none was given
 * @param timeout   how long one call of the task may take before it counts as hung
 */
public record UserTaskSource(String className, String classpath, String arg, Duration timeout) {

    /** Environment variables the runner sets for the JMH process; its forks inherit them. */
    public static final String ENV_CLASS = "TVP_TASK";
    public static final String ENV_CLASSPATH = "TVP_TASK_CLASSPATH";
    public static final String ENV_ARG = "TVP_TASK_ARG";
    public static final String ENV_TIMEOUT_MS = "TVP_TASK_TIMEOUT_MS";

    /** System properties a child JVM gets; their presence tells the worker to load the task before it is ready. */
    static final String PROPERTY_CLASS = "tvp.task";
    static final String PROPERTY_CLASSPATH = "tvp.task.classpath";
    static final String PROPERTY_ARG = "tvp.task.arg";

    /** The per-call limit when none is given: the child JVMs' own task timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public UserTaskSource {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(classpath, "classpath");
        Objects.requireNonNull(arg, "arg");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("task timeout must be positive: " + timeout);
        }
    }

    /**
     * A source with {@code classpath} resolved as {@code java -cp} would (relative entries against the working
     * directory, {@code dir/*} to dir's jars) into absolute paths, so forks and child JVMs find the same files.
     *
     * @throws UserTaskException naming an entry that does not exist
     */
    public static UserTaskSource resolve(String className, String classpath, String arg, Duration timeout) {
        String resolved = TaskClassLoader.expand(classpath).stream().map(Object::toString)
                .collect(Collectors.joining(File.pathSeparator));
        return new UserTaskSource(className, resolved, arg, timeout);
    }

    /** The variables that carry this source to a JMH process and its forks. */
    public Map<String, String> environment() {
        return Map.of(ENV_CLASS, className, ENV_CLASSPATH, classpath, ENV_ARG, arg,
                ENV_TIMEOUT_MS, Long.toString(timeout.toMillis()));
    }

    /** The source the runner put in this process's environment, if any. */
    public static Optional<UserTaskSource> fromEnvironment(Map<String, String> env) {
        String className = env.get(ENV_CLASS);
        if (className == null || className.isBlank()) {
            return Optional.empty();
        }
        String timeout = env.get(ENV_TIMEOUT_MS);
        return Optional.of(new UserTaskSource(className, env.getOrDefault(ENV_CLASSPATH, ""),
                env.getOrDefault(ENV_ARG, ""),
                timeout == null ? DEFAULT_TIMEOUT : Duration.ofMillis(Long.parseLong(timeout))));
    }

    /** Options for a child JVM's command line that make its worker load this task. */
    public List<String> childJvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("-D" + PROPERTY_CLASS + "=" + className);
        options.add("-D" + PROPERTY_CLASSPATH + "=" + classpath);
        options.add("-D" + PROPERTY_ARG + "=" + arg);
        return options;
    }

    /** The source a child JVM was started with, if any. */
    public static Optional<UserTaskSource> fromSystemProperties() {
        String className = System.getProperty(PROPERTY_CLASS);
        if (className == null) {
            return Optional.empty();
        }
        return Optional.of(new UserTaskSource(className, System.getProperty(PROPERTY_CLASSPATH, ""),
                System.getProperty(PROPERTY_ARG, ""), DEFAULT_TIMEOUT));
    }
}
